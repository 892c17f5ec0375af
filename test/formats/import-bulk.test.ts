/**
 * `selaras import` writes new renderings in batches (multi-row INSERTs, ids assigned ahead) and
 * logs them for the translation-memory index in one step at the end. These tests hold it to the
 * result of creating the same renderings one by one with `renderings.create` (every table, every
 * id, the TM word index after sync), across batch and lookup-window boundaries, with units that hit
 * renderings still waiting to be written; and a failed import leaves the schema (triggers) as it was.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { importParallel } from "../../src/app/import";
import { openStore } from "../../src/store";
import { syncTm } from "../../src/app/translate";
import { dumpDb, run, tempDir } from "../helpers/cli";

const NOW = "2026-02-03T04:05:06.000Z";
const SLUG = "panjang";

/** sqlite_master rows (tables, indexes, triggers) of a database. */
function schema(file: string): string {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const Database = require("better-sqlite3");
  const db = new Database(file, { readonly: true });
  try {
    return JSON.stringify(db.prepare("SELECT type, name, sql FROM sqlite_master ORDER BY type, name").all());
  } finally {
    db.close();
  }
}

describe("selaras import (bulk writing)", () => {
  let dir: string;
  let a: string;
  let b: string;
  const segs: Array<{ id: number; ordinal: number; text: string }> = [];
  beforeAll(async () => {
    dir = tempDir();
    // An article of 700 sentences: more than one write batch and more than one lookup window.
    const words = ["banjir", "hujan", "warga", "sekolah", "bantuan", "pemerintah", "jalan", "kota", "sungai", "malam"];
    const sentences = Array.from({ length: 700 }, (_, i) =>
      `${words[i % 10]![0]!.toUpperCase()}${words[i % 10]!.slice(1)} ${words[(i * 3) % 10]} ${words[(i * 7) % 10]} nomor ${i + 1}.`);
    const article = path.join(dir, `${SLUG}.txt`);
    fs.writeFileSync(article, `Judul Panjang\n\n${sentences.join(" ")}\n`);
    a = path.join(dir, "a.db");
    expect((await run(["ingest", article, "--db", a])).code).toBe(0);
    b = path.join(dir, "b.db");
    fs.copyFileSync(a, b);
    fs.copyFileSync(a, path.join(dir, "before.db"));
    const store = openStore(a);
    try {
      const doc = store.documents.bySlug(SLUG)!;
      for (const s of store.documents.segments(doc.id)) segs.push({ id: s.id, ordinal: s.ordinal!, text: s.text });
    } finally {
      store.close();
    }
    expect(segs.length).toBeGreaterThan(600);
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("writes exactly what creating the renderings one by one writes, TM word index included", () => {
    const unit = (s: { ordinal: number; text: string }, target: string, refs = true) =>
      JSON.stringify({ segments: refs ? [`${SLUG}:${s.ordinal}`] : [], source: s.text, target, author: "imp" });
    const lines = segs.map((s) => unit(s, `T${s.ordinal}`));
    // Units that meet renderings of this same import, written or still pending:
    lines.push(unit(segs[segs.length - 2]!, `T${segs[segs.length - 2]!.ordinal}`, false)); // by text, pending → unchanged
    // (another text for a sentence this file already translated: a conflict, the first kept)
    lines.push(unit(segs[segs.length - 1]!, "last, again", false));  // by text, pending → conflict
    lines.push(unit(segs[3]!, "T4 again"));                          // by reference, written → conflict
    lines.push(unit(segs[0]!, "T1"));                                 // by reference → unchanged
    const file = path.join(dir, "all.jsonl");
    fs.writeFileSync(file, lines.join("\n") + "\n");

    const store = openStore(a);
    try {
      const r = importParallel(store, file, { now: NOW });
      expect([r.units, r.created, r.replaced, r.unchanged, r.conflictCount, r.unmatched]).toEqual([segs.length + 4, segs.length, 0, 2, 2, 0]);
    } finally {
      store.close();
    }

    // The same, one rendering at a time (the per-row trigger logs each for the TM index).
    const ref = openStore(b);
    try {
      ref.transaction(() => {
        const save = { status: "translated" as const, origin: "imported" as const, author: "imp", now: NOW };
        for (const s of segs) ref.renderings.create({ segmentIds: [s.id], text: `T${s.ordinal}`, sourceText: s.text, ...save });
      });
    } finally {
      ref.close();
    }
    // (the change clock counts the bulk write once, the one-by-one creates once per row: both moved on)
    const clock = /^change_clock:\[\{"id":1,"content":(\d+),"glossary":0\}\]$/m;
    const before = Number(clock.exec(dumpDb(path.join(dir, "before.db")))![1]);
    for (const db of [a, b]) expect(Number(clock.exec(dumpDb(db))![1])).toBeGreaterThan(before);
    const unclocked = (db: string) => dumpDb(db).replace(clock, "change_clock");
    expect(unclocked(a)).toBe(unclocked(b));
    expect(schema(a)).toBe(schema(b));
    for (const db of [a, b]) {
      const s = openStore(db);
      try { syncTm(s); } finally { s.close(); }
    }
    const after = unclocked(a);
    expect(after).toBe(unclocked(b));
    expect(after).toMatch(/tm_word:\[\{/);
  });

  it("a failed import leaves tables and schema (the TM log trigger included) as they were", async () => {
    const before = dumpDb(b);
    const schemaBefore = schema(b);
    const lines = segs.slice(0, 400).map((s) => JSON.stringify({ segments: [`${SLUG}:${s.ordinal}`], source: s.text, target: `X${s.ordinal}` }));
    lines.push("{not json");
    const file = path.join(dir, "bad.jsonl");
    fs.writeFileSync(file, lines.join("\n") + "\n");
    const r = await run(["import", file, "--db", b]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("bad.jsonl");
    expect(dumpDb(b)).toBe(before);
    expect(schema(b)).toBe(schemaBefore);
  });
});
