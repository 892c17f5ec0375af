/**
 * A database's pairs as the audit and `check` read them: the store's row tuples
 * (src/store/findings.ts pairTuplesOf / iteratePairTuples) made into the pairs the checks take, with
 * their refs (`<slug>:<ordinal>`, `<slug>:<n>+<m>` for a rendering of several segments).
 */
import type { DocumentRun } from "./audit-workers";
import type { CheckInput } from "../check/types";
import type { PairTuple } from "../store/findings";
import type { RenderingCodes } from "../store/exchange";
import { tagUnit, type TaggedUnit } from "../formats/tags";
import { joinSource } from "./status";

/** A database pair as it is read: ref, texts and document; its inline codes as tags when its rendering keeps some. */
export interface ReadPair {
  readonly ref: string;
  readonly source: string;
  readonly target: string;
  readonly document: string;
  readonly tags?: CheckInput["tags"];
}

/**
 * A rendering's inline codes as tags, read against the pair's texts: null when its markup is not
 * readable or no longer gives the Indonesian stored (the Indonesian changed since); the English's
 * tags are none when the English stored is no longer the markup's (edited since without its tags:
 * its codes are lost). The session, the workbench and the checks read them alike.
 */
export function tagsOfCodes(codes: RenderingCodes, source: string, target: string): TaggedUnit | null {
  if (codes.plainSource !== source) return null;
  return tagUnit(codes, codes.plainSource, target === codes.plainTarget ? codes.plainTarget : target);
}

/** The tags of a pair by its rendering id and texts (undefined: it has none). */
export type TagsOf = (renderingId: number, source: string, target: string) => CheckInput["tags"] | undefined;

/**
 * The tags of the pairs whose rendering keeps inline codes: `ids` the renderings that keep some (read
 * once; none in a plain corpus, where this is undefined and the pairs cost nothing more), `codesOf`
 * reads one's codes when its pair is read.
 */
export function tagsLookup(ids: Int32Array, codesOf: (renderingId: number) => RenderingCodes | undefined): TagsOf | undefined {
  if (ids.length === 0) return undefined;
  const coded = new Set(ids);
  return (id, source, target) => {
    if (!coded.has(id)) return undefined;
    const codes = codesOf(id);
    const tagged = codes ? tagsOfCodes(codes, source, target) : null;
    return tagged ? { source: tagged.sourceTags, target: tagged.targetTags } : undefined;
  };
}

/** `ref` of a database pair: `<slug>:<ordinal>`, or `<slug>:<n>+<m>` for a joined rendering. */
export function pairRef(document: string, ordinals: readonly number[]): string {
  return `${document}:${ordinals.join("+")}`;
}

/** A database's pair as the store reads it (src/store/findings.ts CheckPairRow). */
export interface PairRow {
  readonly renderingId: number;
  readonly document: string;
  readonly ordinals: readonly number[];
  readonly segmentTexts: readonly string[];
  readonly target: string;
}

/** A database pair from the store's row (what readRun makes of the same pair's tuples). */
export function pairOfRow(p: PairRow): ReadPair {
  return { ref: pairRef(p.document, p.ordinals), source: joinSource(p.segmentTexts), target: p.target, document: p.document };
}

/** Is n an ordinal a ref keeps as a number (the audit's RefTable; 1 … 999,999,999)? */
const compactNumber = (n: number): boolean => Number.isInteger(n) && n >= 1 && n <= 999_999_999;

/**
 * A run of documents' pairs as the audit and `check` read them (no object per pair but the pair),
 * and what the audit's main thread keeps of each (see ReadParts): its rendering id, its document's number in the run,
 * the ordinal of a one-segment ref it keeps as a number (-1: another ref, in `refs` in order).
 */
export interface RunRead {
  readonly pairs: ReadPair[];
  readonly ids: Int32Array;
  readonly doc: Int32Array;
  readonly ordinal: Int32Array;
  readonly refs: string[];
}

/**
 * The pairs of a run of documents from the store's tuples of each (src/store/findings.ts pairTuplesOf;
 * the same pairs as pairOfRow of checkPairs()' rows); `tagsOf`: the tags of those whose rendering
 * keeps inline codes (see tagsLookup).
 */
export function readRun(documents: DocumentRun, tuples: readonly (readonly PairTuple[])[], tagsOf?: TagsOf): RunRead {
  let n = 0;
  for (const t of tuples) n += t.length;
  const pairs: ReadPair[] = [];
  const ids = new Int32Array(n), doc = new Int32Array(n), ordinal = new Int32Array(n);
  const refs: string[] = [];
  let i = 0;
  for (let d = 0; d < tuples.length; d++) {
    const slug = documents[d]![1];
    for (const t of tuples[d]!) {
      const o = t[2];
      if (typeof o === "number") {
        // (pairRef and joinSource of one segment)
        const ref = `${slug}:${o}`;
        pairs.push({ ref, source: t[3] as string, target: t[1], document: slug });
        if (compactNumber(o)) ordinal[i] = o;
        else { ordinal[i] = -1; refs.push(ref); }
      } else {
        const ref = pairRef(slug, o);
        pairs.push({ ref, source: joinSource(t[3] as readonly string[]), target: t[1], document: slug });
        ordinal[i] = -1;
        refs.push(ref);
      }
      ids[i] = t[0];
      doc[i] = d;
      if (tagsOf !== undefined) {
        const p = pairs[i]!, tags = tagsOf(t[0], p.source, p.target);
        if (tags !== undefined) pairs[i] = { ...p, tags };
      }
      i++;
    }
  }
  return { pairs, ids, doc, ordinal, refs };
}
