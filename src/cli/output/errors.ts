/** Turns any thrown value into a localised message (the CLI's one error → words mapper). */
import { ioError, isSelarasError, SelarasError, StoreError } from "../../errors";
import type { TFunction } from "../../i18n";

/** `.export.tmx.1234.1700000000000.0.tmp` → `export.tmx`: name what the user asked for. */
function targetOf(file: string): string {
  return file.replace(/(^|[\\/])\.([^\\/]+?)\.\d+\.\d+(?:\.\d+)?\.tmp$/, "$1$2");
}

/** SQLite result codes a person can act on, by prefix (SQLITE_READONLY_DBMOVED → SQLITE_READONLY). */
const SQLITE_CODES: ReadonlyArray<readonly [string, string]> = [
  ["SQLITE_FULL", "db-full"],
  ["SQLITE_READONLY", "db-read-only"],
  ["SQLITE_CANTOPEN", "db-cannot-open"],
  ["SQLITE_PERM", "db-read-only"],
  ["SQLITE_IOERR", "db-io-error"],
  ["SQLITE_NOTADB", "db-not-a-database"],
  ["SQLITE_CORRUPT", "db-corrupt"],
];

/**
 * A system or SQLite error as a Selaras error naming the path (the database, or the file being
 * written, never its hidden temporary file), or undefined when it is not one a person can act on.
 */
export function explainSystemError(error: unknown, context: { db?: string } = {}): SelarasError | undefined {
  let e = error as NodeJS.ErrnoException & { cause?: unknown };
  let db = context.db;
  if (e instanceof StoreError && (e.code === "db-open-failed") && e.cause) {
    db = String(e.data.file ?? db);
    e = e.cause as typeof e;
  }
  const code = typeof e?.code === "string" ? e.code : "";
  if (code.startsWith("SQLITE_")) {
    const hit = SQLITE_CODES.find(([prefix]) => code === prefix || code.startsWith(prefix + "_"));
    if (hit && db) return new StoreError(hit[1], { file: db, reason: code });
    return undefined;
  }
  if (isSelarasError(e)) return undefined;
  const file = e?.path ?? (e as { dest?: string })?.dest;
  if (typeof file !== "string") return undefined;
  const mapped = ioError(e, targetOf(file));
  return isSelarasError(mapped) ? mapped : undefined;
}

/**
 * The message for a thrown value. `shown` names a path as the person typed it (the CLI resolves the
 * paths it is given against its working folder: see CommandContext.shown).
 */
export function renderError(error: unknown, t: TFunction, context: { db?: string; shown?: (path: string) => string } = {}): string {
  const explained = explainSystemError(error, context) ?? error;
  if (isSelarasError(explained)) {
    const key = `error.${explained.code}`;
    const data: Record<string, unknown> = { ...explained.data };
    for (const [k, v] of Object.entries(data)) {
      if (typeof v === "string") data[k] = context.shown ? context.shown(v) : v;
      else if (typeof v !== "number") data[k] = JSON.stringify(v);
    }
    // (a refused move says why by a code: worded in the person's language)
    if (explained.code === "transition-refused" && typeof explained.data.reason === "string") {
      const why = `error.transition-reason.${explained.data.reason}`;
      const worded = t(why);
      if (worded !== why) data.reason = worded;
      // the states and the role in the person's language too ("dari draf ke ditinjau", "penerjemah")
      for (const k of ["from", "to"] as const) {
        const v = explained.data[k];
        if (typeof v === "string" && v !== "*") data[k] = t(`cli.translate.state.${v}`, { defaultValue: v });
      }
    }
    for (const k of ["actor", "role"] as const) {
      const v = explained.data[k];
      if ((explained.code === "transition-refused" || explained.code === "role-forbidden") && typeof v === "string") data[k] = t(`web.role.${v}`, { defaultValue: v });
    }
    const msg = t(key, data as Record<string, string>);
    const text = msg === key ? t("error.unknown-code", { code: explained.code, data: JSON.stringify(explained.data) }) : msg;
    return t("cli.error-prefix", { message: text });
  }
  const e = error as Error;
  return t("cli.internal-error", { message: e?.stack ?? String(error) });
}
