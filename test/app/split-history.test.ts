/**
 * A split is a history event of its own ('split', migration 38), not an 'unjoin': in `history`, in
 * both languages, from the session, `segments split` and a database made before migration 38 (its
 * splits recorded as unjoins are relabelled). And a session open on a sentence a colleague split in
 * the meantime refuses the save, showing the sentences as they are now, instead of saving the English
 * against the sentence as it was.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { Readable } from "node:stream";
import Database from "better-sqlite3";
import { openStore } from "../../src/store";
import { migrations } from "../../src/store/migrations";
import { documentUnits } from "../../src/app/lifecycle";
import { splitUnit } from "../../src/app/segments";
import { run, tempDir } from "../helpers/cli";

const DOC = "polsek";
const RUN_ON = "Pencuri masuk lewat atap toko sementara penjaga toko tidur di pos depan mereka membawa kabur uang tunai.";
const ARTICLE = ["Pencurian di Pasar Baru", "Polisi masih menyelidiki kasus itu.", RUN_ON, "Kerugian ditaksir Rp 50 juta."].join("\n\n") + "\n";
const AT = RUN_ON.indexOf("mereka");
const FIRST = RUN_ON.slice(0, AT).trimEnd(), SECOND = RUN_ON.slice(AT);

let dir: string;
beforeEach(async () => {
  dir = tempDir("selaras-split-history-");
  fs.mkdirSync(path.join(dir, "corpus"));
  fs.writeFileSync(path.join(dir, "corpus", `${DOC}.txt`), ARTICLE);
  expect((await run(["ingest", "corpus"], { cwd: dir })).code).toBe(0);
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const db = () => path.join(dir, "selaras.db");
const events = () => { const d = new Database(db(), { readonly: true }); try { return d.prepare("SELECT segment_id, kind, ref, author FROM unit_event ORDER BY id").raw().all(); } finally { d.close(); } };
/** The times of text output (local, as the language writes them: `Dec 6, 2026, 03:50 AM UTC`, `6 Des 2026, 03.50 UTC`) as "T". */
const times = (s: string) => s.replace(/\b(?:[A-Z][a-z]{2} \d{1,2}, \d{4}, \d\d:\d\d [AP]M|\d{1,2} [A-Z][a-z]{2} \d{4}, \d\d\.\d\d) [A-Z][A-Za-z]*(?:[+-]\d+)?/g, "T");

it("a session's split of a translated sentence is a 'split' in the history of both parts, not an 'unjoin'; `segments split` of an untranslated one too", async () => {
  expect((await run(["translate", "set", `${DOC}:3`, "The thieves came in through the roof. They made off with the cash.", "--translator", "Ani"], { cwd: dir })).code).toBe(0);
  const s = await run(["translate", `${DOC}:3`, "--translator", "Ani"], { cwd: dir, stdin: `:split ${AT}\ny\n:q\n` });
  expect(s.code).toBe(0);
  for (const ref of [`${DOC}:3`, `${DOC}:4`]) {
    const h = await run(["history", ref], { cwd: dir, env: { TZ: "UTC" } });
    expect(times(h.stdout)).toContain(`split ${DOC}:3 in two by Ani at T\n`);
    expect(h.stdout).not.toContain("unjoined");
    const id = await run(["history", ref, "--lang", "id"], { cwd: dir, env: { TZ: "UTC" } });
    expect(times(id.stdout)).toContain(`${DOC}:3 dipisah menjadi dua oleh Ani pada T\n`);
  }
  const json = JSON.parse((await run(["history", `${DOC}:4`, "--json"], { cwd: dir })).stdout) as { events: Array<{ kind: string; ref: string }> };
  expect(json.events.map((e) => [e.kind, e.ref])).toEqual([["split", `${DOC}:3`]]);
  // an untranslated sentence split with `segments split`: the split was in no history at all before
  expect((await run(["segments", "split", `${DOC}:2`, String("Polisi masih ".length), "--translator", "Budi"], { cwd: dir })).code).toBe(0);
  const h2 = JSON.parse((await run(["history", `${DOC}:3`, "--json"], { cwd: dir })).stdout) as { events: Array<{ kind: string; ref: string; author: string }> };
  expect(h2.events.map((e) => [e.kind, e.ref, e.author])).toEqual([["split", `${DOC}:2`, "Budi"]]);
  expect(events().map((e) => (e as unknown[]).slice(1))).toEqual([
    ["split", `${DOC}:3`, "Ani"], ["split", `${DOC}:3`, "Ani"], ["split", `${DOC}:2`, "Budi"], ["split", `${DOC}:2`, "Budi"],
  ]);
});

it("a database at schema 61 (before migration 38): its splits recorded as unjoins become splits, a real unjoin stays one, and new splits are stored", async () => {
  // the project as schema 61 left it: every migration up to 61 but 38, one split recorded the old way and one unjoin
  fs.rmSync(db());
  const old = new Database(db());
  old.exec("CREATE TABLE schema_migration (id INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)");
  for (const m of migrations) {
    if (m.id === 38 || m.id > 61) continue;
    old.exec(m.sql);
    old.prepare("INSERT INTO schema_migration VALUES (?, ?, ?)").run(m.id, m.name, "2026-01-01T00:00:00Z");
  }
  expect(old.prepare("SELECT MAX(id) FROM schema_migration").pluck().get()).toBe(61);
  expect(() => old.prepare("INSERT INTO unit_event (segment_id, kind, ref, author, created_at) VALUES (1, 'split', 'x', 'y', 'z')").run()).toThrow(/CHECK constraint/);
  old.close();
  // (seeded through SQL: the store would migrate it on opening)
  const raw = new Database(db());
  raw.prepare("INSERT INTO document (id, slug, title, content_hash, ingested_at, updated_at) VALUES (1, 'polsek', 'P', 'h', 'x', 'x')").run();
  const seg = raw.prepare("INSERT INTO segment (id, document_id, ordinal, paragraph, text, start_offset, end_offset, kind, norm_hash, created_at, updated_at) VALUES (?, 1, ?, ?, ?, 0, 0, 'body', ?, 'x', 'x')");
  seg.run(1, 1, 1, "Polisi masih menyelidiki.", "h1");
  seg.run(2, 2, 2, FIRST, "h2");
  seg.run(3, 3, 2, SECOND, "h3");
  seg.run(4, 4, 3, "Kerugian ditaksir.", "h4");
  seg.run(5, 5, 3, "Pelaku kabur.", "h5");
  raw.prepare("INSERT INTO segment_split (document_id, norm_hash, text, split_at, author, created_at) VALUES (1, 'h', ?, ?, 'Ani', '2026-02-01T10:00:00.000Z')").run(RUN_ON, AT);
  const ev = raw.prepare("INSERT INTO unit_event (segment_id, kind, ref, author, created_at) VALUES (?, ?, ?, ?, ?)");
  ev.run(4, "join", "polsek:4+5", "Budi", "2026-02-01T09:00:00.000Z");
  ev.run(5, "join", "polsek:4+5", "Budi", "2026-02-01T09:00:00.000Z");
  ev.run(2, "unjoin", "polsek:2+3", "Ani", "2026-02-01T10:00:00.000Z"); // the split of 2026-02-01T10:00, as an unjoin
  ev.run(3, "unjoin", "polsek:2+3", "Ani", "2026-02-01T10:00:00.000Z");
  ev.run(4, "unjoin", "polsek:4+5", "Budi", "2026-02-01T11:00:00.000Z"); // a real unjoin
  ev.run(5, "unjoin", "polsek:4+5", "Budi", "2026-02-01T11:00:00.000Z");
  raw.close();
  const store = openStore(db());
  try {
    expect(store.schemaVersion()).toBe(migrations[migrations.length - 1]!.id);
    expect(store.db.prepare("SELECT id, segment_id, kind, ref, author FROM unit_event ORDER BY id").raw().all()).toEqual([
      [1, 4, "join", "polsek:4+5", "Budi"], [2, 5, "join", "polsek:4+5", "Budi"],
      [3, 2, "split", "polsek:2+3", "Ani"], [4, 3, "split", "polsek:2+3", "Ani"],
      [5, 4, "unjoin", "polsek:4+5", "Budi"], [6, 5, "unjoin", "polsek:4+5", "Budi"],
    ]);
    expect(store.segmentEdits.eventsOf([3])).toEqual([{ kind: "split", ref: "polsek:2+3", author: "Ani", time: "2026-02-01T10:00:00.000Z" }]);
    // the index came back, and a split is stored now
    expect(store.db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'unit_event'").pluck().all()).toEqual(["unit_event_segment"]);
    store.segmentEdits.addEvent([1], "split", "polsek:1", "Citra", "2026-02-02T00:00:00.000Z");
    expect(store.segmentEdits.eventsOf([1])).toEqual([{ kind: "split", ref: "polsek:1", author: "Citra", time: "2026-02-02T00:00:00.000Z" }]);
  } finally { store.close(); }
});

it("a session open on a sentence a colleague splits meanwhile refuses the save, shows the two sentences it is now, and walks them; nothing is stored against the old sentence", async () => {
  const english = "The thieves came in through the shop roof while the guard slept. They made off with the cash.";
  /** The person's lines; the colleague's split happens after the session shows polsek:3 and before the English is read. */
  async function* lines() {
    // (the session reads its first line only after showing the unit)
    const store = openStore(db());
    try { splitUnit(store, `${DOC}:3`, AT, "Budi", "2026-03-01T00:00:00.000Z"); } finally { store.close(); }
    yield `${english}\n`;
    yield "The thieves came in through the shop roof while the guard slept at the front post.\n";
    yield ":q\n";
  }
  const r = await run(["translate", `${DOC}:3`, "--translator", "Ani"], { cwd: dir, stdin: Readable.from(lines()) });
  expect(r.stdout).toContain(`  » ${RUN_ON}\n`);
  expect(r.stdout).toContain([
    `  not saved: ${DOC}:3 changed since it was shown (split, joined or re-ingested by someone else); the units there now:`,
    `    ${DOC}:3  ${FIRST}`,
    `    ${DOC}:4  ${SECOND}`,
    `  your English, not saved: ${english}`,
    "",
  ].join("\n"));
  expect(r.stdout).toMatch(new RegExp(`  ✓ saved ${DOC}:3\n\n\\[4/5\\] ${DOC}:4\n`));
  const store = openStore(db());
  try {
    expect(documentUnits(store, DOC).slice(2).map((u) => [u.ref, u.source, u.target, u.state])).toEqual([
      [`${DOC}:3`, FIRST, "The thieves came in through the shop roof while the guard slept at the front post.", "translated"],
      [`${DOC}:4`, SECOND, null, "untranslated"],
      [`${DOC}:5`, "Kerugian ditaksir Rp 50 juta.", null, "untranslated"],
    ]);
  } finally { store.close(); }
});
