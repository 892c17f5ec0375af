/**
 * Opening a project's database: the one door through which the CLI reaches src/store
 * (the CLI imports the app layer, never the store or the checks directly).
 */
import { openStore, DEFAULT_DB_FILE, type Store, type OpenOptions } from "../store";
import { DEFAULT_LOCK_TIMEOUT_MS, isBusyError } from "../store/open";

export { DEFAULT_DB_FILE, DEFAULT_LOCK_TIMEOUT_MS, isBusyError };
/** What every `--out` checks before anything is done (a missing folder is named, not made). */
export { requireOutFolder } from "../io/files";
export type { Store, OpenOptions };

/** Opens (or creates, unless `readonly`) the database at `file`; see store/open.ts for the options. */
export function openProject(file: string, options: OpenOptions = {}): Store {
  return openStore(file, options);
}

/** A file argument as the app reads it: a path (`-`: standard input), or bytes read already (the CLI's standard input). */
export type { InputBytes, TextInput } from "../io/files";
