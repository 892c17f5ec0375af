/**
 * `selaras audit --cache`, as ESLint's and textlint's `--cache`: each pair's audit effect (what
 * auditing it adds to the report, see PairEffect in src/check/audit-stream.ts) is stored in the
 * database under a key that digests everything the effect depends on, and a later run replays the
 * stored effects, auditing only the pairs whose key is new. The corpus-wide work runs every time on
 * every pair (the merge, per-concept tallies and renderings, candidates across documents, the
 * consistency and measuring checks, suppressions, refs): a cached report is the report, byte for byte.
 *
 * The key: the pair's texts and inline codes (all a pair check reads of a unit, CheckInput), and
 * the generation — the glossary's concepts, the check configuration, the program's version and a
 * digest of the program's own code (so that a changed check, matcher or tokenizer invalidates the
 * cache without anyone bumping anything).
 */
import { createHash, hash } from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";
import type { CheckConfig } from "../check/run";
import type { PairToCheck } from "../check/run";
import type { Concept } from "../glossary/types";
import { VERSION } from "../version";

/** Bumped when the stored effect's shape changes (the code's digest covers the rest). */
const CACHE_FORMAT = 1;

let codeDigestMemo: string | undefined;
/**
 * A digest of the program's code: every .js (or, run from its sources, .ts) file of the tree this
 * module is part of, by path and content (the compiled checks, glossary matcher, tokenizer, … all
 * in it).
 */
export function codeDigest(): string {
  if (codeDigestMemo !== undefined) return codeDigestMemo;
  const root = path.join(__dirname, "..");
  const ext = path.extname(__filename);
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile() && e.name.endsWith(ext) && !e.name.endsWith(".d.ts")) files.push(p);
    }
  };
  walk(root);
  files.sort();
  const h = createHash("sha256");
  for (const f of files) {
    const bytes = fs.readFileSync(f);
    h.update(`${path.relative(root, f)}\n${bytes.length}\n`);
    h.update(bytes);
  }
  return (codeDigestMemo = h.digest("hex"));
}

/** The generation of an audit's cache entries: what every pair's effect depends on beside the pair. */
export function cacheGeneration(concepts: readonly Concept[], config: CheckConfig | undefined): string {
  const h = createHash("sha256");
  h.update(`selaras-audit-cache ${CACHE_FORMAT} ${VERSION} ${codeDigest()}\n`);
  h.update(JSON.stringify(config ?? null));
  h.update("\n");
  h.update(JSON.stringify(concepts));
  return h.digest("hex");
}

/**
 * A pair's key in the cache: its generation, its texts and its tags (as UTF-16, lone surrogates
 * and all; each part's length first, so that no two pairs read the same).
 */
export function pairCacheKey(generation: string, p: Pick<PairToCheck, "source" | "target" | "tags">): Buffer {
  const tags = p.tags === undefined ? "" : JSON.stringify(p.tags);
  // (one string, one hash call: half the CPU of a Hash object per pair)
  const text = `${generation}\n${p.source.length},${p.target.length},${p.tags === undefined ? -1 : tags.length}\n${p.source}${p.target}${tags}`;
  return hash("sha1", Buffer.from(text, "utf16le"), "buffer") as unknown as Buffer;
}

/** Effects a run made and not yet stored, written every `batch` (when it can write meanwhile) or at the end. */
const FILL_BATCH = 50_000;

/**
 * The effects a run makes (of the pairs it audits), stored as they come when `write` is given (a
 * connection outside the run's read snapshot: the workers' snapshot does not see them, the next
 * run does), else kept until the run ends (`flush`).
 */
export class CacheFill {
  keys: Buffer[] = [];
  effects: string[] = [];
  constructor(private readonly write?: (keys: readonly Buffer[], effects: readonly string[]) => void, private readonly batch: number = FILL_BATCH) {}
  /** The effects of a chunk's pairs audited (undefined: a hit, or one that cannot be stored). */
  add(keys: readonly Buffer[], made: readonly (string | undefined)[]): void {
    for (let i = 0; i < made.length; i++) {
      const e = made[i];
      if (e !== undefined) { this.keys.push(keys[i]!); this.effects.push(e); }
    }
    if (this.write !== undefined && this.keys.length >= this.batch) this.flush(this.write);
  }
  /** The effects kept so far written by `write` (and let go). */
  flush(write: (keys: readonly Buffer[], effects: readonly string[]) => void): void {
    if (this.keys.length === 0) return;
    write(this.keys, this.effects);
    this.keys = [];
    this.effects = [];
  }
}
