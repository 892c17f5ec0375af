/** `selaras align`: the three output formats byte for byte, the --doc path into the database, bad input. */
import * as fs from "node:fs";
import * as path from "node:path";
import { openStore } from "../../src/store";
import { dumpDb, run, tempDir } from "../helpers/cli";
import { parseRawCase } from "../../bench/align-raw";

const ID_LINES = [
  "Presiden Joko Widodo meresmikan jalan tol Trans-Sumatera sepanjang 350 kilometer di Lampung pada Jumat.",
  "Jalan tol itu menghubungkan Bakauheni dengan Terbanggi Besar.",
  "Biaya pembangunannya mencapai Rp 16,8 triliun.",
  "Sebelumnya perjalanan itu memakan waktu hingga dua belas jam.",
  "Warga setempat menyambut baik peresmian tersebut.",
];
const EN_LINES = [
  "President Joko Widodo inaugurated a 350-kilometre stretch of the Trans-Sumatra toll road in Lampung on Friday.",
  "The road links Bakauheni with Terbanggi Besar and cost 16.8 trillion rupiah to build.",
  "It used to take up to twelve hours.",
];

const ARTICLE = [
  "Tol Trans-Sumatera diresmikan",
  "",
  "Presiden Joko Widodo meresmikan jalan tol sepanjang 350 kilometer di Lampung pada Jumat. Jalan tol itu menghubungkan Bakauheni dengan Terbanggi Besar.",
  "",
  "Biaya pembangunannya mencapai Rp 16,8 triliun.",
  "",
  "Baca juga: Harga tiket pesawat ke Lampung turun",
  "",
].join("\n");
const ARTICLE_EN = [
  "Trans-Sumatra toll road opened",
  "",
  "President Joko Widodo inaugurated a 350-kilometre toll road in Lampung on Friday. The road links Bakauheni with Terbanggi Besar. It cost 16.8 trillion rupiah to build.",
  "",
].join("\n");

/** An article opening with a dateline segment (`Jakarta, CNBC Indonesia -`), its English opening with `JAKARTA -`. */
const DATELINE_ARTICLE = [
  "IHSG Ditutup Melemah 1,2 Persen, Asing Catat Jual Bersih Rp1,1 Triliun",
  "",
  "Jakarta, CNBC Indonesia - Indeks Harga Saham Gabungan (IHSG) ditutup melemah 1,2 persen ke level 7.105,34 pada perdagangan Rabu (6/11/2024). " +
    "Sebanyak 392 saham turun, 211 saham naik, dan 188 saham stagnan. Nilai transaksi mencapai Rp13,4 triliun dengan volume 21,3 miliar saham.",
  "",
].join("\n");
const DATELINE_ARTICLE_EN = [
  "Jakarta stocks fall 1.2% as foreigners sell 1.1 trillion rupiah of shares",
  "",
  "JAKARTA - The Jakarta Composite Index (JCI) closed 1.2 percent lower at 7,105.34 on Wednesday. " +
    "A total of 392 stocks fell, 211 rose and 188 were unchanged, with turnover reaching 13.4 trillion rupiah ($846 million).",
  "",
].join("\n");

/** An article whose English edition moved a paragraph: the officials named earlier come before the witnesses and the detention. */
const KPK_ARTICLE = [
  "KPK Tahan Bupati Sidoarjo", "",
  "Komisi Pemberantasan Korupsi (KPK) menahan Bupati Sidoarjo Ahmad Muhdlor Ali pada Selasa. Ia diduga menerima potongan insentif pegawai Badan Pelayanan Pajak Daerah senilai Rp 2,7 miliar.", "",
  "Muhdlor ditahan selama 20 hari pertama di Rumah Tahanan KPK. Juru bicara KPK Ali Fikri mengatakan penyidik telah memeriksa 35 saksi.", "",
  "Dua pejabat Sidoarjo lebih dulu ditetapkan sebagai tersangka dalam kasus ini. Ia dijerat dengan Pasal 12 huruf f Undang-Undang Pemberantasan Tindak Pidana Korupsi.", "",
].join("\n");
const KPK_ARTICLE_EN = [
  "KPK detains Sidoarjo regent", "",
  "The Corruption Eradication Commission (KPK) on Tuesday detained Sidoarjo regent Ahmad Muhdlor Ali. He is suspected of receiving 2.7 billion rupiah in cuts from the incentives paid to staff of the regional tax agency.", "",
  "Two Sidoarjo officials had earlier been named suspects in the case.", "",
  "KPK spokesman Ali Fikri said investigators had questioned 35 witnesses. Muhdlor will be held for an initial 20 days at the KPK detention centre.", "",
].join("\n");

describe("selaras align (stateless)", () => {
  let dir: string;
  const file = (name: string, content: string | Buffer): string => {
    const p = path.join(dir, name);
    fs.writeFileSync(p, content);
    return p;
  };
  beforeEach(() => {
    dir = tempDir();
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  test("--presplit --format beads (the default format)", async () => {
    const src = file("s.txt", ID_LINES.join("\n") + "\n");
    const tgt = file("t.txt", EN_LINES.join("\n"));
    const expected = "[0]\t[0]\n[1,2]\t[1]\n[3]\t[2]\n[4]\t[]\n";
    const r = await run(["align", src, tgt, "--presplit", "--format", "beads"]);
    expect(r).toEqual({ code: 0, stdout: expected, stderr: "" });
    expect((await run(["align", src, tgt, "--presplit"])).stdout).toBe(expected);
  });

  test("--format tsv: source, target, score", async () => {
    const src = file("s.txt", ID_LINES.join("\n"));
    const tgt = file("t.txt", EN_LINES.join("\n"));
    const r = await run(["align", src, tgt, "--presplit", "--format", "tsv"]);
    expect(r.code).toBe(0);
    // (the first pair scored 0.791 before `inaugurated` reached the headword `inaugurate`, the lemma of `meresmikan`)
    expect(r.stdout).toBe(
      `${ID_LINES[0]}\t${EN_LINES[0]}\t0.845\n` +
        `${ID_LINES[1]} ${ID_LINES[2]}\t${EN_LINES[1]}\t0.807\n` +
        `${ID_LINES[3]}\t${EN_LINES[2]}\t0.455\n` +
        `${ID_LINES[4]}\t\t0.000\n`,
    );
  });

  test("--format json: indices, score and each side's text (as tsv joins it)", async () => {
    const src = file("s.txt", ID_LINES.join("\n"));
    const tgt = file("t.txt", EN_LINES.join("\n"));
    const r = await run(["align", src, tgt, "--presplit", "--format", "json"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      JSON.stringify([
        { src: [0], tgt: [0], score: 0.845, source: ID_LINES[0], target: EN_LINES[0] },
        { src: [1, 2], tgt: [1], score: 0.807, source: `${ID_LINES[1]} ${ID_LINES[2]}`, target: EN_LINES[1] },
        { src: [3], tgt: [2], score: 0.455, source: ID_LINES[3], target: EN_LINES[2] },
        { src: [4], tgt: [], score: 0, source: ID_LINES[4], target: "" },
      ]) + "\n",
    );
    expect(r.stdout.startsWith('[{"src":[0],"tgt":[0],"score":0.845,"source":"Presiden Joko Widodo meresmikan')).toBe(true);
  });

  test("a paragraph the English moved is paired out of order and marked moved (json); the beads format shows the English index out of order", async () => {
    const src = file("kpk.txt", KPK_ARTICLE);
    const tgt = file("kpk.en.txt", KPK_ARTICLE_EN);
    const beads = await run(["align", src, tgt]);
    expect(beads).toEqual({ code: 0, stdout: "[0]\t[0]\n[1]\t[1]\n[2]\t[2]\n[3]\t[5]\n[4]\t[4]\n[5]\t[3]\n[6]\t[]\n", stderr: "" });
    const json = await run(["align", src, tgt, "--format", "json"]);
    expect(JSON.parse(json.stdout).map((b: { src: number[]; tgt: number[]; score: number; moved?: true }) => ({ src: b.src, tgt: b.tgt, score: b.score, moved: b.moved }))).toEqual([
      { src: [0], tgt: [0], score: 0.772 }, { src: [1], tgt: [1], score: 0.832 }, { src: [2], tgt: [2], score: 0.554 },
      { src: [3], tgt: [5], score: 0.628, moved: true }, { src: [4], tgt: [4], score: 0.88 },
      { src: [5], tgt: [3], score: 0.734, moved: true }, { src: [6], tgt: [], score: 0 },
    ]);
    expect(json.stdout).toContain('{"src":[3],"tgt":[5],"score":0.628,"moved":true,"source":"Muhdlor ditahan selama 20 hari pertama di Rumah Tahanan KPK.","target":"Muhdlor will be held for an initial 20 days at the KPK detention centre."}');
  });

  test("--json without --format prints the json format", async () => {
    const src = file("s.txt", ID_LINES.join("\n"));
    const tgt = file("t.txt", EN_LINES.join("\n"));
    const a = await run(["align", src, tgt, "--presplit", "--json"]);
    const b = await run(["align", src, tgt, "--presplit", "--format", "json"]);
    expect(a.code).toBe(0);
    expect(a.stdout).toBe(b.stdout);
  });

  test("raw text: Indonesian segmenter (boilerplate dropped) and English splitter", async () => {
    const src = file("a.txt", ARTICLE);
    const tgt = file("a.en.txt", ARTICLE_EN);
    const r = await run(["align", src, tgt, "--format", "tsv"]);
    expect(r.code).toBe(0);
    expect(r.stdout.split("\n").map((l) => l.split("\t").slice(0, 2).join(" | "))).toEqual([
      "Tol Trans-Sumatera diresmikan | Trans-Sumatra toll road opened",
      "Presiden Joko Widodo meresmikan jalan tol sepanjang 350 kilometer di Lampung pada Jumat. | President Joko Widodo inaugurated a 350-kilometre toll road in Lampung on Friday.",
      "Jalan tol itu menghubungkan Bakauheni dengan Terbanggi Besar. | The road links Bakauheni with Terbanggi Besar.",
      "Biaya pembangunannya mencapai Rp 16,8 triliun. | It cost 16.8 trillion rupiah to build.",
      "",
    ]);
  });

  test("a dateline is aligned with the sentence after it, not alone (it was paired with the English headline)", async () => {
    const src = file("d.txt", DATELINE_ARTICLE);
    const tgt = file("d.en.txt", DATELINE_ARTICLE_EN);
    const r = await run(["align", src, tgt]);
    expect(r).toEqual({ code: 0, stdout: "[0]\t[0]\n[1,2]\t[1]\n[3,4]\t[2]\n", stderr: "" });
    const tsv = await run(["align", src, tgt, "--format", "tsv"]);
    expect(tsv.stdout.split("\n")[1]!.split("\t").slice(0, 2)).toEqual([
      "Jakarta, CNBC Indonesia - Indeks Harga Saham Gabungan (IHSG) ditutup melemah 1,2 persen ke level 7.105,34 pada perdagangan Rabu (6/11/2024).",
      "JAKARTA - The Jakarta Composite Index (JCI) closed 1.2 percent lower at 7,105.34 on Wednesday.",
    ]);
  });

  test("an empty or blank side is a clear error naming the file, exit 2 (#17: nothing to align against)", async () => {
    const src = file("s.txt", ID_LINES.slice(0, 2).join("\n"));
    const empty = file("e.txt", "");
    const blank = file("b.txt", "\n  \n\n");
    for (const argv of [[src, empty, "--presplit"], [empty, src, "--presplit"], [empty, empty], [src, blank]]) {
      const r = await run(["align", ...argv]);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe("");
      const named = argv.includes(empty) ? empty : blank;
      expect(r.stderr).toBe(`selaras: ${named}: the file is empty\n`);
    }
  });

  test("a file that is not text: a clear error naming it, exit 2", async () => {
    const src = file("s.txt", ID_LINES.join("\n"));
    const bin = file("bin.txt", Buffer.from([0x41, 0x0a, 0x00, 0x42]));
    const r = await run(["align", src, bin]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/bin\.txt:2: binary content/);
    const bad = file("bad.txt", Buffer.from([0x41, 0xff]));
    expect((await run(["align", bad, src])).stderr).toMatch(/bad\.txt:1: not valid UTF-8/);
  });

  test("an English that is not a translation: the output as always, exit 0, a warning on standard error (English and Indonesian)", async () => {
    const src = file("tol.txt", ARTICLE);
    // the English of another article (the stock market one): nothing in common but a weekday
    const tgt = file("other.en.txt", DATELINE_ARTICLE_EN + "\nForeign investors were net sellers of 1.1 trillion rupiah across the market.\n");
    const r = await run(["align", src, tgt]);
    expect(r.code).toBe(0);
    // four sentences beside four they share no word, name or number with: left without counterpart (they
    // were paired one to one, with scores 0.204, 0.227, 0.215 and 0.321)
    expect(r.stdout).toBe("[0]\t[]\n[1]\t[]\n[2]\t[]\n[3]\t[]\n[]\t[0]\n[]\t[1]\n[]\t[2]\n[]\t[3]\n");
    expect(r.stderr).toBe(
      `warning: ${tgt} does not look like a translation of ${src}: only 0% of the sentences of either text pair with a score of at least 0.3 ` +
        "(a translation reaches 50% and more). Check that the two files belong together\n",
    );
    const tsv = await run(["align", src, tgt, "--format", "tsv", "--lang", "id"]);
    expect(tsv.code).toBe(0);
    expect(tsv.stdout.split("\n").map((l) => l.split("\t")[2])).toEqual([...Array(8).fill("0.000"), undefined]); // nothing pairs: 0%
    expect(tsv.stderr).toBe(
      `peringatan: ${tgt} tampaknya bukan terjemahan ${src}: hanya 0% kalimat dari salah satu teks berpasangan dengan skor minimal 0,3 ` +
        "(terjemahan mencapai 50% atau lebih). Periksa apakah kedua berkas memang berpasangan\n",
    );
    // its real English: no warning
    expect((await run(["align", src, file("tol.en.txt", ARTICLE_EN)])).stderr).toBe("");
  });

  test("the Indonesian given as the English (or the files in the wrong order): the output as always, exit 0, a warning naming the file (English and Indonesian)", async () => {
    const src = file("tol.txt", ARTICLE);
    const en = file("tol.en.txt", ARTICLE_EN + "\nThe road was built by state-owned firms and is the longest of the network that is to connect the whole island.\n");
    // aligned with itself the Indonesian pairs perfectly, so the not-a-translation warning was silent
    const self = await run(["align", src, src, "--format", "tsv"]);
    expect(self.code).toBe(0);
    expect(self.stdout.split("\n")[0]).toBe("Tol Trans-Sumatera diresmikan\tTol Trans-Sumatera diresmikan\t0.812");
    expect(self.stderr).toBe(
      `warning: ${src} does not look like English: 100% of its commonest function words are Indonesian (yang, dan, di …). ` +
        "Is it the Indonesian text, or are the two files in the wrong order? (<Indonesian file> <English file>)\n",
    );
    const swapped = await run(["align", en, src, "--lang", "id"]);
    expect(swapped.code).toBe(0);
    expect(swapped.stderr).toBe(
      `peringatan: ${src} tampaknya bukan bahasa Inggris: 100% kata tugasnya yang paling umum berbahasa Indonesia (yang, dan, di …). ` +
        "Apakah itu teks bahasa Indonesia, atau urutan kedua berkas tertukar? (<berkas Indonesia> <berkas Inggris>)\n",
    );
    // the real English: no warning
    expect((await run(["align", src, en])).stderr).toBe("");
  });

  test("usage errors: wrong number of files, missing file", async () => {
    const src = file("s.txt", ID_LINES.join("\n"));
    const one = await run(["align", src]);
    expect(one.code).toBe(2);
    expect(one.stderr).toMatch(/align needs two files/);
    const missing = await run(["align", src, path.join(dir, "nope.txt")]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/nope\.txt/);
  });
});

describe("selaras align --doc", () => {
  let dir: string;
  let db: string;
  beforeEach(async () => {
    dir = tempDir();
    db = path.join(dir, "t.db");
    fs.writeFileSync(path.join(dir, "tol.txt"), ARTICLE);
    fs.writeFileSync(path.join(dir, "tol.en.txt"), ARTICLE_EN);
    expect((await run(["ingest", path.join(dir, "tol.txt"), "--db", db])).code).toBe(0);
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const renderings = () => {
    const store = openStore(db);
    try {
      const doc = store.documents.bySlug("tol")!;
      return store.renderings.ofDocument(doc.id).map((r) => ({
        ordinals: r.segmentIds.map((id) => store.documents.segmentById(id)!.ordinal),
        text: r.text, status: r.status, origin: r.origin,
      }));
    } finally {
      store.close();
    }
  };

  test("stores each pair as a rendering with status and origin 'aligned'; boilerplate is not aligned", async () => {
    const r = await run(["align", "--doc", "tol", path.join(dir, "tol.en.txt"), "--db", db, "--json"]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({ document: "tol", segments: 4, sentences: 4, created: 4, replaced: 0, kept: 0, threshold: 0.3 });
    expect(renderings()).toEqual([
      { ordinals: [1], text: "Trans-Sumatra toll road opened", status: "aligned", origin: "aligned" },
      { ordinals: [2], text: "President Joko Widodo inaugurated a 350-kilometre toll road in Lampung on Friday.", status: "aligned", origin: "aligned" },
      { ordinals: [3], text: "The road links Bakauheni with Terbanggi Besar.", status: "aligned", origin: "aligned" },
      { ordinals: [4], text: "It cost 16.8 trillion rupiah to build.", status: "aligned", origin: "aligned" },
    ]);
    // the boilerplate line (ordinal 5, "Baca juga: …") has no rendering
    const store = openStore(db);
    try {
      const seg = store.documents.segmentByOrdinal(store.documents.bySlug("tol")!.id, 5)!;
      expect(seg.kind).toBe("boilerplate");
      expect(store.renderings.forSegment(seg.id)).toBeUndefined();
    } finally {
      store.close();
    }
  });

  test("never replaces a rendering a person wrote; replaces an earlier machine alignment", async () => {
    const store = openStore(db);
    try {
      const doc = store.documents.bySlug("tol")!;
      const seg = store.documents.segmentByOrdinal(doc.id, 3)!;
      store.renderings.create({
        segmentIds: [seg.id], text: "The toll road connects Bakauheni and Terbanggi Besar.", sourceText: seg.text,
        status: "translated", origin: "manual", author: "ayu", now: "2024-01-01T00:00:00.000Z",
      });
    } finally {
      store.close();
    }
    const first = await run(["align", "--doc", "tol", path.join(dir, "tol.en.txt"), "--db", db]);
    expect(first.code).toBe(0);
    expect(first.stdout).toBe(
      "tol: 4 segments, 4 English sentences; 3 renderings created, 0 replaced, 0 unchanged, 1 kept (written by a person)\n" +
        "segment 3: rendering #1 written by a person kept\n" +
        "No pair scores below 0.3.\n",
    );
    expect(renderings().find((x) => x.ordinals[0] === 3)).toEqual({
      ordinals: [3], text: "The toll road connects Bakauheni and Terbanggi Besar.", status: "translated", origin: "manual",
    });
    // a second, different English text: machine renderings are replaced, the person's is still kept
    fs.writeFileSync(path.join(dir, "tol2.en.txt"), "Trans-Sumatra toll road inaugurated\n\nPresident Joko Widodo opened a 350 km toll road in Lampung on Friday. It links Bakauheni and Terbanggi Besar. Construction cost Rp 16.8 trillion.\n");
    const second = await run(["align", "--doc", "tol", path.join(dir, "tol2.en.txt"), "--db", db, "--json"]);
    expect(second.code).toBe(0);
    expect(JSON.parse(second.stdout)).toMatchObject({ created: 0, replaced: 3, unchanged: 0, kept: 1 });
    expect(renderings().map((x) => [x.ordinals, x.text, x.origin])).toEqual([
      [[3], "The toll road connects Bakauheni and Terbanggi Besar.", "manual"],
      [[1], "Trans-Sumatra toll road inaugurated", "aligned"],
      [[2], "President Joko Widodo opened a 350 km toll road in Lampung on Friday.", "aligned"],
      [[4], "Construction cost Rp 16.8 trillion.", "aligned"],
    ]);
    // the same text again changes nothing
    const before = dumpDb(db);
    const third = await run(["align", "--doc", "tol", path.join(dir, "tol2.en.txt"), "--db", db, "--json"]);
    expect(JSON.parse(third.stdout)).toMatchObject({ created: 0, replaced: 0, unchanged: 3, kept: 1 });
    expect(dumpDb(db)).toBe(before);
  });

  test("--presplit: the English file has one sentence per line", async () => {
    fs.writeFileSync(path.join(dir, "lines.en.txt"), "Trans-Sumatra toll road opened\nPresident Joko Widodo inaugurated a 350-kilometre toll road in Lampung on Friday. The road links Bakauheni with Terbanggi Besar.\nIt cost 16.8 trillion rupiah to build.\n");
    const r = await run(["align", "--doc", "tol", path.join(dir, "lines.en.txt"), "--presplit", "--db", db, "--json"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).beads.map((b: { segments: number[]; sentences: number[] }) => [b.segments, b.sentences])).toEqual([
      [[1], [0]], [[2, 3], [1]], [[4], [2]],
    ]);
    expect(renderings().map((x) => x.ordinals)).toEqual([[1], [2, 3], [4]]);
  });

  test("low-scoring pairs are listed for review", async () => {
    // (two odd sentences: three beside sentences they share nothing with would be left unpaired)
    fs.writeFileSync(path.join(dir, "odd.en.txt"), "Trans-Sumatra toll road opened\n\nThe weather was fine. Many people came.\n");
    // (so little of it pairs that without --force it would be refused as not a translation)
    const r = await run(["align", "--doc", "tol", path.join(dir, "odd.en.txt"), "--db", db, "--json", "--threshold", "0.5", "--force"]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.threshold).toBe(0.5);
    expect(out.review.length).toBeGreaterThan(0);
    expect(out.review.every((b: { score: number; review: boolean }) => b.score < 0.5 && b.review)).toBe(true);
    expect(out.beads.filter((b: { review: boolean }) => b.review)).toEqual(out.review);
  });

  test("bad input leaves the database unchanged: unknown document, binary file, wrong arguments", async () => {
    const before = dumpDb(db);
    const unknown = await run(["align", "--doc", "nope", path.join(dir, "tol.en.txt"), "--db", db]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/no document 'nope'/);
    fs.writeFileSync(path.join(dir, "bin.en.txt"), Buffer.from([0x00, 0x01]));
    const bin = await run(["align", "--doc", "tol", path.join(dir, "bin.en.txt"), "--db", db]);
    expect(bin.code).toBe(2);
    expect(bin.stderr).toMatch(/bin\.en\.txt:1: binary content/);
    const two = await run(["align", "--doc", "tol", path.join(dir, "tol.en.txt"), path.join(dir, "tol.en.txt"), "--db", db]);
    expect(two.code).toBe(2);
    expect(two.stderr).toMatch(/exactly one English file/);
    expect(dumpDb(db)).toBe(before);
  });

  test("a dateline segment is stored in one rendering with the sentence after it", async () => {
    fs.writeFileSync(path.join(dir, "ihsg.txt"), DATELINE_ARTICLE);
    fs.writeFileSync(path.join(dir, "ihsg.en.txt"), DATELINE_ARTICLE_EN);
    expect((await run(["ingest", path.join(dir, "ihsg.txt"), "--db", db])).code).toBe(0);
    const r = await run(["align", "--doc", "ihsg", path.join(dir, "ihsg.en.txt"), "--db", db, "--json"]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.beads.map((b: { segments: number[]; sentences: number[] }) => [b.segments, b.sentences])).toEqual([
      [[1], [0]], [[2, 3], [1]], [[4, 5], [2]],
    ]);
    expect(out.beads[1].target).toBe("JAKARTA - The Jakarta Composite Index (JCI) closed 1.2 percent lower at 7,105.34 on Wednesday.");
  });

  test("an English text that is not a translation of the document is refused, exit 2, database unchanged; --force stores it", async () => {
    expect((await run(["align", "--doc", "tol", path.join(dir, "tol.en.txt"), "--db", db])).code).toBe(0);
    const before = dumpDb(db);
    // the English of another article (the stock market one): nothing in common but a weekday
    fs.writeFileSync(path.join(dir, "other.en.txt"), DATELINE_ARTICLE_EN + "\nForeign investors were net sellers of 1.1 trillion rupiah across the market.\n");
    const r = await run(["align", "--doc", "tol", path.join(dir, "other.en.txt"), "--db", db]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe(
      `selaras: ${path.join(dir, "other.en.txt")}: does not look like a translation of tol: only 0% of the sentences of either text pair with a score of at least 0.3 ` +
        "(a translation reaches 50% and more); nothing was stored. If it is the right file, store it anyway with --force\n",
    );
    expect(dumpDb(db)).toBe(before);
    const forced = await run(["align", "--doc", "tol", path.join(dir, "other.en.txt"), "--db", db, "--force", "--json"]);
    expect(forced.code).toBe(0);
    // (nothing of it pairs: the earlier machine pairs are withdrawn, as for any segment now without counterpart)
    expect(JSON.parse(forced.stdout)).toMatchObject({ replaced: 0, created: 0, unpairedSource: 4, unpairedTarget: 4 });
  });

  test("the Indonesian given as the English is refused, exit 2, database unchanged (it pairs with itself and passed as a translation); --force stores it", async () => {
    expect((await run(["align", "--doc", "tol", path.join(dir, "tol.en.txt"), "--db", db])).code).toBe(0);
    const before = dumpDb(db);
    const r = await run(["align", "--doc", "tol", path.join(dir, "tol.txt"), "--db", db]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe(
      `selaras: ${path.join(dir, "tol.txt")}: does not look like English: 100% of its commonest function words are Indonesian (yang, dan, di …); ` +
        "nothing was stored for tol. Is it the Indonesian text? If it is the right file, store it anyway with --force\n",
    );
    expect(dumpDb(db)).toBe(before);
    const id = await run(["align", "--doc", "tol", path.join(dir, "tol.txt"), "--db", db, "--lang", "id"]);
    expect(id.code).toBe(2);
    expect(id.stderr).toMatch(/tol\.txt: tampaknya bukan bahasa Inggris: 100% kata tugasnya/);
    expect(dumpDb(db)).toBe(before);
    const forced = await run(["align", "--doc", "tol", path.join(dir, "tol.txt"), "--db", db, "--force", "--json"]);
    expect(forced.code).toBe(0);
    expect(JSON.parse(forced.stdout).beads[0]).toMatchObject({ target: "Tol Trans-Sumatera diresmikan", status: "replaced" });
  });

  test("a shorter English whose sentences all pair is not refused for the Indonesian it leaves out", async () => {
    fs.writeFileSync(path.join(dir, "banjir.txt"), [
      "Banjir Rendam Ratusan Rumah di Bekasi", "",
      "Bekasi - Banjir setinggi satu meter merendam 450 rumah di Kecamatan Bekasi Timur, Jawa Barat, pada Selasa pagi.",
      "Hujan deras mengguyur kawasan itu sejak Senin malam.",
      "Sebanyak 1.200 warga mengungsi ke masjid dan sekolah terdekat.",
      "Petugas pemadam kebakaran mengerahkan empat perahu karet untuk mengevakuasi warga lanjut usia.",
      "Kepala BPBD Kota Bekasi mengatakan air mulai surut pada siang hari.",
      "Warga mengeluhkan tanggul sungai yang jebol dan belum diperbaiki sejak tahun lalu.",
      "Pemerintah kota berjanji memperbaiki tanggul itu bulan depan.",
      "Dinas Kesehatan membuka posko kesehatan di tiga lokasi pengungsian.",
      "Tidak ada korban jiwa dalam bencana tersebut.", "",
    ].join("\n"));
    // an abridged English: three sentences for eleven segments (of both sides together, under half pair)
    fs.writeFileSync(path.join(dir, "banjir.en.txt"), [
      "Floods up to one metre deep submerged 450 homes in East Bekasi, West Java, on Tuesday morning.",
      "Some 1,200 residents fled to nearby mosques and schools.",
      "No one was killed.", "",
    ].join("\n"));
    expect((await run(["ingest", path.join(dir, "banjir.txt"), "--db", db])).code).toBe(0);
    const r = await run(["align", "--doc", "banjir", path.join(dir, "banjir.en.txt"), "--db", db, "--json"]);
    expect([r.code, r.stderr]).toEqual([0, ""]);
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({ created: 3, replaced: 0 });
    expect(out.beads.map((b: { segments: number[]; sentences: number[] }) => [b.segments, b.sentences])).toEqual([
      // (the headline, which the English leaves out, stays alone: not folded into the lead's pair)
      [[1], []], [[2, 3], [0]], [[4], []], [[5], [1]], [[6], []], [[7], []], [[8], []], [[9], []], [[10], []], [[11], [2]],
    ]);
  });

  test("the summary counts in the singular where there is one", async () => {
    fs.writeFileSync(path.join(dir, "satu.txt"), "Presiden Joko Widodo meresmikan jalan tol sepanjang 350 km di Lampung pada Jumat.\n");
    fs.writeFileSync(path.join(dir, "satu.en.txt"), "President Joko Widodo inaugurated a 350 km toll road in Lampung on Friday.\n");
    expect((await run(["ingest", path.join(dir, "satu.txt"), "--db", db])).code).toBe(0);
    expect(await run(["align", "--doc", "satu", path.join(dir, "satu.en.txt"), "--db", db])).toEqual({
      code: 0, stderr: "",
      stdout: "satu: 1 segment, 1 English sentence; 1 rendering created, 0 replaced, 0 unchanged, 0 kept (written by a person)\n" +
        "No pair scores below 0.3.\n",
    });
    expect(await run(["--lang", "id", "align", "--doc", "satu", path.join(dir, "satu.en.txt"), "--db", db])).toEqual({
      code: 0, stderr: "",
      stdout: "satu: 1 segmen, 1 kalimat bahasa Inggris; 0 terjemahan dibuat, 0 diganti, 1 tidak berubah, 0 dipertahankan (ditulis orang)\n" +
        "Tidak ada pasangan dengan skor di bawah 0,3.\n",
    });
  });

  test("pairs placed elsewhere in the English are stored and listed as moved", async () => {
    fs.writeFileSync(path.join(dir, "kpk.txt"), KPK_ARTICLE);
    fs.writeFileSync(path.join(dir, "kpk.en.txt"), KPK_ARTICLE_EN);
    expect((await run(["ingest", path.join(dir, "kpk.txt"), "--db", db])).code).toBe(0);
    const r = await run(["align", "--doc", "kpk", path.join(dir, "kpk.en.txt"), "--db", db]);
    expect(r).toEqual({
      code: 0, stderr: "",
      stdout: "kpk: 7 segments, 6 English sentences; 6 renderings created, 0 replaced, 0 unchanged, 0 kept (written by a person)\n" +
        "without counterpart: 1 Indonesian segment, 0 English sentences\n" +
        "  segment 7: Ia dijerat dengan Pasal 12 huruf f Undang-Undang Pemberantasan Tindak Pidana Korupsi.\n" +
        "2 pairs placed elsewhere in the English (a moved paragraph): check them\n" +
        "  segment 4 ↔ English sentence 6\n" +
        "    id: Muhdlor ditahan selama 20 hari pertama di Rumah Tahanan KPK.\n" +
        "    en: Muhdlor will be held for an initial 20 days at the KPK detention centre.\n" +
        "  segment 6 ↔ English sentence 4\n" +
        "    id: Dua pejabat Sidoarjo lebih dulu ditetapkan sebagai tersangka dalam kasus ini.\n" +
        "    en: Two Sidoarjo officials had earlier been named suspects in the case.\n" +
        "No pair scores below 0.3.\n",
    });
    const json = JSON.parse((await run(["align", "--doc", "kpk", path.join(dir, "kpk.en.txt"), "--db", db, "--json"])).stdout);
    expect(json.beads.filter((b: { moved?: true }) => b.moved).map((b: { source: string; target: string }) => [b.source, b.target])).toEqual([
      ["Muhdlor ditahan selama 20 hari pertama di Rumah Tahanan KPK.", "Muhdlor will be held for an initial 20 days at the KPK detention centre."],
      ["Dua pejabat Sidoarjo lebih dulu ditetapkan sebagai tersangka dalam kasus ini.", "Two Sidoarjo officials had earlier been named suspects in the case."],
    ]);
    const id = await run(["align", "--doc", "kpk", path.join(dir, "kpk.en.txt"), "--db", db, "--lang", "id"]);
    expect(id.stdout.split("\n").slice(1, 8)).toEqual([
      "tanpa pasangan: 1 segmen bahasa Indonesia, 0 kalimat bahasa Inggris",
      "  segmen 7: Ia dijerat dengan Pasal 12 huruf f Undang-Undang Pemberantasan Tindak Pidana Korupsi.",
      "2 pasangan letaknya berbeda di teks bahasa Inggris (paragraf dipindah): periksalah",
      "  segmen 4 ↔ kalimat bahasa Inggris 6",
      "    id: Muhdlor ditahan selama 20 hari pertama di Rumah Tahanan KPK.",
      "    en: Muhdlor will be held for an initial 20 days at the KPK detention centre.",
      "  segmen 6 ↔ kalimat bahasa Inggris 4",
    ]);
  });

  test("the sentences without counterpart are listed with their text: the Indonesian one the English drops, the English-only credit line", async () => {
    fs.writeFileSync(path.join(dir, "kpk-credit.txt"), KPK_ARTICLE);
    fs.writeFileSync(path.join(dir, "kpk-credit.en.txt"), KPK_ARTICLE_EN + "(Reporting by Fathur Rochman; Editing by Rahmad Nasution)\n");
    expect((await run(["ingest", path.join(dir, "kpk-credit.txt"), "--db", db])).code).toBe(0);
    const r = await run(["align", "--doc", "kpk-credit", path.join(dir, "kpk-credit.en.txt"), "--db", db]);
    expect(r.code).toBe(0);
    expect(r.stdout.split("\n").slice(1, 4)).toEqual([
      "without counterpart: 1 Indonesian segment, 1 English sentence",
      "  segment 7: Ia dijerat dengan Pasal 12 huruf f Undang-Undang Pemberantasan Tindak Pidana Korupsi.",
      "  English sentence 7: (Reporting by Fathur Rochman; Editing by Rahmad Nasution)",
    ]);
    const id = await run(["align", "--doc", "kpk-credit", path.join(dir, "kpk-credit.en.txt"), "--db", db, "--lang", "id"]);
    expect(id.stdout.split("\n").slice(1, 4)).toEqual([
      "tanpa pasangan: 1 segmen bahasa Indonesia, 1 kalimat bahasa Inggris",
      "  segmen 7: Ia dijerat dengan Pasal 12 huruf f Undang-Undang Pemberantasan Tindak Pidana Korupsi.",
      "  kalimat bahasa Inggris 7: (Reporting by Fathur Rochman; Editing by Rahmad Nasution)",
    ]);
  });

  test("a segment the English folded into a pair of sentences that are not its neighbours is listed with that pair (text, --json foldedInto, stateless json)", async () => {
    const quake = parseRawCase("08-gempa", fs.readFileSync(path.join(__dirname, "..", "fixtures", "align-raw", "08-gempa.txt"), "utf8"));
    fs.writeFileSync(path.join(dir, "gempa.txt"), quake.idText);
    fs.writeFileSync(path.join(dir, "gempa.en.txt"), quake.enText);
    expect((await run(["ingest", path.join(dir, "gempa.txt"), "--db", db])).code).toBe(0);
    const r = await run(["align", "--doc", "gempa", path.join(dir, "gempa.en.txt"), "--db", db]);
    expect(r.code).toBe(0);
    expect(r.stdout.split("\n").slice(1, 4)).toEqual([
      "without counterpart: 2 Indonesian segments, 1 English sentence",
      "  segment 5: BMKG menyatakan gempa tersebut tidak berpotensi tsunami.",
      "    the English says it in sentence 2 (paired with segments 2, 3): check that pair",
    ]);
    const id = await run(["align", "--doc", "gempa", path.join(dir, "gempa.en.txt"), "--db", db, "--lang", "id"]);
    expect(id.stdout.split("\n")[3]).toBe("    teks bahasa Inggris menyebutnya dalam kalimat 2 (pasangan segmen 2, 3): periksa pasangan itu");
    const json = JSON.parse((await run(["align", "--doc", "gempa", path.join(dir, "gempa.en.txt"), "--db", db, "--json"])).stdout);
    expect(json.beads.filter((b: { foldedInto?: number[] }) => b.foldedInto)).toEqual([
      expect.objectContaining({ segments: [5], sentences: [], foldedInto: [1], status: "unpaired-source", review: false }),
    ]);
    // stateless: the json format has it (0-based indices of the English), the beads format is as always
    const stateless = JSON.parse((await run(["align", path.join(dir, "gempa.txt"), path.join(dir, "gempa.en.txt"), "--format", "json"])).stdout);
    expect(stateless.filter((b: { foldedInto?: number[] }) => b.foldedInto)).toEqual([
      { src: [4], tgt: [], score: 0, foldedInto: [1], source: "BMKG menyatakan gempa tersebut tidak berpotensi tsunami.", target: "" },
    ]);
    expect((await run(["align", path.join(dir, "gempa.txt"), path.join(dir, "gempa.en.txt")])).stdout.split("\n")[3]).toBe("[4]\t[]");
  });

  test("Indonesian messages", async () => {
    const r = await run(["align", "--doc", "tol", path.join(dir, "tol.en.txt"), "--db", db, "--lang", "id"]);
    expect(r.stdout).toBe(
      "tol: 4 segmen, 4 kalimat bahasa Inggris; 4 terjemahan dibuat, 0 diganti, 0 tidak berubah, 0 dipertahankan (ditulis orang)\n" +
        "Tidak ada pasangan dengan skor di bawah 0,3.\n",
    );
  });
});
