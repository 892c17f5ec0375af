/** Turns any thrown value into a localised message (the CLI's one error → words mapper). */
import { ioError, isSelarasError, SelarasError, StoreError, UsageError } from "../../errors";
import type { TFunction } from "../../i18n";
import * as path from "node:path";

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
 * The words of an error a person can act on (without the `selaras: ` prefix), or undefined for a
 * thrown value that is no Selaras error (a bug: the CLI then prints its stack). `shown` names a path
 * as the person typed it (the CLI resolves the paths it is given against its working folder: see
 * CommandContext.shown).
 */
export function errorText(error: unknown, t: TFunction, context: { db?: string; shown?: (path: string) => string } = {}): string | undefined {
  const explained = explainSystemError(error, context) ?? error;
  if (!isSelarasError(explained)) return undefined;
  if (explained instanceof UsageError && explained.code === "usage") return String(explained.data.message ?? "");
  const key = `error.${explained.code}`;
  const data: Record<string, unknown> = { ...explained.data };
  for (const [k, v] of Object.entries(data)) {
    if (typeof v === "string") data[k] = context.shown ? context.shown(v) : v;
    else if (typeof v !== "number") data[k] = JSON.stringify(v);
  }
  // (malformed XML: a common reason by its code, in the person's language; saxes's English otherwise)
  if ((explained.code === "xml-malformed" || explained.code === "glossary-xml-malformed") && typeof explained.data.problem === "string") {
    // (an undefined entity saxes found is not named; one the reference check found is)
    const named = explained.data.problem === "undefined-entity" && typeof explained.data.name === "string" && explained.data.name !== "";
    const key = `error.xml-problem.${explained.data.problem}${named ? "-named" : ""}`;
    const worded = t(key, { name: explained.data.name ?? "", endTag: explained.data.endTag ?? "" });
    if (worded !== key) data.reason = worded;
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
  // (a glossary concept given by flags, not read from a file: named by the command line's argument or
  // flag that holds the bad value, `glossary add --source`, in error.<code>_field)
  // (only a command's own concept: `field` names other things elsewhere, an export's unit field `target`)
  const field = explained.data.field, command = explained.data.command;
  if (typeof field === "string" && typeof command === "string" && explained.data.file === undefined) {
    data.field = `${command} ${field === "id" ? "<id>" : `--${field}`}`;
    data.context = "field";
  }
  // (a near name for a typo, where the message has a place for it: error.<code>_suggestion)
  if (typeof explained.data.suggestion === "string" && data.context === undefined) data.context = "suggestion";
  // (a document name in a database that holds none: nothing was ingested into it yet)
  if (explained.code === "not-found-document" && explained.data.documents === 0) data.context = "empty";
  // (the command that shows the pair's findings, with the glossary the person gave)
  if (explained.code === "check-ignore-nothing" && typeof explained.data.glossary === "string") data.context = "glossary";
  // (a count of units sampled, "its first 8 units", in the language's plural forms: error.<code>_one/_other)
  if (typeof explained.data.units === "number") data.count = explained.data.units;
  // (a file refused by its two sides at once, the small-file rule: both sides' evidence, error.<code>_both)
  if (explained.data.bothSides === true && data.context === undefined) data.context = "both";
  const msg = t(key, data as Record<string, string>);
  return msg === key ? t("error.unknown-code", { code: explained.code, data: JSON.stringify(explained.data) }) : msg;
}

/**
 * The message for a thrown value. `shown` names a path as the person typed it (the CLI resolves the
 * paths it is given against its working folder: see CommandContext.shown).
 */
export function renderError(error: unknown, t: TFunction, context: { db?: string; shown?: (path: string) => string } = {}): string {
  const text = errorText(error, t, context);
  if (text !== undefined) return t("cli.error-prefix", { message: text });
  const e = error as Error;
  return t("cli.internal-error", { message: e?.stack ?? String(error) });
}

/** What a failed command prints on standard output under `--json` (docs/reference/commands.md#errors-under---json). */
export interface ErrorJson {
  error: {
    /** Stable, never translated: `usage` for a command line yargs refused, `internal` for a bug, else the error's code (`db-missing`, `not-found`, `file-not-utf8`, ...). */
    code: string;
    /** The sentence printed on standard error, without `selaras: `, in the interface language. */
    message: string;
    /** The file the error is about, as given (a file no one gave: its absolute path), or null. */
    file: string | null;
    /**
     * The same file from the folder the command ran in (`translations/a.translations.txt`,
     * `../translations/a.translations.txt`; `<stdin>` for standard input), as translate set's
     * relativeFiles names the files it wrote; null when `file` is.
     */
    relativeFile: string | null;
    /** Its 1-based line (and column), or null. */
    line: number | null;
    column: number | null;
    /** The error's details by name (depend on the code); {} when none. */
    data: Record<string, unknown>;
  };
}

/**
 * A file of an error from the folder the command ran in: the path as the message names it (a path
 * given relative as given, standard input's copy `<stdin>`), made relative when that is absolute,
 * with `/` between names on every system (absolute still when on another drive).
 */
function relativeFile(file: string, context: { shown?: (path: string) => string; cwd?: string }): string {
  const shown = context.shown ? context.shown(file) : file;
  if (!path.isAbsolute(shown) || context.cwd === undefined) return shown.split(path.sep).join("/");
  const rel = path.relative(context.cwd, shown);
  return rel === "" || path.isAbsolute(rel) ? shown : rel.split(path.sep).join("/");
}

/** A thrown value as the JSON error document (paths as given are the caller's to show: ctx.json does it). */
export function errorJson(error: unknown, t: TFunction, context: { db?: string; shown?: (path: string) => string; cwd?: string } = {}): ErrorJson {
  const explained = explainSystemError(error, context) ?? error;
  const text = errorText(error, t, context);
  if (text === undefined || !isSelarasError(explained)) {
    return { error: { code: "internal", message: String((error as Error)?.message ?? error), file: null, relativeFile: null, line: null, column: null, data: {} } };
  }
  const data: Record<string, unknown> = { ...explained.data };
  if (explained.code === "usage") delete data.message;
  const num = (v: unknown): number | null => (typeof v === "number" && Number.isFinite(v) ? v : null);
  const file = typeof data.file === "string" ? data.file : null;
  return {
    error: {
      code: explained.code,
      message: text,
      file,
      relativeFile: file === null ? null : relativeFile(file, context),
      line: num(data.line),
      column: num(data.column),
      data,
    },
  };
}
