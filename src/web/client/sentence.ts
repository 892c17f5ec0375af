/**
 * A message as the page shows it: a sentence of its own. The CLI's messages (`error.<code>`) and the
 * page's own (`web.page-error.<code>`) are written as the CLI prints them — after `selaras: `, a small
 * first letter and no full stop at the end; the page makes each a sentence: a capital first letter
 * (unless it starts with a name it quotes: a file, a ref — `translations/a.translations.txt changed …`,
 * kept as written) and one full stop at the end (none added after a "?", "!" or "…" that ends it, nor
 * after one closed by a bracket or quote: "… (did you mean 'x'?)").
 */
export function asSentence(msg: string, data: Record<string, unknown> = {}): string {
  const quoted = Object.values(data).some((v) => (typeof v === "string" || typeof v === "number") && String(v) !== "" && msg.startsWith(String(v)));
  const first = msg.charAt(0);
  const started = quoted || first === first.toLocaleUpperCase() ? msg : first.toLocaleUpperCase() + msg.slice(1);
  return endSentence(started);
}

/** The message with one full stop at its end, unless it ends with one already (or with "?", "!", "…", maybe closed by a bracket or quote). */
export function endSentence(msg: string): string {
  const trimmed = msg.trimEnd();
  return trimmed === "" || /[.?!…]$|[?!][)"'”’]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}
