/**
 * Inline codes as numbered tags a translator moves around (as OmegaT and Trados show them): the
 * markup of a unit kept from an import (markup.ts, rendering_code) becomes text with `{1}` … `{/1}`
 * around what a paired code encloses (XLIFF 1.2 `<g>`, 2.0 `<pc>`, TMX `<hi>`, `<mrk>`; or the
 * begin/end codes `<bpt>`/`<ept>`, `<bx/>`/`<ex/>`, `<sc/>`/`<ec/>`, `<sm/>`/`<em/>`) and `{2/}`
 * for a code that stands alone (`<x/>`, `<ph>`, `<it>`, `<ut>`, an isolated `<sc/>` or `<ec/>`). The numbers are the source's codes
 * in order; a target's code is the source's code with the same element and id (its own markup kept).
 * Back: the translator's text with tags becomes the target's markup (each tag the code it stands
 * for, the text between escaped) and its plain text (the tags dropped: what checks, memory and the
 * translations/ file read). Pure: no I/O.
 */
import { afterPlaceholder, xmlText } from "./text";

/** A tag of a text: `open` {n}, `close` {/n}, `alone` {n/}. */
export interface TagRef {
  readonly n: number;
  readonly kind: "open" | "close" | "alone";
}

/** One code of a unit: its number, whether it pairs, and its markup on each side (source's, target's). */
export interface InlineCode {
  readonly n: number;
  readonly paired: boolean;
  /** A placeholder the readers replace by a space between two words (`<x/>`, `<ph>`). */
  readonly placeholder: boolean;
  /** Markup of the opening (or lone) code and of the closing one; the target's when it had the code. */
  readonly open: string;
  readonly close?: string;
  /** A short name to show: `g`, `bpt`, `x`, … with its id. */
  readonly label: string;
}

/** A unit's codes, and its source and target as tagged text. */
export interface TaggedUnit {
  readonly codes: readonly InlineCode[];
  readonly source: string;
  /** The target with tags; null when the stored English is no longer the markup's (edited without tags since). */
  readonly target: string | null;
  /** The tags of the source and of the target (none when `target` is null), in order. */
  readonly sourceTags: readonly TagRef[];
  readonly targetTags: readonly TagRef[];
}

/** Elements whose content is text of the sentence (the tags go around it). */
const CONTAINER = new Set(["g", "pc", "hi", "mrk"]);
/** Begin and end codes, and the attribute that pairs them (begin's, end's). */
const BEGIN: Record<string, { end: string; key: string; endKey: string }> = {
  bpt: { end: "ept", key: "i", endKey: "i" },
  bx: { end: "ex", key: "rid", endKey: "rid" },
  sc: { end: "ec", key: "id", endKey: "startRef" },
  sm: { end: "em", key: "id", endKey: "startRef" },
};
const END: Record<string, { begin: string; endKey: string }> = Object.fromEntries(Object.entries(BEGIN).map(([b, v]) => [v.end, { begin: b, endKey: v.endKey }]));
const PLACEHOLDER = new Set(["x", "ph"]);

interface Piece { readonly text?: string; readonly markup?: string; readonly name?: string; readonly role?: "open" | "close" | "alone"; readonly key?: string }

const TAG = /<(\/?)([A-Za-z_][\w.:-]*)((?:\s+[^\s=/>]+\s*=\s*"[^"]*")*)\s*(\/?)>/g;
const ATTR = /([^\s=]+)\s*=\s*"([^"]*)"/g;
const ENTITY: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
const unescape = (s: string): string => s.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, e: string) => (e[0] === "#" ? String.fromCodePoint(e[1] === "x" ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : ENTITY[e]!));
const attrsOf = (s: string): Record<string, string> => { const a: Record<string, string> = {}; for (const m of s.matchAll(ATTR)) a[m[1]!] = unescape(m[2]!); return a; };

/** The markup cut into text and codes (a code with content, `<bpt>…</bpt>`, is one piece); null when it is no markup this reads. */
function pieces(markup: string): Piece[] | null {
  const out: Piece[] = [];
  const stack: Array<{ name: string; key: string }> = [];
  let at = 0;
  /** Inside a code's own content (its native code, `<sub>`): the depth, and where the code began. */
  let inner = 0, innerStart = 0, innerName = "", innerRole: Piece["role"] = "alone", innerKey = "";
  TAG.lastIndex = 0;
  for (let m = TAG.exec(markup); m; m = TAG.exec(markup)) {
    const [whole, slash, name, attrText, self] = m as unknown as [string, string, string, string, string];
    if (inner > 0) {
      if (!self) inner += slash ? -1 : 1;
      if (inner === 0) { out.push({ markup: markup.slice(innerStart, m.index + whole.length), name: innerName, role: innerRole, key: innerKey }); at = m.index + whole.length; }
      continue;
    }
    if (m.index > at) out.push({ text: unescape(markup.slice(at, m.index)) });
    at = m.index + whole.length;
    const attrs = slash ? {} : attrsOf(attrText);
    if (CONTAINER.has(name)) {
      if (self) { out.push({ markup: whole, name, role: "alone", key: `${name}#${attrs.id ?? attrs.x ?? ""}` }); continue; }
      if (!slash) { const key = `${name}#${attrs.id ?? attrs.x ?? attrs.mid ?? ""}`; stack.push({ name, key }); out.push({ markup: whole, name, role: "open", key }); continue; }
      const top = stack.pop();
      if (!top || top.name !== name) return null;
      out.push({ markup: whole, name, role: "close", key: top.key });
      continue;
    }
    if (slash) return null;
    // (an isolated code, XLIFF 2.0's `<sc isolated="yes"/>` or `<ec isolated="yes"/>`, has its other end in no text of the unit: it stands alone)
    const isolated = attrs.isolated === "yes";
    const begin = isolated ? undefined : BEGIN[name], end = isolated ? undefined : END[name];
    const role: Piece["role"] = begin ? "open" : end ? "close" : "alone";
    const key = begin ? `${name}#${attrs[begin.key] ?? attrs.id ?? ""}` : end ? `${end.begin}#${attrs[end.endKey] ?? attrs.rid ?? attrs.id ?? ""}` : `${name}#${attrs.id ?? attrs.x ?? attrs.i ?? ""}`;
    if (self) { out.push({ markup: whole, name, role, key }); continue; }
    inner = 1; innerStart = m.index; innerName = name; innerRole = role; innerKey = key;
  }
  if (inner > 0 || stack.length > 0) return null;
  if (at < markup.length) out.push({ text: unescape(markup.slice(at)) });
  return out;
}

/**
 * Each code's key made unique by its occurrence (two `<x/>` without ids are two codes). A begin code
 * whose end is not in the text, or an end code whose begin is not (a range a tool's sentences cut:
 * `<bx/>` in one sentence, its `<ex/>` in the next), stands alone, as an isolated code does.
 */
function keyed(ps: Piece[]): Array<Piece & { readonly id?: string }> {
  const seen = new Map<string, number>();
  const openAt: string[] = [];
  let strays = 0;
  const out = ps.map((p): Piece & { readonly id?: string } => {
    if (p.text !== undefined) return p;
    if (p.role === "close") {
      // a close is the most recent open code with its key not closed yet
      const k = openAt.findLastIndex((o) => o.startsWith(`${p.key}\u0000`));
      if (k < 0 && !CONTAINER.has(p.name!)) return { ...p, role: "alone" as const, id: `${p.key}\u0000?${++strays}` };
      const id = k >= 0 ? openAt.splice(k, 1)[0]! : `${p.key}\u0000?`;
      return { ...p, id };
    }
    const c = (seen.get(p.key!) ?? 0) + 1;
    seen.set(p.key!, c);
    const id = `${p.key}\u0000${c}`;
    if (p.role === "open") openAt.push(id);
    return { ...p, id };
  });
  const unclosed = new Set(openAt);
  return unclosed.size === 0 ? out : out.map((p) => (p.text === undefined && p.role === "open" && unclosed.has(p.id!) && !CONTAINER.has(p.name!) ? { ...p, role: "alone" as const } : p));
}

/** Text with `{n}` tags, and its plain text as a reader makes it (a placeholder between two words a space). */
function render(ps: ReadonlyArray<Piece & { readonly id?: string }>, number: (id: string) => number): { text: string; tags: TagRef[]; plain: string } {
  let text = "", plain = "", gap = false;
  const tags: TagRef[] = [];
  for (const p of ps) {
    if (p.text !== undefined) { text += p.text; plain += gap ? afterPlaceholder(plain, p.text) : p.text; gap = false; continue; }
    const n = number(p.id!);
    const kind = p.role === "close" ? "close" : p.role === "open" ? "open" : "alone";
    tags.push({ n, kind });
    text += kind === "open" ? `{${n}}` : kind === "close" ? `{/${n}}` : `{${n}/}`;
    if (PLACEHOLDER.has(p.name!)) gap = true;
  }
  return { text, tags, plain };
}

const squeeze = (s: string) => s.replace(/\s+/g, " ").trim();

/** The plain text of markup as a reader reads it (codes dropped), or null when it is no markup this reads. */
export function plainOf(markup: string): string | null {
  const ps = pieces(markup);
  return ps ? render(keyed(ps), () => 0).plain : null;
}

/**
 * A unit's codes and its texts with tags, or null when its markup is not readable here or does not
 * give the source stored (the Indonesian changed since). The target is null when the markup's is not
 * the English stored (edited since by means that knew no tags: its codes are lost).
 */
export function tagUnit(markup: { readonly source: string; readonly target: string }, plainSource: string, plainTarget: string): TaggedUnit | null {
  const sp = pieces(markup.source), tp = pieces(markup.target);
  if (!sp || !tp) return null;
  const sk = keyed(sp), tk = keyed(tp);
  const numbers = new Map<string, number>();
  const codes: InlineCode[] = [];
  const byN = new Map<number, { paired: boolean; placeholder: boolean; open?: string; close?: string; label: string }>();
  const add = (p: Piece & { id?: string }, target: boolean) => {
    if (p.text !== undefined) return;
    const pairId = p.id!;
    let n = numbers.get(pairId);
    if (n === undefined) { n = numbers.size + 1; numbers.set(pairId, n); byN.set(n, { paired: p.role !== "alone", placeholder: PLACEHOLDER.has(p.name!), label: label(p) }); }
    const c = byN.get(n)!;
    // the target's own markup of a code wins (its native code may be in English)
    if (p.role === "close") { if (target || c.close === undefined) c.close = p.markup!; }
    else if (target || c.open === undefined) c.open = p.markup!;
  };
  for (const p of sk) add(p, false);
  for (const p of tk) add(p, true);
  for (const [n, c] of byN) codes.push({ n, paired: c.paired, placeholder: c.placeholder, open: c.open ?? "", ...(c.close !== undefined ? { close: c.close } : {}), label: c.label });
  const num = (id: string) => numbers.get(id)!;
  const s = render(sk, num), t = render(tk, num);
  if (squeeze(s.plain) !== squeeze(plainSource)) return null;
  const current = squeeze(t.plain) === squeeze(plainTarget);
  return { codes, source: s.text, target: current ? t.text : null, sourceTags: s.tags, targetTags: current ? t.tags : [] };
}

function label(p: Piece): string {
  const m = /^<([\w.:-]+)((?:\s+[^\s=/>]+\s*=\s*"[^"]*")*)/.exec(p.markup ?? "");
  const a = m ? attrsOf(m[2] ?? "") : {};
  const id = a.id ?? a.i ?? a.rid ?? a.x ?? a.startRef;
  return id !== undefined ? `${p.name} ${id}` : p.name!;
}

/** A text's tags that name one of `codes` as it is (`{1}` of a paired code, `{2/}` of a lone one); the rest is text. */
const TAG_TEXT = /\{(\/?)(\d{1,4})(\/?)\}/g;

/**
 * The translator's text with tags, read against the unit's codes: the target's markup, plain text and
 * tags. The tags of the codes in `drop` are left out of the markup (their code is lost: see soundTags).
 */
export function untag(text: string, codes: readonly InlineCode[], drop?: ReadonlySet<number>): { markup: string; plain: string; tags: TagRef[] } {
  const byN = new Map(codes.map((c) => [c.n, c]));
  let markup = "", plain = "", at = 0, gap = false;
  const tags: TagRef[] = [];
  const addText = (s: string) => {
    if (s === "") return;
    markup += xmlText(s);
    plain += gap ? afterPlaceholder(plain, s) : s;
    gap = false;
  };
  if (text.includes("{")) {
    TAG_TEXT.lastIndex = 0;
    for (let m = TAG_TEXT.exec(text); m; m = TAG_TEXT.exec(text)) {
      const c = byN.get(Number(m[2]));
      const kind = m[1] ? (m[3] ? null : "close") : m[3] ? "alone" : "open";
      if (!c || !kind || (kind === "alone") === c.paired) continue;
      addText(text.slice(at, m.index));
      at = m.index + m[0].length;
      tags.push({ n: c.n, kind });
      if (drop?.has(c.n)) continue;
      markup += kind === "close" ? c.close ?? "" : c.open;
      if (c.placeholder) gap = true;
    }
  }
  addText(text.slice(at));
  return { markup, plain, tags };
}

/** What is wrong with a target's tags against the source's: paired codes lost, doubled, or closed before opened or across another. */
export interface TagProblem {
  readonly kind: "missing" | "duplicated" | "order" | "crossed" | "extra";
  readonly n: number;
  readonly paired: boolean;
}

export function tagProblems(source: readonly TagRef[], target: readonly TagRef[]): TagProblem[] {
  const out: TagProblem[] = [];
  const count = (tags: readonly TagRef[]) => {
    const m = new Map<number, { open: number; close: number; alone: number }>();
    for (const t of tags) { const c = m.get(t.n) ?? { open: 0, close: 0, alone: 0 }; c[t.kind]++; m.set(t.n, c); }
    return m;
  };
  const s = count(source), t = count(target);
  for (const [n, c] of s) {
    const paired = c.open > 0 || c.close > 0;
    const d = t.get(n) ?? { open: 0, close: 0, alone: 0 };
    const want = paired ? c.open : c.alone, have = paired ? Math.min(d.open, d.close) : d.alone;
    const most = paired ? Math.max(d.open, d.close) : d.alone;
    if (have < want) out.push({ kind: "missing", n, paired });
    else if (most > want) out.push({ kind: "duplicated", n, paired });
  }
  for (const n of t.keys()) if (!s.has(n)) out.push({ kind: "extra", n, paired: (t.get(n)!.open + t.get(n)!.close) > 0 });
  // order: each pair's open before its close, and pairs nested, never crossed
  const open: number[] = [];
  const reported = new Set<number>(out.map((p) => p.n));
  for (const tag of target) {
    if (reported.has(tag.n)) continue;
    if (tag.kind === "open") open.push(tag.n);
    else if (tag.kind === "close") {
      const k = open.lastIndexOf(tag.n);
      if (k < 0) { out.push({ kind: "order", n: tag.n, paired: true }); reported.add(tag.n); }
      else if (k !== open.length - 1) { out.push({ kind: "crossed", n: tag.n, paired: true }); reported.add(tag.n); open.splice(k, 1); }
      else open.pop();
    }
  }
  return out.sort((a, b) => a.n - b.n);
}

/**
 * The translator's text as markup that is sound: a paired code whose tags are not one pair in order
 * (one of them lost, doubled, closed first or across another pair) would be markup its tool cannot
 * read (`Heavy rain</g> …`), so its tags are left out — the code is lost, as inline-code-mismatch
 * says — and the rest kept where the translator put them.
 */
export function soundUntag(text: string, codes: readonly InlineCode[], sourceTags: readonly TagRef[]): { markup: string; plain: string; tags: TagRef[] } {
  const read = untag(text, codes);
  const broken = new Set(tagProblems(sourceTags, read.tags).filter((p) => p.paired && p.kind !== "extra").map((p) => p.n));
  // (a pair only the imported English had: its tags must be one pair in order too)
  const own = read.tags.filter((t) => t.kind !== "alone" && !sourceTags.some((x) => x.n === t.n));
  for (const n of new Set(own.map((t) => t.n))) {
    const mine = own.filter((t) => t.n === n);
    if (mine.length !== 2 || mine[0]!.kind !== "open" || mine[1]!.kind !== "close") broken.add(n);
  }
  return broken.size === 0 ? read : { ...untag(text, codes, broken), tags: read.tags };
}
