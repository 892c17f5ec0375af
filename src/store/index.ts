/**
 * The store: one object giving access to every repository over one SQLite database.
 * All SQL of Selaras lives in src/store/. Transactions are synchronous (never await inside).
 */
import { openDatabase, DEFAULT_DB_FILE, schemaVersion, withWriteLock, type Db, type OpenOptions } from "./open";
import { beginRead, openSnapshotDb } from "./snapshot";
import { createDocumentRepo } from "./documents";
import { createExchangeRepo } from "./exchange";
import { createFindingsRepo } from "./findings";
import { createAuditCacheRepo } from "./audit-cache";
import { createGlossaryRepo } from "./glossary";
import { createRenderingRepo } from "./renderings";
import { createSegmentEditRepo } from "./segment-edits";
import { createStatusRepo } from "./status";
import { createProjectFileRepo } from "./project-files";
import { createImportRefusalRepo } from "./import-refusals";
import { createTmRepo } from "./tm";
import { createUserRepo } from "./users";
import { withFileJournal } from "./file-journal";
import { changeClock, pauseChangeClock } from "./change-clock";
import { faultPoint } from "./fault-point";

export { DEFAULT_DB_FILE };
export type { Db, OpenOptions };

export function createStore(db: Db, file: string, options: OpenOptions = {}) {
  const clock = changeClock(db);
  return {
    db,
    file,
    documents: createDocumentRepo(db),
    exchange: createExchangeRepo(db),
    findings: createFindingsRepo(db),
    auditCache: createAuditCacheRepo(db),
    glossary: createGlossaryRepo(db),
    renderings: createRenderingRepo(db),
    segmentEdits: createSegmentEditRepo(db),
    status: createStatusRepo(db),
    projectFiles: createProjectFileRepo(db),
    importRefusals: createImportRefusalRepo(db),
    tm: createTmRepo(db),
    users: createUserRepo(db),
    /**
     * Runs `fn` in one transaction (BEGIN IMMEDIATE); any throw rolls everything back, the files it
     * replaced (writeFilesAtomic) included. When another
     * process is writing, waits for it (see open.ts: withWriteLock) rather than failing.
     */
    transaction<T>(fn: () => T): T {
      // (files replaced in it are put back if it fails, its COMMIT included: io/files.ts withFileJournal)
      if (db.inTransaction) return withFileJournal(() => db.transaction(fn).immediate());
      faultPoint("before-begin");
      return withFileJournal(() => {
        const committed = withWriteLock(db, file, options, (onLocked) => db.transaction(() => {
          onLocked();
          const result = fn();
          options.beforeCommit?.();
          // (the files it replaced are renamed into place, the database not committed)
          faultPoint("before-commit");
          return result;
        }).immediate());
        // (the files it replaced are renamed into place, their old versions not yet let go)
        faultPoint("after-commit");
        return committed;
      });
    },
    /**
     * Runs `fn` in one read transaction: every read in it sees the database as it was at the first
     * one, whatever other processes write meanwhile (they are not held up). Inside a transaction, fn runs in it.
     */
    snapshot<T>(fn: () => T): T {
      return db.inTransaction ? fn() : db.transaction(fn).deferred();
    },
    /**
     * `snapshot` for work that awaits (an audit run in worker threads, then its report read back):
     * one read transaction from its first read until `fn` settles. Only for a connection nothing
     * else uses meanwhile (a CLI command's store), and only to read: other processes' writes are
     * not held up, and are seen once `fn` has settled.
     */
    async snapshotAsync<T>(fn: () => Promise<T>): Promise<T> {
      if (db.inTransaction) return fn();
      beginRead(db); // (the snapshot starts here)
      try {
        return await fn();
      } finally {
        if (db.inTransaction) db.exec("COMMIT");
      }
    },
    schemaVersion: () => schemaVersion(db),
    /**
     * A key that changes whenever a row the program reads back as the corpus is written — documents,
     * segments, renderings and their history, joins and splits, suppressions, the translation
     * memory's units, the glossary — by this connection or any other (migration 63's change_clock,
     * counted by triggers). A user added, a token changed, the session secret made or the memory's
     * word index folded leave it as it was (CHANGE_CLOCK_QUIET). Equal keys: nothing a report, a
     * count or a document view reads changed between them. For caches of what the database says.
     */
    changeKey: (): string => clock.content(),
    /**
     * changeKey without this connection's own writes: a key that changes only when ANOTHER connection
     * (a CLI command beside the server, a worker) writes a row the program reads back as the corpus.
     * Unlike SQLite's data_version, a quiet write beside it (a user added, a token changed, the memory's word
     * index folded) keeps it. Equal keys: whatever changed between them, this connection wrote.
     */
    othersChangeKey: (): string => clock.others(),
    /** For a bulk insert inside a transaction (`glossary`: the whole glossary replaced): the change clock counts it once (see change-clock.ts, pauseChangeClock). */
    pauseChangeClock: (o: { glossary?: boolean } = {}): (() => void) => pauseChangeClock(db, o),
    close: () => db.close(),
  };
}
export type Store = ReturnType<typeof createStore>;

export function openStore(file: string = DEFAULT_DB_FILE, options: OpenOptions = {}): Store {
  return createStore(openDatabase(file, options), file, options);
}

/**
 * A second, read-only connection to a store's file (already open, its schema current), its read
 * transaction begun: it reads the database as it is now until it is closed (see ./snapshot.ts).
 */
export function openReadSnapshot(file: string): Store {
  return createStore(openSnapshotDb(file), file, { readonly: true });
}
