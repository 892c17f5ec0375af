import check from "../../../src/check/rules/role-mismatch";
import { testCheck } from "../helpers";

testCheck(check, {
  valid: [
    { source: "Rusia menyerang Ukraina dengan drone.", target: "Russia attacked Ukraine with drones.", name: "the doer kept" },
    // (a passive without `oleh` at the sentence's head: made active the right way round, kept, or no doer after the verb)
    { source: "Pencuri itu ditangkap warga di dekat masjid.", target: "Residents caught the thief near the mosque.", name: "bare passive: made active the right way round" },
    { source: "Pencuri itu ditangkap warga di dekat masjid.", target: "The thief was caught by residents near the mosque.", name: "bare passive: kept" },
    { source: "Saksi itu diperiksa penyidik selama delapan jam.", target: "Investigators questioned the witness for eight hours.", name: "bare passive: the doer first" },
    { source: "Kaum miskin ditawari bantuan.", target: "Poor offered help", name: "bare passive: a verb whose next word is what is offered (guntara-news:3104)" },
    { source: "Jika jumlah yang diajukan tidak dapat terpenuhi, kuota dikurangi.", target: "If the proposed quota is not met, it will be cut.", name: "bare passive: a conjunction first (guntara-news:2353)" },
    { source: "Di antara yang ditangkap adalah dua warga asing.", target: "Among those arrested were two foreigners.", name: "bare passive: a preposition first (guntara-news:3929)" },
    { source: "Pendaftaran calon ditutup seminggu lagi.", target: "Candidate registration closes in a week.", name: "bare passive: a time after the verb, no doer (number probe d16)" },
    { source: "Ukraina diserang Rusia pada Minggu malam.", target: "Russia attacked Ukraine on Sunday night.", name: "a passive of the source made active" },
    { source: "Persija dikalahkan Persib 1-2 di kandang.", target: "Persija lost 1-2 to Persib at home.", name: "another verb with a preposition: not read" },
    { source: "Ukraina diserang Rusia pada Minggu malam.", target: "Ukraine was attacked by Russia on Sunday night.", name: "a passive kept" },
    { source: "Jepang mengalahkan Jerman 4-1 di Wolfsburg.", target: "Japan beat Germany 4-1 in Wolfsburg.", name: "a name translated by the word list" },
    { source: "Polisi menangkap Budi di rumahnya.", target: "Police arrested Budi at his home.", name: "a noun as the doer" },
    { source: "Bus itu ditabrak oleh kereta, lalu penumpangnya ditolong oleh petugas.", target: "The bus was hit by a train, and officers then helped its passengers.", name: "a second passive with oleh made active the right way round" },
    { source: "Direktur AALI Santosa mengatakan laba naik.", target: "AALI director Santosa said profit rose.", name: "an English word is no verb" },
    { source: "Korban diselamatkan oleh warga sebelum petugas tiba.", target: "Residents rescued the victim before officers arrived.", name: "a passive with `oleh` made active the right way round" },
    { source: "Korban diselamatkan oleh warga sebelum petugas tiba.", target: "The victim was rescued by residents before officers arrived.", name: "a passive with `oleh` kept" },
    { source: "Pasien itu dirujuk oleh puskesmas ke rumah sakit.", target: "The patient was referred by the health centre to a hospital.", name: "a passive kept, its doer after `by`" },
    { source: "Bhayangkara FC mengalahkan Borneo FC 2-0 di Bekasi.", target: "Bhayangkara FC beat Borneo FC 2-0 in Bekasi.", name: "names sharing a word (`FC`), the doer kept" },
    { source: "Indonesia mengekspor minyak sawit dari Dumai ke India.", target: "Indonesia shipped palm oil from Dumai to India.", name: "names after their prepositions kept" },
    { source: "Indonesia membeli pesawat tempur dari Prancis.", target: "France sold fighter jets to Indonesia.", name: "a converse verb with the other preposition (`dari` → `to`): not read" },
    { source: "Jepang memberikan pinjaman kepada Indonesia.", target: "Indonesia received a loan from Japan.", name: "a converse verb: `kepada` → `from`" },
    { source: "Jabatan itu dialihkan dari Fraksi Golkar kepada Fraksi PDI-P.", target: "The post passed from the Golkar faction to the PDI-P faction.", name: "a name after `the`" },
    { source: "Berdasarkan data Bappenas, utang mencapai 40 persen dari PDB.", target: "Data from the Bappenas show debt reached 40 percent of GDP.", name: "a preposition the target adds, the names in their order: no trade" },
    { source: "Berkas itu diajukan ke Badan Kepegawaian Daerah DKI Jakarta untuk Calon Pegawai.", target: "The file went to Jakarta Regional Employment Agency for the Governmental Employee hopefuls.", name: "a name of several words found only by a translation of one of them (`Kepegawaian` → `Employee`): not located" },
  ],
  invalid: [
    {
      source: "Bus itu ditabrak oleh kereta, lalu pengemudinya ditolong oleh petugas.", target: "The bus was hit by a train, and then its driver helped the officers.", name: "roles turned round after the second oleh (`driver`, the agent noun of `drive`)",
      errors: [{ messageId: "swapped", data: { doer: "petugas", done: "pengemudinya", verb: "ditolong", rendered: "driver helped the officers" } }],
    },
    {
      source: "Rusia menyerang Ukraina dengan rudal.", target: "Ukraine attacked Russia with missiles.", name: "two countries turned round",
      errors: [{ messageId: "swapped", data: { doer: "Rusia", done: "Ukraina", verb: "menyerang", rendered: "Ukraine attacked Russia" }, source: { start: 0, end: 23 }, target: { start: 0, end: 23 } }],
    },
    {
      source: "Korea Selatan mengalahkan Jepang 2-0 di final.", target: "Japan beat South Korea 2-0 in the final.", name: "a name of two words",
      errors: [{ messageId: "swapped", data: { doer: "Korea Selatan", done: "Jepang", verb: "mengalahkan", rendered: "Japan beat South Korea" } }],
    },
    {
      source: "Ginting dikalahkan oleh Axelsen dalam tiga gim.", target: "Ginting defeated Axelsen in three games.", name: "a passive of the source read as active",
      errors: [{ messageId: "swapped", data: { doer: "Axelsen", done: "Ginting", verb: "dikalahkan", rendered: "Ginting defeated Axelsen" } }],
    },
    {
      source: "Pencuri itu ditangkap warga di dekat masjid.", target: "The thief caught residents near the mosque.", name: "roles turned round after a passive without `oleh` at the sentence's head",
      errors: [{ messageId: "swapped", data: { doer: "warga", done: "Pencuri", verb: "ditangkap", rendered: "thief caught residents" } }],
    },
    {
      source: "Seorang pengendara ojek dipukul oleh penumpangnya di Jalan Margonda.", target: "A motorcycle taxi driver hit his passenger on Margonda Street.", name: "roles turned round between plain nouns after a passive with `oleh`",
      errors: [{ messageId: "swapped", data: { doer: "penumpangnya", done: "pengendara ojek", verb: "dipukul", rendered: "driver hit his passenger" }, source: { start: 8, end: 49 } }],
    },
    {
      source: "Guru honorer itu dianiaya oleh orang tua murid.", target: "The contract teacher assaulted a student's parent.", name: "plain nouns, a verb's English form (`assaulted` of `assault`)",
      errors: [{ messageId: "swapped", data: { doer: "orang tua murid", done: "Guru honorer", verb: "dianiaya", rendered: "teacher assaulted a student's" } }],
    },
    {
      source: "Bhayangkara FC mengalahkan Borneo FC 2-0 di Stadion Patriot.", target: "Borneo FC beat Bhayangkara FC 2-0 at Patriot Stadium.", name: "names sharing a word (`FC`), each read by its own",
      errors: [{ messageId: "swapped", data: { doer: "Bhayangkara FC", done: "Borneo FC", verb: "mengalahkan", rendered: "Borneo FC beat Bhayangkara FC" } }],
    },
    {
      source: "Indonesia mengimpor beras dari Thailand sebanyak 500.000 ton.", target: "Thailand imported 500,000 tons of rice from Indonesia.", name: "names traded across a preposition",
      errors: [{ messageId: "preposition", data: { name: "Thailand", preposition: "dari", other: "Indonesia", rendered: "from Indonesia" }, source: { start: 31, end: 39 }, target: { start: 0, end: 53 } }],
    },
    {
      source: "Saham itu dialihkan dari Garuda kepada Pelita Air.", target: "The shares were transferred from Pelita Air to Garuda.", name: "two prepositions, their names traded",
      errors: [{ messageId: "preposition", data: { name: "Garuda", preposition: "dari", other: "Pelita Air", rendered: "from Pelita Air" } }],
    },
    {
      source: "Korea Utara menembakkan rudal ke arah Jepang pada Kamis.", target: "Japan fired a missile towards North Korea on Thursday.", name: "`ke arah`, a name of two words and a translated one",
      errors: [{ messageId: "preposition", data: { name: "Jepang", preposition: "ke arah", other: "Korea Utara", rendered: "towards North Korea" } }],
    },
  ],
});
