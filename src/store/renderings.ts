/**
 * Rendering repository: English texts paired with one or more segments, with full revision history.
 * The current version lives in the rendering row; every save first copies the version it replaces
 * into a revision row (migration 2), so no text a translator wrote is ever lost, and creating a
 * rendering writes one row, not two (bulk import writes half the bytes it used to).
 */
import type { Db } from "./open";
import { RENDERING_STATES, type Rendering, type RenderingOrigin, type RenderingState } from "../model";

export type { Rendering, RenderingOrigin };
/** The names these had before src/model.ts. */
export type { Rendering as RenderingRow, RenderingState as RenderingStatus };
export const RENDERING_STATUSES = RENDERING_STATES;
export const MACHINE_ORIGINS: ReadonlySet<string> = new Set(["aligned", "propagated"]);

export interface RevisionRow {
  readonly id: number;
  readonly renderingId: number;
  readonly text: string;
  readonly sourceText: string;
  readonly status: RenderingState;
  readonly author: string;
  readonly note: string | null;
  readonly createdAt: string;
  /** The version only changed the note (true), or not (false); null: saved before that was recorded (migration 64). */
  readonly noteOnly: boolean | null;
}

export interface SaveRenderingInput {
  readonly segmentIds: readonly number[];
  readonly text: string;
  readonly sourceText: string;
  readonly status: RenderingState;
  readonly origin: RenderingOrigin;
  readonly author: string;
  readonly score?: number | null;
  readonly note?: string | null;
  readonly now: string;
  /** An update that only changes the note (saveUnitNote): recorded so, the second-person rule looks past it. */
  readonly noteOnly?: boolean;
}

const RENDERING_INSERT = "INSERT INTO rendering (id, text, source_text, status, origin, author, score, note, created_at, updated_at)";
const LINK_INSERT = "INSERT INTO rendering_segment (rendering_id, segment_id, position)";

const noteOnlyOf = (v: number | null | undefined): boolean | null => (v === 1 ? true : v === 0 ? false : null);

/* eslint-disable @typescript-eslint/no-explicit-any */
export function createRenderingRepo(db: Db) {
  const s = {
    byId: db.prepare("SELECT * FROM rendering WHERE id = ?"),
    segIds: db.prepare("SELECT segment_id FROM rendering_segment WHERE rendering_id = ? ORDER BY position").pluck(),
    rowBySegment: db.prepare("SELECT r.* FROM rendering_segment rs JOIN rendering r ON r.id = rs.rendering_id WHERE rs.segment_id = ?"),
    insert: db.prepare(
      "INSERT INTO rendering (text, source_text, status, origin, author, score, note, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
    ),
    update: db.prepare("UPDATE rendering SET text = ?, source_text = ?, status = ?, origin = ?, author = ?, score = ?, note = ?, updated_at = ?, note_only = ? WHERE id = ?"),
    link: db.prepare("INSERT INTO rendering_segment (rendering_id, segment_id, position) VALUES (?, ?, ?)"),
    unlinkAll: db.prepare("DELETE FROM rendering_segment WHERE rendering_id = ?"),
    /** Keeps the version about to be replaced. */
    archive: db.prepare(
      "INSERT INTO revision (rendering_id, text, source_text, status, author, note, created_at, note_only) SELECT id, text, source_text, status, author, note, updated_at, note_only FROM rendering WHERE id = ?",
    ),
    revisions: db.prepare("SELECT * FROM revision WHERE rendering_id = ? ORDER BY created_at, id"),
    revisionCount: db.prepare("SELECT COUNT(*) FROM revision WHERE rendering_id = ?").pluck(),
    /**
     * The renderings touching a document with their segment links, one row per link, driven by the
     * document's segments (index segment_document, then each segment's one link): no DISTINCT, no
     * query per rendering. Renderings with a segment elsewhere are completed by `otherLinks`.
     */
    linksOfDocument: db.prepare(`
      SELECT r.id, r.text, r.source_text, r.status, r.origin, r.author, r.score, r.note, r.created_at, r.updated_at, rs.segment_id, rs.position,
        (SELECT COUNT(*) FROM rendering_segment x WHERE x.rendering_id = r.id) AS links
      FROM segment s JOIN rendering_segment rs ON rs.segment_id = s.id JOIN rendering r ON r.id = rs.rendering_id
      WHERE s.document_id = ?`).raw(),
    /** Kept revisions per rendering of a document (its revision number is this + 1). */
    revisionCountsOfDocument: db.prepare(`
      SELECT v.rendering_id, COUNT(*) FROM revision v WHERE v.rendering_id IN (
        SELECT rs.rendering_id FROM rendering_segment rs JOIN segment s ON s.id = rs.segment_id WHERE s.document_id = ?)
      GROUP BY v.rendering_id`).raw(),
    all: db.prepare("SELECT * FROM rendering ORDER BY id"),
    count: db.prepare("SELECT COUNT(*) FROM rendering").pluck(),
    remove: db.prepare("DELETE FROM rendering WHERE id = ?"),
    moveRevisions: db.prepare("UPDATE revision SET rendering_id = ? WHERE rendering_id = ?"),
    byNormHash: db.prepare(`
      SELECT s.id AS segment_id, rs.rendering_id AS rendering_id FROM segment s
      LEFT JOIN rendering_segment rs ON rs.segment_id = s.id
      WHERE s.norm_hash = ? AND s.ordinal IS NOT NULL AND s.kind <> 'boilerplate' ORDER BY s.document_id, s.ordinal`),
    sourceTexts: db.prepare("SELECT id, source_text FROM rendering").raw(),
    changedSince: db.prepare(`SELECT r.updated_at, rs.segment_id FROM rendering r JOIN rendering_segment rs ON rs.rendering_id = r.id AND rs.position = 0
      WHERE r.updated_at > ? ORDER BY r.updated_at LIMIT ?`).raw(),
    latestUpdate: db.prepare("SELECT MAX(updated_at) FROM rendering").pluck(),
    writeMark: db.prepare("SELECT (SELECT COALESCE(MAX(id), 0) FROM rendering), (SELECT COALESCE(MAX(id), 0) FROM revision)").raw(),
    writtenSince: db.prepare(`SELECT rs.segment_id FROM rendering_segment rs WHERE rs.position = 0 AND rs.rendering_id IN
      (SELECT id FROM rendering WHERE id > ? UNION SELECT rendering_id FROM revision WHERE id > ?) ORDER BY rs.rendering_id LIMIT ?`).pluck(),
    documentsChangedSince: db.prepare(`SELECT DISTINCT d.slug FROM rendering r JOIN rendering_segment rs ON rs.rendering_id = r.id
      JOIN segment s ON s.id = rs.segment_id JOIN document d ON d.id = s.document_id WHERE r.updated_at > ? ORDER BY d.slug`).pluck(),
  };
  /** Multi-row INSERT statements by row count (bulk creation). */
  const many = new Map<string, any>();
  const manyStmt = (head: string, cols: number, rows: number) => {
    const key = `${head}|${rows}`;
    let st = many.get(key);
    if (!st) {
      const row = `(${new Array(cols).fill("?").join(", ")})`;
      st = db.prepare(`${head} VALUES ${new Array(rows).fill(row).join(", ")}`);
      many.set(key, st);
    }
    return st;
  };
  const hydrateWith = (r: any, segmentIds: number[]): Rendering => ({
    id: r.id, text: r.text, sourceText: r.source_text, status: r.status, origin: r.origin, author: r.author,
    score: r.score, note: r.note, createdAt: r.created_at, updatedAt: r.updated_at, segmentIds,
  });
  const hydrate = (r: any): Rendering => hydrateWith(r, s.segIds.all(r.id) as number[]);
  const toRevision = (r: any): RevisionRow => ({
    id: r.id, renderingId: r.rendering_id, text: r.text, sourceText: r.source_text, status: r.status,
    author: r.author, note: r.note, createdAt: r.created_at, noteOnly: noteOnlyOf(r.note_only),
  });
  /**
   * A writer of new renderings in multi-row INSERTs of 64, exactly as `create` one after the other
   * would write them: each carries the id `create` would have given it (nextId(), then +1 each).
   * `add` returns true when it wrote every row added so far; `flush` writes what is left.
   */
  function bulkCreate() {
    const B = 64;
    let r: unknown[] = [];
    let l: unknown[] = [];
    let rows = 0;
    let links = 0;
    const write = (): void => {
      if (rows > 0) manyStmt(RENDERING_INSERT, 10, rows).run(r);
      for (let at = 0; at < links; at += B) {
        const n = Math.min(B, links - at);
        manyStmt(LINK_INSERT, 3, n).run(at === 0 && n === links ? l : l.slice(at * 3, (at + n) * 3));
      }
      r = [];
      l = [];
      rows = 0;
      links = 0;
    };
    return {
      add(id: number, x: SaveRenderingInput): boolean {
        r.push(id, x.text, x.sourceText, x.status, x.origin, x.author, x.score ?? null, x.note ?? null, x.now, x.now);
        const segs = x.segmentIds;
        for (let i = 0; i < segs.length; i++) l.push(id, segs[i], i);
        links += segs.length;
        if (++rows < B) return false;
        write();
        return true;
      },
      flush: write,
    };
  }

  return {
    byId: (id: number): Rendering | undefined => { const r = s.byId.get(id); return r ? hydrate(r) : undefined; },
    /** The rendering a segment belongs to, if any. */
    forSegment(segmentId: number): Rendering | undefined {
      const row = s.rowBySegment.get(segmentId);
      return row === undefined ? undefined : hydrate(row);
    },
    ofDocument(documentId: number): Rendering[] {
      const byId = new Map<number, { row: any[]; links: Array<[number, number]> }>();
      for (const row of s.linksOfDocument.all(documentId) as any[][]) {
        const id = row[0] as number;
        const e = byId.get(id);
        if (e) e.links.push([row[11], row[10]]); else byId.set(id, { row, links: [[row[11], row[10]]] });
      }
      const out: Rendering[] = [];
      for (const id of [...byId.keys()].sort((a, b) => a - b)) {
        const { row: r, links } = byId.get(id)!;
        // Its segments in order; one over segments of another document too (never made by Selaras itself): read whole.
        const segmentIds = links.length === (r[12] as number)
          ? links.sort((a, b) => a[0] - b[0]).map(([, sid]) => sid)
          : (s.segIds.all(id) as number[]);
        out.push({
          id, text: r[1], sourceText: r[2], status: r[3], origin: r[4], author: r[5], score: r[6], note: r[7], createdAt: r[8], updatedAt: r[9], segmentIds,
        });
      }
      return out;
    },
    /** Revision numbers of every rendering touching a document (renderings never saved again: 1). */
    revisionNumbersOfDocument(documentId: number): Map<number, number> {
      return new Map((s.revisionCountsOfDocument.all(documentId) as Array<[number, number]>).map(([id, n]) => [id, n + 1]));
    },
    all: (): Rendering[] => s.all.all().map(hydrate),
    /** Renderings saved after `since` (an updated_at), oldest first, at most `limit`: their time and first segment. */
    changedSince: (since: string, limit: number): Array<{ updatedAt: string; segmentId: number }> =>
      (s.changedSince.all(since, limit) as Array<[string, number]>).map(([updatedAt, segmentId]) => ({ updatedAt, segmentId })),
    /** Slugs of the documents with a rendering saved after `since`. */
    documentsChangedSince: (since: string): string[] => s.documentsChangedSince.all(since) as string[],
    /** The newest updated_at of any rendering ('' when there is none). */
    latestUpdate: (): string => (s.latestUpdate.get() as string | null) ?? "",
    /** The newest rendering's and revision's ids: where `writtenSince` starts. */
    writeMark: (): { rendering: number; revision: number } => {
      const [rendering, revision] = s.writeMark.get() as [number, number];
      return { rendering, revision };
    },
    /**
     * The first segment of each rendering created or saved again after `mark` (a new rendering id, or
     * a new revision: every save keeps the version it replaces), whatever its updated_at says (an
     * import keeps a record's own date, older than the newest save), at most `limit`.
     */
    writtenSince: (mark: { rendering: number; revision: number }, limit: number): number[] => s.writtenSince.all(mark.rendering, mark.revision, limit) as number[],
    count: (): number => s.count.get() as number,
    /** Every version of a rendering, oldest first: the kept ones, then the current one (id 0). */
    revisions(renderingId: number): RevisionRow[] {
      const current = s.byId.get(renderingId) as any;
      if (!current) return [];
      return [...s.revisions.all(renderingId).map(toRevision), {
        id: 0, renderingId, text: current.text, sourceText: current.source_text, status: current.status,
        author: current.author, note: current.note, createdAt: current.updated_at, noteOnly: noteOnlyOf(current.note_only),
      }];
    },
    /** How many versions a rendering has had, the current one included (its revision number). */
    revisionNumber: (renderingId: number): number => (s.revisionCount.get(renderingId) as number) + 1,
    /** Deletes a rendering (its revisions go with it unless moved first). */
    remove(id: number): void { s.remove.run(id); },
    /**
     * Takes one segment out of a rendering of several (a member of a joined unit whose sentence left
     * the article): the others keep it, in order, from position 0.
     */
    detachSegment(renderingId: number, segmentId: number): void {
      const rest = (s.segIds.all(renderingId) as number[]).filter((id) => id !== segmentId);
      s.unlinkAll.run(renderingId);
      rest.forEach((id, k) => s.link.run(renderingId, id, k));
    },
    /** Moves the revision history of one rendering, its current version included, onto another (two renderings merge). */
    moveRevisions(fromId: number, toId: number): void { s.archive.run(fromId); s.moveRevisions.run(toId, fromId); },
    /** Current non-boilerplate segments with this normalised-text hash, with their rendering id (or null). */
    segmentsWithHash(normHash: string): Array<{ segmentId: number; renderingId: number | null }> {
      return (s.byNormHash.all(normHash) as any[]).map((r) => ({ segmentId: r.segment_id, renderingId: r.rendering_id }));
    },
    /** Every rendering's id and saved source text, streamed (the full-scan TM baseline). */
    *iterateSources(): IterableIterator<[number, string]> {
      for (const row of s.sourceTexts.iterate() as IterableIterator<[number, string]>) yield row;
    },
    /** Creates a rendering for segments that have none. */
    create(input: SaveRenderingInput): number {
      const id = Number(
        s.insert.run(input.text, input.sourceText, input.status, input.origin, input.author, input.score ?? null, input.note ?? null, input.now, input.now).lastInsertRowid,
      );
      input.segmentIds.forEach((segId, i) => s.link.run(id, segId, i));
      return id;
    },
    /** The id the next created rendering gets (inside a transaction: nobody else inserts meanwhile). */
    nextId: (): number => (db.prepare("SELECT COALESCE(MAX(id), 0) + 1 FROM rendering").pluck().get() as number),
    bulkCreate,
    /** Creates many renderings at once (bulkCreate), in the given order with the given ids. */
    createMany(inputs: ReadonlyArray<SaveRenderingInput & { readonly id: number }>): void {
      const bulk = bulkCreate();
      for (const x of inputs) bulk.add(x.id, x);
      bulk.flush();
    },
    /** Saves a new version of an existing rendering (a revision row keeps the one it replaces). */
    update(id: number, input: Omit<SaveRenderingInput, "segmentIds"> & { segmentIds?: readonly number[] }): void {
      s.archive.run(id);
      s.update.run(input.text, input.sourceText, input.status, input.origin, input.author, input.score ?? null, input.note ?? null, input.now, input.noteOnly ? 1 : 0, id);
      if (input.segmentIds) {
        s.unlinkAll.run(id);
        input.segmentIds.forEach((segId, i) => s.link.run(id, segId, i));
      }
    },
  };
}
export type RenderingRepo = ReturnType<typeof createRenderingRepo>;
