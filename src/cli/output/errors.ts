/** Turns any thrown value into a localised message (the CLI's one error → words mapper). */
import { isSelarasError } from "../../errors";
import type { TFunction } from "../../i18n";

export function renderError(error: unknown, t: TFunction): string {
  if (isSelarasError(error)) {
    const key = `error.${error.code}`;
    const data: Record<string, unknown> = { ...error.data };
    for (const [k, v] of Object.entries(data)) if (typeof v !== "string" && typeof v !== "number") data[k] = JSON.stringify(v);
    const msg = t(key, data as Record<string, string>);
    const text = msg === key ? t("error.unknown-code", { code: error.code, data: JSON.stringify(error.data) }) : msg;
    return t("cli.error-prefix", { message: text });
  }
  const e = error as Error;
  return t("cli.internal-error", { message: e?.stack ?? String(error) });
}
