/**
 * Databases made by earlier versions of Selaras, opened by this one (test/fixtures/old-db/README.md
 * says how each was made): every rendering, revision, join, user and suppression is still there,
 * history reads as it did, the commands work and a save goes through. Two of them met migrations
 * that changed after they had shipped: b0a6a42 recorded migration 9 without the segment words column
 * (every command failed with "internal error: table segment has no column named words"), 52883f6 (a
 * branch) recorded the users table as migration 52, which is 53 since the merge (every command failed
 * with "table app_user already exists", and the glossary enforcement columns were never added).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import Database from "better-sqlite3";
import { migrations } from "../../src/store/migrations";
import { openStore } from "../../src/store";
import { login } from "../../src/app/users";
import { renderingHistory } from "../../src/app/translate";
import { run, tempDir } from "../helpers/cli";

const FIXTURES = path.join(__dirname, "..", "fixtures", "old-db");
/** The login tokens `users add` printed when the fixture was made (README.md). */
const TOKENS: Record<string, string> = { "52883f6": "45FAMxgDKEyP1LOu_x5U5UUWts-Qp8lT", "97640e6": "FP62zNcMMzxAx8qe377usHA107fGXFkCZzECtLTme7E" };

type Rows = Record<string, unknown[]>;
/** What must survive, read with plain SQL (tables the old schema has). */
function rowsOf(db: Database.Database): Rows {
  const has = (t: string) => db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(t) !== undefined;
  const q: Record<string, string> = {
    rendering: "SELECT id, text, source_text, status, author, note FROM rendering ORDER BY id",
    rendering_segment: "SELECT * FROM rendering_segment ORDER BY rendering_id, segment_id",
    segment: "SELECT id, document_id, ordinal, text, removed_at FROM segment ORDER BY id",
    segment_join: "SELECT * FROM segment_join ORDER BY rowid",
    check_suppression: "SELECT document_slug, check_id, pair_hash, reason, author FROM check_suppression ORDER BY id",
    app_user: "SELECT name, role, token_hash FROM app_user ORDER BY id",
  };
  const out: Rows = {};
  for (const [t, sql] of Object.entries(q)) if (has(t)) out[t] = db.prepare(sql).raw().all();
  return out;
}

function project(commit: string): string {
  const dir = tempDir(`selaras-old-${commit}-`);
  fs.cpSync(path.join(FIXTURES, commit), dir, { recursive: true });
  const db = new Database(path.join(dir, "selaras.db"));
  // (the dump of 346c358's full-text index writes sqlite_schema directly, which SQLite's defensive mode refuses)
  db.unsafeMode(true);
  db.exec(fs.readFileSync(path.join(dir, "selaras.sql"), "utf8"));
  db.unsafeMode(false);
  db.close();
  fs.rmSync(path.join(dir, "selaras.sql"));
  return dir;
}

describe.each(["346c358", "b0a6a42", "52883f6", "97640e6"])("a database made by %s", (commit) => {
  let dir: string;
  beforeAll(() => { dir = project(commit); });
  afterAll(() => { if (dir) fs.rmSync(dir, { recursive: true, force: true }); });

  it("is upgraded with every rendering, revision, join, user and suppression kept, and history reads as it did", async () => {
    const file = path.join(dir, "selaras.db");
    const raw = new Database(file, { readonly: true });
    const before = rowsOf(raw);
    raw.close();
    const status = await run(["status"], { cwd: dir });
    expect(status.stderr).toBe("");
    expect(status.code).toBe(0);
    expect(status.stdout).toContain("kunjungan  1/4 translated (25.0%), 4 segments, 0 boilerplate, 21 words");

    const store = openStore(file);
    try {
      expect(store.db.prepare("SELECT id, name FROM schema_migration ORDER BY id").raw().all()).toEqual(migrations.map((m) => [m.id, m.name]));
      const after = rowsOf(store.db);
      for (const [table, rows] of Object.entries(before)) expect([table, after[table]]).toEqual([table, rows]);
      const history = renderingHistory(store, "kunjungan:1").revisions.map((r) => [r.text, r.status, r.author, r.note]);
      expect(history).toEqual([
        ["The president arrived in Jakarta on Monday", "translated", "ana", "first note"],
        ["The president arrived in Jakarta on Monday.", "translated", "budi", "first note"],
      ]);
      if (TOKENS[commit]) {
        expect(before.app_user).toHaveLength(2);
        expect(login(store, TOKENS[commit]!, { secret: "s".repeat(32), now: Date.now() })?.user).toMatchObject({ name: "ayu", role: "translator" });
      }
      // the glossary enforcement columns (migration 52 on main) are there whatever 52 meant when it was made
      expect(store.db.prepare("SELECT name FROM pragma_table_info('glossary_concept') WHERE name IN ('enforce', 'unverified') ORDER BY name").pluck().all()).toEqual(["enforce", "unverified"]);
    } finally {
      store.close();
    }
  });

  it("takes a save, written to the database and to translations/", async () => {
    const r = await run(["translate", "set", "kunjungan:2", "He met 12 ministers at the palace.", "--status", "translated", "--translator", "ayu"], { cwd: dir });
    expect([r.code, r.stderr]).toEqual([0, ""]);
    expect(r.stdout).toBe("kunjungan:2: saved (rendering #2, new revision)\n");
    const text = fs.readFileSync(path.join(dir, "translations", "kunjungan.translations.txt"), "utf8");
    expect(text).toContain("@ kunjungan:2\nid: Ia bertemu 12 menteri di istana.\nen: He met 12 ministers at the palace.\nstatus: translated\nauthor: ayu\n");
    expect(text).toContain("@ kunjungan:1\nid: Presiden tiba di Jakarta pada Senin.\nen: The president arrived in Jakarta on Monday.\nstatus: translated\nauthor: budi\n");
  });
});
