/** Runs the CLI in-process (main(argv, io)) with captured output, like sqlite-utils' CliRunner. */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { Readable } from "node:stream";
import { main } from "../../src/cli/main";
import type { CliIO } from "../../src/cli/context";

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  cwd?: string;
  env?: Record<string, string | undefined>;
  stdin?: string | Buffer | NodeJS.ReadableStream;
  isTTY?: boolean;
  isErrTTY?: boolean;
  /** Standard input is a terminal (the session's line editor); `terminal` receives what it draws. */
  stdinIsTTY?: boolean;
  terminal?: NodeJS.WritableStream;
  /** The terminal's width (with isTTY). */
  columns?: number;
  /** The CLI's clock (default: the system's). */
  clock?: () => Date;
}

export async function run(argv: string[], options: RunOptions = {}): Promise<RunResult> {
  let stdout = "";
  let stderr = "";
  const cwd = options.cwd ?? process.cwd();
  const io: CliIO = {
    stdout: (s) => { stdout += s; },
    stderr: (s) => { stderr += s; },
    stdin: typeof options.stdin === "object" && !Buffer.isBuffer(options.stdin) ? options.stdin : Readable.from(options.stdin !== undefined ? [options.stdin] : []),
    isTTY: options.isTTY ?? false,
    isErrTTY: options.isErrTTY ?? false,
    stdinIsTTY: options.stdinIsTTY ?? false,
    ...(options.terminal ? { terminal: options.terminal } : {}),
    ...(options.columns !== undefined ? { columns: () => options.columns } : {}),
    env: { LANG: "en_US.UTF-8", ...options.env } as NodeJS.ProcessEnv,
    cwd,
    ...(options.clock ? { clock: options.clock } : {}),
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

/** A fresh temporary directory, removed by the returned cleanup. */
export function tempDir(prefix = "selaras-test-"): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** A new folder with `corpus/` holding `articles` (file name → text), ingested into `<dir>/s.db`. */
export async function ingestedProject(articles: Readonly<Record<string, string>>, prefix?: string): Promise<{ dir: string; db: string }> {
  const dir = tempDir(prefix);
  fs.mkdirSync(path.join(dir, "corpus"));
  for (const [name, text] of Object.entries(articles)) fs.writeFileSync(path.join(dir, "corpus", name), text);
  const db = path.join(dir, "s.db");
  const r = await run(["ingest", "corpus", "--db", db], { cwd: dir });
  if (r.code !== 0) throw new Error(`selaras ingest corpus exited ${r.code}: ${r.stderr}`);
  return { dir, db };
}

export const REPO = path.resolve(__dirname, "../..");
export const CORPUS = path.join(REPO, "corpus");
export { SHARED, sharedPath } from "../../bench/lib/shared";

/** A dump of every table's rows, to assert a failed command changed nothing. */
export function dumpDb(file: string): string {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const Database = require("better-sqlite3");
  const db = new Database(file, { readonly: true });
  try {
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all() as string[];
    return tables.map((t) => `${t}:${JSON.stringify(db.prepare(`SELECT * FROM "${t}"`).all())}`).join("\n");
  } finally {
    db.close();
  }
}
