/** alignSentences on hand-made Indonesian/English texts: exact beads for merges, splits, deletions, insertions. */
import { alignSentences, buildLexicon, galeChurchAlign, isEnglishCredit, type Bead } from "../../src/align";
import { FREEDICT_ENG_IND } from "../../src/align/freedict-eng-ind";
import { compileGlossary } from "../../src/glossary/match";
import type { Concept } from "../../src/glossary/types";

const shape = (beads: Bead[]): string[] => beads.map((b) => `[${b.src.join(",")}]\t[${b.tgt.join(",")}]`);

/** Every sentence of both sides exactly once, in source order; the English in order too outside beads marked moved. */
function expectPartition(beads: Bead[], n: number, m: number): void {
  expect(beads.flatMap((b) => b.src)).toEqual([...Array(n).keys()]);
  expect(beads.flatMap((b) => b.tgt).sort((a, b) => a - b)).toEqual([...Array(m).keys()]);
  const inOrder = beads.filter((b) => !b.moved).flatMap((b) => b.tgt);
  expect(inOrder).toEqual([...inOrder].sort((a, b) => a - b));
  for (const b of beads) {
    expect(b.src.length + b.tgt.length).toBeGreaterThan(0);
    expect(b.score).toBeGreaterThanOrEqual(0);
    expect(b.score).toBeLessThanOrEqual(1);
  }
}

const TOLL_ID = [
  "Presiden Joko Widodo meresmikan jalan tol Trans-Sumatera sepanjang 350 kilometer di Lampung pada Jumat.",
  "Jalan tol itu menghubungkan Bakauheni dengan Terbanggi Besar.",
  "Biaya pembangunannya mencapai Rp 16,8 triliun.",
  "Menurut Menteri Pekerjaan Umum Basuki Hadimuljono, waktu tempuh dari pelabuhan ke Palembang turun menjadi lima jam.",
  "Sebelumnya perjalanan itu memakan waktu hingga dua belas jam.",
  "Warga setempat menyambut baik peresmian tersebut.",
  "Namun sejumlah pengemudi truk mengeluhkan tarif tol yang dinilai terlalu mahal.",
  "Pemerintah berjanji meninjau tarif itu tahun depan.",
];
const TOLL_EN = [
  "President Joko Widodo inaugurated a 350-kilometre stretch of the Trans-Sumatra toll road in Lampung on Friday.",
  "The road links Bakauheni with Terbanggi Besar and cost 16.8 trillion rupiah to build.",
  "According to Public Works Minister Basuki Hadimuljono, the journey from the port to Palembang now takes five hours.",
  "It used to take up to twelve hours.",
  "However, several truck drivers complained that the toll tariffs are too expensive.",
  "The government promised to review the tariff next year.",
  "Reporting by Ahmad Fauzi; editing by Jane Doe.",
];

describe("alignSentences", () => {
  test("a merge (2-1), a dropped sentence (1-0) and an added credit line (0-1)", () => {
    const beads = alignSentences(TOLL_ID, TOLL_EN);
    expect(shape(beads)).toEqual([
      "[0]\t[0]", "[1,2]\t[1]", "[3]\t[2]", "[4]\t[3]", "[5]\t[]", "[6]\t[4]", "[7]\t[5]", "[]\t[6]",
    ]);
    expectPartition(beads, TOLL_ID.length, TOLL_EN.length);
    expect(beads.find((b) => b.tgt.length === 0)!.score).toBe(0);
  });

  test("a merge one of whose sentences shares no anchor with the English scores 0.25 (below the review threshold); an anchored merge keeps its score", () => {
    // `Suasananya meriah.` (the mood was festive) has no counterpart: only its length glues it to the lead
    const id = [TOLL_ID[0]!, "Suasananya meriah.", TOLL_ID[1]!, TOLL_ID[2]!];
    const en = [TOLL_EN[0]!, TOLL_EN[1]!];
    expect(alignSentences(id, en)).toEqual([
      { src: [0, 1], tgt: [0], score: 0.25 },
      { src: [2, 3], tgt: [1], score: 0.721 }, // 0.668 before English -ed/-ing forms and past forms reached their word-list lemmas
    ]);
  });

  test("English credit lines and web labels pair with nothing: not the dropped last sentence, not glued to the lead", () => {
    // before: `Advertisement` joined the lead ([0]-[0,1], 0.626) and the credits took the dropped last sentence ([7]-[6])
    const en = [TOLL_EN[0]!, "Advertisement", TOLL_EN[1]!, TOLL_EN[2]!, TOLL_EN[3]!, TOLL_EN[4]!, "(Reporting by Ahmad Fauzi; Editing by Jane Doe)"];
    const beads = alignSentences(TOLL_ID, en);
    expect(shape(beads)).toEqual([
      "[0]\t[0]", "[]\t[1]", "[1,2]\t[2]", "[3]\t[3]", "[4]\t[4]", "[5]\t[]", "[6]\t[5]", "[7]\t[]", "[]\t[6]",
    ]);
    expectPartition(beads, TOLL_ID.length, en.length);
    expect(beads.filter((b) => b.src.length === 0).map((b) => b.score)).toEqual([0, 0]);
  });

  test.each([
    ["(Reporting by Fathur Rochman; Writing by Rahmad Nasution)", true],
    ["(Editing by Tasrief Tarmizi)", true],
    ["Reporting by Stanley Widianto; Editing by Kanupriya Kapoor", true],
    ["Reporting by Ahmad Fauzi; editing by Jane Doe.", true],
    ["Editing by Arnidhya Nur Zhafira", true],
    ["Editor: Rahmad Nasution", true],
    ["Advertisement", true],
    ["Scroll to continue with content", true],
    ["Read also: Jokowi inaugurates toll road", true],
    ["COPYRIGHT © ANTARA 2026", true],
    ["Translator: Aji Cakti, Raka Adji", true],
    ["Related news: Indonesia, Japan agree to boost trade", true],
    ["(Read also: Rupiah weakens against dollar)", true],
    ["(ANTARA FOTO/Sigid Kurniawan)", true],
    ["(REUTERS/Willy Kurniawan)", true],
    ["Photo: Workers at a nickel smelter in Morowali, Central Sulawesi.", true],
    ["Our Standards: The Thomson Reuters Trust Principles.", true],
    // editor's notes on the English edition
    ["This story has been updated.", true],
    ["This story has been corrected to show that Marquez crashed on the third lap, not the fifth.", true],
    ["This article was updated with the minister's comments.", true],
    ["(This story has been refiled to fix a typo in paragraph 3)", true],
    ["An earlier version of this story misstated the size of the deficit.", true],
    ["Editor's note: This article first appeared in Tempo English.", true],
    ["Correction: An earlier version misspelt the minister's name.", true],
    ["(Adds comment from the finance minister in paragraph 5)", true],
    ["Updated: Dec. 5, 2026, 3:45 p.m.", true],
    ["Last updated at 14:30 WIB", true],
    ["Copyright 2026 The Associated Press.", true],
    ["All rights reserved.", true],
    ["This material may not be published, broadcast, rewritten or redistributed without permission.", true],
    ["Copyright infringement cases rose in 2025, the police said.", false],
    ["The report was updated in March to include 2025 data, the agency said.", false],
    ["The article was amended by parliament in 2019.", false],
    ["This story was told to us by many villagers in Lombok.", false],
    ["Updated figures show inflation at 2.5 percent.", false],
    ["(The budget was approved in 2025.)", false],
    ["(In US$/barrel)", false],
    // sentences of the article
    ["Reporting by local media showed the plan was dropped.", false],
    ["Reporting by Reuters showed the plan was dropped.", false],
    ["Editors at the newspaper refused to comment.", false],
    ["Advertisements for the product were banned in 2019.", false],
    ["Related costs rose 4 percent.", false],
    ["The road cost 16.8 trillion rupiah.", false],
  ])("isEnglishCredit(%j) = %s", (sentence, expected) => {
    expect(isEnglishCredit(sentence)).toBe(expected);
  });

  test("a split (1-2) and numbers read per language (1,5 = 1.5; 2.350 = 2,350)", () => {
    const id = [
      "Banjir melanda Jakarta Timur setelah hujan deras turun sejak Sabtu malam dan ribuan warga terpaksa mengungsi ke masjid serta sekolah.",
      "Ketinggian air di Kampung Melayu mencapai 1,5 meter.",
      "Badan Penanggulangan Bencana Daerah (BPBD) DKI Jakarta mencatat 2.350 pengungsi hingga Minggu pagi.",
      "Gubernur meminta warga tetap waspada.",
    ];
    const en = [
      "Floods hit East Jakarta after heavy rain fell from Saturday night.",
      "Thousands of residents had to take shelter in mosques and schools.",
      "The water in Kampung Melayu reached 1.5 metres.",
      "The Jakarta Regional Disaster Management Agency (BPBD) recorded 2,350 evacuees by Sunday morning.",
      "The governor asked residents to remain vigilant.",
    ];
    expect(shape(alignSentences(id, en))).toEqual(["[0]\t[0,1]", "[1]\t[2]", "[2]\t[3]", "[3]\t[4]"]);
  });

  test("boundaries that disagree (2-2): a sentence cut at a comma", () => {
    const id = [
      "Polisi menangkap tiga tersangka di Medan,",
      "termasuk Budi Santoso dan Rudi Hartono yang membawa 12 kilogram sabu dari Aceh. Ketiganya ditahan di Markas Polda Sumatera Utara.",
      "Kepala Kepolisian Daerah Sumatera Utara memuji kerja anak buahnya.",
    ];
    const en = [
      "Police arrested three suspects in Medan, including Budi Santoso and Rudi Hartono, who were carrying 12 kilograms of methamphetamine from Aceh.",
      "All three are being held at the North Sumatra police headquarters.",
      "The North Sumatra regional police chief praised the work of his officers.",
      "(Reporting by Ahmad Fauzi; editing by Jane Doe)",
    ];
    expect(shape(alignSentences(id, en))).toEqual(["[0,1]\t[0,1]", "[2]\t[2]", "[]\t[3]"]);
  });

  test("an empty side: every sentence alone", () => {
    expect(alignSentences([], ["A.", "B."])).toEqual([{ src: [], tgt: [0], score: 0 }, { src: [], tgt: [1], score: 0 }]);
    expect(alignSentences(["A.", "B."], [])).toEqual([{ src: [0], tgt: [], score: 0 }, { src: [1], tgt: [], score: 0 }]);
    expect(alignSentences([], [])).toEqual([]);
  });

  test("wildly different lengths: three sentences found among forty", () => {
    const filler = [
      "Stock markets in Asia closed mixed on Tuesday as investors awaited inflation data.",
      "The film festival attracted visitors from abroad for the first time since the pandemic.",
      "A new bridge over the river is expected to open before the rainy season.",
      "The football club signed a young striker from Brazil on a three-year contract.",
      "Scientists warned that coral reefs in the eastern islands are bleaching faster than expected.",
      "Farmers said the harvest was delayed by unusually heavy rain in the highlands.",
      "The airline will add evening flights between the two cities next month.",
      "Museum visitors can now see the restored manuscripts in a new gallery.",
    ];
    const en = Array.from({ length: 40 }, (_, k) => filler[k % filler.length]!);
    en[5] = TOLL_EN[0]!;
    en[20] = TOLL_EN[2]!;
    en[33] = TOLL_EN[5]!;
    const id = [TOLL_ID[0]!, TOLL_ID[3]!, TOLL_ID[7]!];
    const beads = alignSentences(id, en);
    expectPartition(beads, 3, 40);
    expect(shape(beads.filter((b) => b.src.length > 0))).toEqual(["[0]\t[5]", "[1]\t[20]", "[2]\t[33]"]);
  });

  describe("long documents in a band", () => {
    const syl = ["ba", "ku", "ri", "te", "mo", "sa", "lu", "pe", "ni", "go"];
    const name = (k: number): string => "W" + String(k).padStart(3, "0").split("").map((d) => syl[Number(d)]).join("");
    const build = (uniqueNames: boolean) => {
      const id: string[] = [];
      const en: string[] = [];
      for (let k = 0; k < 200; k++) {
        // without unique names every name occurs twice on each side: no anchor is unique
        const w = name(uniqueNames ? k : k % 100);
        id.push(`Warga desa ${w} menerima bantuan beras dari pemerintah.`);
        en.push(`Residents of ${w} village received rice from the government.`);
        if (k === 80) for (let q = 0; q < 60; q++) en.push(`Advertisement: cheap flights to Bali ${q % 2 ? "today" : "tomorrow"}.`);
      }
      return { id, en };
    };
    const check = (beads: Bead[]): void => {
      expectPartition(beads, 200, 260);
      const pairs = beads.filter((b) => b.src.length && b.tgt.length);
      expect(pairs).toHaveLength(200);
      expect(pairs.filter((b) => !(b.src.length === 1 && b.tgt.length === 1 && b.tgt[0] === (b.src[0]! <= 80 ? b.src[0] : b.src[0]! + 60)))).toEqual([]);
    };
    test("unique anchors (names) give the coarse path: a ±10 band around it holds", () => {
      const { id, en } = build(true);
      check(alignSentences(id, en, { band: 10 }));
    });
    test("no unique anchor: the diagonal band is widened until the path fits", () => {
      const { id, en } = build(false);
      check(alignSentences(id, en, { band: 10 }));
    });
  });

  test("a glossary concept is an anchor: it decides which sentence the English one translates", () => {
    const concepts: Concept[] = [
      { id: "house-of-representatives", sources: [{ text: "DPR", caseSensitive: true }], renderings: [{ text: "House of Representatives", status: "preferred", caseSensitive: false }], dnt: false },
      { id: "regional-council", sources: [{ text: "DPD", caseSensitive: true }], renderings: [{ text: "Regional Council", status: "preferred", caseSensitive: false }], dnt: false },
    ];
    const id = ["Rapat DPR dimulai pukul sembilan.", "Rapat DPD ditunda."];
    const en = ["The Regional Council meeting was postponed."];
    const without = alignSentences(id, en, { lexicon: null });
    const withGlossary = alignSentences(id, en, { lexicon: null, glossary: compileGlossary(concepts) });
    expect(shape(withGlossary)).toEqual(["[0]\t[]", "[1]\t[0]"]);
    expect(shape(without)).toEqual(["[0]\t[0]", "[1]\t[]"]);
  });

  test("news vocabulary FreeDict lacks is an anchor: `tersangka ditahan` is the sentence about the detained suspect", () => {
    const id = ["Keluhan soal kecurangan meningkat.", "Tersangka ditahan semalam."];
    const en = ["The suspect was detained overnight."];
    expect(shape(alignSentences(id, en))).toEqual(["[0]\t[]", "[1]\t[0]"]);
    // FreeDict alone knows neither `tersangka` nor `ditahan` as `detain` (only hold, prisoner …): the first sentence wins on position
    expect(shape(alignSentences(id, en, { lexicon: buildLexicon(FREEDICT_ENG_IND) }))).toEqual(["[0]\t[0]", "[1]\t[]"]);
  });

  test("an English-only background sentence next to a merge is left unpaired, not paired with the merge's first half", () => {
    const id = [
      "Banjir merendam ratusan rumah di Kabupaten Bandung sejak Selasa malam.",
      "Ketinggian air mencapai satu meter di beberapa titik.",
      "Sebanyak 1.200 warga terpaksa mengungsi ke masjid dan balai desa.",
      "Bupati Bandung Dadang Supriatna meminta warga tetap waspada.",
      "Ia menyebut hujan deras diperkirakan masih turun hingga akhir pekan.",
    ];
    const en = [
      "Floods have submerged hundreds of homes in Bandung regency since Tuesday night.",
      "Indonesia is hit by floods and landslides every rainy season, which runs from November to March.",
      "With water up to one metre deep in places, 1,200 residents were forced to take shelter in mosques and village halls.",
      "Bandung regent Dadang Supriatna urged residents to remain alert, saying heavy rain was expected to continue until the weekend.",
    ];
    const beads = alignSentences(id, en);
    expect(shape(beads)).toEqual(["[0]\t[0]", "[]\t[1]", "[1,2]\t[2]", "[3,4]\t[3]"]);
    expectPartition(beads, id.length, en.length);
    // with the weights before the news vocabulary (skip 4, merge 1.5) the background sentence took id 1
    expect(shape(alignSentences(id, en, { params: { skip: 4, merge: 1.5 } }))).toEqual(["[0]\t[0]", "[1]\t[1]", "[2]\t[2]", "[3,4]\t[3]"]);
  });

  test("two unrelated stories at the end of the page (the Indonesian's `Baca juga` story, the English's related story) are left unpaired, not paired one to one", () => {
    const id = [
      "Kementerian Kesehatan memperluas imunisasi kejar campak ke enam provinsi setelah kasus melonjak sejak awal tahun.",
      "Hingga akhir Oktober, tercatat 3.412 kasus campak yang terkonfirmasi laboratorium.",
      "Sebanyak 27 anak meninggal dunia, sebagian besar berusia di bawah lima tahun.",
      "Vaksin diberikan gratis kepada anak usia sembilan bulan hingga 15 tahun.",
      "Kemenkes menyiapkan 5,2 juta dosis vaksin MR untuk program ini.",
      "Dinas Kesehatan Jawa Barat mencatat kasus demam berdarah dengue turun 40 persen dibandingkan tahun lalu.",
      "Hingga September, tercatat 21.300 kasus dengan 96 kematian.",
      "Kepala dinas mengatakan penurunan itu berkat gerakan satu rumah satu jumantik.",
      "Namun ia mengingatkan warga agar tetap waspada menjelang musim hujan.",
    ];
    const en = [
      "The Health Ministry has extended measles catch-up immunisation to six provinces after cases surged since the beginning of the year.",
      "As of the end of October, 3,412 laboratory-confirmed measles cases had been recorded.",
      "Twenty-seven children have died, most of them under the age of five.",
      "The vaccine is free for children aged nine months to 15 years.",
      "The ministry has prepared 5.2 million doses of MR vaccine for the programme.",
      "Palm oil exports fell sharply in August, an industry group said on Tuesday.",
      "Shipments totalled 2.1 million tons, the lowest in 14 months.",
      "The group's chairman blamed weaker demand from China and India.",
      "Stocks at the end of the month rose to 3.4 million tons.",
    ];
    const beads = alignSentences(id, en);
    // (paired one to one before: `… demam berdarah dengue turun 40 persen …` / `Palm oil exports fell sharply …` and so on)
    expect(shape(beads)).toEqual([
      "[0]\t[0]", "[1]\t[1]", "[2]\t[2]", "[3]\t[3]", "[4]\t[4]",
      "[5]\t[]", "[6]\t[]", "[7]\t[]", "[8]\t[]", "[]\t[5]", "[]\t[6]", "[]\t[7]", "[]\t[8]",
    ]);
    expectPartition(beads, id.length, en.length);
    // two such pairs are not a run: free translation stays paired (its score flags it)
    expect(shape(alignSentences(id.slice(0, 7), en.slice(0, 7))).slice(5)).toEqual(["[5]\t[5]", "[6]\t[6]"]);
  });

  test("without the word list it still aligns names and numbers", () => {
    expect(shape(alignSentences(TOLL_ID.slice(0, 5), TOLL_EN.slice(0, 4), { lexicon: null }))).toEqual([
      "[0]\t[0]", "[1,2]\t[1]", "[3]\t[2]", "[4]\t[3]",
    ]);
  });

  test("odd input never breaks the partition: empty strings, punctuation only, one huge sentence, random sizes", () => {
    let seed = 7;
    const rnd = (): number => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    const pool = ["", "...", "—", "2024", "Jakarta", ...TOLL_ID, ...TOLL_EN, "x".repeat(20000), "Banjir. ".repeat(500)];
    for (let round = 0; round < 30; round++) {
      const n = Math.floor(rnd() * 12);
      const m = Math.floor(rnd() * 12);
      const src = Array.from({ length: n }, () => pool[Math.floor(rnd() * pool.length)]!);
      const tgt = Array.from({ length: m }, () => pool[Math.floor(rnd() * pool.length)]!);
      expectPartition(alignSentences(src, tgt), n, m);
    }
  });

  test("Gale–Church baseline covers every sentence too", () => {
    expectPartition(galeChurchAlign(TOLL_ID, TOLL_EN), TOLL_ID.length, TOLL_EN.length);
  });
});

describe("two sentences the English crossed", () => {
  test("a 1-2 bead beside an Indonesian sentence left alone becomes two 1-1 beads crosswise (before: the mayor's sentence took both English sentences, the appeal alone)", () => {
    const id = [
      "Banjir rob merendam sedikitnya 4.200 rumah di tujuh kelurahan di pesisir Kota Pekalongan sejak Selasa malam.",
      "Sebanyak 312 warga terpaksa mengungsi ke balai kelurahan dan masjid.",
      "Pemerintah kota telah mendirikan dapur umum di tiga lokasi.",
      "Wali Kota Pekalongan Afzan Arslan Djunaid mengatakan pembangunan tanggul permanen akan dimulai tahun depan dengan anggaran Rp1,2 triliun dari pemerintah pusat.",
      "Ia meminta warga tetap waspada.",
    ];
    const en = [
      "Tidal flooding has inundated at least 4,200 homes in seven urban villages on the coast of Pekalongan since Tuesday night.",
      "Some 312 residents have taken shelter in village halls and mosques.",
      "The city has set up public kitchens at three locations.",
      "Mayor Afzan Arslan Djunaid urged residents to remain alert.",
      "Construction of a permanent sea wall will begin next year, funded with Rp 1.2 trillion from the central government, he said.",
    ];
    expect(alignSentences(id, en)).toEqual([
      { src: [0], tgt: [0], score: 0.702 },
      { src: [1], tgt: [1], score: 0.6 },
      { src: [2], tgt: [2], score: 0.779 },
      { src: [3], tgt: [4], score: 0.697, moved: true },
      { src: [4], tgt: [3], score: 0.501, moved: true },
    ]);
  });
});

describe("a sentence the English folded into a pair of other sentences", () => {
  const src = [
    "Gempa bumi bermagnitudo 6,2 mengguncang Kabupaten Mamuju, Sulawesi Barat, pada Jumat pukul 14.28 WITA.",
    "Pusat gempa berada di darat, sekitar 8 kilometer barat laut Mamuju, pada kedalaman 10 kilometer.",
    "BMKG menyatakan gempa tersebut tidak berpotensi tsunami.",
    "Guncangan dirasakan cukup kuat selama sekitar 10 detik.",
  ];
  const tgt = [
    "A magnitude 6.2 earthquake struck Mamuju regency in West Sulawesi on Friday, the meteorology agency BMKG said, adding there was no threat of a tsunami.",
    "The epicenter was on land, about 8 km northwest of Mamuju, at a depth of 10 km.",
    "The shaking was felt strongly for about 10 seconds.",
  ];

  test("stays without counterpart (a bead is a run of neighbours), marked foldedInto the English that says it", () => {
    const beads = alignSentences(src, tgt);
    expectPartition(beads, 4, 3);
    expect(beads).toEqual([
      { src: [0], tgt: [0], score: 0.539 }, { src: [1], tgt: [1], score: 0.547 }, { src: [2], tgt: [], score: 0, foldedInto: [0] }, { src: [3], tgt: [2], score: 0.704 },
    ]);
  });

  test("the English indices count a credit line or web label the aligner set aside", () => {
    const beads = alignSentences(src, ["Advertisement", ...tgt]);
    expect(beads.map((b) => [shape([b])[0], b.foldedInto])).toEqual([
      ["[]\t[0]", undefined], ["[0]\t[1]", undefined], ["[1]\t[2]", undefined], ["[2]\t[]", [1]], ["[3]\t[3]", undefined],
    ]);
  });

  test("a headline the English left out is not marked (it repeats the lead)", () => {
    const beads = alignSentences(["Gempa Magnitudo 6,2 Guncang Mamuju, BMKG: Tidak Berpotensi Tsunami", ...src], tgt, { headlines: [true, false, false, false, false] });
    expect(beads[0]).toEqual({ src: [0], tgt: [], score: 0 });
  });
});

describe("photo captions (AlignOptions.captions)", () => {
  // (probe 6's flood: the caption above the lead, which the English left out, was glued to the lead by length and its shared words)
  const src = [
    "Warga menerobos banjir di Jalan Kaligawe, Semarang, Jawa Tengah, Selasa (14/1/2027).",
    "Banjir merendam sedikitnya 4.300 rumah di tujuh kecamatan di Kota Semarang, Jawa Tengah, setelah hujan deras mengguyur sejak Senin malam.",
    "Ketinggian air mencapai 1,2 meter di sejumlah titik.",
  ];
  const tgt = [
    "Floods have inundated at least 4,300 houses in seven districts of Semarang, Central Java, after heavy rain that began on Monday night.",
    "The water was up to 1.2 meters deep in some places.",
  ];

  test("a caption is never joined with another sentence: left alone when the English has none", () => {
    expect(shape(alignSentences(src, tgt))).toEqual(["[0,1]\t[0]", "[2]\t[1]"]);
    expect(shape(alignSentences(src, tgt, { captions: [true, false, false] }))).toEqual(["[0]\t[]", "[1]\t[0]", "[2]\t[1]"]);
  });

  test("a caption the English gives too pairs with it", () => {
    const beads = alignSentences(src, ["Residents wade through floodwater on Jalan Kaligawe, Semarang, Central Java, on Tuesday (Jan. 14, 2027).", ...tgt], { captions: [true, false, false] });
    expect(shape(beads)).toEqual(["[0]\t[0]", "[1]\t[1]", "[2]\t[2]"]);
  });
});

describe("list introductions (sentences ending in a colon on both sides)", () => {
  // (the article's sentences as the segmenters cut them: test/fixtures/align-probe4/06-daftar; the English dropped a list item)
  const src = [
    "Pendaftaran CPNS 2027 Dibuka 1 Maret, Ini Syarat dan Jadwalnya", "Jakarta (ANTARA) -",
    "Pemerintah membuka pendaftaran calon pegawai negeri sipil (CPNS) 2027 pada 1 Maret dengan formasi sebanyak 250.000 orang.",
    "Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Rini Widyantini mengatakan pendaftaran dilakukan secara daring melalui portal SSCASN.",
    "Berikut syarat umum yang harus dipenuhi pelamar:", "Warga negara Indonesia.", "Berusia paling rendah 18 tahun dan paling tinggi 35 tahun pada saat melamar.",
    "Tidak pernah dipidana penjara dua tahun atau lebih.", "Tidak menjadi anggota atau pengurus partai politik.", "Memiliki kualifikasi pendidikan sesuai formasi.",
    "Adapun jadwal seleksi sebagai berikut:", "Pendaftaran\t1-21 Maret 2027", "Pengumuman seleksi administrasi\t5 April 2027", "Seleksi kompetensi dasar\t20 April-15 Mei 2027",
    "Pengumuman akhir\t30 Juni 2027", "Rini mengingatkan pelamar agar mewaspadai penipuan yang menjanjikan kelulusan dengan imbalan uang.",
    "\"Seleksi CPNS tidak dipungut biaya apa pun,\" katanya.",
  ];
  const tgt = [
    "Indonesia opens civil service recruitment for 250,000 posts on March 1",
    "JAKARTA (ANTARA) - Indonesia will open registration for 250,000 civil service posts on March 1, the government said.",
    "Applications must be made online through the SSCASN portal, Administrative and Bureaucratic Reform Minister Rini Widyantini said.",
    "Applicants must:", "be Indonesian citizens;", "be between 18 and 35 years old when they apply;", "never have been sentenced to two years or more in prison;",
    "not be a member or official of a political party.", "The selection timetable:", "Registration\tMarch 1-21", "Administrative results\tApril 5",
    "Basic competency tests\tApril 20-May 15", "Final results\tJune 30", "Rini warned applicants to beware of scams promising a place in return for money.",
    "\"The selection is free of charge,\" she said.",
  ];

  test("pair with each other (before: the English one joined its first item as a fragment, [5]-[3,4], and the Indonesian one the sentence before it, [3,4]-[2])", () => {
    expect(shape(alignSentences(src, tgt))).toEqual([
      "[0]\t[0]", "[1,2]\t[1]", "[3]\t[2]", "[4]\t[3]", "[5]\t[4]", "[6]\t[5]", "[7]\t[6]", "[8]\t[7]", "[9]\t[]", "[10]\t[8]", "[11]\t[9]", "[12]\t[10]",
      "[13]\t[11]", "[14]\t[12]", "[15]\t[13]", "[16]\t[14]",
    ]);
  });

  test("a sentence ending in a colon on one side only is still a fragment joined with what follows", () => {
    const said = ["Ia mengatakan:", "\"Kami akan memeriksa semua saksi pekan depan.\"", "Sidang ditunda hingga Selasa."];
    expect(shape(alignSentences(said, ["He said: \"We will question all the witnesses next week.\"", "The hearing was adjourned until Tuesday."]))).toEqual(["[0,1]\t[0]", "[2]\t[1]"]);
  });
});
