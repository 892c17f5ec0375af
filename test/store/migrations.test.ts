import * as fs from "node:fs";
import * as path from "node:path";
import Database from "better-sqlite3";
import { migrations } from "../../src/store/migrations";
import { openStore } from "../../src/store";
import { run, tempDir } from "../helpers/cli";

describe("migrations", () => {
  it("are numbered, unique and sorted", () => {
    const ids = migrations.map((m) => m.id);
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
    expect(new Set(ids).size).toBe(ids.length);
    for (const m of migrations) expect(m.name).toMatch(/^[a-z0-9-]+$/);
  });

  it("upgrades an older database in place, keeping its rows", () => {
    const dir = tempDir();
    const file = path.join(dir, "old.db");
    const db = new Database(file);
    db.exec("CREATE TABLE schema_migration (id INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)");
    db.exec(migrations[0]!.sql);
    db.prepare("INSERT INTO schema_migration VALUES (?, ?, ?)").run(migrations[0]!.id, migrations[0]!.name, "2026-01-01T00:00:00Z");
    db.prepare("INSERT INTO document (slug, title, content_hash, ingested_at, updated_at) VALUES ('a', 'A', 'h', 'x', 'x')").run();
    db.close();
    const store = openStore(file);
    expect(store.schemaVersion()).toBe(migrations[migrations.length - 1]!.id);
    expect(store.documents.bySlug("a")?.title).toBe("A");
    store.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("migration 2 drops the revision rows that only repeated a rendering's current version, and history stays the same", () => {
    const dir = tempDir();
    const file = path.join(dir, "revisions.db");
    const store = openStore(file);
    const now = "2026-01-01T00:00:00.000Z";
    const doc = store.documents.insert({ slug: "a", title: "A", sourcePath: null, contentHash: "h", meta: {} }, now);
    const seg = (o: number, text: string) => store.documents.insertSegment(doc, { ordinal: o, paragraph: o, text, start: 0, end: text.length, kind: "body", suspect: null, normHash: `h${o}` }, now);
    const s1 = seg(1, "Satu.");
    const s2 = seg(2, "Dua.");
    const r1 = store.renderings.create({ segmentIds: [s1], text: "One", sourceText: "Satu.", status: "draft", origin: "manual", author: "ani", now });
    store.renderings.update(r1, { text: "One.", sourceText: "Satu.", status: "translated", origin: "manual", author: "budi", now: "2026-01-02T00:00:00.000Z" });
    const r2 = store.renderings.create({ segmentIds: [s2], text: "Two.", sourceText: "Dua.", status: "translated", origin: "manual", author: "ani", now });
    const history = [store.renderings.revisions(r1), store.renderings.revisions(r2)];
    expect(history.map((h) => h.map((v) => [v.text, v.author, v.status, v.createdAt]))).toEqual([
      [["One", "ani", "draft", now], ["One.", "budi", "translated", "2026-01-02T00:00:00.000Z"]],
      [["Two.", "ani", "translated", now]],
    ]);
    store.close();
    // The same database as the scheme before migration 2 left it: the current version in revision too,
    // plus one rendering whose newest revision does not match (kept: nothing is ever dropped that differs).
    const db = new Database(file);
    const add = db.prepare("INSERT INTO revision (rendering_id, text, source_text, status, author, note, created_at) VALUES (?, ?, ?, ?, ?, NULL, ?)");
    add.run(r1, "One.", "Satu.", "translated", "budi", "2026-01-02T00:00:00.000Z");
    add.run(r2, "Two (old).", "Dua.", "translated", "ani", now);
    db.prepare("DELETE FROM schema_migration WHERE id = 2").run();
    db.close();
    const again = openStore(file);
    expect(again.db.prepare("SELECT rendering_id, text FROM revision ORDER BY id").raw().all()).toEqual([[r1, "One"], [r2, "Two (old)."]]);
    expect(again.renderings.revisions(r1).map((v) => v.text)).toEqual(["One", "One."]);
    expect(again.renderings.revisions(r2).map((v) => v.text)).toEqual(["Two (old).", "Two."]);
    again.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("refuses a database newer than the program with a clear error and exit 2", async () => {
    const dir = tempDir();
    const file = path.join(dir, "new.db");
    openStore(file).close();
    const db = new Database(file);
    db.prepare("INSERT INTO schema_migration VALUES (9999, 'future', 'x')").run();
    db.close();
    const r = await run(["status", "--db", file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`selaras: ${file}: the database was upgraded by a newer Selaras (schema changes this program does not know: 9999 future); upgrade Selaras\n`);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("refuses a database with a migration it does not know under a number below its newest (a newer program's), naming it, and leaves it as it was", async () => {
    // (migration 38 came after 61: the program before it said "schema version 38, newer than this program supports (61)")
    const dir = tempDir();
    const file = path.join(dir, "new.db");
    openStore(file).close();
    const db = new Database(file);
    db.prepare("INSERT INTO schema_migration VALUES (45, 'audit-history', 'x')").run();
    const before = db.prepare("SELECT id, name FROM schema_migration ORDER BY id").raw().all();
    db.close();
    const r = await run(["status", "--db", file, "--lang", "id"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`selaras: ${file}: basis data sudah ditingkatkan oleh Selaras yang lebih baru (perubahan skema yang tidak dikenal program ini: 45 audit-history); perbarui Selaras\n`);
    const again = new Database(file, { readonly: true });
    expect(again.prepare("SELECT id, name FROM schema_migration ORDER BY id").raw().all()).toEqual(before);
    again.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("moves a migration recorded under another number (a branch's numbering) to its own, and runs the one that had that number", () => {
    const dir = tempDir();
    const file = path.join(dir, "branch.db");
    openStore(file).close();
    const db = new Database(file);
    // as a database of the users branch left it: its users table recorded as 52, main's 52 never run
    db.exec("DELETE FROM schema_migration WHERE id IN (52, 62); UPDATE schema_migration SET id = 52 WHERE name = 'workbench-users'");
    db.exec("ALTER TABLE glossary_concept DROP COLUMN enforce; ALTER TABLE glossary_concept DROP COLUMN unverified");
    db.close();
    const store = openStore(file);
    expect(store.db.prepare("SELECT id, name FROM schema_migration ORDER BY id").raw().all()).toEqual(migrations.map((m) => [m.id, m.name]));
    expect(store.db.prepare("SELECT name FROM pragma_table_info('glossary_concept') WHERE name IN ('enforce', 'unverified') ORDER BY name").pluck().all()).toEqual(["enforce", "unverified"]);
    store.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
