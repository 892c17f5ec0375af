/** `selaras audit` end to end, and the HTML report rendered by headless Chromium. */
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { openStore } from "../../src/store";
import { run, tempDir } from "../helpers/cli";

const GLOSSARY = path.resolve(__dirname, "../fixtures/check/glossary");
const CHROMIUM = "/usr/bin/chromium";

const ARTICLE = [
  "Peskov bicara",
  "",
  "Juru bicara Kremlin Dmitry Peskov mengatakan Gedung Putih keliru.",
  "",
  "Menurut Dmitry Peskov, KCNA melaporkan kunjungan itu.",
  "",
  "Korea Utara mengecam sanksi.",
  "",
  "Korea Utara mengecam sanksi.",
  "",
  "Pejabat itu menolak berkomentar.",
  "",
].join("\n");

const RENDERINGS = [
  "Peskov speaks",
  "Kremlin spokesman Dmitry Peskov said the presidential office was wrong.",
  "According to Dmitry Peskov, KCNA reported the visit.",
  "North Korea condemned the sanctions.",
  "North Korea denounced the sanctions.",
  "The official declined to comment.",
];

async function setup(dir: string): Promise<string> {
  const db = path.join(dir, "t.db");
  fs.writeFileSync(path.join(dir, "peskov.txt"), ARTICLE);
  expect((await run(["ingest", path.join(dir, "peskov.txt"), "--db", db])).code).toBe(0);
  const store = openStore(db);
  try {
    const segs = store.documents.segments(store.documents.bySlug("peskov")!.id);
    store.transaction(() => RENDERINGS.forEach((text, i) => {
      store.renderings.create({ segmentIds: [segs[i]!.id], text, sourceText: segs[i]!.text, status: "translated", origin: "manual", author: "t", now: "2024-01-01T00:00:00Z" });
    }));
  } finally {
    store.close();
  }
  return db;
}

describe("selaras audit", () => {
  let dir: string;
  let db: string;
  beforeAll(async () => {
    dir = tempDir();
    db = await setup(dir);
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("reports per concept, never-seen concepts, conflicts and candidate terms as JSON; exit 1 on errors", async () => {
    const r = await run(["audit", "--db", db, "--glossary", GLOSSARY, "--format", "json"]);
    expect(r.code).toBe(1);
    const a = JSON.parse(r.stdout);
    // written in pieces, byte for byte what JSON.stringify writes
    expect(r.stdout).toBe(JSON.stringify(a, null, 2) + "\n");
    expect(a.pairs).toBe(6);
    const byId = new Map(a.conceptAudits.map((c: { id: string }) => [c.id, c]));
    expect(byId.get("white-house")).toMatchObject({
      sourceOccurrences: 1, pairs: 1, compliant: 0, renderings: [],
      violations: [{ ref: "peskov:2", checkId: "glossary-term-missing", severity: "error", offending: "Gedung Putih", message: "Glossary term “Gedung Putih” is not rendered: expected “White House”." }],
    });
    expect(byId.get("north-korea")).toMatchObject({ sourceOccurrences: 2, pairs: 2, compliant: 2, renderings: [{ text: "North Korea", status: "preferred", count: 2 }], violations: [] });
    expect(byId.get("kcna")).toMatchObject({ sourceOccurrences: 1, compliant: 1, renderings: [{ text: "KCNA", count: 1 }] });
    expect(a.neverSeen.map((n: { id: string }) => n.id)).toContain("hwasong");
    expect(a.neverSeen.map((n: { id: string }) => n.id)).not.toContain("kremlin");
    expect(a.conflicts).toEqual([{
      kind: "inconsistent-rendering", text: "Korea Utara mengecam sanksi.",
      variants: [{ text: "North Korea condemned the sanctions.", refs: ["peskov:4"] }, { text: "North Korea denounced the sanctions.", refs: ["peskov:5"] }],
    }]);
    expect(a.candidates).toEqual([
      { term: "Dmitry Peskov", kind: "name", count: 2, examples: [{ ref: "peskov:2", text: "Juru bicara Kremlin Dmitry Peskov mengatakan Gedung Putih keliru." }, { ref: "peskov:3", text: "Menurut Dmitry Peskov, KCNA melaporkan kunjungan itu." }] },
    ]);
  });

  it("writes text and Markdown reports", async () => {
    const text = await run(["audit", "--db", db, "--glossary", GLOSSARY]);
    expect(text.stdout).toContain("white-house  [Gedung Putih] → White House\n  1 time in the sources of 1 pair; 0 compliant, 1 finding\n  ! peskov:2  Glossary term “Gedung Putih” is not rendered: expected “White House”.  (glossary-term-missing)");
    expect(text.stdout).toContain("== Candidate new terms (1)\nDmitry Peskov  ×2  (capitalised phrase)");
    // (a concept's counts as a sentence, with plurals; in Indonesian too)
    expect(text.stdout).toMatch(/\n {2}\d+ times in the sources of \d+ pairs; \d+ compliant, 0 findings\n/);
    const id = await run(["audit", "--db", db, "--glossary", GLOSSARY, "--lang", "id"]);
    expect(id.stdout).toContain("white-house  [Gedung Putih] → White House\n  1 kali di sumber 1 pasangan; 0 sesuai, 1 temuan\n");
    const out = path.join(dir, "audit.md");
    const md = await run(["audit", "--db", db, "--glossary", GLOSSARY, "--format", "md", "--out", out]);
    expect(md.code).toBe(1);
    // (the line that says where the report went is on standard output, which holds no data: as `export --out`)
    expect(md.stdout).toBe(`Audit written to ${out}.\n`);
    const body = fs.readFileSync(out, "utf8");
    expect(body.startsWith("# Selaras glossary audit\n")).toBe(true);
    expect(body).toContain("| white-house | Gedung Putih | 1 |  | 0 | 1 |");
    expect(body).toContain("- **Same source, different renderings**: Korea Utara mengecam sanksi.");
  });

  it("writes one self-contained HTML page that headless Chromium renders and filters", async () => {
    const out = path.join(dir, "audit.html");
    expect((await run(["audit", "--db", db, "--glossary", GLOSSARY, "--format", "html", "--out", out])).code).toBe(1);
    const html = fs.readFileSync(out, "utf8");
    expect(html).not.toMatch(/<(link|img|iframe)\b|\ssrc=|https?:\/\//);
    const dump = (hash: string) => execFileSync(CHROMIUM, [
      "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
      "--disable-sync", "--no-first-run", `--user-data-dir=${path.join(dir, "chromium")}`, "--dump-dom", `file://${out}${hash}`,
    ], { encoding: "utf8", timeout: 60000, stdio: ["ignore", "pipe", "ignore"] });
    const all = dump("");
    expect(all).toContain("<title>Selaras glossary audit</title>");
    expect(all).toMatch(/<tr class="item concept" data-id="white-house">/);
    expect(all).toContain("Glossary term “Gedung Putih” is not rendered: expected “White House”.");
    const shownAll = Number(/<b id="shown">(\d+)<\/b>/.exec(all)![1]);
    expect(shownAll).toBe((all.match(/class="item[ "]/g) ?? []).length);
    // the filter box (filled from #filter=…) hides every item that does not mention the text
    const filtered = dump("#filter=white%20house");
    // the concept and its finding in the list of all findings
    expect(/<b id="shown">(\d+)<\/b>/.exec(filtered)![1]).toBe("2");
    expect(filtered).toMatch(/<tr class="item concept" data-id="white-house">/);
    expect(filtered).toMatch(/<tr class="item finding error" data-check="glossary-term-missing">/);
    expect(filtered).toMatch(/<tr class="item concept hidden" data-id="north-korea">/);
  });

  it("lists every error and warning it counts, with ref, check id and message, in every format (issue #13)", async () => {
    const json = JSON.parse((await run(["audit", "--db", db, "--glossary", GLOSSARY, "--format", "json"])).stdout);
    const listed = json.findings as { ref: string; checkId: string; severity: string; message: string; suppressed: boolean }[];
    const errors = listed.filter((f) => f.severity === "error" && !f.suppressed);
    const warnings = listed.filter((f) => f.severity === "warning" && !f.suppressed);
    expect(json.counts.error).toBeGreaterThan(0);
    expect(errors.length).toBe(json.counts.error);
    expect(warnings.length).toBe(json.counts.warning);
    expect(listed.length).toBe(Object.values(json.byCheck as Record<string, number>).reduce((a, b) => a + b, 0));
    expect(errors).toContainEqual(expect.objectContaining({ ref: "peskov:2", checkId: "glossary-term-missing", message: "Glossary term “Gedung Putih” is not rendered: expected “White House”." }));
    // the same findings as `selaras check` reports for the same database
    const check = JSON.parse((await run(["check", "--db", db, "--glossary", GLOSSARY, "--format", "json"])).stdout);
    expect(check.counts).toEqual(json.counts);
    const text = (await run(["audit", "--db", db, "--glossary", GLOSSARY])).stdout;
    expect(text).toContain(`== All findings (${listed.length})\n`);
    const md = (await run(["audit", "--db", db, "--glossary", GLOSSARY, "--format", "md"])).stdout;
    const html = (await run(["audit", "--db", db, "--glossary", GLOSSARY, "--format", "html"])).stdout;
    for (const f of [...errors, ...warnings]) {
      expect(text).toContain(`! ${f.severity}  ${f.ref}  ${f.message}  (${f.checkId})\n`);
      expect(md).toContain(`| ${f.severity} | \`${f.ref}\` | ${f.message.replace(/\|/g, "\\|")} | \`${f.checkId}\` |`);
      expect(html).toContain(`<td><code>${f.ref}</code></td><td>${f.message.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/'/g, "&#39;")}</td><td><small>${f.checkId}</small></td>`);
    }
  });

  it("applies stored suppressions: the finding is listed as suppressed, counted so, and no longer fails the audit", async () => {
    const copy = path.join(dir, "suppressed.db");
    fs.copyFileSync(db, copy);
    const before = JSON.parse((await run(["audit", "--db", copy, "--glossary", GLOSSARY, "--format", "json"])).stdout);
    const errors = (before.findings as { ref: string; checkId: string; severity: string }[]).filter((f) => f.severity === "error");
    for (const f of errors) {
      expect((await run(["check", "ignore", f.ref, f.checkId, "--reason", "accepted in review", "--db", copy])).code).toBe(0);
    }
    const r = await run(["audit", "--db", copy, "--glossary", GLOSSARY, "--format", "json"]);
    expect(r.code).toBe(0);
    const after = JSON.parse(r.stdout);
    expect(after.counts).toEqual({ ...before.counts, error: 0, suppressed: before.counts.suppressed + errors.length });
    expect(after.findings.filter((f: { suppressed: boolean }) => f.suppressed).map((f: { ref: string }) => f.ref)).toEqual(errors.map((f) => f.ref));
    expect(after.conceptAudits.find((c: { id: string }) => c.id === "white-house")).toMatchObject({ compliant: 1, violations: [{ ref: "peskov:2", suppressed: true }] });
    expect(r.stderr).toBe("");
    // a suppressed pair's English changed (the suppression lapses) and a suppression of a check that
    // reports nothing on its pair: both said beside the report, which stays as it was
    const [first] = errors;
    expect((await run(["translate", "set", first!.ref, "An English text written again.", "--translator", "Ani", "--db", copy])).code).toBe(0);
    expect((await run(["check", "ignore", "peskov:1", "double-space", "--reason", "house style", "--force", "--db", copy])).code).toBe(0);
    const later = await run(["audit", "--db", copy, "--glossary", GLOSSARY, "--format", "json"]);
    expect(later.stderr).toBe("1 suppression no longer applies: its source or target text changed.\n1 suppression is no longer needed: its check reports nothing on that pair now.\n");
    expect(JSON.parse(later.stdout).counts.suppressed).toBe(after.counts.suppressed - 1);
  });

  it("names the name a short form stands for in every format and both languages, as `glossary candidates` does", async () => {
    const tsv = path.join(dir, "short.tsv");
    fs.writeFileSync(tsv, [
      "Komisi Pemilihan Umum (KPU) meminta waktu enam bulan.\tThe General Elections Commission (KPU) asked for six months.",
      "Ketua KPU hadir.\tThe KPU chair attended.",
    ].join("\n") + "\n");
    const args = ["audit", "--pairs", tsv, "--glossary", GLOSSARY, "--min-count", "2"];
    const text = await run(args);
    expect(text.stdout).toContain("== Candidate new terms (1)\nKPU  ×2  (acronym, short for Komisi Pemilihan Umum)\n");
    const id = await run([...args, "--lang", "id"]);
    expect(id.stdout).toContain("KPU  ×2  (akronim, kependekan dari Komisi Pemilihan Umum)\n");
    const md = await run([...args, "--format", "md"]);
    expect(md.stdout).toContain("| KPU | acronym, short for Komisi Pemilihan Umum | 2 |");
    const html = await run([...args, "--format", "html"]);
    expect(html.stdout).toContain("<tr class=\"item candidate\"><td>KPU</td><td>acronym, short for Komisi Pemilihan Umum</td>");
    const json = JSON.parse((await run([...args, "--format", "json"])).stdout);
    expect(json.candidates.map((c: { term: string; expansion?: string }) => [c.term, c.expansion])).toEqual([["KPU", "Komisi Pemilihan Umum"]]);
  });

  it("says how many candidate terms it saw but does not list (fewer than --min-count), in every format and both languages", async () => {
    const tsv = path.join(dir, "unlisted.tsv");
    fs.writeFileSync(tsv, [
      "Menteri Retno Marsudi bertemu Anthony Blinken di Bali.\tMinister Retno Marsudi met Anthony Blinken in Bali.",
      "Retno Marsudi lalu terbang ke Tokyo.\tRetno Marsudi then flew to Tokyo.",
    ].join("\n") + "\n");
    const args = ["audit", "--pairs", tsv, "--glossary", GLOSSARY];
    const json = JSON.parse((await run([...args, "--format", "json"])).stdout);
    expect(json.candidates.map((c: { term: string; count: number }) => [c.term, c.count])).toEqual([["Retno Marsudi", 2]]);
    expect(json.candidatesUnlisted).toEqual({ minCount: 2, belowMinCount: 3, beyondLimit: 0 });
    const text = await run(args);
    expect(text.stdout).toContain("== Candidate new terms (1)\nRetno Marsudi  ×2  (capitalised phrase)\n  line:1: Menteri Retno Marsudi bertemu Anthony Blinken di Bali.\n  line:2: Retno Marsudi lalu terbang ke Tokyo.\n3 more terms seen fewer than 2 times are not listed; --min-count 1 lists every term.\n");
    const id = await run([...args, "--lang", "id"]);
    expect(id.stdout).toContain("\n3 istilah lain yang muncul kurang dari 2 kali tidak dicantumkan; --min-count 1 mencantumkan semuanya.\n");
    expect((await run([...args, "--format", "md"])).stdout).toContain("| Retno Marsudi | capitalised phrase | 2 |");
    expect((await run([...args, "--format", "md"])).stdout).toContain("\n\n_3 more terms seen fewer than 2 times are not listed; --min-count 1 lists every term._\n");
    expect((await run([...args, "--format", "html"])).stdout).toContain("</tbody></table><p class=\"unlisted\">3 more terms seen fewer than 2 times are not listed; --min-count 1 lists every term.</p></section>");
    // every term listed: nothing said
    const all = await run([...args, "--min-count", "1"]);
    expect(all.stdout).toContain("== Candidate new terms (4)\n");
    expect(all.stdout).not.toContain("not listed");
    expect(JSON.parse((await run([...args, "--min-count", "1", "--format", "json"])).stdout).candidatesUnlisted).toEqual({ minCount: 1, belowMinCount: 0, beyondLimit: 0 });
  });

  it("audits a pairs file without a database", async () => {
    const file = path.join(dir, "pairs.tsv");
    fs.writeFileSync(file, "Korea Utara mengecam.\tNorth Korea condemned it.\n");
    const r = await run(["audit", "--pairs", file, "--glossary", GLOSSARY, "--format", "json"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).conceptAudits.map((c: { id: string }) => c.id)).toEqual(["north-korea"]);
  });

  it("counts a person's initials and a company's acronym as no occurrence and no forbidden use, as the checks do", async () => {
    const file = path.join(dir, "initials.tsv");
    fs.writeFileSync(file, [
      "Tersangka berinisial AS (34) ditangkap di Bogor.\tA suspect with the initials AS (34) was arrested in Bogor.",
      "AS mengirim bantuan ke Gaza.\tThe US sent aid to Gaza.",
      "Pelaku, AS, ditahan.\tThe perpetrator, AS, was detained.",
      "Saham PT AS Teknologi naik.\tShares in AS Teknologi rose.",
      "Kapal itu berlayar ke AS.\tThe ship sailed to the AS.",
    ].join("\n") + "\n");
    const r = await run(["audit", "--pairs", file, "--glossary", GLOSSARY, "--format", "json"]);
    const report = JSON.parse(r.stdout);
    expect(report.counts.error).toBe(1);
    expect(report.conceptAudits.find((c: { id: string }) => c.id === "united-states")).toMatchObject({
      sourceOccurrences: 2, pairs: 2, forbidden: [{ ref: "line:5", text: "AS" }],
    });
  });
});
