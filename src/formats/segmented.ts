/**
 * Inline codes outside the sentences of an XLIFF 1.2 unit cut into sentences (`<seg-source>` and
 * `<target>` holding `<mrk mtype="seg">`): Trados Studio leaves a paragraph's formatting around its
 * sentences (`<g id="7"><mrk mtype="seg" mid="1">…</mrk></g>`) and a code at a sentence's edge
 * (a field, a tab, a footnote mark: `<x id="3"/><mrk …>`) outside it; Okapi does the same
 * (`<g id="1"><g id="2"><mrk …>…</mrk> </g></g>`). Each such code goes with the sentence it belongs
 * to, so a sentence read as a unit of its own keeps it (markup.ts):
 * - a code (`<g>`, `<mrk>`) around sentences goes around each of them (the formatting holds for each
 *   sentence); one marked `clone="no"` (XLIFF 1.2: it must not be duplicated) around several
 *   becomes the isolated codes `<it pos="open">` at the start of the first and `<it pos="close">`
 *   at the end of the last;
 * - a code between sentences or at either end goes with the sentence it touches (no white space
 *   between them): the one before when it touches both or neither, the first sentence for codes
 *   before all of them;
 * - a code outside every sentence that holds text of its own (`<g>text</g>` between two sentences)
 *   is text of no sentence, and stays out, as that text does.
 * Pure string work on the markup markup.ts builds (well formed, attributes double-quoted).
 */
import { xmlAttr } from "./text";

/** What goes before and after one sentence's markup, and how many codes that adds. */
export interface Outside {
  readonly pre: string;
  readonly post: string;
  readonly codes: number;
}

interface TextNode { readonly kind: "text"; readonly text: string }
interface ElNode {
  readonly kind: "el";
  readonly name: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly open: string;
  close: string;
  readonly start: number;
  end: number;
  readonly children: Node[];
}
type Node = TextNode | ElNode;

const TAG = /<(\/?)([A-Za-z_][\w.:-]*)((?:\s+[^\s=/>]+\s*=\s*"[^"]*")*)\s*(\/?)>/g;
const ATTR = /([^\s=]+)\s*=\s*"([^"]*)"/g;
const ENTITY: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
const unescape = (s: string): string => s.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, e: string) => (e[0] === "#" ? String.fromCodePoint(e[1] === "x" ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : ENTITY[e]!));

/** The markup as a tree; null when it is not well formed. */
function parse(markup: string): Node[] | null {
  const root: Node[] = [];
  const stack: ElNode[] = [];
  const here = () => stack[stack.length - 1]?.children ?? root;
  let at = 0;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(markup); m; m = TAG.exec(markup)) {
    const [whole, slash, name, attrText, self] = m as unknown as [string, string, string, string, string];
    if (m.index > at) here().push({ kind: "text", text: unescape(markup.slice(at, m.index)) });
    at = m.index + whole.length;
    if (slash) {
      const top = stack.pop();
      if (!top || top.name !== name) return null;
      top.close = whole; top.end = at;
      continue;
    }
    const attrs: Record<string, string> = {};
    for (const a of attrText.matchAll(ATTR)) attrs[a[1]!] = unescape(a[2]!);
    const el: ElNode = { kind: "el", name, attrs, open: whole, close: "", start: m.index, end: at, children: [] };
    here().push(el);
    if (!self) stack.push(el);
  }
  if (stack.length > 0) return null;
  if (at < markup.length) here().push({ kind: "text", text: unescape(markup.slice(at)) });
  return root;
}

const isSentence = (n: ElNode): boolean => n.name === "mrk" && n.attrs.mtype === "seg";
const holdsSentence = (n: Node): boolean => n.kind === "el" && (isSentence(n) || n.children.some(holdsSentence));

interface Entry { mid: string; pre: string; post: string; codes: number }

/**
 * Where each code outside the sentences of a segmented `<seg-source>` or `<target>` goes (see the
 * module comment), by the sentence's mid; sentences with no code outside them are not in the map.
 * `counted` names the elements a unit's `codes` counts, `native` those whose content is native code
 * (not text: a `<bpt>`'s content is no text outside the sentences).
 */
export function codesOutside(markup: string, counted: ReadonlySet<string>, native: ReadonlySet<string>): Map<string, Outside> {
  const out = new Map<string, Outside>();
  if (!markup.includes("<")) return out;
  const tree = parse(markup);
  if (!tree) return out;
  const count = (n: Node): number => n.kind === "text" ? 0 : (counted.has(n.name) ? 1 : 0) + (native.has(n.name) ? 0 : n.children.reduce((s, c) => s + count(c), 0));
  const textOf = (n: Node): string => n.kind === "text" ? n.text : native.has(n.name) ? "" : n.children.map(textOf).join("");

  const walk = (nodes: readonly Node[]): Entry[] => {
    type Item = { entries: Entry[] } | { code: string; codes: number } | { gap: true };
    const items: Item[] = [];
    for (const n of nodes) {
      if (n.kind === "text") { items.push({ gap: true }); continue; }
      if (isSentence(n)) { items.push({ entries: [{ mid: n.attrs.mid ?? "", pre: "", post: "", codes: 0 }] }); continue; }
      if (holdsSentence(n)) {
        const entries = walk(n.children);
        if (entries.length === 0) continue;
        const own = counted.has(n.name) ? 1 : 0;
        if (entries.length > 1 && n.attrs.clone === "no") {
          const keep = ["id", "ctype", "xid"].filter((k) => n.attrs[k] !== undefined).map((k) => ` ${k}="${xmlAttr(n.attrs[k]!)}"`).join("");
          const first = entries[0]!, last = entries[entries.length - 1]!;
          first.pre = `<it${keep} pos="open"/>${first.pre}`; first.codes += own;
          last.post = `${last.post}<it${keep} pos="close"/>`; last.codes += own;
        } else {
          for (const e of entries) { e.pre = n.open + e.pre; e.post = e.post + n.close; e.codes += own; }
        }
        items.push({ entries });
        continue;
      }
      // (a code holding text of its own outside every sentence: that text is in no sentence, nor is the code)
      if (textOf(n).trim() !== "") { items.push({ gap: true }); continue; }
      items.push({ code: markup.slice(n.start, n.end), codes: count(n) });
    }
    // each run of codes goes with the sentence it touches (codes before a sentence in their order, before its own)
    const lead = new Map<Entry, string>();
    for (let i = 0; i < items.length; i++) {
      if (!("code" in items[i]!)) continue;
      let j = i;
      while (j < items.length && "code" in items[j]!) j++;
      const run = items.slice(i, j) as Array<{ code: string; codes: number }>;
      const before = items[i - 1], after = items[j];
      const prev = [...items.slice(0, i)].reverse().find((x): x is { entries: Entry[] } => "entries" in x);
      const next = items.slice(j).find((x): x is { entries: Entry[] } => "entries" in x);
      const touchesPrev = before !== undefined && "entries" in before, touchesNext = after !== undefined && "entries" in after;
      const markup = run.map((r) => r.code).join(""), codes = run.reduce((s, r) => s + r.codes, 0);
      const toPrev = touchesPrev || (!touchesNext && prev !== undefined);
      const group = toPrev ? prev : next;
      if (group) {
        if (toPrev) { const e = group.entries[group.entries.length - 1]!; e.post += markup; e.codes += codes; }
        else { const e = group.entries[0]!; lead.set(e, (lead.get(e) ?? "") + markup); e.codes += codes; }
      }
      i = j - 1;
    }
    for (const [e, s] of lead) e.pre = s + e.pre;
    return items.flatMap((x) => ("entries" in x ? x.entries : []));
  };
  for (const e of walk(tree)) if (e.codes > 0 || e.pre || e.post) out.set(e.mid, { pre: e.pre, post: e.post, codes: e.codes });
  return out;
}

/**
 * The codes of an XLIFF 2.0 `<ignorable>` between the segments of a unit (Okapi writes a code between
 * two sentences so: `<ignorable><source><ph id="3" dataRef="d3"/> </source></ignorable>`), in order,
 * each with whether it begins a range (`<sc>`: it goes with the segment after it, the rest with the
 * one before). A code holding text is left out, as that text is.
 */
export function ignorableCodes(markup: string, counted: ReadonlySet<string>, native: ReadonlySet<string>): Array<{ markup: string; begins: boolean; codes: number }> {
  if (!markup.includes("<")) return [];
  const tree = parse(markup);
  if (!tree) return [];
  const count = (n: Node): number => n.kind === "text" ? 0 : (counted.has(n.name) ? 1 : 0) + (native.has(n.name) ? 0 : n.children.reduce((s, c) => s + count(c), 0));
  const textOf = (n: Node): string => n.kind === "text" ? n.text : native.has(n.name) ? "" : n.children.map(textOf).join("");
  return tree.filter((n): n is ElNode => n.kind === "el" && textOf(n).trim() === "")
    .map((n) => ({ markup: markup.slice(n.start, n.end), begins: n.name === "sc" && n.attrs.isolated !== "yes", codes: count(n) }));
}

/**
 * The text of a segmented `<seg-source>` or `<target>` that is in none of its sentences (white space
 * squeezed, trimmed; "" when there is none): the text between sentences, a `<g>` holding text between
 * them. Native code (`<ph>`'s content…) is no text.
 */
export function textOutside(markup: string, native: ReadonlySet<string>): string {
  const tree = parse(markup);
  if (!tree) return "";
  const walk = (nodes: readonly Node[]): string => nodes.map((n) => n.kind === "text" ? n.text : isSentence(n) || native.has(n.name) ? " " : walk(n.children)).join("");
  return walk(tree).replace(/\s+/g, " ").trim();
}
