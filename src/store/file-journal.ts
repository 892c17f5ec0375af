/**
 * The files a store transaction replaced, put back when it fails (withFileJournal). Used by the
 * store's transactions (./index.ts) and by the file writers (io/files.ts, io/parallel-files.ts),
 * which note each file before they replace it.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { ioError } from "../errors";

/**
 * A temporary file next to `file` (hidden, unique to this process: one counter for every writer).
 * The first time this process writes in a folder, it first removes the temporary files there that
 * a Selaras process which no longer runs left behind (sweepStaleTemporaries).
 */
export function tempPathFor(file: string): string {
  const dir = path.dirname(path.resolve(file));
  if (!swept.has(dir)) { swept.add(dir); sweepStaleTemporaries(dir); }
  return path.join(dir, `.${path.basename(file)}.${process.pid}.${Date.now()}.${tmpCounter++}.tmp`);
}
let tmpCounter = 0;
/** The folders this process has swept (once each). */
const swept = new Set<string>();

/** The files whose temporaries a sweep keeps: translations files (translations/format.ts TRANSLATIONS_EXTENSION; the store imports no format, a test ties the two). */
export const KEPT_TEMPORARIES_OF = ".translations.txt";
/**
 * Selaras's own temporary files, by name: tempPathFor's `.<file>.<pid>.<ms>.<n>.tmp` (a file being
 * written, or a journal's old version of one) and an audit report's findings file
 * `.selaras-findings-<pid>-<ms>-<n>.tmp`; the pid is the writer's.
 */
const OWN_TEMPORARY = /^\.(?:(.+)\.(\d+)\.\d{10,}\.\d+|selaras-findings-(\d+)-\d{10,}-\d+)\.tmp$/;

/**
 * The name of the file a temporary file of tempPathFor's stands beside, when the process that made it
 * is no longer running (this process's and running ones' are not dead); null for any other name.
 */
export function deadTemporaryOf(name: string): string | null {
  const m = OWN_TEMPORARY.exec(name);
  if (!m || m[1] === undefined) return null;
  const pid = Number(m[2]);
  return pid === process.pid || !Number.isSafeInteger(pid) || pid <= 0 || running(pid) ? null : m[1];
}

/** Is process `pid` running (on this machine, in this pid namespace)? A process we may not signal is running. */
function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Removes from `dir` the temporary files a Selaras process left behind when it was killed mid-write
 * (kill -9, a power cut): regular files named as Selaras names its own (OWN_TEMPORARY) whose writer
 * no longer runs — an export's, a report's, the suppressions file's: made again from the database by
 * the next run. A translations file's are kept (`*.translations.txt`: a person's English, see above).
 * Any other file, and this process's and running processes' files, are left alone; a folder that
 * cannot be read is left as it is (the write that follows reports what is wrong). Returns the files
 * removed.
 */
export function sweepStaleTemporaries(dir: string): string[] {
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    if (!name.endsWith(".tmp")) continue;
    const m = OWN_TEMPORARY.exec(name);
    if (!m) continue;
    // (a translations file's are kept: a writer's unfinished file may hold the English of a save nobody
    // was answered for, and the journal's old version is how `selaras serve` recognises a file a killed
    // process wrote ahead of the database, app/interrupted-saves.ts; docs/guarantees.md, "After a crash")
    if (m[1] !== undefined && m[1].endsWith(KEPT_TEMPORARIES_OF)) continue;
    const pid = Number(m[2] ?? m[3]);
    if (pid === process.pid || !Number.isSafeInteger(pid) || pid <= 0 || running(pid)) continue;
    const file = path.join(dir, name);
    try {
      if (!fs.lstatSync(file).isFile()) continue;
      fs.rmSync(file);
      removed.push(file);
    } catch {
      // (gone meanwhile, or not ours to remove: left as it is)
    }
  }
  return removed;
}

/**
 * What a file looked like before a write in the open journal replaced it: a hard link to its old
 * bytes (`backup`, a hidden file beside it), or null when there was no file.
 */
interface Replaced { readonly file: string; readonly backup: string | null }
/** A journal: the files replaced, in order, and their names (a command may replace thousands). */
interface Journal { readonly list: Replaced[]; readonly files: Set<string> }
/** The journal of the innermost withFileJournal running, if any (see there). */
let journal: Journal | undefined;

/**
 * Runs `fn` (synchronous) with a journal of the files it replaces: every writeFilesAtomic (and the
 * workbench's parallel writer, and removeFileJournaled) first keeps the file's old version (a hard
 * link, no copy). When `fn` throws — a database transaction that failed at any point, its COMMIT
 * included (a full disk) — every file it replaced is put back as it was, or removed if it was new,
 * so that the files and the database agree again; when it returns, the old versions are let go.
 * Nested, an inner journal that throws restores its own files; one that returns hands them to the
 * outer one. The store runs each transaction in one (store/index.ts): a command's files are
 * replaced only when its transaction commits. (A kill -9 between a file's rename and the COMMIT
 * leaves the new file and the old database: the next command that would write that file says so,
 * and `npm start` or `selaras translations import` loads it; docs/guarantees.md.)
 */
export function withFileJournal<T>(fn: () => T): T {
  const outer = journal;
  const mine: Journal = { list: [], files: new Set() };
  journal = mine;
  let result: T;
  try {
    result = fn();
  } catch (e) {
    journal = outer;
    for (const r of mine.list.reverse()) {
      try {
        if (r.backup) fs.renameSync(r.backup, r.file);
        else fs.rmSync(r.file, { force: true });
      } catch {
        // (the file cannot be put back: it keeps the new version, which the database's next
        // command refuses to write over as a file changed on disk)
      }
    }
    throw e;
  }
  journal = outer;
  if (outer) for (const r of mine.list) { outer.list.push(r); outer.files.add(r.file); }
  else for (const r of mine.list) if (r.backup) fs.rmSync(r.backup, { force: true });
  return result;
}

/**
 * Notes in the open journal (withFileJournal; nothing when none is open) that `file` (a path
 * linkTarget resolved) is about to be replaced or removed: its current version is kept until the
 * journal ends. The first version of a file a journal sees is the one kept.
 * @throws UsageError `io-*` {file, reason} when the old version cannot be kept
 */
export function noteReplacing(file: string): void {
  if (!journal || journal.files.has(file)) return;
  if (!fs.existsSync(file)) {
    journal.list.push({ file, backup: null });
    journal.files.add(file);
    return;
  }
  const backup = tempPathFor(file);
  try {
    fs.linkSync(file, backup);
  } catch {
    // (a file system without hard links: a copy)
    try {
      fs.copyFileSync(file, backup, fs.constants.COPYFILE_EXCL);
    } catch (e) {
      fs.rmSync(backup, { force: true });
      throw ioError(e, file);
    }
  }
  journal.list.push({ file, backup });
  journal.files.add(file);
}

/** Removes a file, in the open journal if any (see withFileJournal): put back if the journal fails. */
export function removeFileJournaled(file: string): void {
  noteReplacing(file);
  fs.rmSync(file);
}
