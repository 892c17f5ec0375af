/**
 * The shipped corpus is finished work: after the main job (`selaras pipeline`) on a copy of the
 * repository (corpus/, glossary/, translations/), every non-boilerplate segment of the five articles
 * has an English rendering, nothing is stale or orphaned, the broken-period fragments are joined as
 * recorded in translations/, and the corpus checks and audits with zero errors.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { run, tempDir, REPO } from "../helpers/cli";
import { parseTranslations, TRANSLATIONS_EXTENSION, type RenderingRecord } from "../../src/translations/format";

const DOCUMENTS = [
  "china-kunci-kesepakatan-senjata",
  "kunjungan-kim-ke-rusia-senjata",
  "mengapa-kunjungan-putin-penting",
  "putin-butuh-senjata-kim",
  "putin-tolak-sanksi-barat",
];

/** Every join of broken-period fragments, by the Indonesian fragments it puts together. */
const JOINS: Record<string, string[][]> = {
  "china-kunci-kesepakatan-senjata": [
    ["… dalam perjalanan ke pertemuan.", "Di mana Putin diperkirakan …"],
    ["… keuntungan yang bisa diperoleh.", "Juga tekanan di dalam negeri …"],
    ["… tidak membuahkan hasil apapun.", "Namun, keduanya justru …"],
  ],
  "kunjungan-kim-ke-rusia-senjata": [],
  "mengapa-kunjungan-putin-penting": [
    ["… menyebarkan propaganda tentang Kim.", "Jong Un adalah pemimpin dunia …"],
    ["… kata peneliti Yang Wu Sebelumnya.", "Di Institut Kebijakan Asia."],
  ],
  "putin-butuh-senjata-kim": [
    ["Ketika Presiden Rusia …", "Fokusnya secara luas …"],
    ["… kepada pemimpin.", "Korea Utara Kim Jong Un tahun lalu …", "Bahkan ketika kedua negara …"],
    ["… sebuah langkah maju yang.", "Signifikan bagi kemitraan …"],
    ["… dengan sekutu dekatnya.", "Pemimpin Tiongkok, Xi Jinping …", "Italia untuk …", "solidaritas melawan perang Moskow."],
    ["… antara AS dan sekutunya.", "Korea Selatan dan Jepang, …", "Yang sedang berlangsung …"],
    ["… pemimpin Rusia yang bertikai.", "Yang pada masa lalu …"],
  ],
  "putin-tolak-sanksi-barat": [],
};

/** The fragment without its ellipsis marks: "… x" means the fragment ends with x, "x …" starts with x. */
const core = (fragment: string) => fragment.replace(/^…\s*/, "").replace(/\s*…$/, "");

function shippedRecords(document: string): RenderingRecord[] {
  const file = path.join(REPO, "translations", document + TRANSLATIONS_EXTENSION);
  return parseTranslations(fs.readFileSync(file, "utf8"), file).filter((r): r is RenderingRecord => r.kind === "rendering");
}

describe("the shipped corpus, translated", () => {
  let root: string;
  let db: string;

  beforeAll(async () => {
    root = tempDir("selaras-corpus-");
    for (const dir of ["corpus", "glossary", "translations"]) {
      fs.cpSync(path.join(REPO, dir), path.join(root, dir), { recursive: true });
    }
    db = path.join(root, "corpus.db");
    const r = await run(["pipeline", "--db", db, "--root", root], { cwd: root });
    if (r.code !== 0) throw new Error(`pipeline failed (${r.code}):\n${r.stdout}\n${r.stderr}`);
  });
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

  it("has every non-boilerplate segment of the five articles rendered: 100%, nothing stale or orphaned", async () => {
    const r = await run(["status", "--json", "--db", db], { cwd: root });
    expect(r.code).toBe(0);
    const status = JSON.parse(r.stdout) as { document: string; segments: number; boilerplate: number; translated: number; stale: number; orphaned: number; percent: number }[];
    expect(status.map((s) => s.document)).toEqual(DOCUMENTS);
    for (const s of status) {
      expect({ document: s.document, translated: s.translated, stale: s.stale, orphaned: s.orphaned, percent: s.percent })
        .toEqual({ document: s.document, translated: s.segments - s.boilerplate, stale: 0, orphaned: 0, percent: 100 });
      expect(s.translated).toBeGreaterThan(0);
    }
  });

  it("renders each non-boilerplate segment exactly once in translations/, and no boilerplate", async () => {
    for (const document of DOCUMENTS) {
      const r = await run(["segment", path.join(root, "corpus", `${document}.txt`), "--json"], { cwd: root });
      expect(r.code).toBe(0);
      const kinds = (JSON.parse(r.stdout) as { kind: string }[]).map((s) => s.kind);
      const covered = shippedRecords(document).flatMap((rec) => rec.ordinals);
      const wanted = kinds.flatMap((kind, i) => (kind === "boilerplate" ? [] : [i + 1]));
      expect({ document, ordinals: [...covered].sort((a, b) => a - b) }).toEqual({ document, ordinals: wanted });
      for (const rec of shippedRecords(document)) expect(rec.text && rec.text.trim()).toBeTruthy();
    }
  });

  it("records each join of broken-period fragments in translations/ and renders it once", () => {
    for (const document of DOCUMENTS) {
      const joined = shippedRecords(document).filter((r) => r.ordinals.length > 1);
      const expected = JOINS[document]!;
      expect(joined.map((r) => r.ordinals.length)).toEqual(expected.map((fragments) => fragments.length));
      joined.forEach((rec, i) => {
        const fragments = expected[i]!;
        // the stored source is the fragments, whole and in order
        let at = 0;
        for (const f of fragments) {
          const i2 = rec.source.indexOf(core(f), at);
          expect({ fragment: f, found: i2 >= 0 }).toEqual({ fragment: f, found: true });
          at = i2 + core(f).length;
        }
        if (!fragments[0]!.startsWith("…")) expect(rec.source.startsWith(core(fragments[0]!))).toBe(true);
        if (!fragments[fragments.length - 1]!.endsWith("…")) expect(rec.source.endsWith(core(fragments[fragments.length - 1]!))).toBe(true);
        expect(rec.text).toMatch(/^\S.*[.?!”]$/);
        expect(rec.status).toBe("reviewed");
      });
    }
  });

  it("exports from the database exactly the renderings shipped in translations/", async () => {
    const out = path.join(root, "re-export");
    const r = await run(["translations", "export", "--out", out, "--db", db], { cwd: root });
    expect(r.code).toBe(0);
    for (const document of DOCUMENTS) {
      const file = path.join(out, document + TRANSLATIONS_EXTENSION);
      const again = parseTranslations(fs.readFileSync(file, "utf8"), file)
        .filter((x): x is RenderingRecord => x.kind === "rendering")
        .map((x) => ({ ordinals: x.ordinals, source: x.source, text: x.text, status: x.status }));
      const shipped = shippedRecords(document).map((x) => ({ ordinals: x.ordinals, source: x.source, text: x.text, status: x.status }));
      expect(again).toEqual(shipped);
    }
  });

  it("checks with zero errors and every warning fixed or suppressed with a reason", async () => {
    const r = await run(["check", "--format", "json", "--db", db], { cwd: root });
    const report = JSON.parse(r.stdout) as { pairs: number; counts: { error: number }; findings: { ref: string; checkId: string; severity: string; suppressed?: unknown }[] };
    expect(report.findings.filter((f) => f.severity === "error" && !f.suppressed)).toEqual([]);
    expect(report.counts.error).toBe(0);
    // every warning was reviewed: fixed in the English, or suppressed with a reason in translations/suppressions.tsv
    // (info findings are hints of general-vocabulary and unverified glossary concepts: reported, never enforced)
    expect(report.findings.filter((f) => !f.suppressed && f.severity !== "info").map((f) => `${f.ref} ${f.checkId}`)).toEqual([]);
    expect(r.code).toBe(0);
  });

  it("audits with zero errors", async () => {
    const r = await run(["audit", "--format", "json", "--db", db], { cwd: root });
    const audit = JSON.parse(r.stdout) as { pairs: number; counts: { error: number } };
    expect(audit.counts.error).toBe(0);
    expect(audit.pairs).toBeGreaterThan(100);
    expect(r.code).toBe(0);
  });
});
