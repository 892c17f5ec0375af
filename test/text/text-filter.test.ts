import { fnv, FNV_START, fnvStep, TextFilter } from "../../src/text/text-filter";

describe("TextFilter", () => {
  it("says yes to every text added (past several growths from a small start) and no to nearly all others", () => {
    const filter = new TextFilter(4);
    const added = Array.from({ length: 50_000 }, (_, i) => `Kalimat nomor ${i} dari arsip.`);
    for (const t of added) filter.addHash(fnv(t));
    expect(added.every((t) => filter.mayHave(fnv(t)))).toBe(true);
    const others = Array.from({ length: 50_000 }, (_, i) => `Kalimat nomor ${i} dari arsip`);
    // (a false yes about once in 2^32 / 50,000 ≈ 86,000 asked)
    expect(others.filter((t) => filter.mayHave(fnv(t))).length).toBeLessThanOrEqual(3);
  });

  it("hashes a text's prefixes as it is read: fnvStep over its code units is fnv of each prefix, from the hash of \"\"", () => {
    const text = "Pemerintah menyiapkan 1.500 paket “bantuan” — 😀 ke Jl. Sudirman";
    let h = FNV_START;
    for (let i = 0; i < text.length; i++) {
      expect(h).toBe(fnv(text.slice(0, i)));
      h = fnvStep(h, text.charCodeAt(i));
    }
    expect(h).toBe(fnv(text));
    expect(fnv("paket", fnv("1.500 "))).toBe(fnv("1.500 paket"));
  });

  it("keeps a hash of 0 (the mark of a free slot) as a text like any other", () => {
    const filter = new TextFilter();
    expect(filter.mayHave(0)).toBe(false);
    filter.addHash(0);
    expect(filter.mayHave(0)).toBe(true);
  });
});
