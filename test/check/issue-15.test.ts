/**
 * Checks a translator can trust (issue 15): glossary enforcement levels, wire-style English, case and
 * context, number words. Fresh pairs written for these tests (not taken from the corpus), run through
 * runChecks with the shipped glossary (or a small one written here) as `selaras check` runs them.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { runChecks, type Finding } from "../../src/check";
import { compileGlossary, parseGlossaryTsv, parseTbx, serializeGlossaryTsv, serializeTbx, enforceLevel, type Concept } from "../../src/glossary";
import { loadGlossary } from "../../src/app/glossary";
import { openStore } from "../../src/store";

const GLOSSARY_DIR = path.resolve(__dirname, "../../glossary");
const shipped = compileGlossary(loadGlossary(GLOSSARY_DIR));

const findings = (source: string, target: string, matcher = shipped): Finding[] =>
  runChecks([{ ref: "t", source, target }], { matcher }).findings;
const errors = (source: string, target: string, matcher = shipped) =>
  findings(source, target, matcher).filter((f) => f.severity === "error").map((f) => `${f.checkId}:${f.messageId}`);
const atLeastWarning = (source: string, target: string, matcher = shipped) =>
  findings(source, target, matcher).filter((f) => f.severity !== "info").map((f) => `${f.checkId}:${f.severity}`);

const HEADER = "id\tsource\tpreferred\tadmitted\tforbidden\tflags\tpos\tdomain\tnote\texample";
const small = (rows: string[]) => compileGlossary(parseGlossaryTsv([HEADER, ...rows].join("\n") + "\n", "small.tsv"));

describe("enforcement levels in the glossary files", () => {
  it("reads error, warning, hint and unverified from the flags column, with dnt", () => {
    const cs = parseGlossaryTsv([
      HEADER,
      "kcna\t=KCNA\t\t\t\tdnt,error",
      "summit\tKTT\tsummit\t\t\twarning",
      "monday\t=Senin\t=Monday\t\t\thint",
      "institute\tInstitut Kebijakan Asia\t=Asia Policy Institute\t\t\terror,unverified",
      "plain\tkata\tword",
    ].join("\n"), "g.tsv");
    expect(cs.map((c) => [c.id, c.enforce ?? null, c.unverified ?? false, c.dnt, enforceLevel(c)])).toEqual([
      ["kcna", "error", false, true, "error"],
      ["summit", "warning", false, false, "warning"],
      ["monday", "hint", false, false, "hint"],
      ["institute", "error", true, false, "hint"],
      ["plain", null, false, false, "error"],
    ]);
  });

  it("rejects two levels on one concept and unknown flags, naming the file and line", () => {
    expect(() => parseGlossaryTsv(`${HEADER}\nx\tkata\tword\t\t\thint,error\n`, "g.tsv")).toThrow(expect.objectContaining({ code: "glossary-two-levels", data: expect.objectContaining({ file: "g.tsv", line: 2 }) }));
    expect(() => parseGlossaryTsv(`${HEADER}\nx\tkata\tword\t\t\tstrict\n`, "g.tsv")).toThrow(expect.objectContaining({ code: "glossary-bad-flag", data: expect.objectContaining({ flag: "strict" }) }));
  });

  it("keeps the level through TSV, TBX and the database", () => {
    const cs = parseGlossaryTsv(`${HEADER}\nkcna\t=KCNA\t\t\t\tdnt,error\nsummit\tKTT\tsummit\t\t\twarning\ninst\tInstitut X\t=X Institute\t\t\thint,unverified\nplain\tkata\tword\n`, "g.tsv");
    const tsv = serializeGlossaryTsv(cs);
    expect(tsv).toContain("kcna\t=KCNA\t\t\t\tdnt,error");
    expect(tsv).toContain("inst\tInstitut X\t=X Institute\t\t\thint,unverified");
    const strip = (c: Concept) => ({ id: c.id, enforce: c.enforce, unverified: c.unverified, dnt: c.dnt });
    expect(parseGlossaryTsv(tsv, "g.tsv").map(strip)).toEqual(cs.map(strip));
    const tbx = serializeTbx(cs);
    expect(tbx).toContain('<admin type="x-enforce">warning</admin>');
    expect(tbx).toContain('<admin type="x-unverified">yes</admin>');
    expect(parseTbx(tbx, "g.tbx").map(strip)).toEqual(cs.map(strip));
    const store = openStore(":memory:");
    try {
      store.transaction(() => store.glossary.replaceAll(cs, "2026-12-03T00:00:00Z"));
      expect(store.glossary.all().map(strip)).toEqual(cs.map(strip));
    } finally {
      store.close();
    }
  });

  it("sets a level on every shipped concept: key terms error, everyday words hint, the unverified institute never enforced", () => {
    const levels = new Map<string, string>();
    for (const file of fs.readdirSync(GLOSSARY_DIR).filter((f) => f.endsWith(".tsv"))) {
      for (const line of fs.readFileSync(path.join(GLOSSARY_DIR, file), "utf8").split("\n")) {
        const cells = line.split("\t");
        if (line.startsWith("#") || cells.length < 6 || cells[0] === "id") continue;
        const level = cells[5]!.split(",").find((f) => ["error", "warning", "hint"].includes(f));
        expect({ id: cells[0], level: level ?? "none" }).toEqual({ id: cells[0], level: expect.stringMatching(/^(error|warning|hint)$/) });
        levels.set(cells[0]!, level!);
      }
    }
    for (const id of ["kcna", "rodong-sinmun", "dmz", "kim-jong-un", "vladimir-putin", "united-nations", "north-korea", "white-house"]) expect([id, levels.get(id)]).toEqual([id, "error"]);
    for (const id of ["monday", "thursday", "june", "december", "missile", "weapon", "sanction", "newspaper", "soviet"]) expect([id, levels.get(id)]).toEqual([id, "hint"]);
    const inst = shipped.concepts.get("asia-society-policy-institute")!;
    expect([inst.unverified, enforceLevel(inst)]).toEqual([true, "hint"]);
  });
});

describe("a concept's level caps its findings", () => {
  const g = small([
    "kcna\t=KCNA\t\t\t\tdnt,error",
    "summit\tKTT\tsummit\t\tpeak meeting\twarning",
    "rice\tberas\trice\t\tpaddy\thint",
    "inst\tInstitut Kebijakan Asia\t=Asia Policy Institute\t\t\terror,unverified",
    "cabinet\tkabinet\tcabinet",
  ]);
  it.each([
    ["Media KCNA melaporkan uji coba itu.", "State media reported the test.", "glossary-dnt-changed", "error"],
    ["KTT itu berakhir Selasa.", "The conference ended on Tuesday.", "glossary-term-missing", "warning"],
    ["KTT itu berakhir Selasa.", "The peak meeting ended on Tuesday.", "glossary-forbidden-term", "warning"],
    ["Harga beras naik.", "The price of grain rose.", "glossary-term-missing", "info"],
    ["Harga beras naik.", "The price of paddy rose.", "glossary-forbidden-term", "info"],
    ["Ia bekerja di Institut Kebijakan Asia.", "He works at an Asian think tank.", "glossary-term-missing", "info"],
    ["Kabinet bersidang.", "The ministers met.", "glossary-term-missing", "error"],
  ])("%s → %s: %s at %s", (source, target, checkId, severity) => {
    expect(findings(source, target, g).filter((f) => f.checkId === checkId).map((f) => f.severity)).toEqual([severity]);
  });

  it("a configured severity is lowered too, never raised", () => {
    const run = runChecks([{ ref: "t", source: "Harga beras naik.", target: "The price of grain rose." }], {
      matcher: g, config: { severity: { "glossary-term-missing": "warning" } },
    });
    expect(run.findings.map((f) => [f.checkId, f.severity])).toEqual([["glossary-term-missing", "info"]]);
  });
});

describe("wire-style English is not an error", () => {
  it.each([
    ["Polisi menangkap dua tersangka pada Kamis (5/1/2024).", "Police arrested two suspects on Jan. 5."],
    ["Harga minyak naik 3,5 persen pada Senin (17/8/2024).", "Oil prices rose 3.5% on Aug. 17, 2024."],
    ["Inflasi mencapai 2,8 persen pada Desember 2023.", "Inflation reached 2.8 percent in Dec. 2023."],
    ["Gempa terjadi pada Selasa, 3 September 2024 pukul 10.15 WIB.", "The quake struck at 10:15 a.m. on Sept. 3, 2024."],
    ["Ekspor turun 12 persen pada Oktober.", "Exports fell 12% in October."],
    ["Suku bunga naik 0,25 persen pada Jumat (8/11/2024).", "The interest rate rose 0.25 per cent on Nov. 8."],
    ["Putin tiba di Pyongyang pada Rabu (19/6/2024).", "Putin arrived in Pyongyang on June 19, 2024."],
    ["Penawaran berlangsung pada 24-26 April 2007.", "The offer runs April 24-26."],
    ["Sebanyak 1.500 warga mengungsi sejak Minggu (2/2/2025).", "Some 1,500 residents have fled since Feb. 2."],
    ["BI menaikkan suku bunga 0,25 persen menjadi 6 persen.", "BI raised its rate by 0.25 percentage point to 6%."],
    // AP style within a week: the weekday alone stands for the date
    ["Polisi menangkap dua tersangka pada Kamis (5/1/2024).", "Police arrested two suspects on Thursday."],
    ["Putin tiba pada Rabu, 19 Juni 2024.", "Putin arrived on Wednesday."],
    ["Pengangguran turun 1,5 poin persentase.", "Unemployment fell 1.5 percentage points."],
    ["SURABAYA, detik.com –", "SURABAYA, detik.com –"],
    ["JAKARTA, KOMPAS.com -", "JAKARTA, KOMPAS.com -"],
    ["MEDAN (ANTARA) -", "MEDAN (ANTARA) -"],
    ["YOGYAKARTA, Tribunnews.com —", "YOGYAKARTA, Tribunnews.com —"],
  ])("%s → %s", (source, target) => {
    expect(errors(source, target)).toEqual([]);
  });

  it.each([
    ["Polisi menangkap dua tersangka pada Kamis (5/1/2024).", "Police arrested two suspects on Jan. 6.", "number-mismatch:missing"],
    ["Harga minyak naik 3,5 persen.", "Oil prices rose 5.3%.", "number-mismatch:missing"],
    ["Polisi menangkap dua tersangka pada Kamis (5/1/2024).", "Police arrested two suspects on Friday.", "number-mismatch:missing"],
    ["Putin tiba pada 19 Juni 2024.", "Putin arrived on Wednesday.", "number-mismatch:missing"],
    ["JAKARTA, KOMPAS.com - Harga cabai naik tajam pekan ini.", "JAKARTA, KOMPAS.com - Harga cabai naik tajam pekan ini.", "target-same-as-source:same"],
  ])("still an error: %s → %s", (source, target, expected) => {
    expect(errors(source, target)).toContain(expected);
  });
});

describe("case and context", () => {
  const titles = small([
    "foreign-minister\tMenteri Luar Negeri | =Menlu {abbr}\t=Foreign Minister\t\t\terror",
    "central-bank\tBank Sentral\t=Central Bank\t\t\terror",
  ]);
  it.each([
    ["Menteri Luar Negeri Retno Marsudi mengatakan hal itu.", "The foreign minister, Retno Marsudi, said so."],
    ["Para Menteri Luar Negeri ASEAN bertemu.", "ASEAN foreign ministers met."],
    ["Menlu tiba di Tokyo.", "The foreign minister arrived in Tokyo."],
    ["Bank Sentral menaikkan suku bunga.", "The central bank raised interest rates."],
  ])("a title-case rendering counts in sentence case: %s", (source, target) => {
    expect(errors(source, target, titles)).toEqual([]);
  });
  it("a missing title is still an error", () => {
    expect(errors("Menlu tiba di Tokyo.", "The minister arrived in Tokyo.", titles)).toEqual(["glossary-term-missing:missing"]);
  });

  it.each([
    ["Presiden Rusia Vladimir Putin tiba.", "The Russian president, Vladimir Putin, arrived."],
    ["Saham PT AS Teknologi naik 5 persen.", "Shares in AS Teknologi rose 5%."],
    ["Saham PT PBB Logistik naik.", "Shares in PBB Logistics rose."],
    ["Helikopter AS-350 jatuh di Papua.", "An AS-350 helicopter crashed in Papua."],
    ["Kebijakan barat terhadap Rusia gagal.", "Western policy toward Russia failed."],
    ["Negara-negara barat dan sekutunya menolak.", "Western countries and their allies refused."],
    ["Angin bertiup dari barat.", "The wind blew from the west."],
    ["Kapal itu berlayar ke arah Barat.", "The ship sailed west."],
    ["Banjir melanda Eropa Barat.", "Floods hit Western Europe."],
    ["Badai bergerak ke Barat Laut.", "The storm moved northwest."],
    ["Kapal Inggris berlayar ke Laut China Selatan.", "A British ship sailed to the South China Sea."],
    ["Korea Utara menembakkan rudal lagi.", "The North fired another missile."],
    ["Kim Jong Un tiba di Vladivostok, lalu Kim bertemu Putin.", "Kim Jong Un arrived in Vladivostok, then Kim met Putin."],
    ["Xi Jinping bertemu Putin di Beijing.", "Xi met Putin in Beijing."],
    ["Tentara menyeberangi zona demiliterisasi.", "Soldiers crossed the DMZ."],
    // a person's initials (crime and court news), not the United States
    ["Polisi menangkap tersangka berinisial AS (34) dan RN (29).", "Police arrested two suspects with the initials AS (34) and RN (29)."],
    ["Pelaku, AS, ditahan di Polres Bogor.", "The perpetrator, AS, was detained at the Bogor Police."],
    ["Tersangka AS alias Budi ditangkap.", "The suspect AS alias Budi was arrested."],
    ["Saksi berinisial AS dan RN hadir.", "Witnesses identified only as AS and RN attended."],
    ["Sdr. AS, 41 tahun, hadir di persidangan.", "AS, 41, attended the hearing."],
    // bare `Amerika` (in news, the United States) and the old spelling `Inggeris`
    ["Dua pria, warga Kanada dan Amerika, telah ditangkap.", "Two men, a Canadian and an American, have been arrested."],
    ["MA Amerika mengkaji kasus itu.", "The US Supreme Court heard the case."],
    ["Ekspor ke Amerika Latin naik.", "Exports to Latin America rose."],
    ["Larangan unggas Inggeris meluas.", "The ban on British poultry spread."],
    // a conversion the English adds in brackets: no added number, no added currency
    ["Harganya Rp 15.000 per kg.", "It costs Rp 15,000 (about US$1) per kg."],
    ["Gempa terjadi pukul 19.30 WIB.", "The quake struck at 7:30 p.m. (1230 GMT)."],
  ])("no warning or error: %s → %s", (source, target) => {
    expect(atLeastWarning(source, target)).toEqual([]);
  });

  it.each([
    ["Kapal itu berlayar ke AS.", "The ship sailed to Japan.", "glossary-term-missing:error"],
    ["Presiden AS Joe Biden tiba.", "President Joe Biden arrived.", "glossary-term-missing:warning"],
    ["Kebijakan barat terhadap Rusia gagal.", "Eastern policy toward Russia failed.", "glossary-term-missing:warning"],
    // (another country in its place: replaced, not dropped)
    ["Pasukan AS tiba di Seoul.", "The Japanese troops arrived in Seoul.", "glossary-term-missing:error"],
    ["Pasukan AS, Inggris dan Prancis tiba.", "Troops from Britain and France arrived.", "glossary-term-missing:warning"],
    ["Kapal itu berlayar ke AS (Amerika Serikat).", "The ship sailed to Japan.", "glossary-term-missing:error"],
    ["Tersangka asal AS ditangkap.", "The suspect from AS was arrested.", "glossary-forbidden-term:error"],
    ["Harganya Rp 15.000 per kg.", "It costs US$1 per kg.", "glossary-unexpected-term:warning"],
    ["Korea Utara meluncurkan rudal.", "South Korea launched a missile.", "glossary-term-missing:error"],
    ["Korea Utara meluncurkan rudal balistik.", "North Korea launched a cruise missile.", "glossary-term-missing:error"],
  ])("still reported: %s → %s", (source, target, expected) => {
    expect(atLeastWarning(source, target)).toContain(expected);
  });
});

describe("number words", () => {
  it.each([
    ["Ratusan rumah terendam banjir.", "Hundreds of homes were flooded."],
    ["Ratusan rumah terendam banjir.", "Several hundred homes were flooded."],
    ["Belasan siswa dirawat di rumah sakit.", "More than a dozen students were treated in hospital."],
    ["Belasan siswa dirawat di rumah sakit.", "A dozen or so students were treated in hospital."],
    ["Puluhan warga mengungsi.", "Dozens of residents fled."],
    ["Puluhan ribu orang berunjuk rasa.", "Tens of thousands of people protested."],
    ["Ribuan buruh mogok kerja.", "Thousands of workers went on strike."],
    ["Kerugian mencapai jutaan dolar.", "Losses ran into millions of dollars."],
    ["Ratusan ribu pengungsi tiba.", "Hundreds of thousands of refugees arrived."],
    ["Konflik itu berlangsung satu dekade.", "The conflict lasted a decade."],
    ["Konflik itu berlangsung satu dekade.", "The conflict lasted ten years."],
    ["Konflik itu berlangsung sepuluh tahun.", "The conflict lasted a decade."],
    ["Konflik itu berlangsung dua dekade.", "The conflict lasted 20 years."],
    ["Ia didenda beberapa ribu dolar.", "He was fined several thousand dollars."],
    ["Joaquin mencetak dua gol dalam kemenangan 2-1.", "Joaquin scored both goals in a 2-1 win."],
    ["Kapal itu membawa 1.000 penumpang lebih.", "The ship carried more than a thousand passengers."],
  ])("equivalent: %s → %s", (source, target) => {
    expect(errors(source, target)).toEqual([]);
  });

  it.each([
    ["Ratusan rumah terendam banjir.", "Thousands of homes were flooded."],
    ["Ratusan rumah terendam banjir.", "Several thousand homes were flooded."],
    ["Belasan siswa dirawat di rumah sakit.", "Hundreds of students were treated in hospital."],
    ["Puluhan warga mengungsi.", "Hundreds of residents fled."],
    ["Puluhan ribu orang berunjuk rasa.", "Thousands of people protested."],
    ["Ribuan buruh mogok kerja.", "Millions of workers went on strike."],
    ["Konflik itu berlangsung satu dekade.", "The conflict lasted two decades."],
    ["Konflik itu berlangsung sepuluh tahun.", "The conflict lasted two decades."],
    ["Ia didenda beberapa ribu dolar.", "He was fined several million dollars."],
  ])("wrong magnitude: %s → %s", (source, target) => {
    expect(errors(source, target)).toEqual(["number-mismatch:missing", "number-mismatch:extra"]);
  });
});
