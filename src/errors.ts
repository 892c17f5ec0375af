/**
 * Typed errors. Every error Selaras throws on purpose carries a stable `code` and the `data`
 * needed to explain it (file, line, ...). Only the CLI turns them into sentences, through
 * i18next (`error.<code>` keys). Library users get a JSON-ish fallback message.
 */
export type ErrorData = Readonly<Record<string, unknown>>;

export class SelarasError extends Error {
  /** Exit code the CLI should use for this error (2 for every error kind). */
  readonly exitCode: number = 2;
  constructor(
    readonly code: string,
    readonly data: ErrorData = {},
    options?: ErrorOptions,
  ) {
    super(`${code}: ${JSON.stringify(data)}`, options);
    this.name = new.target.name;
  }
}

/** A file Selaras reads is malformed (corpus, glossary, TMX, ...). `data` has `file` and `line` or `offset`. */
export class ParseError extends SelarasError {}
/** A unit cannot be written in a format, or a parallel file is inconsistent. */
export class FormatError extends SelarasError {}
/** Bad command-line input. */
export class UsageError extends SelarasError {}
/** Unknown document slug, segment reference, glossary entry, ... */
export class NotFoundError extends SelarasError {}
/** A save based on an older revision than the stored one (the workbench answers HTTP 409). */
export class ConflictError extends SelarasError {}
/**
 * No valid login where the workbench requires one (the server answers HTTP 401). A UsageError, so
 * code that only knows UsageError still refuses (exit 2 / 400).
 */
export class AuthError extends UsageError {}
/** A logged-in person's role may not do this (the server answers HTTP 403). */
export class ForbiddenError extends UsageError {}
/** The database cannot be used (newer schema, corrupt file, ...). */
export class StoreError extends SelarasError {}

/** Programmer mistakes: fail loudly (never used for user input). */
export function invariant(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(`Invariant failed: ${message}`);
}

export function isSelarasError(e: unknown): e is SelarasError {
  return e instanceof SelarasError;
}

/** System error codes → Selaras error codes (the same words for every writer). */
const IO_CODES: Readonly<Record<string, string>> = {
  ENOSPC: "io-disk-full",
  EDQUOT: "io-disk-full",
  EFBIG: "io-file-too-large",
  EACCES: "io-permission-denied",
  EPERM: "io-permission-denied",
  EROFS: "io-read-only",
  EISDIR: "io-is-directory",
  ENOTDIR: "io-not-directory",
  ENAMETOOLONG: "io-name-too-long",
};

/**
 * A failed read or write of `file` as an error a person can act on: `io-disk-full`,
 * `io-permission-denied`, ... {file, reason}, naming the file the user asked for (never the
 * temporary file it was being written through). Anything else is returned unchanged.
 */
export function ioError(e: unknown, file: string): unknown {
  if (e instanceof SelarasError) return e;
  const code = (e as NodeJS.ErrnoException)?.code;
  const mapped = code ? IO_CODES[code] : undefined;
  if (!mapped) return e;
  return new UsageError(mapped, { file, reason: code }, { cause: e });
}
