/**
 * Findings for people (`stylish`, after ESLint's formatter: grouped by pair, severity, message,
 * check id, the spans involved) and for machines (`json`). Check messages are i18n keys
 * `check.<id>.<messageId>`: English comes from each check's meta.messages (registered here),
 * Indonesian from src/i18n/locales/id/checks.json.
 */
import pc from "picocolors";
import { checkMessageTree, type ReportedFinding, type StreamedCheckReport } from "../../app/check";
import { registerResources, type TFunction } from "../../i18n";
import type { CommandContext } from "../context";
import { Gathered, jsonText, Quoted } from "./json-text";
import { templated, type Templater } from "./template";

registerResources((lang) => (lang === "en" ? checkMessageTree() : undefined));

/**
 * The finding's message in the interface language. An audit writes hundreds of thousands, so by
 * template (./template.ts: exactly t()'s message, without i18next's work per message), one
 * templating per i18next instance.
 */
export function findingMessage(t: TFunction, f: { checkId: string; messageId: string; data: Readonly<Record<string, string | number>> }): string {
  return findingMessages(t)(messageKey(f.checkId, f.messageId), f.data);
}
const messages = new WeakMap<TFunction, Templater>();

/**
 * The templater findingMessage uses (one per i18next instance), for writers that read findings in
 * place: `findingMessages(t).values(messageKey(checkId, messageId), names, values, at)` is the
 * message of the finding with that data.
 */
export function findingMessages(t: TFunction): Templater {
  let message = messages.get(t);
  if (!message) messages.set(t, (message = templated(t)));
  return message;
}

/** Message keys `check.<checkId>.<messageId>`, made once each. */
const messageKeys = new Map<string, Map<string, string>>();
export function messageKey(checkId: string, messageId: string): string {
  let byMessage = messageKeys.get(checkId);
  if (byMessage === undefined) messageKeys.set(checkId, (byMessage = new Map()));
  let key = byMessage.get(messageId);
  if (key === undefined) {
    key = `check.${checkId}.${messageId}`;
    if (byMessage.size < 1000) byMessage.set(messageId, key);
  }
  return key;
}

export function findingsJson(t: TFunction, report: StreamedCheckReport): unknown {
  return {
    pairs: report.pairs,
    glossary: report.glossary,
    counts: report.counts,
    findings: Array.from(report.findings, (f) => findingJson(t, f)),
    lapsed: [...lapsedItems(report)],
    unused: [...unusedItems(report)],
  };
}

/**
 * Writes exactly `JSON.stringify(findingsJson(t, report), null, 2) + "\n"`, but a finding at a time
 * in chunks of about 1 MiB, never the whole report as one string (which cost more memory than the
 * report itself: 1.5 GB for 200,000 pairs). A finding is written by its known shape (the members
 * findingJson gives it, each value as JSON writes it: ./json-text.ts), not made into an object,
 * stringified and indented again. `maxListed` (`check --max-suppressions`): the first that many of
 * `lapsed` and of `unused` are listed (their rows read from the database only for those), and
 * `lapsedTotal`, `unusedTotal` say how many there are.
 */
export function writeFindingsJson(write: (text: string) => void, t: TFunction, report: StreamedCheckReport, maxListed?: number): void {
  const out = new Gathered<string>(false);
  const flush = () => { for (const piece of out.drain()) write(piece); };
  const array = (items: Iterable<unknown>, item: (x: never) => string) => {
    let first = true;
    for (const x of items) {
      out.add((first ? "[\n    " : ",\n    ") + item(x as never));
      first = false;
      if (out.full) flush();
    }
    out.add(first ? "[]" : "\n  ]");
  };
  out.add(`{\n  "pairs": ${jsonText(report.pairs, "  ")},\n  "glossary": ${jsonText(report.glossary, "  ")},\n  "counts": ${jsonText(report.counts, "  ")},\n  "findings": `);
  const finding = findingText(t);
  array(report.findings, finding);
  out.add(`,\n  "lapsed": `);
  array(first(lapsedItems(report), maxListed), (x: unknown) => jsonText(x, "    ")!);
  out.add(`,\n  "unused": `);
  array(first(unusedItems(report), maxListed), (x: unknown) => jsonText(x, "    ")!);
  if (maxListed !== undefined) out.add(`,\n  "lapsedTotal": ${report.lapsed.length},\n  "unusedTotal": ${report.unused.length}`);
  out.add("\n}\n");
  flush();
}

/** `JSON.stringify(findingJson(t, f), null, 2)` indented as an item of the report's findings (see findingJson). */
function findingText(t: TFunction): (f: ReportedFinding) => string {
  const P = "      ";
  const quoted = new Quoted();
  const member = (text: string, name: string, v: unknown, q = false) => {
    const value = q && typeof v === "string" ? quoted.of(v) : jsonText(v, P);
    return value === undefined ? text : `${text}${text === "{" ? "\n" : ",\n"}${P}"${name}": ${value}`;
  };
  return (f) => {
    let s = "{";
    if (f.line !== undefined) s = member(s, "line", f.line);
    s = member(s, "ref", f.ref);
    s = member(s, "checkId", f.checkId, true);
    s = member(s, "severity", f.severity, true);
    s = member(s, "category", f.category, true);
    s = member(s, "message", findingMessage(t, f));
    s = member(s, "messageId", f.messageId, true);
    s = member(s, "data", f.data);
    if (f.source) s = member(s, "source", f.source);
    if (f.target) s = member(s, "target", f.target);
    if (f.fix) s = member(s, "fix", f.fix);
    if (f.related) s = member(s, "related", f.related);
    if (f.suppressed) s = member(s, "suppressed", f.suppressed);
    return s === "{" ? "{}" : s + "\n    }";
  };
}

function findingJson(t: TFunction, f: ReportedFinding): unknown {
  return {
      ...(f.line !== undefined ? { line: f.line } : {}),
      ref: f.ref,
      checkId: f.checkId,
      severity: f.severity,
      category: f.category,
      message: findingMessage(t, f),
      messageId: f.messageId,
      data: f.data,
      ...(f.source ? { source: f.source } : {}),
      ...(f.target ? { target: f.target } : {}),
      ...(f.fix ? { fix: f.fix } : {}),
      ...(f.related ? { related: f.related } : {}),
      ...(f.suppressed ? { suppressed: f.suppressed } : {}),
  };
}

/** The first `n` items (all: undefined), the rest never read. */
function* first<T>(items: Iterable<T>, n: number | undefined): Generator<T> {
  if (n === 0) return;
  let k = 0;
  for (const x of items) {
    yield x;
    if (n !== undefined && ++k >= n) return;
  }
}

function* lapsedItems(report: StreamedCheckReport) {
  for (const s of report.lapsed) yield { document: s.document, checkId: s.checkId, ref: s.ref, reason: s.reason, source: s.source, target: s.target };
}
function* unusedItems(report: StreamedCheckReport) {
  for (const s of report.unused) yield { document: s.document, checkId: s.checkId, ref: s.ref, reason: s.reason };
}

const PAD = " ".repeat(14);

/**
 * The report for people. Findings come by pair (a pair's findings together), so each pair's group is
 * printed as it ends: nothing but one pair's findings is held.
 */
export function renderStylish(ctx: CommandContext, report: StreamedCheckReport): void {
  const { t } = ctx;
  const tty = ctx.color;
  const color = (sev: string, s: string) => (!tty ? s : sev === "error" ? pc.red(s) : sev === "warning" ? pc.yellow(s) : pc.blue(s));
  const dim = (s: string) => (tty ? pc.dim(s) : s);
  // a pairs file's `line:<n>` (the JSON's ref) in the reader's language: `baris 3`
  const shown = (ref: string) => (ref.startsWith("line:") && /^line:\d+$/.test(ref) ? t("cli.check.pairs-line", { line: ref.slice(5) }) : ref);
  const group = (ref: string, list: readonly ReportedFinding[]) => {
    ctx.out(tty ? pc.underline(shown(ref)) : shown(ref));
    for (const f of list) {
      const sev = f.suppressed ? t("cli.check.suppressed-label") : t(`cli.check.severity.${f.severity}`);
      ctx.out(`  ${color(f.suppressed ? "info" : f.severity, sev.padEnd(11))} ${findingMessage(t, f)}  ${dim(f.checkId)}`);
      // (an empty span, `target 30–30: “”`, is a place: where a final mark is missing)
      const span = (side: "source" | "target", s: { start: number; end: number; text: string }) =>
        s.end > s.start ? t(`cli.check.span-${side}`, { start: s.start, end: s.end, text: s.text }) : t(`cli.check.span-${side}-empty`, { start: s.start });
      if (f.source) ctx.out(dim(`${PAD}${span("source", f.source)}`));
      if (f.target) ctx.out(dim(`${PAD}${span("target", f.target)}`));
      if (f.fix) ctx.out(dim(`${PAD}${fixLine(t, f)}`));
      if (f.related?.length) ctx.out(dim(`${PAD}${t("cli.check.related", { refs: f.related.slice(0, 5).join(", ") })}`));
      if (f.suppressed) ctx.out(dim(`${PAD}${t("cli.check.suppressed-reason", { reason: f.suppressed.reason, author: f.suppressed.author })}`));
    }
    ctx.out();
  };
  let ref: string | undefined;
  let list: ReportedFinding[] = [];
  for (const f of report.findings) {
    if (f.ref !== ref) {
      if (ref !== undefined) group(ref, list);
      ref = f.ref;
      list = [];
    }
    list.push(f);
  }
  if (ref !== undefined) group(ref, list);
  const c = report.counts;
  const problems = c.error + c.warning + c.info;
  const line = problems === 0
    ? t("cli.check.clean", { count: report.pairs })
    : t("cli.check.summary", { count: problems, errors: c.error, warnings: c.warning, infos: c.info, pairs: report.pairs });
  ctx.out(tty ? (c.error ? pc.red(line) : problems ? pc.yellow(line) : pc.green(line)) : line);
  if (c.suppressed) ctx.out(t("cli.check.suppressed-count", { count: c.suppressed }));
  if (report.lapsed.length) ctx.out(t("cli.check.lapsed", { count: report.lapsed.length }));
  if (report.unused.length) ctx.out(t("cli.check.unused", { count: report.unused.length }));
  if (report.glossary.from === null) ctx.out(t("cli.check.no-glossary"));
}

/**
 * A finding's suggested fix in words: what it deletes or replaces (read from the target's span, which
 * holds the fix's range), else the text it puts in (an insertion: `suggested fix: “.”` below the span
 * that says where).
 */
function fixLine(t: TFunction, f: ReportedFinding): string {
  const fix = f.fix!, span = f.target;
  const removed = span && fix.end > fix.start && fix.start >= span.start && fix.end <= span.end ? span.text.slice(fix.start - span.start, fix.end - span.start) : undefined;
  if (removed === undefined) return t("cli.check.fix", { text: fix.text });
  return fix.text === "" ? t("cli.check.fix-delete", { text: removed }) : t("cli.check.fix-replace", { from: removed, text: fix.text });
}
