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

  it("refuses a database newer than the program with a clear error and exit 2", async () => {
    const dir = tempDir();
    const file = path.join(dir, "new.db");
    openStore(file).close();
    const db = new Database(file);
    db.prepare("INSERT INTO schema_migration VALUES (9999, 'future', 'x')").run();
    db.close();
    const r = await run(["status", "--db", file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`new.db: the database has schema version 9999, newer than this program supports`);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
