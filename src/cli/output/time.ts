/**
 * A stored time (ISO 8601, UTC) as a person reads it in text output: the interface language's date
 * and time in the local time zone, named (`22 Nov 2026, 07.10 WIB`; `Nov 22, 2026, 07:10 AM GMT+7`).
 * JSON keeps the ISO form.
 */
import type { CommandContext } from "../context";

const formats = new Map<string, Intl.DateTimeFormat>();

function formatOf(lang: string, timeZone: string | undefined): Intl.DateTimeFormat {
  const id = `${lang}\u0000${timeZone ?? ""}`;
  let f = formats.get(id);
  if (!f) {
    const options: Intl.DateTimeFormatOptions = { year: "numeric", month: "short", day: "numeric", hour: "2-digit", minute: "2-digit", timeZoneName: "short" };
    try {
      f = new Intl.DateTimeFormat(lang, { ...options, ...(timeZone ? { timeZone } : {}) });
    } catch {
      // (a TZ Intl does not know, "Local/Nowhere": the process's own zone)
      f = new Intl.DateTimeFormat(lang, options);
    }
    formats.set(id, f);
  }
  return f;
}

/** `iso` as people read it (see above); a text that is no time is given back as it is. */
export function readableTime(ctx: Pick<CommandContext, "lang" | "io">, iso: string): string {
  const d = new Date(iso);
  if (iso === "" || Number.isNaN(d.getTime())) return iso;
  // (TZ as the CLI was given it: io.env, not the process's, as every other setting)
  const tz = ctx.io.env.TZ?.replace(/^:/, "") || undefined;
  return formatOf(ctx.lang, tz).format(d);
}
