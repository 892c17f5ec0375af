/**
 * The dateline news sites print before the first body sentence (src/segment/rules/dateline.ts) is
 * its own `dateline` segment, whichever outlet's style it is in, and a name followed by a dashed
 * aside stays in its sentence. Checked through segmentArticle, as ingest sees an article.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { segmentArticle } from "../../src/segment";
import { run, tempDir } from "../helpers/cli";

const BODY = "Presiden meresmikan jalan tol baru di Jawa Tengah pada Senin (3/6/2024).";
const NEXT = "Jalan tol itu sepanjang 40 kilometer.";

/** The kinds and texts of an article with this first body paragraph (after a headline and a caption). */
function article(first: string): Array<[string, string]> {
  const text = `Judul Berita Hari Ini\n\nPresiden meninjau jalan tol. (Foto: ANTARA)\n\n${first}\n\n${NEXT}\n`;
  const segs = segmentArticle(text);
  for (const s of segs) expect(text.slice(s.start, s.end)).toBe(s.text);
  expect(segs.slice(0, 3).map((s) => s.kind)).toEqual(["headline", "caption", "boilerplate"]);
  return segs.slice(3).map((s) => [s.kind, s.text]);
}

describe("a dateline is its own segment, in every outlet's style", () => {
  it.each([
    "ANDALPOST.COM —", "KOMPAS.com -", "JAKARTA, KOMPAS.com –", "SURABAYA, detik.com –", "TEMPO.CO, Jakarta -",
    "Liputan6.com, Jakarta -", "Bisnis.com, JAKARTA —", "REPUBLIKA.CO.ID, JAKARTA --", "TRIBUNNEWS.COM, JAKARTA -",
    "JAKARTA (ANTARA) -", "Jakarta (ANTARA) -", "WASHINGTON (AP) —", "KUALA LUMPUR, 5 Juni (Bernama) --",
    "Jakarta, CNN Indonesia --", "Jakarta, IDN Times -", "JAKARTA, iNews.id -", "Jakarta, Beritasatu.com -",
    "merdeka.com -", "JawaPos.com –", "VIVA –", "JAKARTA -", "Jakarta -", "Jakarta, 12 Juni 2024 -",
    "KONTAN.CO.ID - JAKARTA.", "KONTAN.CO.ID - KUALA LUMPUR.", "JAKARTA, 17 Juni 2026 /PRNewswire/ --",
  ])("%s", (dateline) => {
    expect(article(`${dateline} ${BODY}`)).toEqual([["dateline", dateline], ["body", BODY], ["body", NEXT]]);
  });

  it("after a web name the dash needs no spaces", () => {
    expect(article(`JawaPos.com–${BODY}`)).toEqual([["dateline", "JawaPos.com–"], ["body", BODY], ["body", NEXT]]);
    expect(article(`JawaPos.com—${BODY}`)).toEqual([["dateline", "JawaPos.com—"], ["body", BODY], ["body", NEXT]]);
  });

  it("a first paragraph that is only a dateline is one dateline segment", () => {
    expect(article("JAKARTA, KOMPAS.com –")).toEqual([["dateline", "JAKARTA, KOMPAS.com –"], ["body", NEXT]]);
  });
});

describe("a name before a dash is no dateline when a dashed aside or a lower-case clause follows", () => {
  it.each([
    // from the alignment data's news (../shared/data/align): a name, then an aside
    "Tiririca - yang dalam bahasa sehari-hari Portugis artinya tukang mengeluh menjadi sensasi besar selama kampanye.",
    "Presiden Yaman, Ali Abdullah Saleh -- yang telah menjabat selama lebih dari tiga dekade -- tidak akan mencalonkan diri.",
    "PBB – badan dunia itu – belum menanggapi.",
    "Putin – Presiden Rusia – tiba di Pyongyang pada Rabu.",
    "JAKARTA – kota terbesar di Indonesia – tergenang banjir.",
    "Jawa-Bali mengalami pemadaman listrik pada Minggu.",
    "Jawa–Bali mengalami pemadaman listrik pada Minggu.",
    "KONTAN – lembaga itu – belum menanggapi.",
  ])("%s", (sentence) => {
    expect(article(sentence)).toEqual([["body", sentence], ["body", NEXT]]);
  });

  it("only the first body paragraph opens with a place's dateline; an outlet's may come up to two paragraphs later", () => {
    expect(segmentArticle(`Judul\n\n${BODY}\n\nJAKARTA – ${NEXT}\n`).map((s) => s.kind)).toEqual(["headline", "body", "body"]);
    // (a line no rule knows, a subtitle or a site's label, may come before the lead)
    const text = `Judul\n\nSubjudul tanpa titik\n\nJAKARTA, KOMPAS.com – ${NEXT}\n\nTEMPO.CO, Jakarta - ${NEXT}\n`;
    expect(segmentArticle(text).map((s) => [s.kind, s.text])).toEqual([
      ["headline", "Judul"], ["body", "Subjudul tanpa titik"], ["dateline", "JAKARTA, KOMPAS.com –"], ["body", NEXT], ["body", `TEMPO.CO, Jakarta - ${NEXT}`],
    ]);
    const late = `Judul\n\n${BODY}\n\n${BODY}\n\n${BODY}\n\nJAKARTA, KOMPAS.com – ${NEXT}\n`;
    expect(segmentArticle(late).map((s) => s.kind)).toEqual(["headline", "body", "body", "body", "body"]);
  });

  it.each(["Abdul Rochim", "kumparanNEWS", "[Advertorial]", "Ahmad Bil Wahid - detikNews", "Sengketa di TPS 012"])(
    "a short line without sentence punctuation before the lead (%s) is not its first paragraph",
    (label) => {
      for (const dateline of ["Jakarta -", "JAKARTA -", "Jakarta, IDN Times -"]) {
        const segs = segmentArticle(`Judul\n\n${label}\n\n${dateline} ${NEXT}\n`).map((s) => [s.kind, s.text]);
        expect(segs.slice(-2)).toEqual([["dateline", dateline], ["body", NEXT]]);
      }
      // (a sentence before it is the first paragraph: then only an outlet's dateline counts)
      expect(segmentArticle(`Judul\n\n${label}\n\n${BODY}\n\nJAKARTA - ${NEXT}\n`).map((s) => s.kind).slice(-1)).toEqual(["body"]);
    },
  );

  it("a match's fixture line under the title (no sentence punctuation, over 60 characters) is not the first paragraph either: the lead's dateline is found", () => {
    const fixture = "Persita vs PSM Makassar — Minggu, 28 Desember 2025, 19.00 WIB";
    const text = `Sepak Bola\n\nPersita vs PSM Makassar Berakhir Imbang\n\n${fixture}\n\nTangerang - ${NEXT}\n`;
    expect(segmentArticle(text).map((s) => [s.kind, s.text])).toEqual([
      ["boilerplate", "Sepak Bola"], ["headline", "Persita vs PSM Makassar Berakhir Imbang"], ["body", fixture], ["dateline", "Tangerang -"], ["body", NEXT],
    ]);
  });
});

describe("ingest", () => {
  it("stores a detik-style dateline as its own unit; segment prints it on its own line", async () => {
    const dir = tempDir("selaras-dateline-");
    try {
      const file = path.join(dir, "berita.txt");
      fs.writeFileSync(file, `Tol Baru Diresmikan\n\nSURABAYA, detik.com – ${BODY} ${NEXT}\n`);
      const r = await run(["segment", file]);
      expect(r.code).toBe(0);
      expect(r.stdout).toBe(`Tol Baru Diresmikan\nSURABAYA, detik.com –\n${BODY}\n${NEXT}\n`);
      const db = path.join(dir, "s.db");
      expect((await run(["ingest", file, "--db", db])).code).toBe(0);
      const status = await run(["status", "--db", db, "--json"]);
      expect(JSON.parse(status.stdout)).toMatchObject([{ document: "berita", segments: 4, boilerplate: 0, translatable: 4 }]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
