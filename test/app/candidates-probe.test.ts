/**
 * A probe of `glossary candidates` on nineteen Indonesian news articles it was not written for
 * (test/fixtures/candidates-probe: prices, diplomacy, police, North Korea, health, telecoms,
 * football, banking, disasters; then rice stocks, floods, high-speed rail, fertiliser; then an election
 * law, telecoms' profits, a landslide, a football derby, measles, a flash flood), with the shipped glossary. expected.tsv is what a terminologist
 * wants from each article, written before the scan first ran on them; the scan finds all of it but
 * the misses below, and nothing else but the extras below (each a known limit, not a goal).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { ingestedProject, REPO, run } from "../helpers/cli";

const FIXTURES = path.join(REPO, "test", "fixtures", "candidates-probe");

/** What the scan does not find, by document, and why. */
const MISSES: Record<string, string[]> = {
  // a company of one word and a name of one after a title are not told apart (`Telkomsel Nugroho`)
  "jaringan-5g": ["Nugroho", "Telkomsel"],
  // round three: an office whose body is no institution's word (`Stasiun Meteorologi …`) runs into the place and
  // the name; an institution's name after an office
  // is not told from the name after it
  "banjir-ternate": ["Setiawan", "Stasiun Meteorologi Sultan Babullah"],
  "laba-operator": ["Inarno Djajadi", "Kepala Eksekutif Pengawas Pasar Modal", "Otoritas Jasa Keuangan"],
  // round five: a hospital's acronym that opens its name is no term alone there, as `Kota` or `Universitas` is none
  // (`RSUD Dr Soetomo` is; round four's terminologist did not list `RSUD` either)
  "campak-jatim": ["RSUD"],
};
/** What the scan finds that the terminologist did not want. */
const EXTRAS: Record<string, string[]> = {
  "jaringan-5g": ["Telkomsel Nugroho"],
  "banjir-ternate": ["Stasiun Meteorologi Sultan Babullah Ternate Setiawan"],
  "laba-operator": ["Kepala Eksekutif", "Otoritas Jasa Keuangan Inarno Djajadi", "Pengawas Pasar Modal"],
};

function expected(folder = FIXTURES): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const line of fs.readFileSync(path.join(folder, "expected.tsv"), "utf8").split("\n")) {
    if (line === "" || line.startsWith("#")) continue;
    const [doc, term] = line.split("\t") as [string, string];
    out.set(doc, [...(out.get(doc) ?? []), term]);
  }
  return out;
}

describe("glossary candidates on unseen news articles (the probe)", () => {
  let report: { byDocument: { document: string; candidates: { term: string; expansion?: string }[] }[]; candidates: { term: string; expansion?: string }[] };
  let project: { dir: string; db: string };

  beforeAll(async () => {
    const articles = Object.fromEntries(fs.readdirSync(FIXTURES).filter((f) => f.endsWith(".txt")).map((f) => [f, fs.readFileSync(path.join(FIXTURES, f), "utf8")]));
    project = await ingestedProject(articles, "selaras-cand-probe-");
    fs.cpSync(path.join(REPO, "glossary"), path.join(project.dir, "glossary"), { recursive: true });
    const r = await run(["glossary", "candidates", "--json", "--db", project.db], { cwd: project.dir });
    expect([r.code, r.stderr]).toEqual([0, ""]);
    report = JSON.parse(r.stdout);
  }, 60_000);

  it("finds each article's terms: the expected ones but the listed misses, and only the listed extras", () => {
    const want = expected();
    expect(report.byDocument.map((d) => d.document)).toEqual([...want.keys()].sort());
    let found = 0, got = 0, wanted = 0;
    for (const d of report.byDocument) {
      const terms = d.candidates.map((c) => c.term).sort();
      const w = want.get(d.document)!;
      const exact = [...w.filter((t) => !(MISSES[d.document] ?? []).includes(t)), ...(EXTRAS[d.document] ?? [])].sort();
      expect({ document: d.document, terms }).toEqual({ document: d.document, terms: exact });
      found += terms.filter((t) => w.includes(t)).length;
      got += terms.length;
      wanted += w.length;
    }
    // nine articles: precision 99/102, recall 99/103 (before: 95/100 and 95/103; before the first round: 62/87 and 62/103);
    // with four more written for the second round (pasar-cipinang, gubernur-banjir, kereta-cepat, pupuk-ekspor;
    // on those alone 41/47 and 41/47, before the second round 32/40 and 32/47); all thirteen 140/149 and 140/150
    // before the third round, 146/149 and 146/150 after it; with six more written for the third round (ruu-pemilu,
    // laba-operator, longsor-banjarnegara, persib-persija, campak-jatim, banjir-ternate; on those alone 86/94 and
    // 86/95, before the third round 63/94 and 63/95); round four (hospitals' and clubs' acronyms, a league's number, a company's
    // last word after `Indonesia`): 236/243 and 236/245; `Kepala` split off a body's name (`Badan Nasional Penanggulangan Bencana`,
    // `Korps Lalu Lintas Polri`): 238/243 and 238/245; round five (`RSUD` no term alone before its name): 237/242 and 237/245
    expect([found, got, wanted]).toEqual([237, 242, 245]);
  });

  it("splits titles off names, keeps codes with digits and names that end in a glossary term", () => {
    const terms = report.candidates.map((c) => c.term);
    for (const t of ["Sri Mulyani Indrawati", "Menteri Keuangan", "Menlu", "Retno", "Kapolri", "Listyo Sigit Prabowo", "Wakil Presiden", "Gibran Rakabuming Raka",
      "5G", "3M Plus", "H5N1", "U-23", "SATRIA-1", "Kantor Berita Pusat Korea Utara", "Kedutaan Besar Korea Selatan", "Bank Sentral Rusia", "Laut Jepang",
      "Panglima TNI", "Tahun Baru", "Afrika Selatan", "Naledi Pandor", "Muhammad Farhan", "Dinas Kesehatan Jawa Barat", "Perum Bulog", "Bayu Krisnamurthi", "Pasar Induk Beras Cipinang",
      "AM Putranto", "AG Wicaksono", "JK", "PT Kereta Cepat Indonesia China", "Kepala Pelaksana", "Kabupaten Bandung", "Uka Suska", "Taj Yasin Maimoen", "Sherly Tjoanda Laos",
      "Dusun Karangsari", "Pos SAR Cilacap", "Partai Keadilan Sejahtera", "Menteri Dalam Negeri", "Vikram Sinha", "Petrokimia Gresik", "Kapolda"]) expect(terms).toContain(t);
    for (const t of ["Presiden Prabowo Subianto", "Kapolri Jenderal Listyo Sigit Prabowo", "Menlu Retno", "Plus", "Utara", "Kedutaan Besar", "Jenderal Agus Subiyanto",
      "Baru", "Afrika Selatan Naledi Pandor", "Bandung Muhammad Farhan", "Perum Bulog Bayu Krisnamurthi",
      "AM", "Putranto", "AKBP", "Mantan", "Taj", "Sherly", "Warga Dusun Karangsari", "Petugas Pos SAR Cilacap", "Pihak Basarnas Ternate", "Indosat Vikram Sinha"]) expect(terms).not.toContain(t);
  });

  it("pairs each short form with the name written before it", async () => {
    const pairs = Object.fromEntries(report.candidates.filter((c) => c.expansion !== undefined).map((c) => [c.term, c.expansion]));
    expect(pairs).toEqual({
      APBN: "Anggaran Pendapatan dan Belanja Negara", BI: "Bank Indonesia", BMKG: "Badan Meteorologi, Klimatologi, dan Geofisika",
      Bapanas: "Badan Pangan Nasional", BNPB: "Badan Nasional Penanggulangan Bencana", BPS: "Badan Pusat Statistik", Komdigi: "Kementerian Komunikasi dan Digital",
      LPS: "Lembaga Penjamin Simpanan", OJK: "Otoritas Jasa Keuangan", PSSI: "Persatuan Sepak Bola Seluruh Indonesia",
      // (round three: the company's name now whole over the glossary's `China`, the legal form left out)
      KCIC: "Kereta Cepat Indonesia China", KPU: "Komisi Pemilihan Umum",
      // (round four: an international body's short form, its name translated)
      WHO: "Organisasi Kesehatan Dunia",
    });
    const text = await run(["glossary", "candidates", "inflasi-beras", "--db", project.db], { cwd: project.dir });
    expect(text.stdout.split("\n")[0]).toBe("2\tBPS\t(acronym, short for Badan Pusat Statistik; documents: 1)\tinflasi-beras:2, inflasi-beras:3");
    const id = await run(["glossary", "candidates", "inflasi-beras", "--lang", "id", "--db", project.db], { cwd: project.dir });
    expect(id.stdout.split("\n")[0]).toBe("2\tBPS\t(akronim, kependekan dari Badan Pusat Statistik; dokumen: 1)\tinflasi-beras:2, inflasi-beras:3");
  });
});

/**
 * Round four: seven more articles (test/fixtures/candidates-probe4: a football league, a drug recall and its
 * hospitals, a corruption verdict and police ranks, the rupiah and the stock market, a regency's flood, a party's
 * nomination, ASEAN and UN agencies), the terms written before the scan ran; vonis-tipikor and asean-myanmar were
 * held out (scored before and after the round's changes, not read while making them).
 */
const FIXTURES4 = path.join(REPO, "test", "fixtures", "candidates-probe4");
const MISSES4: Record<string, string[]> = {
  // a name of three words after a regent is not told from a region and a name of two; a regional body's place before a
  // name of one word is not told from a name of two (see docs/glossary.md)
  "banjir-ponorogo": ["Masun", "Ponorogo", "Sugiri Sancoko Putra"],
  // an institution's name between a title and a name is not told from the name
  "rupiah-bi": ["Lembaga Penjamin Simpanan", "Purbaya Yudhi Sadewa"],
  // held out: `Jaksa` opening a sentence, an institution after an office, a name after a place after `untuk`
  "vonis-tipikor": ["Dinas Bina Marga", "Hari Nugroho", "Komisi Pemberantasan Korupsi"],
  "asean-myanmar": ["Julie Bishop"],
};
const EXTRAS4: Record<string, string[]> = {
  "banjir-ponorogo": ["Ponorogo Masun", "Sancoko Putra", "Sugiri"],
  "rupiah-bi": ["Lembaga Penjamin Simpanan Purbaya Yudhi Sadewa"],
  // (a body's acronym inside its name is a candidate too, as `DKI` is; the terminologist did not list it)
  "vonis-tipikor": ["DKI", "Jaksa Komisi Pemberantasan Korupsi", "Dinas Bina Marga Hari Nugroho"],
  "asean-myanmar": ["Myanmar Julie Bishop"],
};

describe("glossary candidates on the round-four articles", () => {
  it("finds each article's terms but the listed misses, and only the listed extras", async () => {
    const articles = Object.fromEntries(fs.readdirSync(FIXTURES4).filter((f) => f.endsWith(".txt")).map((f) => [f, fs.readFileSync(path.join(FIXTURES4, f), "utf8")]));
    const project = await ingestedProject(articles, "selaras-cand-probe4-");
    fs.cpSync(path.join(REPO, "glossary"), path.join(project.dir, "glossary"), { recursive: true });
    const r = await run(["glossary", "candidates", "--json", "--db", project.db], { cwd: project.dir });
    expect([r.code, r.stderr]).toEqual([0, ""]);
    const report = JSON.parse(r.stdout) as { byDocument: { document: string; candidates: { term: string }[] }[] };
    const want = expected(FIXTURES4);
    expect(report.byDocument.map((d) => d.document)).toEqual([...want.keys()].sort());
    const score = { dev: [0, 0, 0], heldOut: [0, 0, 0] };
    for (const d of report.byDocument) {
      const terms = d.candidates.map((c) => c.term).sort();
      const w = want.get(d.document)!;
      const exact = [...w.filter((t) => !(MISSES4[d.document] ?? []).includes(t)), ...(EXTRAS4[d.document] ?? [])].sort();
      expect({ document: d.document, terms }).toEqual({ document: d.document, terms: exact });
      const s = ["vonis-tipikor", "asean-myanmar"].includes(d.document) ? score.heldOut : score.dev;
      s[0]! += terms.filter((t) => w.includes(t)).length;
      s[1]! += terms.length;
      s[2]! += w.length;
    }
    // [found, listed, wanted]: the five articles the round worked on 50/75 and 50/74 before it, 64/76 and 64/74 after;
    // the two held out 25/33 and 25/34 before and after (their misses are other kinds of names); `Kepala` split off a
    // body's name (`Departemen Komunikasi`): 65/76 and 65/74; round five (a party of one word between a title and a name, a
    // given name opening a name of three, `Ketua Majelis Hakim`, `Kabid Humas` + `Polda Metro Jaya`, `untuk` in a body's
    // name, no `RSUD`/`RSUP`/`BPJS` alone before their names): dev 69/73 and 69/74, held out 30/34 and 30/34
    expect(score).toEqual({ dev: [69, 73, 74], heldOut: [30, 34, 34] });
  }, 60_000);
});

/**
 * Round five: eight more articles of 200-280 words (test/fixtures/candidates-probe5: a regency's roads, a prosecution in
 * Surabaya, a police drug raid, university fees, child tuberculosis, UN agencies in East Nusa Tenggara; held out, scored
 * before and after the round's changes and not read while making them: a party's nomination in Klaten, a pretrial in
 * Makassar), the terms written before the scan ran.
 */
const FIXTURES5 = path.join(REPO, "test", "fixtures", "candidates-probe5");
const HELD_OUT5 = ["pilkada-klaten", "praperadilan-makassar"];
const MISSES5: Record<string, string[]> = {
  // an institution's name and its place between a title and a name are not told from the name; a glossary term with a
  // hyphenated tail (`Jawa Timur-Bali`) ends the name
  "bupati-jember": ["Balai Besar Pelaksanaan Jalan Nasional Jawa Timur-Bali", "Dinas Pekerjaan Umum Bina Marga dan Sumber Daya Air", "Yessiana Arifa"],
  // a unit's head and its unit are one title (`Kanit Satresnarkoba`, as `Kabid Humas`); a body of three words after `Ketua`
  // with its place is not told from the name
  "narkoba-medan": ["Gerakan Nasional Anti Narkotika", "Kanit", "Kota Medan", "Ramli Siregar", "Satresnarkoba"],
  // a regional body and its region are one name (`Kejari Surabaya`, as `Polda Metro Jaya`); a region the glossary has ends
  // a name that opens with no institution's head
  "sidang-surabaya": ["Kejari", "Masyarakat Antikorupsi Jawa Timur", "Surabaya"],
  // a hospital's name of three words after `Dr` is not told from a person's of three; an office of one word and its field
  "tbc-jabar": ["Direktur Penyakit Menular", "RSUP Dr Hasan Sadikin", "Rachim Dinata Marsidi"],
  // an institution between a title and a name (`Badan Eksekutif Mahasiswa Universitas Airlangga`, `Institut Teknologi
  // Sepuluh Nopember`); a ministry's name with a list comma after `Menteri`; a short form in mixed case (`LLDikti`); a
  // commission's Roman number (`Komisi X`)
  // (round six: `Komisi X`, `LLDikti` and the minister's portfolio over its list commas are found)
  // (round seven: the student's name split off where `Universitas Airlangga` is seen alone in the documents)
  "ukt-unair": ["Badan Eksekutif Mahasiswa", "Bambang Pramujati", "Institut Teknologi Sepuluh Nopember"],
  // a country after `untuk` and a name
  "unicef-ntt": ["Maniza Zaman"],
  // held out: a party's board before the party (`Dewan Pimpinan Pusat Partai Golkar`), `Ketua` before a board, a region and
  // a name after an acronym; a surname alone opening a sentence; `PDI Perjuangan` and a region and a name
  "pilkada-klaten": ["Agus Riyanto", "Dewan Pimpinan Cabang", "Dewan Pimpinan Pusat", "Hamenang", "Joko Wiyono", "PDI Perjuangan"],
  // held out: a regional body and its region the glossary has (`Kejati Sulsel`); an institution's head before another's
  // (`Badan Pengawasan Mahkamah Agung`); (round six: a commission's letter, `Komisi E`, is found)
  "praperadilan-makassar": ["Badan Pengawasan Mahkamah Agung", "Kejati"],
};
const EXTRAS5: Record<string, string[]> = {
  "bupati-jember": ["Balai Besar Pelaksanaan Jalan Nasional Jawa Timur", "Dinas Pekerjaan Umum Bina Marga dan Sumber Daya Air Jember Yessiana Arifa"],
  "narkoba-medan": ["Kanit Satresnarkoba", "Ketua Gerakan Nasional Anti Narkotika Kota Medan Ramli Siregar"],
  "sidang-surabaya": ["Kejari Surabaya", "Masyarakat Antikorupsi"],
  // (an acronym inside a name is a candidate too: `TB`)
  "tbc-jabar": ["Dinata Marsidi", "Penyakit Menular", "RSUP Dr Hasan Sadikin Rachim", "TB"],
  "ukt-unair": ["Ketua Badan Eksekutif Mahasiswa", "Rektor Institut Teknologi Sepuluh Nopember Bambang Pramujati"],
  "unicef-ntt": ["Indonesia Maniza Zaman"],
  "pilkada-klaten": ["Dewan Pimpinan Pusat Partai Golkar", "Ketua Dewan Pimpinan Cabang", "Klaten Agus Riyanto", "PDI Perjuangan Klaten Joko Wiyono"],
  // (round eight: a body's acronym goes on over the glossary's region, its branch there: `DPRD Sulawesi Selatan`, as `MUI Jawa Barat`)
  "praperadilan-makassar": ["Badan Pengawasan", "DPRD Sulawesi Selatan", "Kejati Sulsel", "Mahkamah Agung"],
};

describe("glossary candidates on the round-five articles", () => {
  it("finds each article's terms but the listed misses, and only the listed extras", async () => {
    const articles = Object.fromEntries(fs.readdirSync(FIXTURES5).filter((f) => f.endsWith(".txt")).map((f) => [f, fs.readFileSync(path.join(FIXTURES5, f), "utf8")]));
    const project = await ingestedProject(articles, "selaras-cand-probe5-");
    fs.cpSync(path.join(REPO, "glossary"), path.join(project.dir, "glossary"), { recursive: true });
    const r = await run(["glossary", "candidates", "--json", "--db", project.db], { cwd: project.dir });
    expect([r.code, r.stderr]).toEqual([0, ""]);
    const report = JSON.parse(r.stdout) as { byDocument: { document: string; candidates: { term: string }[] }[] };
    const want = expected(FIXTURES5);
    expect(report.byDocument.map((d) => d.document)).toEqual([...want.keys()].sort());
    const score = { dev: [0, 0, 0], heldOut: [0, 0, 0] };
    for (const d of report.byDocument) {
      const terms = d.candidates.map((c) => c.term).sort();
      const w = want.get(d.document)!;
      const exact = [...w.filter((t) => !(MISSES5[d.document] ?? []).includes(t)), ...(EXTRAS5[d.document] ?? [])].sort();
      expect({ document: d.document, terms }).toEqual({ document: d.document, terms: exact });
      const s = HELD_OUT5.includes(d.document) ? score.heldOut : score.dev;
      s[0]! += terms.filter((t) => w.includes(t)).length;
      s[1]! += terms.length;
      s[2]! += w.length;
    }
    // [found, listed, wanted]: the six articles the round worked on 95/138 and 95/142 before it, 119/135 and 119/142 after;
    // the two held out 33/45 and 33/48 before, 39/47 and 39/48 after; round six (Roman numerals and a commission's letter, short
    // forms in mixed case, a minister's portfolio over its list commas): dev 123/136 and 123/142, held out 40/47 and 40/48; round seven
    // (a term seen alone elsewhere splits a run: `Ketua Badan Eksekutif Mahasiswa` + `Universitas Airlangga` + `Rizky Maulana Akbar`):
    // dev 124/137 and 124/142; round eight (`DPRD Sulawesi Selatan`, the regional parliament, one name): held out 40/48 and 40/48
    expect(score).toEqual({ dev: [124, 137, 142], heldOut: [40, 48, 48] });
  }, 60_000);
});

/**
 * Round six: seven more articles of 200-250 words (test/fixtures/candidates-probe6: a football league and its clubs,
 * universities and their rectors, an airport and a port, a prison break, a DPR commission and ministries; held out, scored
 * before and after the round's changes: a hospital's dengue cases, a regency's agencies and roads), the terms written before
 * the scan ran.
 */
const FIXTURES6 = path.join(REPO, "test", "fixtures", "candidates-probe6");
const HELD_OUT6 = ["rsup-sardjito", "dinas-bekasi"];
const MISSES6: Record<string, string[]> = {
  // an English title (`General Manager`) and a captain's `Capt` are no titles to the scan; a body's head after `dan` ends
  // the name (`Kantor Kesyahbandaran dan Otoritas Pelabuhan`); a ship's `KM` opens no name; an airline after `Maskapai`
  // (round seven: `KM` opens a ship's name, `KM Kelud` found)
  "bandara-kualanamu": ["Asep Heri", "Garuda Indonesia", "Kantor Kesyahbandaran dan Otoritas Pelabuhan Belawan", "Rudi Santoso"],
  // a league's qualifier and a club after it are not told from a league of three words (`Liga Premier Inggris`); `Manajer`
  // is no title; a club's acronym and its city (`PSM Makassar`)
  "liga-persebaya": ["Candra Wahyudi", "Fulham", "Liga Premier", "PSM Makassar"],
  // a university of three words between a title and a name of two is not told from one of two and a name of three; an
  // institution between an office of four words and a name
  "rektor-ugm": ["Institut Teknologi Bandung", "Jaka Sembiring", "Ova Emilia", "Universitas Gadjah Mada", "Wakil Rektor Bidang Akademik"],
  // held out: a hospital's name after `Dr` and a person's of three; a regency's body of one word and a name; a word after a
  // prefix (`ber-Wolbachia`); `RS` and the acronym after it
  "rsup-sardjito": ["Cahya Purnama", "Dinas Kesehatan Sleman", "Eniarti Siti Rahayu", "RS PKU Muhammadiyah Yogyakarta", "Wolbachia"],
  // held out: `Penjabat` is no title; `Fraksi` inside a sentence; a glossary term after a hyphen ends the name; a unit before a
  // police body of a region with a direction-less place of two words (`Polres Metro Bekasi`)
  "dinas-bekasi": ["Balai Besar Pelaksanaan Jalan Nasional Jakarta-Jawa Barat", "Partai Keadilan Sejahtera", "Penjabat Bupati", "Polres Metro Bekasi",
    "Ridwan Arifin", "Satlantas"],
};
const EXTRAS6: Record<string, string[]> = {
  "bandara-kualanamu": ["General Manager Bandara Internasional Kualanamu Asep Heri", "Kantor Kesyahbandaran", "Maskapai Garuda Indonesia",
    "Otoritas Pelabuhan Belawan Capt Rudi Santoso"],
  // (a person's initials inside a stadium's name are counted as an acronym too: `BJ`)
  "liga-persebaya": ["BJ", "Liga Premier Fulham", "Makassar", "Manajer Persebaya Candra Wahyudi"],
  "rektor-ugm": ["Mada Ova Emilia", "Universitas Gadjah", "Wakil Rektor Bidang Akademik Institut Teknologi Bandung Jaka Sembiring"],
  "rsup-sardjito": ["Dinas Kesehatan Sleman Cahya Purnama", "Muhammadiyah Yogyakarta", "PKU", "RS", "RSUP Dr Sardjito Eniarti", "Siti Rahayu"],
  "dinas-bekasi": ["Balai Besar Pelaksanaan Jalan Nasional", "Fraksi Partai Keadilan Sejahtera Ridwan Arifin", "Penjabat", "Satlantas Polres Metro Bekasi"],
};

describe("glossary candidates on the round-six articles", () => {
  it("finds each article's terms but the listed misses, and only the listed extras", async () => {
    const articles = Object.fromEntries(fs.readdirSync(FIXTURES6).filter((f) => f.endsWith(".txt")).map((f) => [f, fs.readFileSync(path.join(FIXTURES6, f), "utf8")]));
    const project = await ingestedProject(articles, "selaras-cand-probe6-");
    fs.cpSync(path.join(REPO, "glossary"), path.join(project.dir, "glossary"), { recursive: true });
    const r = await run(["glossary", "candidates", "--json", "--db", project.db], { cwd: project.dir });
    expect([r.code, r.stderr]).toEqual([0, ""]);
    const report = JSON.parse(r.stdout) as { byDocument: { document: string; candidates: { term: string }[] }[] };
    const want = expected(FIXTURES6);
    expect(report.byDocument.map((d) => d.document)).toEqual([...want.keys()].sort());
    const score = { dev: [0, 0, 0], heldOut: [0, 0, 0] };
    for (const d of report.byDocument) {
      const terms = d.candidates.map((c) => c.term).sort();
      const w = want.get(d.document)!;
      const exact = [...w.filter((t) => !(MISSES6[d.document] ?? []).includes(t)), ...(EXTRAS6[d.document] ?? [])].sort();
      expect({ document: d.document, terms }).toEqual({ document: d.document, terms: exact });
      const s = HELD_OUT6.includes(d.document) ? score.heldOut : score.dev;
      s[0]! += terms.filter((t) => w.includes(t)).length;
      s[1]! += terms.length;
      s[2]! += w.length;
    }
    // [found, listed, wanted]: the five articles the round worked on 92/121 and 92/124 before it, 110/123 and 110/124 after;
    // the two held out 22/35 and 22/39 before, 28/38 and 28/39 after; round seven (`KM Kelud`): dev 111/122 and 111/124
    expect(score).toEqual({ dev: [111, 122, 124], heldOut: [28, 38, 39] });
  }, 60_000);
});

/**
 * Round seven: six more articles of 200-250 words (test/fixtures/candidates-probe7: a state bank's results, the army in a flood,
 * religious bodies before Ramadan, ships and trains at Lebaran; held out, scored before and after the round's changes: a court's
 * verdict, the UN and climate funds), the terms written before the scan ran.
 */
const FIXTURES7 = path.join(REPO, "test", "fixtures", "candidates-probe7");
const HELD_OUT7 = ["sidang-jaksel", "pbb-iklim"];
const MISSES7: Record<string, string[]> = {
  // a regional body inside a longer name (`Markas Kodam Jaya`) is not a term of its own there
  "banjir-kodam": ["Kodam Jaya"],
  // an analyst's company of four words before a name of two is not told from them; a title of one word and an acronym stay one
  // office (`Wakil Menteri` + `BUMN`: the acronym ends the run, so the title is alone)
  "laba-bri": ["Handy Yunianto", "Mirae Asset Sekuritas Indonesia", "Wakil Menteri BUMN"],
  // an English title before an acronym and a name; `TNI` before a service's name or acronym is no name with it
  "mudik-kapal": ["Anne Purba", "TNI AL", "TNI Angkatan Laut", "Vice President Public Relations"],
  // (round eight: `PP Muhammadiyah` + `Abdul Mu'ti` parted at the given name, `MUI` goes on over the glossary's `Jawa Barat`)
  // held out: a country opening a sentence; a body's acronym after its name and a glossary term; `Presiden` + a body is no office
  "pbb-iklim": ["Indonesia", "Konferensi Perubahan Iklim PBB", "Presiden Bank Dunia"],
  // held out: an institution between a title and a name; `Juru Bicara` + a court + a name of one word (round eight: a court's
  // acronym and its place the glossary has, `PN Jakarta Selatan`, found)
  "sidang-jaksel": ["Amzulian Rifai", "Juru Bicara", "Komisi Yudisial", "Yanto"],
};
const EXTRAS7: Record<string, string[]> = {
  // (a region's acronym inside its name, `DKI`, is a candidate too)
  // (round eight: no `Jaya` alone after `Pangdam`)
  "banjir-kodam": ["DKI"],
  "laba-bri": ["Mirae Asset Sekuritas Indonesia Handy Yunianto", "Wakil Menteri"],
  "mudik-kapal": ["AL", "Angkatan Laut", "TNI", "Vice President Public Relations KAI Anne Purba"],
  // (`HM` of a building named after a person)
  "ormas-ramadan": ["HM"],
  "pbb-iklim": ["Konferensi Perubahan Iklim"],
  "sidang-jaksel": ["DKI", "Ketua Komisi Yudisial Amzulian Rifai", "Mahkamah Agung Yanto", "PN"],
};

describe("glossary candidates on the round-seven articles", () => {
  it("finds each article's terms but the listed misses, and only the listed extras", async () => {
    const articles = Object.fromEntries(fs.readdirSync(FIXTURES7).filter((f) => f.endsWith(".txt")).map((f) => [f, fs.readFileSync(path.join(FIXTURES7, f), "utf8")]));
    const project = await ingestedProject(articles, "selaras-cand-probe7-");
    fs.cpSync(path.join(REPO, "glossary"), path.join(project.dir, "glossary"), { recursive: true });
    const r = await run(["glossary", "candidates", "--json", "--db", project.db], { cwd: project.dir });
    expect([r.code, r.stderr]).toEqual([0, ""]);
    const report = JSON.parse(r.stdout) as { byDocument: { document: string; candidates: { term: string }[] }[] };
    const want = expected(FIXTURES7);
    expect(report.byDocument.map((d) => d.document)).toEqual([...want.keys()].sort());
    const score = { dev: [0, 0, 0], heldOut: [0, 0, 0] };
    for (const d of report.byDocument) {
      const terms = d.candidates.map((c) => c.term).sort();
      const w = want.get(d.document)!;
      const exact = [...w.filter((t) => !(MISSES7[d.document] ?? []).includes(t)), ...(EXTRAS7[d.document] ?? [])].sort();
      expect({ document: d.document, terms }).toEqual({ document: d.document, terms: exact });
      const s = HELD_OUT7.includes(d.document) ? score.heldOut : score.dev;
      s[0]! += terms.filter((t) => w.includes(t)).length;
      s[1]! += terms.length;
      s[2]! += w.length;
    }
    // [found, listed, wanted]: the four articles the round worked on 94/127 and 94/122 before it, 111/122 and 111/122 after; the
    // two held out 44/51 and 44/54 before, 46/51 and 46/54 after (`Direktur Tindak Pidana Ekonomi Khusus` + `Bareskrim Polri`, `Ajay
    // Banga` after `Presiden Bank Dunia`, split where the body stands alone elsewhere in the documents)
    // round eight (`PP Muhammadiyah` + `Abdul Mu'ti`, `MUI Jawa Barat`, no `Jaya` after `Pangdam`, `PN Jakarta Selatan`): dev 114/122
    // and 114/122, held out 47/52 and 47/54
    expect(score).toEqual({ dev: [114, 122, 122], heldOut: [47, 52, 54] });
  }, 60_000);
});
