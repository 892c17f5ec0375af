/**
 * Child process for the lock tests: takes the write lock of the database in argv[2] (BEGIN IMMEDIATE),
 * prints "locked", holds it for argv[3] ms (as a long batch transaction would) — or, with "stdin", until a
 * line comes on its standard input (however slowly a loaded machine starts the other process) — commits.
 */
import * as fs from "node:fs";
import Database from "better-sqlite3";

const db = new Database(process.argv[2]!);
db.pragma("busy_timeout = 60000");
db.exec("BEGIN IMMEDIATE");
process.stdout.write("locked\n");
if (process.argv[3] === "stdin") {
  const b = Buffer.alloc(1);
  for (;;) { try { if (fs.readSync(0, b, 0, 1, null) === 0 || b[0] === 10) break; } catch (e) { if ((e as NodeJS.ErrnoException).code !== "EAGAIN") break; } }
} else {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, Number(process.argv[3])); // sleep, holding the lock
}
db.exec("COMMIT");
db.close();
