/**
 * Two small articles (and the English of the second) used by the lifecycle tests and the
 * end-to-end lifecycle story: a budget article with numbers, and a flood article whose English
 * leaves out "Bantuan itu tiba Rabu pagi." so the aligner folds it into its neighbour (5+6).
 */
export const BUDGET = [
  "Pemerintah menambah anggaran sekolah",
  "",
  "Pemerintah menambah anggaran pendidikan sebesar Rp 750 miliar tahun ini.",
  "",
  "Menteri mengatakan dana itu untuk 1.200 sekolah di daerah terpencil.",
  "",
  "Sebanyak 40 persen sekolah itu berada di Papua.",
  "",
].join("\n");

export const FLOOD = [
  "Banjir melanda Jakarta Utara",
  "",
  "Hujan deras mengguyur Jakarta sejak Selasa malam. Ribuan warga mengungsi ke masjid dan sekolah terdekat.",
  "",
  "Pemerintah menyiapkan 1.500 paket bantuan. Bantuan itu tiba Rabu pagi.",
  "",
  "Gubernur meninjau lokasi banjir pada Rabu siang. Ia berjanji memperbaiki tanggul yang jebol.",
  "",
].join("\n");

export const FLOOD_EN = [
  "Floods hit North Jakarta",
  "",
  "Heavy rain has lashed Jakarta since Tuesday night. Thousands of residents fled to nearby mosques and schools.",
  "",
  "The government prepared 1,500 aid packages.",
  "",
  "The governor visited the flooded area on Wednesday afternoon. He promised to repair the broken embankment.",
  "",
].join("\n");
