/**
 * `selaras glossary candidates`: candidate new terms in the Indonesian sources of the database —
 * names, institutions and acronyms that no glossary term covers — for a terminologist to review.
 * The same scan as the audit's candidate list (src/check/audit.ts candidateSpans: capitalised runs
 * and acronyms outside glossary matches, noise such as currency prefixes, weekdays, months and
 * sentence-start words left out), but over every current source sentence (translated or not; not
 * boilerplate or datelines), counted per document, and with single mentions counted by default: a
 * name mentioned once is still a name. Unlike the audit's list (one sentence at a time), a term that
 * holds a term seen alone elsewhere in the documents scanned is split there (resplit).
 */
import { candidateSpans, cutFromKnown, knownSources, type CandidateTerm } from "../check/audit";
import { droppedAlone, expansionOf, isAcronymWord, isTitleWord, shortForms, splitAtSeen } from "../check/candidate-runs";
import { UsageError } from "../errors";
import { documentNotFound } from "./not-found";
import type { Store } from "../store";
import { checkGlossary } from "./check";

/** Single mentions count unless told otherwise. */
export const DEFAULT_MIN_COUNT = 1;

export interface CandidateOptions {
  /** Only these documents (slugs); default every document. */
  readonly documents?: readonly string[];
  /** Keep terms seen at least this often in the documents scanned (default 1). */
  readonly minCount?: number;
  /** Glossary file or folder; default the database's glossary, else `<root>/glossary/`. */
  readonly glossary?: string;
  /** Project root (for `glossary/`); default "." (the caller's folder, as a relative path). */
  readonly root?: string;
  /** Examples (refs) kept per term. */
  readonly maxExamples?: number;
}

export interface Candidate extends CandidateTerm {
  /** The documents it appears in, in corpus order. */
  readonly documents: readonly string[];
  /** A short form's name, as written right before it (`BPS` → `Badan Pusat Statistik`): the one seen most often. */
  readonly expansion?: string;
}

export interface DocumentCandidates {
  readonly document: string;
  readonly candidates: readonly { readonly term: string; readonly kind: CandidateTerm["kind"]; readonly count: number; readonly refs: readonly string[]; readonly expansion?: string }[];
}

export interface CandidateReport {
  readonly documents: number;
  readonly segments: number;
  readonly minCount: number;
  readonly glossary: { readonly concepts: number; readonly from: string | null };
  /** Most frequent first, then alphabetical. */
  readonly candidates: readonly Candidate[];
  /** The same terms per document (each document's count), documents in corpus order. */
  readonly byDocument: readonly DocumentCandidates[];
}

export function candidateTerms(store: Store, options: CandidateOptions = {}): CandidateReport {
  const minCount = options.minCount ?? DEFAULT_MIN_COUNT;
  if (!Number.isInteger(minCount) || minCount < 1) throw new UsageError("bad-min-count", { value: String(options.minCount) });
  const maxExamples = options.maxExamples ?? 3;
  const all = store.documents.all();
  const wanted = options.documents?.length ? options.documents : null;
  if (wanted) for (const slug of wanted) if (!all.some((d) => d.slug === slug)) throw documentNotFound(store, slug, all.map((d) => d.slug));
  const docs = wanted ? all.filter((d) => wanted.includes(d.slug)) : all;
  const g = checkGlossary(store, options.glossary, options.root ?? ".");
  const known = knownSources(g.concepts);
  type Acc = { term: string; kind: CandidateTerm["kind"]; count: number; examples: { ref: string; text: string }[]; docs: Map<string, { count: number; refs: string[] }>; expansions: Map<string, number> };
  const acc = new Map<string, Acc>();
  let segments = 0;
  // the scan of every segment first: the terms seen (and the short forms) in all of them tell where a run holding one splits (resplit)
  type Scanned = { slug: string; ref: string; text: string; prev: string; spans: readonly { term: string; kind: CandidateTerm["kind"] }[]; short: Map<string, string> | null };
  const scanned: Scanned[] = [];
  const seen = new Set<string>(), shortSeen = new Set<string>();
  for (const d of docs) {
    // (the end of the sentence before: a stray full stop may have split a known name over two segments, `Kim.` + `Jong Un …`)
    let before = "";
    for (const seg of store.documents.segments(d.id)) {
      const prev = before;
      before = seg.text.slice(-40).trimEnd();
      if (seg.kind === "boilerplate" || seg.kind === "dateline") continue;
      segments++;
      const covered = g.matcher ? g.matcher.matchSource(seg.text) : [];
      // (a headline is known as one; other segments are told by their full stop: a subheading or a photo
      // caption in title case has none, a sentence full of names has one)
      const spans = candidateSpans(seg.text, covered, null, seg.kind === "headline" ? "headline" : undefined);
      const short = spans.length > 1 ? shortForms(seg.text, spans) : null;
      for (const s of spans) seen.add(s.term);
      if (short !== null) for (const k of short.keys()) shortSeen.add(k);
      scanned.push({ slug: d.slug, ref: `${d.slug}:${seg.ordinal}`, text: seg.text, prev, spans, short });
    }
  }
  for (const { slug, ref, text, prev, spans: scannedSpans, short } of scanned) {
    for (const { term, kind } of resplit(text, scannedSpans, seen, shortSeen)) {
      // (nor a known term cut by a stray full stop: `Kim. Jong Un`)
      if (known.has(term.toLowerCase()) || cutFromKnown(`${prev} ${text}`, term, known)) continue;
      let a = acc.get(term);
      if (!a) acc.set(term, (a = { term, kind, count: 0, examples: [], docs: new Map(), expansions: new Map() }));
      a.count++;
      const long = short?.get(term);
      if (long !== undefined) a.expansions.set(long, (a.expansions.get(long) ?? 0) + 1);
      if (a.examples.length < maxExamples && !a.examples.some((e) => e.ref === ref)) a.examples.push({ ref, text: text.trim() });
      let pd = a.docs.get(slug);
      if (!pd) a.docs.set(slug, (pd = { count: 0, refs: [] }));
      pd.count++;
      if (!pd.refs.includes(ref)) pd.refs.push(ref);
    }
  }
  const kept = [...acc.values()].filter((a) => a.count >= minCount).sort((x, y) => y.count - x.count || x.term.localeCompare(y.term));
  return {
    documents: docs.length,
    segments,
    minCount,
    glossary: { concepts: g.concepts.length, from: g.from },
    candidates: kept.map((a) => ({ term: a.term, kind: a.kind, count: a.count, examples: a.examples, documents: [...a.docs.keys()], ...expansionOf(a.expansions) })),
    byDocument: docs.map((d) => ({
      document: d.slug,
      candidates: kept.filter((a) => a.docs.has(d.slug))
        .map((a) => ({ term: a.term, kind: a.kind, count: a.docs.get(d.slug)!.count, refs: a.docs.get(d.slug)!.refs, ...expansionOf(a.expansions) }))
        .sort((x, y) => y.count - x.count || x.term.localeCompare(y.term)),
    })),
  };
}

/**
 * A segment's candidate terms with each that holds a term seen on its own in the documents scanned split there (a title before
 * it, a person's name after it: `Ketua Baznas Noor Achmad` → `Baznas` + `Noor Achmad` where `Baznas` stands alone elsewhere),
 * and two adjacent terms re-split where a term seen whole crosses their boundary (`Universitas Gadjah` + `Mada Ova Emilia` →
 * `Universitas Gadjah Mada` + `Ova Emilia`). See splitAtSeen; titles alone are left out (droppedAlone).
 */
function resplit(text: string, spans: readonly { term: string; kind: CandidateTerm["kind"] }[], seen: ReadonlySet<string>, shortSeen: ReadonlySet<string>): readonly { term: string; kind: CandidateTerm["kind"] }[] {
  let out: { term: string; kind: CandidateTerm["kind"] }[] | null = null;
  const isSeen = (t: string): boolean => seen.has(t), isShort = (t: string): boolean => shortSeen.has(t);
  const piece = (w: readonly string[]): { term: string; kind: CandidateTerm["kind"] } => ({ term: w.join(" "), kind: w.length === 1 && isAcronymWord(w[0]!) ? "acronym" : "name" });
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i]!;
    const w = s.term.split(" ");
    const next = spans[i + 1];
    // two adjacent terms of one run (`Universitas Gadjah` + `Mada Ova Emilia`)
    if (next !== undefined && text.includes(`${s.term} ${next.term}`)) {
      const joined = [...w, ...next.term.split(" ")];
      const r = splitAtSeen(joined, isSeen, isShort, afterTitle(text, s.term), w.length);
      if (r !== null) {
        out ??= spans.slice(0, i);
        for (const [a, b] of r) if (b - a > 1 || !droppedAlone(joined[a]!)) out.push(piece(joined.slice(a, b)));
        i++;
        continue;
      }
    }
    const r = w.length > 1 ? splitAtSeen(w, isSeen, isShort, afterTitle(text, s.term)) : null;
    if (r !== null) {
      out ??= spans.slice(0, i);
      for (const [a, b] of r) if (b - a > 1 || !droppedAlone(w[a]!)) out.push(piece(w.slice(a, b)));
    } else if (out !== null) out.push(s);
  }
  return out ?? spans;
}

/** Whether the word right before `term` in `text` (its first place) is a title's (`Ketua` + `Baznas Noor Achmad`). */
function afterTitle(text: string, term: string): boolean {
  const m = /(\p{L}+) $/u.exec(text.slice(Math.max(0, text.indexOf(term) - 30), Math.max(0, text.indexOf(term))));
  return m !== null && isTitleWord(m[1]!);
}
