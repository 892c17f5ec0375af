/** The translation-memory word index follows every change of the renderings, and lookups agree with a full scan. */
import { openStore, type Store } from "../../src/store";
import { tmLookup, tmLookupFullScan } from "../../src/app/translate";
import { CHUNK } from "../../src/store/tm";

function add(store: Store, source: string, text: string): number {
  return store.transaction(() => store.renderings.create({ segmentIds: [], text, sourceText: source, status: "translated", origin: "manual", author: "t", now: "2026-01-01" }));
}

describe("translation-memory index", () => {
  let store: Store;
  beforeEach(() => { store = openStore(":memory:"); });
  afterEach(() => store.close());

  it("indexes inserts, source changes and deletes", () => {
    const a = add(store, "Presiden tiba di Jakarta pada hari Senin.", "The President arrived in Jakarta on Monday.");
    const b = add(store, "Menteri tiba di Bandung pada hari Selasa.", "The minister arrived in Bandung on Tuesday.");
    store.tm.sync();
    expect([...store.tm.postings("tiba")]).toEqual([a, b]);
    expect(store.tm.documentFrequency("jakarta")).toBe(1);
    const r = store.renderings.byId(a)!;
    store.transaction(() => store.renderings.update(a, { text: r.text, sourceText: "Presiden tiba di Surabaya pada hari Senin.", status: "translated", origin: "manual", author: "t", now: "2026-01-02" }));
    store.tm.sync();
    expect(store.tm.documentFrequency("jakarta")).toBe(0);
    expect([...store.tm.postings("surabaya")]).toEqual([a]);
    expect([...store.tm.postings("tiba")]).toEqual([b, a]);
    store.transaction(() => store.renderings.remove(b));
    store.tm.sync();
    expect([...store.tm.postings("tiba")]).toEqual([a]);
    expect([...store.tm.postings("bandung")]).toEqual([]);
  });

  it("keeps posting lists longer than one chunk", () => {
    store.transaction(() => { for (let i = 0; i < CHUNK + 10; i++) add(store, `Kalimat nomor ${i} tentang anggaran.`, `Sentence ${i}.`); });
    store.tm.sync();
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
