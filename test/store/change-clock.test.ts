/**
 * store.changeKey and glossary.changeKey (migration 63's change_clock): every row written to a table
 * the program reads back as the corpus changes them, by any connection; a write to a quiet table
 * (users, tokens, secrets, the translation memory's word index) changes neither.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import Database from "better-sqlite3";
import { CHANGE_CLOCK_QUIET } from "../../src/store/migrations";
import { openStore, type Store } from "../../src/store";
import type { Concept } from "../../src/model";
import { tempDir } from "../helpers/cli";

let dir: string;
let file: string;
let store: Store;
beforeEach(() => {
  dir = tempDir("selaras-change-clock-");
  file = path.join(dir, "selaras.db");
  store = openStore(file);
});
afterEach(() => {
  store.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** What a write through `fn` on another connection (another process) did to this store's two keys. */
function keysAfter(fn: (db: Database.Database) => void): { content: boolean; glossary: boolean } {
  const before = [store.changeKey(), store.glossary.changeKey()];
  const other = new Database(file);
  try { fn(other); } finally { other.close(); }
  return { content: store.changeKey() !== before[0], glossary: store.glossary.changeKey() !== before[1] };
}

it("counts every table but the quiet ones: each has a trigger for insert, update and delete", () => {
  const tables = store.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all() as string[];
  const triggers = new Set(store.db.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger'").pluck().all() as string[]);
  const counted = tables.filter((t) => !CHANGE_CLOCK_QUIET.includes(t));
  expect(CHANGE_CLOCK_QUIET.every((t) => tables.includes(t))).toBe(true);
  // (a table added later with neither its triggers nor a place in CHANGE_CLOCK_QUIET fails here)
  expect(counted.filter((t) => !["insert", "update", "delete"].every((op) => triggers.has(`change_clock_${t}_${op}`)))).toEqual([]);
  expect(counted).toContain("rendering");
  expect(counted).toContain("glossary_term");
});

it("another connection's writes to the corpus change the key; to users, secrets and the memory's index they do not", () => {
  const now = "2026-01-01T00:00:00.000Z";
  // a document, a segment and a rendering: the content's key, not the glossary's
  expect(keysAfter((db) => {
    db.prepare("INSERT INTO document (slug, title, content_hash, ingested_at, updated_at) VALUES ('a', 'A', 'h', ?, ?)").run(now, now);
  })).toEqual({ content: true, glossary: false });
  expect(keysAfter((db) => { db.prepare("UPDATE document SET title = 'B' WHERE slug = 'a'").run(); })).toEqual({ content: true, glossary: false });
  // the glossary: both keys
  expect(keysAfter((db) => {
    db.prepare("INSERT INTO glossary_concept (id, position, dnt, fingerprint, updated_at) VALUES ('c', 0, 0, 'f', ?)").run(now);
  })).toEqual({ content: true, glossary: true });
  expect(keysAfter((db) => { db.prepare("DELETE FROM glossary_concept").run(); })).toEqual({ content: true, glossary: true });
  expect(keysAfter((db) => { db.prepare("DELETE FROM document").run(); })).toEqual({ content: true, glossary: false });
  // users added, a token changed, one removed, the session secret made: neither
  expect(keysAfter((db) => {
    db.prepare("INSERT INTO app_user (name, role, token_hash, created_at) VALUES ('ayu', 'translator', ?, ?)").run("a".repeat(64), now);
    db.prepare("UPDATE app_user SET token_hash = ? WHERE name = 'ayu'").run("b".repeat(64));
    db.prepare("INSERT INTO app_secret (name, value, created_at) VALUES ('session', 'x', ?)").run(now);
    db.prepare("DELETE FROM app_user WHERE name = 'ayu'").run();
  })).toEqual({ content: false, glossary: false });
});

it("this connection's own writes: a rendering saved changes the key (inside its transaction too); a user added and a memory fold do not", () => {
  const now = "2026-01-01T00:00:00.000Z";
  const key = store.changeKey();
  store.users.add("ayu", "translator", "a".repeat(64), now);
  store.users.setTokenHash("ayu", "b".repeat(64));
  expect(store.changeKey()).toBe(key);
  let inside = "";
  store.transaction(() => {
    store.renderings.create({ segmentIds: [], text: "The President arrived.", sourceText: "Presiden tiba.", status: "translated", origin: "manual", author: "ayu", now });
    inside = store.changeKey();
  });
  expect(inside).not.toBe(key);
  expect(store.changeKey()).toBe(inside);
  // (the rendering's change is logged for the memory; folding it into the word index is no change)
  expect(store.db.prepare("SELECT COUNT(*) FROM tm_log").pluck().get()).toBe(1);
  expect(store.tm.sync((s) => s.toLowerCase().split(/\W+/).filter(Boolean))).toBe(1);
  expect(store.changeKey()).toBe(inside);
  // a failed transaction leaves the key as it was
  expect(() => store.transaction(() => {
    store.renderings.create({ segmentIds: [], text: "Gone.", sourceText: "Hilang.", status: "draft", origin: "manual", author: "ayu", now });
    throw new Error("no");
  })).toThrow("no");
  expect(store.changeKey()).toBe(inside);
});

it("a bulk insert (an import) is counted once: the insert triggers paused in its transaction, the key changed after, the triggers back", () => {
  const now = "2026-01-01T00:00:00.000Z";
  const triggers = () => store.db.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'change_clock_%' ORDER BY name").pluck().all();
  const all = triggers();
  const key = store.changeKey();
  store.transaction(() => {
    const finish = store.pauseChangeClock();
    expect(triggers().length).toBeLessThan(all.length);
    for (let i = 0; i < 3; i++) store.renderings.create({ segmentIds: [], text: `Unit ${i}.`, sourceText: `Satuan ${i}.`, status: "translated", origin: "imported", author: "ayu", now });
    finish();
  });
  expect(store.changeKey()).not.toBe(key);
  expect(triggers()).toEqual(all);
  // nothing written meanwhile: no change; a failed one: the triggers back, the key as it was
  const after = store.changeKey();
  store.transaction(() => { store.pauseChangeClock()(); });
  expect(store.changeKey()).toBe(after);
  expect(() => store.transaction(() => {
    store.pauseChangeClock();
    store.renderings.create({ segmentIds: [], text: "Gone.", sourceText: "Hilang.", status: "draft", origin: "imported", author: "ayu", now });
    throw new Error("no");
  })).toThrow("no");
  expect(triggers()).toEqual(all);
  expect(store.changeKey()).toBe(after);
});

it("the whole glossary replaced (glossary sync, a workbench's glossary edit) is counted once in both keys: its tables' triggers paused, back after — also when it fails", () => {
  const concept = (id: string, source: string, rendering: string): Concept => ({ id, sources: [{ text: source, caseSensitive: false }], renderings: [{ text: rendering, status: "preferred", caseSensitive: false }], dnt: false });
  const triggers = () => store.db.prepare("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'change_clock_%' ORDER BY name").pluck().all();
  const all = triggers();
  const clock = () => store.db.prepare("SELECT content, glossary FROM change_clock").raw().get();
  const others = store.othersChangeKey();
  const [content, glossary] = clock() as [number, number];
  store.transaction(() => { store.glossary.replaceAll([concept("presiden", "presiden", "president"), concept("menteri", "menteri", "minister")], "2026-01-01T00:00:00Z"); });
  // (six rows: counted once, in both counts; this connection's own write: the others' key kept)
  expect(clock()).toEqual([content + 1, glossary + 1]);
  expect(triggers()).toEqual(all);
  expect(store.othersChangeKey()).toBe(others);
  expect(store.glossary.all().map((c) => c.id)).toEqual(["presiden", "menteri"]);
  // another connection's replacement: both keys change for this one
  const keys = [store.changeKey(), store.glossary.changeKey()];
  const other = openStore(file);
  try { other.transaction(() => { other.glossary.replaceAll([], "2026-01-03T00:00:00Z"); }); } finally { other.close(); }
  expect([store.changeKey() === keys[0], store.glossary.changeKey() === keys[1]]).toEqual([false, false]);
  // a replacement that fails (the same id twice) inside a transaction the caller goes on with: the triggers are back
  store.transaction(() => {
    expect(() => store.glossary.replaceAll([concept("a", "a", "a"), concept("a", "b", "b")], "2026-01-02T00:00:00Z")).toThrow();
  });
  expect(triggers()).toEqual(all);
});

it("othersChangeKey: this connection's writes (a bulk insert, a rollback) keep it; another connection's corpus write changes it, its quiet write does not", () => {
  const now = "2026-01-01T00:00:00.000Z";
  // (a connection never asked — a CLI command — has no TEMP trigger slowing its writes)
  const temp = () => store.db.prepare("SELECT name FROM sqlite_temp_master WHERE type = 'trigger'").pluck().all();
  expect(temp()).toEqual([]);
  const others = store.othersChangeKey();
  expect(temp()).toEqual(["own_change_clock_count"]);
  store.transaction(() => {
    store.renderings.create({ segmentIds: [], text: "Mine.", sourceText: "Milikku.", status: "draft", origin: "manual", author: "ayu", now });
  });
  store.transaction(() => {
    const finish = store.pauseChangeClock();
    store.renderings.create({ segmentIds: [], text: "Imported.", sourceText: "Diimpor.", status: "translated", origin: "imported", author: "ayu", now });
    finish();
  });
  expect(() => store.transaction(() => {
    store.renderings.create({ segmentIds: [], text: "Gone.", sourceText: "Hilang.", status: "draft", origin: "manual", author: "ayu", now });
    throw new Error("no");
  })).toThrow("no");
  expect(store.othersChangeKey()).toBe(others);
  const other = new Database(file);
  try {
    other.prepare("INSERT INTO app_user (name, role, token_hash, created_at) VALUES ('ayu', 'translator', ?, ?)").run("a".repeat(64), now);
    expect(store.othersChangeKey()).toBe(others);
    other.prepare("INSERT INTO document (slug, title, content_hash, ingested_at, updated_at) VALUES ('a', 'A', 'h', ?, ?)").run(now, now);
  } finally { other.close(); }
  const moved = store.othersChangeKey();
  expect(moved).not.toBe(others);
  // (and stays moved after this connection writes again)
  store.transaction(() => { store.db.prepare("UPDATE document SET title = 'B' WHERE slug = 'a'").run(); });
  expect(store.othersChangeKey()).toBe(moved);
});

it("othersChangeKey on a read-only connection: another connection's commit changes it", () => {
  const now = "2026-01-01T00:00:00.000Z";
  const ro = openStore(file, { readonly: true });
  try {
    const before = ro.othersChangeKey();
    store.db.prepare("INSERT INTO document (slug, title, content_hash, ingested_at, updated_at) VALUES ('a', 'A', 'h', ?, ?)").run(now, now);
    expect(ro.othersChangeKey()).not.toBe(before);
  } finally { ro.close(); }
});
