/** The translation-memory word index follows every change of the renderings, and lookups agree with a full scan. */
import { openStore, type Store } from "../../src/store";
import { syncTm, tmLookup } from "../../src/app/translate";
import { tmTokens } from "../../src/translations/similarity";
import { rng } from "../../bench/lib/harness";
import { tmLookupFullScan } from "../../bench/lib/tm-full-scan";
import { CHUNK } from "../../src/store/tm";
import { importParallel } from "../../src/app/import";
import { tempDir } from "../helpers/cli";
import * as fs from "node:fs";
import * as path from "node:path";

function add(store: Store, source: string, text: string): number {
  return store.transaction(() => store.renderings.create({ segmentIds: [], text, sourceText: source, status: "translated", origin: "manual", author: "t", now: "2026-01-01" }));
}

describe("translation-memory index", () => {
  let store: Store;
  beforeEach(() => { store = openStore(":memory:"); });
  afterEach(() => store.close());

  it("after random inserts, source edits and deletes, folded in slices of any size, holds what a fresh index of the renderings would", () => {
    const r = rng(11);
    const WORDS = "presiden menteri tiba di jakarta bandung pada hari senin selasa rabu kota rapat kunjungan dan yang".split(" ");
    const sentence = () => Array.from({ length: 3 + Math.floor(r() * 6) }, () => WORDS[Math.floor(r() * WORDS.length)]!).join(" ") + ".";
    const live: number[] = [];
    for (let step = 0; step < 400; step++) {
      const x = r();
      if (x < 0.4 || live.length === 0) live.push(add(store, sentence(), "x"));
      else if (x < 0.85) {
        const id = live[Math.floor(r() * live.length)]!;
        const old = store.renderings.byId(id)!;
        // (an edit that keeps most words: one word swapped, or one added)
        const words = old.sourceText.slice(0, -1).split(" ");
        if (r() < 0.5) words[Math.floor(r() * words.length)] = WORDS[Math.floor(r() * WORDS.length)]!; else words.push(WORDS[Math.floor(r() * WORDS.length)]!);
        store.transaction(() => store.renderings.update(id, { text: old.text, sourceText: words.join(" ") + ".", status: "translated", origin: "manual", author: "t", now: "2026-01-02" }));
      } else {
        const id = live.splice(Math.floor(r() * live.length), 1)[0]!;
        store.transaction(() => store.renderings.remove(id));
      }
      if (r() < 0.2) syncTm(store, 1 + Math.floor(r() * 7));
    }
    syncTm(store);
    const expected = new Map<string, number[]>();
    for (const id of live) for (const w of new Set(tmTokens(store.renderings.byId(id)!.sourceText))) expected.set(w, [...(expected.get(w) ?? []), id]);
    for (const w of WORDS) {
      const want = (expected.get(w) ?? []).sort((a, b) => a - b);
      expect([...store.tm.postings(w)].sort((a, b) => a - b)).toEqual(want);
      expect(store.tm.documentFrequency(w)).toBe(want.length);
    }
  });

  it("indexes inserts, source changes and deletes", () => {
    const a = add(store, "Presiden tiba di Jakarta pada hari Senin.", "The President arrived in Jakarta on Monday.");
    const b = add(store, "Menteri tiba di Bandung pada hari Selasa.", "The minister arrived in Bandung on Tuesday.");
    syncTm(store);
    expect([...store.tm.postings("tiba")]).toEqual([a, b]);
    expect(store.tm.documentFrequency("jakarta")).toBe(1);
    const r = store.renderings.byId(a)!;
    store.transaction(() => store.renderings.update(a, { text: r.text, sourceText: "Presiden tiba di Surabaya pada hari Senin.", status: "translated", origin: "manual", author: "t", now: "2026-01-02" }));
    syncTm(store);
    expect(store.tm.documentFrequency("jakarta")).toBe(0);
    expect([...store.tm.postings("surabaya")]).toEqual([a]);
    // (a word the new source keeps is not written again: its posting stays where it was, and the
    // list of a word the edit did not touch, `tiba`, is not rewritten at all)
    expect([...store.tm.postings("tiba")]).toEqual([a, b]);
    expect(store.tm.documentFrequency("tiba")).toBe(2);
    store.transaction(() => store.renderings.remove(b));
    syncTm(store);
    expect([...store.tm.postings("tiba")]).toEqual([a]);
    expect([...store.tm.postings("bandung")]).toEqual([]);
  });

  it("folds at most `limit` logged changes when asked to (oldest first); the index then answers as it is, and catches up later", () => {
    const ids = store.transaction(() => Array.from({ length: 30 }, (_x, i) => add(store, `Presiden tiba di kota nomor ${i} pada hari Senin.`, `The President arrived in city ${i} on Monday.`)));
    expect(syncTm(store, 12)).toBe(12);
    expect([...store.tm.postings("tiba")]).toEqual(ids.slice(0, 12));
    // a lookup folding 5 more: the renderings folded so far are found, the others not yet
    expect(tmLookup(store, "Presiden tiba di kota nomor 20 pada hari Senin.", { syncLimit: 5, limit: 30 }).some((m) => m.exact)).toBe(false);
    expect(store.tm.postings("tiba").length).toBe(17);
    expect(syncTm(store, 100)).toBe(13);
    expect(syncTm(store)).toBe(0);
    expect(tmLookup(store, "Presiden tiba di kota nomor 20 pada hari Senin.")[0]).toMatchObject({ exact: true, renderingId: ids[20] });
  });

  it("keeps posting lists longer than one chunk", () => {
    store.transaction(() => { for (let i = 0; i < CHUNK + 10; i++) add(store, `Kalimat nomor ${i} tentang anggaran.`, `Sentence ${i}.`); });
    syncTm(store);
    expect(store.tm.postings("anggaran").length).toBe(CHUNK + 10);
    expect(store.tm.documentFrequency("anggaran")).toBe(CHUNK + 10);
  });

  it("finds the same best matches as a full scan (exact first, then by similarity, threshold 70 %)", () => {
    add(store, "Pertemuan itu membahas anggaran negara untuk tahun depan.", "The meeting discussed the state budget for next year.");
    add(store, "Pertemuan itu membahas anggaran daerah untuk tahun depan.", "The meeting discussed the regional budget for next year.");
    add(store, "Pertemuan itu membahas rencana kerja.", "The meeting discussed the work plan.");
    add(store, "Sesuatu yang sama sekali lain.", "Something else entirely.");
    const q = "Pertemuan itu membahas anggaran negara untuk tahun ini.";
    const indexed = tmLookup(store, q);
    expect(indexed.map((m) => [m.text, m.similarity])).toEqual([
      ["The meeting discussed the state budget for next year.", 0.875],
      ["The meeting discussed the regional budget for next year.", 0.75],
    ]);
    expect(tmLookupFullScan(store, q).map((m) => m.renderingId)).toEqual(indexed.map((m) => m.renderingId));
    expect(tmLookup(store, "Pertemuan itu membahas anggaran negara untuk tahun depan.")[0]).toMatchObject({ exact: true, similarity: 1 });
  });
});

describe("translation memory kept from imports (import --keep-tm)", () => {
  it("is offered like a rendering: exact and fuzzy, after renderings at equal similarity, with the file it came from", () => {
    const dir = tempDir();
    const store = openStore(path.join(dir, "t.db"));
    try {
      const file = path.join(dir, "other.tsv");
      fs.writeFileSync(file, "source\ttarget\n" +
        "Kapal perang itu berlayar ke Vladivostok pada Selasa pagi.\tThe warship sailed to Vladivostok on Tuesday morning.\n" +
        "Pemerintah menolak sanksi baru dari negara Barat.\tThe government rejected new sanctions from the West.\n");
      const r = importParallel(store, file, { keepTm: true, now: "2026-01-01T00:00:00.000Z" });
      expect([r.unmatched, r.keptTm]).toEqual([2, 2]);
      const exact = tmLookup(store, "Kapal perang itu berlayar ke Vladivostok pada Selasa pagi.");
      expect(exact.map((m) => [m.renderingId, m.keptId, m.originFile, m.exact, m.text])).toEqual([
        [0, 1, "other.tsv", true, "The warship sailed to Vladivostok on Tuesday morning."],
      ]);
      const fuzzy = tmLookup(store, "Pemerintah menolak sanksi baru dari negara Barat itu.");
      expect(fuzzy.map((m) => [m.keptId, m.exact, m.similarity >= 0.7])).toEqual([[2, false, true]]);
      // a rendering with the same source comes first; kept units follow
      add(store, "Pemerintah menolak sanksi baru dari negara Barat.", "The government refused new Western sanctions.");
      const both = tmLookup(store, "Pemerintah menolak sanksi baru dari negara Barat.");
      expect(both.map((m) => [m.renderingId > 0, m.keptId ?? null, m.text])).toEqual([
        [true, null, "The government refused new Western sanctions."],
        [false, 2, "The government rejected new sanctions from the West."],
      ]);
      // the index follows a kept unit's removal
      store.transaction(() => store.db.prepare("DELETE FROM tm_unit WHERE id = 1").run());
      expect(tmLookup(store, "Kapal perang itu berlayar ke Vladivostok pada Selasa pagi.")).toEqual([]);
    } finally {
      store.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
