/**
 * Renderers of the glossary audit: text (terminal), Markdown, JSON and one self-contained HTML page
 * (inline CSS and JS, a filter box; no external resources) a translator can open and filter.
 */
import type { AuditReport, AuditViolation, ConceptAudit, ListedFinding } from "../../app/audit";
import type { TFunction } from "../../i18n";
import { findingMessage } from "./stylish";

export type AuditFormat = "text" | "json" | "md" | "html";

const vMessage = (t: TFunction, v: AuditViolation) => findingMessage(t, v);
const renderingsLine = (c: ConceptAudit) => c.renderings.map((r) => `${r.text} (${r.status}) ×${r.count}`).join(", ");

/** A finding's label: its severity, or "suppressed". */
const label = (t: TFunction, f: ListedFinding) => (f.suppressed ? t("cli.check.suppressed-label") : t(`cli.check.severity.${f.severity}`));

export function auditJson(t: TFunction, a: AuditReport): unknown {
  return {
    ...a,
    conceptAudits: a.conceptAudits.map((c) => ({ ...c, violations: [...c.violations].map((v) => ({ ...v, message: vMessage(t, v) })) })),
    findings: [...a.findings].map((f) => ({ ...f, message: findingMessage(t, f) })),
  };
}

/** Findings per piece of a streamed report. */
const BATCH = 2000;

/**
 * `JSON.stringify(value, null, 2)` in pieces, for plain data (as the report is): arrays, and
 * iterables (the findings), and objects down to `depth` levels are written element by element,
 * deeper values whole; `at`: the value's own indentation level.
 */
/**
 * Whether JSON.stringify writes `value` as jsonPieces would, down to `depth` levels: primitives, and
 * arrays and plain objects (no toJSON) of such values (no other iterables, written as {} by JSON).
 */
function plain(value: unknown, depth: number): boolean {
  if (value === null || typeof value !== "object") return typeof value !== "symbol";
  if (depth <= 0) return true;
  if (Array.isArray(value)) {
    for (const v of value) if (!plain(v, depth - 1)) return false;
    return true;
  }
  const proto = Object.getPrototypeOf(value) as unknown;
  if (proto !== Object.prototype && proto !== null) return false;
  if (typeof (value as { toJSON?: unknown }).toJSON === "function") return false;
  for (const k in value) {
    if (!Object.prototype.hasOwnProperty.call(value, k)) continue;
    if (!plain((value as Record<string, unknown>)[k], depth - 1)) return false;
  }
  return true;
}

function* jsonPieces(value: unknown, depth: number, at = 0): Generator<string> {
  const pad = "  ".repeat(at);
  if (depth > 0 && value !== null && typeof value === "object" && !plain(value, depth)) {
    const list = Array.isArray(value) ? value : Symbol.iterator in value ? (value as Iterable<unknown>) : null;
    if (list !== null) {
      let first = true;
      for (const v of list) {
        yield (first ? "[\n" : ",\n") + pad + "  ";
        first = false;
        yield* jsonPieces(v === undefined || typeof v === "function" ? null : v, depth - 1, at + 1);
      }
      yield first ? "[]" : `\n${pad}]`;
      return;
    }
    let first = true;
    for (const [k, v] of Object.entries(value)) {
      if (v === undefined || typeof v === "function") continue;
      yield (first ? "{\n" : ",\n") + pad + "  " + JSON.stringify(k) + ": ";
      first = false;
      yield* jsonPieces(v, depth - 1, at + 1);
    }
    yield first ? "{}" : `\n${pad}}`;
    return;
  }
  const text = JSON.stringify(value, null, 2);
  yield at === 0 ? text : text.replace(/\n/g, "\n" + pad);
}

/** Pieces joined into pieces of at least `size` characters (fewer, larger writes). */
function* joined(pieces: Iterable<string>, size = 1 << 16): Generator<string> {
  // (concatenated as they come: V8 keeps the pieces as a rope until the text is written)
  let buf = "";
  for (const p of pieces) {
    buf += p;
    if (buf.length >= size) { yield buf; buf = ""; }
  }
  if (buf.length) yield buf;
}

/** Maps an iterable lazily. */
function* mapped<T, U>(items: Iterable<T>, f: (x: T) => U): Generator<U> {
  for (const x of items) yield f(x);
}

/**
 * `JSON.stringify(auditJson(t, a), null, 2) + "\n"` in pieces: the concepts, their violations and
 * the findings are written one at a time, each with its message.
 */
function* auditJsonChunks(t: TFunction, a: AuditReport): Generator<string> {
  const lazy = {
    ...a,
    conceptAudits: mapped(a.conceptAudits, (c) => ({ ...c, violations: mapped(c.violations, (v) => ({ ...v, message: vMessage(t, v) })) })),
    findings: mapped(a.findings, (f) => ({ ...f, message: findingMessage(t, f) })),
  };
  yield* joined(jsonPieces(lazy, 4));
  yield "\n";
}

/** Lines made by `line` for each finding, a batch at a time. */
function* findingLines(a: AuditReport, line: (f: ListedFinding) => string): Generator<string> {
  let batch: string[] = [];
  for (const f of a.findings) {
    batch.push(line(f));
    if (batch.length === BATCH) { yield batch.join("\n") + "\n"; batch = []; }
  }
  if (batch.length) yield batch.join("\n") + "\n";
}

export function auditText(t: TFunction, a: AuditReport): string {
  return [...auditTextChunks(t, a)].join("");
}

function* auditTextChunks(t: TFunction, a: AuditReport): Generator<string> {
  const L: string[] = [];
  L.push(t("cli.audit.title"));
  L.push(t("cli.audit.summary", { pairs: a.pairs, concepts: a.concepts, errors: a.counts.error, warnings: a.counts.warning, suppressed: a.counts.suppressed }));
  L.push("");
  L.push(`== ${t("cli.audit.concepts")} (${a.conceptAudits.length})`);
  for (const c of a.conceptAudits) {
    L.push(`${c.id}  [${c.sources.join(" | ")}] → ${c.preferred.join(" | ") || (c.dnt ? t("cli.audit.dnt") : "-")}`);
    L.push(`  ${t("cli.audit.concept-line", { occurrences: c.sourceOccurrences, pairs: c.pairs, compliant: c.compliant, count: c.violations.length })}`);
    if (c.renderings.length) L.push(`  ${t("cli.audit.renderings")}: ${renderingsLine(c)}`);
    for (const v of c.violations) L.push(`  ${v.suppressed ? "~" : "!"} ${v.ref}  ${vMessage(t, v)}  (${v.checkId})`);
    for (const f of c.forbidden) L.push(`  ${t("cli.audit.forbidden-use", { ref: f.ref, text: f.text })}`);
    for (const u of c.untranslated) L.push(`  ${t("cli.audit.untranslated-use", { ref: u.ref, text: u.text })}`);
    if (L.length >= BATCH) { yield L.join("\n") + "\n"; L.length = 0; }
  }
  L.push("");
  L.push(`== ${t("cli.audit.never-seen")} (${a.neverSeen.length})`);
  for (const n of a.neverSeen) L.push(`${n.id}  [${n.sources.join(" | ")}]`);
  L.push("");
  L.push(`== ${t("cli.audit.conflicts")} (${a.conflicts.length})`);
  for (const c of a.conflicts) {
    L.push(`${t(`cli.audit.conflict-kind.${c.kind}`)}: ${c.text}`);
    for (const v of c.variants) L.push(`  - ${v.text}  (${v.refs.join(", ")})`);
  }
  L.push("");
  L.push(`== ${t("cli.audit.candidates")} (${a.candidates.length})`);
  for (const c of a.candidates) {
    L.push(`${c.term}  ×${c.count}  (${t(`cli.audit.kind.${c.kind}`)})`);
    for (const e of c.examples) L.push(`  ${e.ref}: ${e.text}`);
  }
  L.push("");
  L.push(`== ${t("cli.audit.findings")} (${a.findings.length})`);
  yield L.join("\n") + "\n";
  yield* findingLines(a, (f) => `${f.suppressed ? "~" : "!"} ${label(t, f)}  ${f.ref}  ${findingMessage(t, f)}  (${f.checkId})`);
}

const mdEsc = (s: string) => s.replace(/\\/g, "\\\\").replace(/\|/g, "\\|").replace(/[\r\n]+/g, " ");

export function auditMarkdown(t: TFunction, a: AuditReport): string {
  return [...auditMarkdownChunks(t, a)].join("");
}

function* auditMarkdownChunks(t: TFunction, a: AuditReport): Generator<string> {
  const L: string[] = [];
  L.push(`# ${t("cli.audit.title")}`, "");
  L.push(t("cli.audit.summary", { pairs: a.pairs, concepts: a.concepts, errors: a.counts.error, warnings: a.counts.warning, suppressed: a.counts.suppressed }), "");
  L.push(`## ${t("cli.audit.concepts")}`, "");
  L.push(`| ${t("cli.audit.col.concept")} | ${t("cli.audit.col.source")} | ${t("cli.audit.col.occurrences")} | ${t("cli.audit.col.renderings")} | ${t("cli.audit.col.compliant")} | ${t("cli.audit.col.violations")} |`);
  L.push("|---|---|---:|---|---:|---:|");
  for (const c of a.conceptAudits) {
    L.push(`| ${mdEsc(c.id)} | ${mdEsc(c.sources.join(" / "))} | ${c.sourceOccurrences} | ${mdEsc(renderingsLine(c))} | ${c.compliant} | ${c.violations.length} |`);
  }
  const withViolations = a.conceptAudits.filter((c) => c.violations.length || c.forbidden.length || c.untranslated.length);
  if (withViolations.length) {
    L.push("", `## ${t("cli.audit.violations")}`, "");
    for (const c of withViolations) {
      L.push(`### ${mdEsc(c.id)}`, "");
      for (const v of c.violations) L.push(`- ${v.suppressed ? "~~" : ""}\`${v.ref}\` ${mdEsc(vMessage(t, v))} (\`${v.checkId}\`)${v.suppressed ? "~~" : ""}  `, `  > ${mdEsc(v.source)}  `, `  > ${mdEsc(v.target)}`);
      for (const f of c.forbidden) L.push(`- ${mdEsc(t("cli.audit.forbidden-use", { ref: f.ref, text: f.text }))}`);
      for (const u of c.untranslated) L.push(`- ${mdEsc(t("cli.audit.untranslated-use", { ref: u.ref, text: u.text }))}`);
      L.push("");
      if (L.length >= BATCH) { yield L.join("\n") + "\n"; L.length = 0; }
    }
  }
  L.push("", `## ${t("cli.audit.never-seen")}`, "");
  for (const n of a.neverSeen) L.push(`- \`${n.id}\` — ${mdEsc(n.sources.join(" / "))}`);
  L.push("", `## ${t("cli.audit.conflicts")}`, "");
  for (const c of a.conflicts) {
    L.push(`- **${t(`cli.audit.conflict-kind.${c.kind}`)}**: ${mdEsc(c.text)}`);
    for (const v of c.variants) L.push(`  - ${mdEsc(v.text)} (${v.refs.map((r) => `\`${r}\``).join(", ")})`);
  }
  L.push("", `## ${t("cli.audit.candidates")}`, "");
  L.push(`| ${t("cli.audit.col.term")} | ${t("cli.audit.col.kind")} | ${t("cli.audit.col.count")} | ${t("cli.audit.col.example")} |`, "|---|---|---:|---|");
  for (const c of a.candidates) L.push(`| ${mdEsc(c.term)} | ${t(`cli.audit.kind.${c.kind}`)} | ${c.count} | ${mdEsc(c.examples.map((e) => `${e.ref}: ${e.text}`).join(" — "))} |`);
  L.push("", `## ${t("cli.audit.findings")} (${a.findings.length})`, "");
  L.push(`| ${t("cli.audit.col.severity")} | ${t("cli.audit.col.ref")} | ${t("cli.audit.col.message")} | ${t("cli.audit.col.check")} |`, "|---|---|---|---|");
  yield L.join("\n") + "\n";
  yield* findingLines(a, (f) => {
    const strike = f.suppressed ? "~~" : "";
    return `| ${label(t, f)} | \`${mdEsc(f.ref)}\` | ${strike}${mdEsc(findingMessage(t, f))}${strike} | \`${f.checkId}\` |`;
  });
}

const h = (s: string | number) => String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");

const CSS = `
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0;color:#1d2330;background:#f6f7f9}
header{background:#1d2330;color:#fff;padding:1rem 1.5rem}header h1{margin:0 0 .3rem;font-size:1.35rem}
main{padding:1rem 1.5rem;max-width:1200px}
#filter{width:100%;max-width:32rem;padding:.5rem .7rem;font-size:1rem;border:1px solid #b8bfcc;border-radius:6px}
.stats{display:flex;gap:.6rem;flex-wrap:wrap;margin:.6rem 0}.stat{background:#fff;border:1px solid #dde1e8;border-radius:6px;padding:.35rem .7rem}
.stat.error b{color:#b42318}.stat.warning b{color:#b54708}
section{margin:1.4rem 0}h2{font-size:1.1rem;border-bottom:2px solid #dde1e8;padding-bottom:.25rem}
table{border-collapse:collapse;width:100%;background:#fff}th,td{text-align:left;padding:.35rem .5rem;border-bottom:1px solid #e6e9ef;vertical-align:top}
th{background:#eef1f5;font-weight:600}td.n{text-align:right;font-variant-numeric:tabular-nums}
.bad{color:#b42318;font-weight:600}.ok{color:#067647}.sup{color:#667085;text-decoration:line-through}
details{margin:.2rem 0}summary{cursor:pointer}.pair{margin:.2rem 0 .5rem 1rem;font-size:.92em}.pair q{display:block;color:#475467}
code{background:#eef1f5;padding:0 .25rem;border-radius:3px}mark{background:#fde68a}.hidden{display:none}
`;
const JS = `
(function(){var f=document.getElementById('filter');var n=document.getElementById('shown');
var h=(location.hash.match(/[#&]filter=([^&]*)/)||[])[1];if(h)f.value=decodeURIComponent(h);
function apply(){var q=f.value.toLowerCase().trim();var shown=0;var items=document.querySelectorAll('.item');
for(var i=0;i<items.length;i++){var el=items[i];var hit=!q||el.textContent.toLowerCase().indexOf(q)>=0;el.classList.toggle('hidden',!hit);if(hit)shown++;}
n.textContent=String(shown);}
f.addEventListener('input',apply);apply();})();
`;

export function auditHtml(t: TFunction, a: AuditReport, lang: string): string {
  return [...auditHtmlChunks(t, a, lang)].join("");
}

function* auditHtmlChunks(t: TFunction, a: AuditReport, lang: string): Generator<string> {
  const P: string[] = [];
  P.push(`<!DOCTYPE html><html lang="${h(lang)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">`);
  P.push(`<title>${h(t("cli.audit.title"))}</title><style>${CSS}</style></head><body>`);
  P.push(`<header><h1>${h(t("cli.audit.title"))}</h1><div>${h(t("cli.audit.summary", { pairs: a.pairs, concepts: a.concepts, errors: a.counts.error, warnings: a.counts.warning, suppressed: a.counts.suppressed }))}</div></header><main>`);
  P.push(`<div class="stats"><span class="stat error" id="stat-errors">${h(t("cli.check.severity.error"))}: <b>${a.counts.error}</b></span><span class="stat warning" id="stat-warnings">${h(t("cli.check.severity.warning"))}: <b>${a.counts.warning}</b></span><span class="stat" id="stat-suppressed">${h(t("cli.check.suppressed-label"))}: <b>${a.counts.suppressed}</b></span></div>`);
  P.push(`<label for="filter">${h(t("cli.audit.filter"))}</label><br><input id="filter" type="search" autocomplete="off" placeholder="${h(t("cli.audit.filter-placeholder"))}"> <span>${h(t("cli.audit.shown"))}: <b id="shown">0</b></span>`);
  P.push(`<section id="concepts"><h2>${h(t("cli.audit.concepts"))} (${a.conceptAudits.length})</h2><table><thead><tr><th>${h(t("cli.audit.col.concept"))}</th><th>${h(t("cli.audit.col.source"))}</th><th>${h(t("cli.audit.col.occurrences"))}</th><th>${h(t("cli.audit.col.renderings"))}</th><th>${h(t("cli.audit.col.compliant"))}</th><th>${h(t("cli.audit.col.violations"))}</th></tr></thead><tbody>`);
  for (const c of a.conceptAudits) {
    let bad = 0;
    for (const v of c.violations) if (!v.suppressed) bad++;
    P.push(`<tr class="item concept" data-id="${h(c.id)}"><td><code>${h(c.id)}</code>${c.dnt ? ` <small>(${h(t("cli.audit.dnt"))})</small>` : ""}</td><td>${h(c.sources.join(" / "))}</td><td class="n">${c.sourceOccurrences}</td><td>${h(renderingsLine(c))}</td><td class="n ok">${c.compliant}</td><td class="n${bad ? " bad" : ""}">${bad}${bad < c.violations.length ? ` <small class="sup-count">(+${c.violations.length - bad} ${h(t("cli.check.suppressed-label"))})</small>` : ""}`);
    if (c.violations.length || c.forbidden.length || c.untranslated.length) {
      P.push(`<details><summary>${h(t("cli.audit.details"))}</summary>`);
      for (const v of c.violations) {
        P.push(`<div class="pair violation${v.suppressed ? " sup" : ""}" data-check="${h(v.checkId)}"><code>${h(v.ref)}</code> ${h(vMessage(t, v))} <small>${h(v.checkId)}</small>${v.offending ? ` <mark>${h(v.offending)}</mark>` : ""}<q>${h(v.source)}</q><q>${h(v.target)}</q></div>`);
      }
      for (const f of c.forbidden) P.push(`<div class="pair forbidden">${h(t("cli.audit.forbidden-use", { ref: f.ref, text: f.text }))}</div>`);
      for (const u of c.untranslated) P.push(`<div class="pair untranslated">${h(t("cli.audit.untranslated-use", { ref: u.ref, text: u.text }))}</div>`);
      P.push(`</details>`);
    }
    P.push(`</td></tr>`);
    if (P.length >= BATCH) { yield P.join("\n") + "\n"; P.length = 0; }
  }
  P.push(`</tbody></table></section>`);
  P.push(`<section id="never-seen"><h2>${h(t("cli.audit.never-seen"))} (${a.neverSeen.length})</h2><ul>`);
  for (const n of a.neverSeen) P.push(`<li class="item"><code>${h(n.id)}</code> — ${h(n.sources.join(" / "))}</li>`);
  P.push(`</ul></section>`);
  P.push(`<section id="conflicts"><h2>${h(t("cli.audit.conflicts"))} (${a.conflicts.length})</h2>`);
  for (const c of a.conflicts) {
    P.push(`<div class="item conflict"><b>${h(t(`cli.audit.conflict-kind.${c.kind}`))}</b>: ${h(c.text)}<ul>`);
    for (const v of c.variants) P.push(`<li>${h(v.text)} <small>(${h(v.refs.join(", "))})</small></li>`);
    P.push(`</ul></div>`);
  }
  P.push(`</section>`);
  P.push(`<section id="candidates"><h2>${h(t("cli.audit.candidates"))} (${a.candidates.length})</h2><table><thead><tr><th>${h(t("cli.audit.col.term"))}</th><th>${h(t("cli.audit.col.kind"))}</th><th>${h(t("cli.audit.col.count"))}</th><th>${h(t("cli.audit.col.example"))}</th></tr></thead><tbody>`);
  for (const c of a.candidates) {
    P.push(`<tr class="item candidate"><td>${h(c.term)}</td><td>${h(t(`cli.audit.kind.${c.kind}`))}</td><td class="n">${c.count}</td><td>${c.examples.map((e) => `<code>${h(e.ref)}</code> ${h(e.text)}`).join("<br>")}</td></tr>`);
  }
  P.push(`</tbody></table></section>`);
  P.push(`<section id="findings"><h2>${h(t("cli.audit.findings"))} (${a.findings.length})</h2><table><thead><tr><th>${h(t("cli.audit.col.severity"))}</th><th>${h(t("cli.audit.col.ref"))}</th><th>${h(t("cli.audit.col.message"))}</th><th>${h(t("cli.audit.col.check"))}</th></tr></thead><tbody>`);
  yield P.join("\n") + "\n";
  yield* findingLines(a, (f) =>
    `<tr class="item finding ${f.suppressed ? "sup" : f.severity}" data-check="${h(f.checkId)}"><td${f.severity === "error" && !f.suppressed ? ' class="bad"' : ""}>${h(label(t, f))}</td><td><code>${h(f.ref)}</code></td><td>${h(findingMessage(t, f))}</td><td><small>${h(f.checkId)}</small></td></tr>`);
  yield `</tbody></table></section></main><script>${JS}</script></body></html>\n`;
}

export function renderAudit(format: AuditFormat, t: TFunction, a: AuditReport, lang: string): string {
  return [...renderAuditChunks(format, t, a, lang)].join("");
}

/** The report in pieces, to be written as they come (a report lists every finding: it can be large). */
export function renderAuditChunks(format: AuditFormat, t: TFunction, a: AuditReport, lang: string): Iterable<string> {
  switch (format) {
    case "json": return auditJsonChunks(t, a);
    case "md": return auditMarkdownChunks(t, a);
    case "html": return auditHtmlChunks(t, a, lang);
    default: return auditTextChunks(t, a);
  }
}
