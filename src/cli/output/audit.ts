/**
 * Renderers of the glossary audit: text (terminal), Markdown, JSON and one self-contained HTML page
 * (inline CSS and JS, a filter box; no external resources) a translator can open and filter.
 */
import type { AuditReport, AuditViolation, ConceptAudit, HeldBytes, ListedFinding } from "../../app/audit";
import { LANGS, type Lang, type TFunction } from "../../i18n";
import { DataText, Gathered, jsonString, jsonText, padOf, Quoted } from "./json-text";
import { findingMessage, findingMessages, messageKey } from "./stylish";
import { findingsInThread } from "./findings-thread";

export type AuditFormat = "text" | "json" | "md" | "html";
const isLang = (l: string): l is Lang => (LANGS as readonly string[]).includes(l);
type Violations = ConceptAudit["violations"];
type ListedFindings = AuditReport["findings"];

const vMessage = (t: TFunction, v: AuditViolation) => findingMessage(t, v);
/** The lines that say how many candidate terms the report saw but does not list, and why (none when it lists them all). */
function unlistedLines(t: TFunction, a: AuditReport): string[] {
  const u = a.candidatesUnlisted;
  if (u === undefined) return [];
  const out: string[] = [];
  if (u.belowMinCount > 0) out.push(t("cli.audit.candidates-below", { count: u.belowMinCount, min: u.minCount }));
  if (u.beyondLimit > 0) out.push(t("cli.audit.candidates-beyond", { count: u.beyondLimit, listed: a.candidates.length }));
  return out;
}

/** A candidate's kind, with the name a short form stands for (`acronym, short for Badan Pusat Statistik`), as `glossary candidates` writes it. */
const candidateKind = (t: TFunction, c: { readonly kind: string; readonly expansion?: string }): string =>
  c.expansion === undefined ? t(`cli.audit.kind.${c.kind}`) : t("cli.audit.kind-short-for", { kind: t(`cli.audit.kind.${c.kind}`), expansion: c.expansion });
/** "Russia (preferred) ×40, …": the glossary status in the reader's language (diutamakan, diterima). */
const renderingsLine = (c: ConceptAudit, t: TFunction) =>
  c.renderings.map((r) => `${r.text} (${t(`cli.terms.status.${r.status}`, { defaultValue: r.status })}) ×${r.count}`).join(", ");


export function auditJson(t: TFunction, a: AuditReport): unknown {
  return {
    ...a,
    conceptAudits: a.conceptAudits.map((c) => ({ ...c, violations: [...c.violations].map((v) => ({ ...v, message: vMessage(t, v) })) })),
    findings: [...a.findings].map((f) => ({ ...f, message: findingMessage(t, f) })),
  };
}

/** The keys `{ ...o, [extra…]: … }` has, in JSON's order (own enumerable string keys, then the new ones). */
function spreadKeys(o: object, extra: readonly string[]): string[] {
  const keys = Object.keys(o);
  for (const k of extra) if (!keys.includes(k)) keys.push(k);
  return keys;
}

const P1 = padOf(1), P2 = padOf(2), P3 = padOf(3), P4 = padOf(4), P5 = padOf(5);
/** The members of a packed finding (depth 3) and violation (depth 5) up to their values. */
const F = member(P3), V = member(P5);
function member(pad: string) {
  return {
    ref: `{\n${pad}"ref": `, checkId: `,\n${pad}"checkId": `, severity: `,\n${pad}"severity": `, messageId: `,\n${pad}"messageId": `, data: `,\n${pad}"data": `,
    source: `,\n${pad}"source": `, target: `,\n${pad}"target": `, offending: `,\n${pad}"offending": `,
    suppressed: `,\n${pad}"suppressed": true`, kept: `,\n${pad}"suppressed": false`, message: `,\n${pad}"message": `,
  };
}

/**
 * The members of an item from its check id through its data's key (`"checkId": …` … `"data": `),
 * made once per check, severity and message id (most items of a message have the same three).
 */
function kindText(m: ReturnType<typeof member>, q: Quoted): (checkId: string, severity: string, messageId: string) => string {
  const byMessage = new Map<string, { checkId: string; severity: string; text: string }>();
  return (checkId, severity, messageId) => {
    const k = byMessage.get(messageId);
    if (k !== undefined && k.checkId === checkId && k.severity === severity) return k.text;
    const text = m.checkId + q.of(checkId) + m.severity + q.of(severity) + m.messageId + q.of(messageId) + m.data;
    if (byMessage.size < 1000) byMessage.set(messageId, { checkId, severity, text });
    return text;
  };
}

/**
 * The items of the JSON report as JSON writes them, into `out`: `list` writes a list at a depth,
 * each item by `violation` or `finding` (read in place from the list's cursor, see ItemCursor), its
 * message by template; one piece of text per item. (An item goes out in a few pieces: text that is
 * all one-byte characters — most of it — encodes twice as fast as text with one character beyond,
 * as a message's quotes.)
 */
function jsonItems<T extends string | Uint8Array>(t: TFunction, out: Gathered<T>) {
  const message = findingMessages(t);
  const q = new Quoted();
  const fData = new DataText(P3), vData = new DataText(P5);
  const bytes = out.takesBytes;
  /** The items of a list at depth `depth`, each written by `item` from its `{` on after `lead` (what goes before it), in `[` … `]`. */
  const list = function* <C extends FindingCursor | ViolationCursor>(c: C, depth: number, item: (c: C, lead: string) => void): Generator<T> {
    const pad = padOf(depth);
    const open = "[\n" + pad, comma = ",\n" + pad;
    let first = true;
    while (c.next()) {
      item(c, first ? open : comma);
      first = false;
      if (out.full) yield* out.drain();
    }
    out.add(first ? "[]" : "\n" + padOf(depth - 1) + "]");
  };
  const fKind = kindText(F, q), vKind = kindText(V, q);
  const violation = (c: ViolationCursor, lead: string): void => {
    const w = c.whole;
    if (w !== undefined) { out.add(lead + jsonText({ ...w, message: vMessage(t, w) }, P4)!); return; }
    out.add(lead + V.ref + jsonString(c.ref) + vKind(c.checkId, c.severity, c.messageId) + vData.text(c.names, c.values, c.at) + V.source);
    // (a text the list has as UTF-8 with nothing to escape goes out as it is: no string to make)
    if (bytes && c.plainBytes?.(0)) out.addQuoted(c.bytes!, c.bytesStart!, c.bytesEnd!, V.target);
    else out.add(jsonString(c.source) + V.target);
    if (bytes && c.plainBytes?.(1)) out.addQuoted(c.bytes!, c.bytesStart!, c.bytesEnd!, "");
    else out.add(jsonString(c.target));
    out.add(V.offending + jsonString(c.offending) + (c.suppressed ? V.suppressed : V.kept) + V.message
      + jsonString(message.values(messageKey(c.checkId, c.messageId), c.names, c.values, c.at)) + "\n" + P4 + "}");
  };
  const finding = (c: FindingCursor, lead: string): void => {
    const w = c.whole;
    if (w !== undefined) { out.add(lead + jsonText({ ...w, message: findingMessage(t, w) }, P2)!); return; }
    out.add(lead + F.ref + jsonString(c.ref) + fKind(c.checkId, c.severity, c.messageId) + fData.text(c.names, c.values, c.at) + (c.suppressed ? F.suppressed : F.kept) + F.message);
    out.add(jsonString(message.values(messageKey(c.checkId, c.messageId), c.names, c.values, c.at)) + "\n" + P2 + "}");
  };
  return { list, violation, finding, q };
}

/** The report's `findings` member's value (depth 1) as auditJsonChunks writes it, in pieces. */
export function* findingsJsonChunks<T extends string | Uint8Array>(t: TFunction, findings: ListedFindings, out: Gathered<T>): Generator<T> {
  const { list, finding } = jsonItems(t, out);
  yield* list(cursorOf(findings), 2, finding);
  yield* out.drain();
}

/**
 * Writes `JSON.stringify(auditJson(t, a), null, 2) + "\n"`: the members of the report, of each
 * concept and of each item as JSON writes them (./json-text.ts), the violations and findings read in
 * place (their lists' cursors: no object each) in the shape their lists give them (see ItemCursor),
 * their messages by template; one piece of text per item. `findingsElsewhere`: the findings' text
 * made meanwhile in another thread (see ./findings-thread.ts), held in its file, when it is.
 */
function* auditJsonChunks<T extends string | Uint8Array, E = never>(t: TFunction, a: AuditReport, out: Gathered<T>, findingsElsewhere?: () => Iterable<E>): Generator<T | E> {
  const { list, violation, finding, q } = jsonItems(t, out);

  const concept = function* (c: ConceptAudit): Generator<T> {
    let first = true;
    for (const k of spreadKeys(c, ["violations"])) {
      if (k === "violations") {
        out.add((first ? "{\n" : ",\n") + P3 + '"violations": ');
        first = false;
        yield* list(cursorOf(c.violations), 4, violation);
        continue;
      }
      const text = jsonText((c as unknown as Record<string, unknown>)[k], P3);
      if (text === undefined) continue;
      out.add((first ? "{\n" : ",\n") + P3 + q.of(k) + ": " + text);
      first = false;
    }
    out.add(first ? "{}" : "\n" + P2 + "}");
  };

  let first = true;
  for (const k of spreadKeys(a, ["conceptAudits", "findings"])) {
    const head = (first ? "{\n" : ",\n") + P1 + q.of(k) + ": ";
    if (k === "conceptAudits") {
      out.add(head);
      let i = 0;
      for (const c of a.conceptAudits) {
        out.add((i++ ? ",\n" : "[\n") + P2);
        yield* concept(c);
        if (out.full) yield* out.drain();
      }
      out.add(i ? "\n" + P1 + "]" : "[]");
    } else if (k === "findings") {
      out.add(head);
      if (findingsElsewhere) {
        yield* out.drain();
        yield* findingsElsewhere();
      } else yield* list(cursorOf(a.findings), 2, finding);
    } else {
      const text = jsonText((a as unknown as Record<string, unknown>)[k], P1);
      if (text === undefined) continue;
      out.add(head + text);
    }
    first = false;
  }
  out.add((first ? "{}" : "\n}") + "\n");
  yield* out.drain();
}

type FindingCursor = ReturnType<NonNullable<ListedFindings["cursor"]>>;
type ViolationCursor = ReturnType<NonNullable<Violations["cursor"]>>;

/** A list's cursor (see ItemCursor in src/check/audit.ts), or one that gives each item of its iterator whole. */
function cursorOf(list: ListedFindings): FindingCursor;
function cursorOf(list: Violations): ViolationCursor;
function cursorOf(list: ListedFindings | Violations): FindingCursor | ViolationCursor {
  if (list.cursor) return list.cursor();
  const it: Iterator<ListedFinding | AuditViolation> = list[Symbol.iterator]();
  const c = {
    whole: undefined as AuditViolation | undefined, ref: "", checkId: "", severity: "info" as const, messageId: "", names: [] as readonly string[], values: [] as readonly unknown[], at: 0,
    suppressed: false, source: "", target: "", offending: "",
    next(): boolean {
      const r = it.next();
      c.whole = r.done ? undefined : (r.value as AuditViolation);
      return !r.done;
    },
    current: (): AuditViolation => c.whole!,
  };
  return c;
}

/** The words a renderer writes for every finding, made once: messages by template, labels by severity. */
function words(t: TFunction) {
  const templater = findingMessages(t);
  const labels = new Map<string, string>();
  const suppressed = t("cli.check.suppressed-label");
  return {
    /** The message of a cursor's current item. */
    message(c: FindingCursor | ViolationCursor): string {
      const w = c.whole;
      return w !== undefined ? findingMessage(t, w) : templater.values(messageKey(c.checkId, c.messageId), c.names, c.values, c.at);
    },
    /** A finding's label: its severity, or "suppressed". */
    label(f: { readonly severity: string; readonly suppressed: boolean }): string {
      if (f.suppressed) return suppressed;
      let l = labels.get(f.severity);
      if (l === undefined) labels.set(f.severity, (l = t(`cli.check.severity.${f.severity}`)));
      return l;
    },
  };
}

export function auditText(t: TFunction, a: AuditReport): string {
  return [...auditTextChunks(t, a, new Gathered<string>(false))].join("");
}

function* auditTextChunks<T extends string | Uint8Array>(t: TFunction, a: AuditReport, out: Gathered<T>): Generator<T> {
  const w = words(t);
  const line = (s: string) => out.add(s + "\n");
  line(t("cli.audit.title"));
  line(t("cli.audit.summary", { pairs: a.pairs, concepts: a.concepts, errors: a.counts.error, warnings: a.counts.warning, suppressed: a.counts.suppressed }));
  line("");
  line(`== ${t("cli.audit.concepts")} (${a.conceptAudits.length})`);
  for (const c of a.conceptAudits) {
    line(`${c.id}  [${c.sources.join(" | ")}] → ${c.preferred.join(" | ") || (c.dnt ? t("cli.audit.dnt") : "-")}`);
    // ("49 times in the sources of 45 pairs; 45 compliant, 1 finding": it read "source occurrences: 49 in pairs: 45")
    line(`  ${t("cli.audit.concept-line", {
      times: t("cli.audit.concept-times", { count: c.sourceOccurrences }), pairs: t("cli.audit.concept-pairs", { count: c.pairs }),
      compliant: c.compliant, findings: t("cli.audit.concept-findings", { count: c.violations.length }),
    })}`);
    if (c.renderings.length) line(`  ${t("cli.audit.renderings")}: ${renderingsLine(c, t)}`);
    for (const v = cursorOf(c.violations); v.next();) {
      const f = v.whole ?? v;
      line(`  ${f.suppressed ? "~" : "!"} ${f.ref}  ${w.message(v)}  (${f.checkId})`);
      if (out.full) yield* out.drain();
    }
    for (const f of c.forbidden) line(`  ${t("cli.audit.forbidden-use", { ref: f.ref, text: f.text })}`);
    for (const u of c.untranslated) line(`  ${t("cli.audit.untranslated-use", { ref: u.ref, text: u.text })}`);
    if (out.full) yield* out.drain();
  }
  line("");
  line(`== ${t("cli.audit.never-seen")} (${a.neverSeen.length})`);
  for (const n of a.neverSeen) line(`${n.id}  [${n.sources.join(" | ")}]`);
  line("");
  line(`== ${t("cli.audit.conflicts")} (${a.conflicts.length})`);
  for (const c of a.conflicts) {
    line(`${t(`cli.audit.conflict-kind.${c.kind}`)}: ${c.text}`);
    for (const v of c.variants) line(`  - ${v.text}  (${v.refs.join(", ")})`);
  }
  line("");
  line(`== ${t("cli.audit.candidates")} (${a.candidates.length})`);
  for (const c of a.candidates) {
    line(`${c.term}  ×${c.count}  (${candidateKind(t, c)})`);
    for (const e of c.examples) line(`  ${e.ref}: ${e.text}`);
  }
  for (const u of unlistedLines(t, a)) line(u);
  line("");
  line(`== ${t("cli.audit.findings")} (${a.findings.length})`);
  for (const c = cursorOf(a.findings); c.next();) {
    const f = c.whole ?? c;
    line(`${f.suppressed ? "~" : "!"} ${w.label(f)}  ${f.ref}  ${w.message(c)}  (${f.checkId})`);
    if (out.full) yield* out.drain();
  }
  yield* out.drain();
}

const MD_SPECIAL = /[\\|\r\n]/;
const mdEsc = (s: string) => (!MD_SPECIAL.test(s) ? s : s.replace(/\\/g, "\\\\").replace(/\|/g, "\\|").replace(/[\r\n]+/g, " "));

export function auditMarkdown(t: TFunction, a: AuditReport): string {
  return [...auditMarkdownChunks(t, a, new Gathered<string>(false))].join("");
}

function* auditMarkdownChunks<T extends string | Uint8Array>(t: TFunction, a: AuditReport, out: Gathered<T>): Generator<T> {
  const w = words(t);
  const line = (s: string) => out.add(s + "\n");
  line(`# ${t("cli.audit.title")}`); line("");
  line(t("cli.audit.summary", { pairs: a.pairs, concepts: a.concepts, errors: a.counts.error, warnings: a.counts.warning, suppressed: a.counts.suppressed })); line("");
  line(`## ${t("cli.audit.concepts")}`); line("");
  line(`| ${t("cli.audit.col.concept")} | ${t("cli.audit.col.source")} | ${t("cli.audit.col.occurrences")} | ${t("cli.audit.col.renderings")} | ${t("cli.audit.col.compliant")} | ${t("cli.audit.col.violations")} |`);
  line("|---|---|---:|---|---:|---:|");
  for (const c of a.conceptAudits) {
    line(`| ${mdEsc(c.id)} | ${mdEsc(c.sources.join(" / "))} | ${c.sourceOccurrences} | ${mdEsc(renderingsLine(c, t))} | ${c.compliant} | ${c.violations.length} |`);
  }
  const withViolations = a.conceptAudits.filter((c) => c.violations.length || c.forbidden.length || c.untranslated.length);
  if (withViolations.length) {
    line(""); line(`## ${t("cli.audit.violations")}`); line("");
    for (const c of withViolations) {
      line(`### ${mdEsc(c.id)}`); line("");
      for (const v = cursorOf(c.violations); v.next();) {
        const f = v.whole ?? v;
        line(`- ${f.suppressed ? "~~" : ""}\`${f.ref}\` ${mdEsc(w.message(v))} (\`${f.checkId}\`)${f.suppressed ? "~~" : ""}  `);
        line(`  > ${mdEsc(f.source)}  `);
        line(`  > ${mdEsc(f.target)}`);
        if (out.full) yield* out.drain();
      }
      for (const f of c.forbidden) line(`- ${mdEsc(t("cli.audit.forbidden-use", { ref: f.ref, text: f.text }))}`);
      for (const u of c.untranslated) line(`- ${mdEsc(t("cli.audit.untranslated-use", { ref: u.ref, text: u.text }))}`);
      line("");
      if (out.full) yield* out.drain();
    }
  }
  line(""); line(`## ${t("cli.audit.never-seen")}`); line("");
  for (const n of a.neverSeen) line(`- \`${n.id}\` — ${mdEsc(n.sources.join(" / "))}`);
  line(""); line(`## ${t("cli.audit.conflicts")}`); line("");
  for (const c of a.conflicts) {
    line(`- **${t(`cli.audit.conflict-kind.${c.kind}`)}**: ${mdEsc(c.text)}`);
    for (const v of c.variants) line(`  - ${mdEsc(v.text)} (${v.refs.map((r) => `\`${r}\``).join(", ")})`);
  }
  line(""); line(`## ${t("cli.audit.candidates")}`); line("");
  line(`| ${t("cli.audit.col.term")} | ${t("cli.audit.col.kind")} | ${t("cli.audit.col.count")} | ${t("cli.audit.col.example")} |`); line("|---|---|---:|---|");
  for (const c of a.candidates) line(`| ${mdEsc(c.term)} | ${mdEsc(candidateKind(t, c))} | ${c.count} | ${mdEsc(c.examples.map((e) => `${e.ref}: ${e.text}`).join(" — "))} |`);
  const unlisted = unlistedLines(t, a);
  if (unlisted.length > 0) { line(""); for (const u of unlisted) line(`_${mdEsc(u)}_`); }
  line(""); line(`## ${t("cli.audit.findings")} (${a.findings.length})`); line("");
  line(`| ${t("cli.audit.col.severity")} | ${t("cli.audit.col.ref")} | ${t("cli.audit.col.message")} | ${t("cli.audit.col.check")} |`); line("|---|---|---|---|");
  for (const c = cursorOf(a.findings); c.next();) {
    const f = c.whole ?? c;
    const strike = f.suppressed ? "~~" : "";
    line(`| ${w.label(f)} | \`${mdEsc(f.ref)}\` | ${strike}${mdEsc(w.message(c))}${strike} | \`${f.checkId}\` |`);
    if (out.full) yield* out.drain();
  }
  yield* out.drain();
}

const HTML_SPECIAL = /[&<>"']/;
const HTML_SPECIALS = /[&<>"']/g;
const ENTITY: Readonly<Record<string, string>> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
const h = (s: string | number) => {
  const text = String(s);
  return HTML_SPECIAL.test(text) ? text.replace(HTML_SPECIALS, (c) => ENTITY[c]!) : text;
};

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
  return [...auditHtmlChunks(t, a, lang, new Gathered<string>(false))].join("");
}

function* auditHtmlChunks<T extends string | Uint8Array>(t: TFunction, a: AuditReport, lang: string, out: Gathered<T>): Generator<T> {
  const w = words(t);
  const line = (s: string) => out.add(s + "\n");
  line(`<!DOCTYPE html><html lang="${h(lang)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">`);
  line(`<title>${h(t("cli.audit.title"))}</title><style>${CSS}</style></head><body>`);
  line(`<header><h1>${h(t("cli.audit.title"))}</h1><div>${h(t("cli.audit.summary", { pairs: a.pairs, concepts: a.concepts, errors: a.counts.error, warnings: a.counts.warning, suppressed: a.counts.suppressed }))}</div></header><main>`);
  line(`<div class="stats"><span class="stat error" id="stat-errors">${h(t("cli.check.severity.error"))}: <b>${a.counts.error}</b></span><span class="stat warning" id="stat-warnings">${h(t("cli.check.severity.warning"))}: <b>${a.counts.warning}</b></span><span class="stat" id="stat-suppressed">${h(t("cli.check.suppressed-label"))}: <b>${a.counts.suppressed}</b></span></div>`);
  line(`<label for="filter">${h(t("cli.audit.filter"))}</label><br><input id="filter" type="search" autocomplete="off" placeholder="${h(t("cli.audit.filter-placeholder"))}"> <span>${h(t("cli.audit.shown"))}: <b id="shown">0</b></span>`);
  line(`<section id="concepts"><h2>${h(t("cli.audit.concepts"))} (${a.conceptAudits.length})</h2><table><thead><tr><th>${h(t("cli.audit.col.concept"))}</th><th>${h(t("cli.audit.col.source"))}</th><th>${h(t("cli.audit.col.occurrences"))}</th><th>${h(t("cli.audit.col.renderings"))}</th><th>${h(t("cli.audit.col.compliant"))}</th><th>${h(t("cli.audit.col.violations"))}</th></tr></thead><tbody>`);
  for (const c of a.conceptAudits) {
    let bad = 0;
    for (const v = cursorOf(c.violations); v.next();) if (!(v.whole ?? v).suppressed) bad++;
    line(`<tr class="item concept" data-id="${h(c.id)}"><td><code>${h(c.id)}</code>${c.dnt ? ` <small>(${h(t("cli.audit.dnt"))})</small>` : ""}</td><td>${h(c.sources.join(" / "))}</td><td class="n">${c.sourceOccurrences}</td><td>${h(renderingsLine(c, t))}</td><td class="n ok">${c.compliant}</td><td class="n${bad ? " bad" : ""}">${bad}${bad < c.violations.length ? ` <small class="sup-count">(+${c.violations.length - bad} ${h(t("cli.check.suppressed-label"))})</small>` : ""}`);
    if (c.violations.length || c.forbidden.length || c.untranslated.length) {
      line(`<details><summary>${h(t("cli.audit.details"))}</summary>`);
      for (const v = cursorOf(c.violations); v.next();) {
        const f = v.whole ?? v;
        line(`<div class="pair violation${f.suppressed ? " sup" : ""}" data-check="${h(f.checkId)}"><code>${h(f.ref)}</code> ${h(w.message(v))} <small>${h(f.checkId)}</small>${f.offending ? ` <mark>${h(f.offending)}</mark>` : ""}<q>${h(f.source)}</q><q>${h(f.target)}</q></div>`);
        if (out.full) yield* out.drain();
      }
      for (const f of c.forbidden) line(`<div class="pair forbidden">${h(t("cli.audit.forbidden-use", { ref: f.ref, text: f.text }))}</div>`);
      for (const u of c.untranslated) line(`<div class="pair untranslated">${h(t("cli.audit.untranslated-use", { ref: u.ref, text: u.text }))}</div>`);
      line(`</details>`);
    }
    line(`</td></tr>`);
    if (out.full) yield* out.drain();
  }
  line(`</tbody></table></section>`);
  line(`<section id="never-seen"><h2>${h(t("cli.audit.never-seen"))} (${a.neverSeen.length})</h2><ul>`);
  for (const n of a.neverSeen) line(`<li class="item"><code>${h(n.id)}</code> — ${h(n.sources.join(" / "))}</li>`);
  line(`</ul></section>`);
  line(`<section id="conflicts"><h2>${h(t("cli.audit.conflicts"))} (${a.conflicts.length})</h2>`);
  for (const c of a.conflicts) {
    line(`<div class="item conflict"><b>${h(t(`cli.audit.conflict-kind.${c.kind}`))}</b>: ${h(c.text)}<ul>`);
    for (const v of c.variants) line(`<li>${h(v.text)} <small>(${h(v.refs.join(", "))})</small></li>`);
    line(`</ul></div>`);
  }
  line(`</section>`);
  line(`<section id="candidates"><h2>${h(t("cli.audit.candidates"))} (${a.candidates.length})</h2><table><thead><tr><th>${h(t("cli.audit.col.term"))}</th><th>${h(t("cli.audit.col.kind"))}</th><th>${h(t("cli.audit.col.count"))}</th><th>${h(t("cli.audit.col.example"))}</th></tr></thead><tbody>`);
  for (const c of a.candidates) {
    line(`<tr class="item candidate"><td>${h(c.term)}</td><td>${h(candidateKind(t, c))}</td><td class="n">${c.count}</td><td>${c.examples.map((e) => `<code>${h(e.ref)}</code> ${h(e.text)}`).join("<br>")}</td></tr>`);
  }
  line(`</tbody></table>${unlistedLines(t, a).map((u) => `<p class="unlisted">${h(u)}</p>`).join("")}</section>`);
  line(`<section id="findings"><h2>${h(t("cli.audit.findings"))} (${a.findings.length})</h2><table><thead><tr><th>${h(t("cli.audit.col.severity"))}</th><th>${h(t("cli.audit.col.ref"))}</th><th>${h(t("cli.audit.col.message"))}</th><th>${h(t("cli.audit.col.check"))}</th></tr></thead><tbody>`);
  for (const c = cursorOf(a.findings); c.next();) {
    const f = c.whole ?? c;
    line(`<tr class="item finding ${f.suppressed ? "sup" : f.severity}" data-check="${h(f.checkId)}"><td${f.severity === "error" && !f.suppressed ? ' class="bad"' : ""}>${h(w.label(f))}</td><td><code>${h(f.ref)}</code></td><td>${h(w.message(c))}</td><td><small>${h(f.checkId)}</small></td></tr>`);
    if (out.full) yield* out.drain();
  }
  out.add(`</tbody></table></section></main><script>${JS}</script></body></html>\n`);
  yield* out.drain();
}

export function renderAudit(format: AuditFormat, t: TFunction, a: AuditReport, lang: string): string {
  return [...renderAuditChunks(format, t, a, lang)].join("");
}

function chunks<T extends string | Uint8Array>(format: AuditFormat, t: TFunction, a: AuditReport, lang: string, out: Gathered<T>): Generator<T> {
  switch (format) {
    case "json": return auditJsonChunks(t, a, out);
    case "md": return auditMarkdownChunks(t, a, out);
    case "html": return auditHtmlChunks(t, a, lang, out);
    default: return auditTextChunks(t, a, out);
  }
}

/** The report in pieces of text, to be written as they come (a report lists every finding: it can be large). */
export function renderAuditChunks(format: AuditFormat, t: TFunction, a: AuditReport, lang: string): Iterable<string> {
  return chunks(format, t, a, lang, new Gathered<string>(false));
}

/**
 * The report as UTF-8 in pieces of about 1 MiB (for a file: no text to encode again), to be written
 * as they come. `findingsThread` (the CLI, whose `t` is createT(lang)): a JSON report's findings are
 * written meanwhile in another thread (./findings-thread.ts), where that pays, to a file in the
 * folder of `report` (the file the report goes to; default the system's temporary folder): a piece
 * that file holds (HeldBytes, for writeReport to move in).
 */
export function renderAuditBytes(format: AuditFormat, t: TFunction, a: AuditReport, lang: string): Iterable<Uint8Array>;
export function renderAuditBytes(format: AuditFormat, t: TFunction, a: AuditReport, lang: string, options: { readonly findingsThread?: boolean; readonly report?: string; readonly findingsThreadMin?: number }): Iterable<Uint8Array | HeldBytes>;
export function renderAuditBytes(format: AuditFormat, t: TFunction, a: AuditReport, lang: string, options: { readonly findingsThread?: boolean; readonly report?: string; readonly findingsThreadMin?: number } = {}): Iterable<Uint8Array | HeldBytes> {
  const out = new Gathered<Uint8Array>(true);
  if (format !== "json" || !options.findingsThread || !isLang(lang)) return chunks(format, t, a, lang, out);
  return (function* () {
    const elsewhere = findingsInThread(a, lang, { report: options.report, minFindings: options.findingsThreadMin });
    try {
      yield* auditJsonChunks(t, a, out, elsewhere?.pieces);
    } finally {
      elsewhere?.stop();
    }
  })();
}
