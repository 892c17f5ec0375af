/**
 * Child process for the lock tests: takes the write lock of the database in argv[2] (BEGIN IMMEDIATE),
 * prints "locked", holds it for argv[3] ms (as a long batch transaction would), commits.
 */
import Database from "better-sqlite3";

const db = new Database(process.argv[2]!);
db.pragma("busy_timeout = 60000");
db.exec("BEGIN IMMEDIATE");
process.stdout.write("locked\n");
Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, Number(process.argv[3])); // sleep, holding the lock
db.exec("COMMIT");
db.close();
