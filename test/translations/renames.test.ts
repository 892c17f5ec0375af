/** findRenamedArticles: a translations file paired with the article that holds most of its Indonesian. */
import { findRenamedArticles } from "../../src/translations/renames";

const A = ["Harga beras naik lagi.", "Pedagang mengeluhkan sepinya pembeli.", "Pemerintah akan menggelar operasi pasar.", "Stok di gudang Bulog cukup."];

describe("findRenamedArticles", () => {
  it("pairs a file with the article holding its sentences, whatever the spacing, case, punctuation and line breaks", () => {
    const article = "HARGA BERAS NAIK LAGI\n\nPedagang  mengeluhkan sepinya\npembeli. Pemerintah akan menggelar operasi pasar! Stok di gudang Bulog cukup.";
    expect(findRenamedArticles([{ document: "harga", sources: A }], [{ file: "corpus/beras.txt", text: article }]))
      .toEqual([{ document: "harga", file: "corpus/beras.txt", found: 4, records: 4 }]);
  });

  it("a joined unit's sentences count when they stand in a row; at least half of the records must be found", () => {
    const joined = [`${A[0]} ${A[1]}`, A[2]!, A[3]!];
    expect(findRenamedArticles([{ document: "harga", sources: joined }], [{ file: "a.txt", text: A.join("\n") }])[0]).toMatchObject({ found: 3, records: 3 });
    const half = [A[0], A[1], "Kalimat baru sama sekali.", "Satu lagi yang baru."].join("\n");
    expect(findRenamedArticles([{ document: "harga", sources: A }], [{ file: "a.txt", text: half }])).toEqual([{ document: "harga", file: "a.txt", found: 2, records: 4 }]);
    const less = [A[0], "Kalimat baru sama sekali.", "Satu lagi yang baru.", "Dan satu lagi."].join("\n");
    expect(findRenamedArticles([{ document: "harga", sources: A }], [{ file: "a.txt", text: less }])).toEqual([]);
  });

  it("words count whole: a sentence is found inside a longer one (its English is then marked stale by the ingest), never inside a longer word", () => {
    expect(findRenamedArticles([{ document: "d", sources: ["Harga naik."] }], [{ file: "a.txt", text: "Harga naik drastis." }])).toEqual([{ document: "d", file: "a.txt", found: 1, records: 1 }]);
    expect(findRenamedArticles([{ document: "d", sources: ["Harga naik."] }], [{ file: "a.txt", text: "Harganya naik." }])).toEqual([]);
  });

  it("each file and each article once, the best pairs first, never by the order given", () => {
    const B = ["Gempa mengguncang Palu.", "Tidak ada potensi tsunami.", "Warga berhamburan keluar rumah."];
    const orphans = [{ document: "harga", sources: A }, { document: "gempa", sources: B }];
    const articles = [
      { file: "corpus/x.txt", text: [...A.slice(0, 2), ...B].join("\n") }, // all of gempa, half of harga
      { file: "corpus/y.txt", text: A.slice(0, 3).join("\n") }, // 3 of 4 of harga
    ];
    const want = [{ document: "gempa", file: "corpus/x.txt", found: 3, records: 3 }, { document: "harga", file: "corpus/y.txt", found: 3, records: 4 }];
    expect(findRenamedArticles(orphans, articles)).toEqual(want);
    expect(findRenamedArticles([...orphans].reverse(), [...articles].reverse())).toEqual(want);
    // two copies of one article: the first by path
    expect(findRenamedArticles([orphans[1]!], [{ file: "b.txt", text: B.join(" ") }, { file: "a.txt", text: B.join(" ") }])).toEqual([{ document: "gempa", file: "a.txt", found: 3, records: 3 }]);
  });

  it("a file without Indonesian words, or no article: nothing", () => {
    expect(findRenamedArticles([{ document: "d", sources: ["…", ""] }], [{ file: "a.txt", text: "…" }])).toEqual([]);
    expect(findRenamedArticles([{ document: "d", sources: A }], [])).toEqual([]);
  });
});
