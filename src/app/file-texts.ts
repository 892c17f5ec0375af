/**
 * The translations/ files of a long-running writer (the workbench server), kept as their records'
 * texts so that a save rewrites a document's file without reading and formatting the whole document
 * again: a 2,000-unit document is one formatted record per unit (`formatRecord`), and a batch of
 * saves replaces the records of the units it saved (and of the units propagation wrote to), read
 * again from the database, then joins the texts. The result is byte for byte what
 * `documentFileText` builds from the database (test/app/file-texts.test.ts holds them equal over
 * random saves, joins, splits, notes and state changes).
 *
 * Only saves are applied this way. Anything else written to the database — by this process (a join,
 * a split, an import, a glossary change) or by another one (a CLI command beside the server) — makes
 * the kept texts unusable: `begin`, called inside each saving transaction before it writes, compares
 * the store's change key (SQLite's total_changes() of this connection and data_version) with the one
 * `settle` noted at the end of the last saving transaction, and forgets everything when they differ;
 * the next save of each document reads it whole again. A unit whose record cannot be placed (its
 * segments no longer one unit of the kept ones) makes its document read whole too.
 *
 * It also remembers the bytes it last wrote to each file with their hash, so that the check that the
 * file was not changed on disk since (keepFilesInStep) compares bytes instead of hashing the file,
 * and writes a transaction's files side by side (io/parallel-files.ts) rather than one after another.
 */
import { createParallelWriter } from "../io/parallel-files";
import type { Store } from "../store";
import type { Document } from "../model";
import { formatHeader, formatRecord, type TranslationsHeader } from "../translations/format";
import { articleSourceFor, documentRecords, renderingRecord, recordCodes } from "./translations";

interface Kept {
  readonly slug: string;
  header: Buffer;
  /** The split records' text (they come first). */
  readonly splits: Buffer;
  readonly splitCount: number;
  /** Per unit, in order: its record's text, UTF-8 (empty for none). */
  readonly blocks: Buffer[];
  readonly segmentIds: ReadonlyArray<readonly number[]>;
  readonly ordinals: ReadonlyArray<readonly number[]>;
  /** Unit index by the ordinal of each of its segments, and by segment id. */
  readonly byOrdinal: Map<number, number>;
  readonly bySegment: Map<number, number>;
  /** The orphans' text (they come last). */
  readonly orphans: Buffer;
  readonly orphanCount: number;
  /** Units with a record. */
  recorded: number;
}

/** What was last written to a document's file: its bytes and their sha256. */
export interface WrittenFile {
  readonly bytes: Uint8Array;
  readonly hash: string;
}

export interface FileTexts {
  /** Inside a saving transaction, before it writes: forgets everything if the database changed since `settle`. */
  begin(store: Store): void;
  /**
   * The bytes of a document's file (its text, UTF-8; null: nothing to record) after saves to the
   * units at `changed` ordinals: from the kept records when they are current, else read whole (and kept).
   */
  bytes(store: Store, doc: Document, root: string, changed: ReadonlySet<number> | undefined): Buffer | null;
  /** What this process last wrote to a document's file, if it still knows. */
  written(slug: string): WrittenFile | undefined;
  /** Notes a file just written (inside the transaction). */
  wrote(slug: string, file: WrittenFile): void;
  /** After the saving transaction committed: `key` is the store's changeKey() taken at its end, inside it. */
  settle(key: string): void;
  /** Forgets everything (a saving transaction failed). */
  clear(): void;
  /** Writes the files of one transaction: writeFilesAtomic, the files side by side (io/parallel-files.ts). */
  writeAll(files: ReadonlyArray<readonly [string, Uint8Array]>): void;
  /** Stops the file writer's thread (the server closing). */
  close(): void;
  /** Documents read whole, and documents whose saved records were replaced, since created (tests, diagnostics). */
  readonly builds: number;
  readonly updates: number;
}

function keep(store: Store, doc: Document, root: string): Kept {
  const d = documentRecords(store, doc);
  const byOrdinal = new Map<number, number>();
  const bySegment = new Map<number, number>();
  let recorded = 0;
  const blocks = d.units.map((u, i) => {
    for (const o of u.ordinals) byOrdinal.set(o, i);
    for (const id of u.segmentIds) bySegment.set(id, i);
    if (!u.record) return EMPTY;
    recorded++;
    return utf8(formatRecord(u.record));
  });
  return {
    slug: doc.slug, header: headerOf(doc, root),
    splits: utf8(d.splits.map(formatRecord).join("")), splitCount: d.splits.length,
    blocks, segmentIds: d.units.map((u) => u.segmentIds), ordinals: d.units.map((u) => u.ordinals), byOrdinal, bySegment,
    orphans: utf8(d.orphans.map(formatRecord).join("")), orphanCount: d.orphans.length, recorded,
  };
}

const EMPTY = Buffer.alloc(0);
const NEWLINE = Buffer.from("\n");
const utf8 = (text: string): Buffer => Buffer.from(text, "utf8");

function headerOf(doc: Document, root: string): Buffer {
  const source = articleSourceFor(doc, root);
  const header: TranslationsHeader = source !== undefined ? { source } : {};
  return utf8(formatHeader(doc.slug, header));
}

/**
 * Replaces the records of the units at `changed` ordinals with their current ones. False when a
 * unit cannot be placed: its ordinal is not a kept unit's, or its rendering reaches a segment of
 * another kept unit, or a unit that had a record has none (never by a save).
 */
function apply(store: Store, k: Kept, changed: ReadonlySet<number>): boolean {
  const units = new Set<number>();
  for (const o of changed) {
    const i = k.byOrdinal.get(o);
    if (i === undefined) return false;
    units.add(i);
  }
  const next = new Map<number, Buffer>();
  for (const i of units) {
    // The unit's record is its first member's rendering (a segment has at most one), as documentView finds it.
    let first;
    for (const id of k.segmentIds[i]!) {
      const r = store.renderings.forSegment(id);
      if (!r) continue;
      // a rendering linking this unit's segments to another kept unit would change the units: read whole
      for (const sid of r.segmentIds) {
        const owner = k.bySegment.get(sid);
        if (owner !== undefined && owner !== i) return false;
      }
      first ??= r;
    }
    if (!first) {
      if (k.blocks[i]!.length > 0 && k.segmentIds[i]!.length === 1) return false;
      continue; // a join without English keeps its join record
    }
    next.set(i, utf8(formatRecord(renderingRecord(k.slug, first, k.ordinals[i]!, recordCodes(store, first)))));
  }
  for (const [i, block] of next) {
    if (k.blocks[i]!.length === 0) k.recorded++;
    k.blocks[i] = block;
  }
  return true;
}

/** The file's bytes: the records' bytes copied once into one buffer (no string of the whole file is made). */
function render(k: Kept): Buffer | null {
  if (k.recorded + k.splitCount + k.orphanCount === 0) return null;
  return Buffer.concat([k.header, k.splits, ...k.blocks, k.orphans, NEWLINE]);
}

export function createFileTexts(): FileTexts {
  let kept = new Map<string, Kept>();
  let files = new Map<string, WrittenFile>();
  let key: string | undefined;
  let builds = 0;
  let updates = 0;
  const writer = createParallelWriter();
  const clear = () => { kept = new Map(); files = new Map(); key = undefined; };
  return {
    begin(store) {
      if (key === undefined || key !== store.changeKey()) clear();
    },
    bytes(store, doc, root, changed) {
      let k = kept.get(doc.slug);
      if (k && changed && changed.size > 0) {
        k.header = headerOf(doc, root);
        if (apply(store, k, changed)) {
          updates++;
          return render(k);
        }
      }
      builds++;
      k = keep(store, doc, root);
      kept.set(doc.slug, k);
      return render(k);
    },
    written: (slug) => files.get(slug),
    wrote(slug, file) { files.set(slug, file); },
    settle(k) { key = k; },
    clear,
    writeAll: (list) => writer.writeAll(list),
    close: () => writer.close(),
    get builds() { return builds; },
    get updates() { return updates; },
  };
}
