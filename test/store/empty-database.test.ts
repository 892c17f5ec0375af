/**
 * A database file that is empty or not SQLite (src/store/open.ts, docs/guarantees.md): 0 bytes with
 * nothing beside it (a `touch`) is a new database for a command that writes, refused (and left empty) by
 * one that only reads; 0 bytes with a write-ahead log beside it that
 * holds bytes (the database cut short under it) is refused naming both, exit 2, nothing touched; 0
 * bytes with a rollback journal (another process creating it, test/e2e/concurrency.test.ts) is new; a file that is not SQLite is refused, exit 2, byte for byte as it was.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { run, tempDir } from "../helpers/cli";

let dir: string;
beforeEach(() => {
  dir = tempDir("selaras-empty-db-");
  fs.mkdirSync(path.join(dir, "corpus"));
  fs.writeFileSync(path.join(dir, "corpus", "banjir.txt"), "Banjir Melanda Jakarta\n\nHujan deras mengguyur Jakarta sejak Senin pagi.\n");
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const cli = (args: string[], lang?: string) => run([...args, ...(lang ? ["--lang", lang] : [])], { cwd: dir });
const DB = () => path.join(dir, "selaras.db");
/** Every file of the folder (corpus/ aside) with its bytes. */
const files = () => Object.fromEntries(fs.readdirSync(dir).filter((n) => n !== "corpus").sort().map((n) => [n, fs.readFileSync(path.join(dir, n)).toString("hex")]));

it("0 bytes and nothing beside it (a touch): refused by a command that only reads, left empty; a new database for one that writes", async () => {
  fs.writeFileSync(DB(), "");
  const s = await cli(["status"]);
  expect(s).toMatchObject({ code: 2, stdout: "", stderr: "selaras: selaras.db: an empty file (0 bytes), not a database, and this command leaves it as it is: check --db (or SELARAS_DB), or make it a database with `selaras pipeline` or `selaras ingest <articles>`\n" });
  expect(files()).toEqual({ "selaras.db": "" });
  // (an empty log beside it holds nothing: the same)
  fs.writeFileSync(`${DB()}-wal`, "");
  const i = await cli(["ingest", "corpus"]);
  expect(i.code).toBe(0);
  expect(i.stdout).toContain("1 document ingested.");
  expect((await cli(["status"])).stdout).toContain("banjir");
  // (a rollback journal beside an empty file: another process creating the database, or a creation
  // killed with nothing in it — a new database; SQLite reads the journal)
  fs.rmSync(`${DB()}-wal`, { force: true });
  fs.rmSync(`${DB()}-shm`, { force: true });
  fs.writeFileSync(DB(), "");
  fs.writeFileSync(`${DB()}-journal`, Buffer.from("d9d505f920a163d7", "hex"));
  const j = await cli(["ingest", "corpus"]);
  expect([j.code, j.stderr]).toEqual([0, ""]);
  expect((await cli(["status"])).stdout).toContain("banjir");
});

it.each(["-wal"])("0 bytes with a %s beside it that holds bytes: refused naming both, exit 2, nothing touched (a command that reads, one that writes, npm start)", async (suffix) => {
  fs.writeFileSync(DB(), "");
  fs.writeFileSync(`${DB()}${suffix}`, Buffer.from("377f0682002de218", "hex"));
  const before = files();
  for (const args of [["status"], ["ingest", "corpus"], ["pipeline"]]) {
    const r = await cli(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`selaras: selaras.db: is empty (0 bytes), but selaras.db${suffix} beside it holds 8 bytes: the database was cut short (a full disk, a copy that stopped) and its content may still be in that file, so it was not opened and nothing was changed. Keep both files aside (\`mv\`), then rebuild the database from the project with \`npm start\`\n`);
    expect(files()).toEqual(before);
  }
  const id = await cli(["status"], "id");
  expect(id.stderr).toBe(`selaras: selaras.db: kosong (0 bita), tetapi selaras.db${suffix} di sebelahnya berisi 8 bita: basis data terpotong (disk penuh, salinan yang terhenti) dan isinya mungkin masih ada di berkas itu, jadi basis data tidak dibuka dan tidak ada yang diubah. Simpan kedua berkas di tempat lain (\`mv\`), lalu bangun ulang basis data dari proyek dengan \`npm start\`\n`);
  const json = await cli(["status", "--json"]);
  expect(json.code).toBe(2);
  expect(JSON.parse(json.stdout)).toMatchObject({ error: { code: "db-empty-with-journal" } });
  expect(files()).toEqual(before);
});

it.each([
  ["text", Buffer.from("these are my notes, not a database\n")],
  ["binary", Buffer.from(Array.from({ length: 8192 }, (_, i) => (i * 37 + 11) & 255))],
])("a file that is not SQLite (%s): a clear error, exit 2, the file byte for byte as it was and nothing beside it", async (_kind, bytes) => {
  fs.writeFileSync(DB(), bytes);
  const before = files();
  for (const args of [["status"], ["ingest", "corpus"], ["pipeline"]]) {
    const r = await cli(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("selaras: selaras.db: is not a Selaras (SQLite) database; check --db\n");
    expect(files()).toEqual(before);
  }
});
