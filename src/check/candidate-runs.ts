/**
 * How a run of capitalised words (src/check/audit.ts candidateSpans) splits into candidate terms:
 * a person's title or rank glued before the name (`Presiden Joko Widodo`, `Menlu Retno`, `Kapolri
 * Jenderal Listyo Sigit`), a rank inside the run (`Kepala Korps Lalu Lintas Polri Irjen Aan
 * Suhanan`), an institution named after an office (`Wakil Ketua Komisi Pemberantasan Korupsi`).
 * Pure: words in, word ranges out. The word lists are data about Indonesian news usage (titles,
 * ranks, ministries' portfolios), as the month and weekday lists are.
 */

const words = (s: string): string[] => s.split(/\s+/).filter(Boolean);

/**
 * Words that are no term on their own but start many (a title, an office, a kind of place): alone
 * they are left out; in a run they stay (`Gubernur` no, `Kali Ciliwung` yes; `Jl` no, `Jl Thamrin` yes).
 */
export const GENERIC_ALONE: ReadonlySet<string> = new Set(words(
  "Presiden Gubernur Menteri Kementerian Pemerintah Wakil Ketua Kepala Direktur Pak Bu Bapak Ibu Tuan Nyonya Profesor Dr " +
  "Jenderal Kolonel Kapten Jl Jalan Kecamatan Kelurahan Provinsi Kabupaten Kota Desa Universitas University Dinas Sudin " +
  "Partai Bank Badan Komisi Dewan Lembaga Kantor Pasar Gedung Hotel Pulau Sungai Gunung Teluk Selat Laut " +
  // parts of a law or a text, a team
  "Pasal Ayat Bab Huruf Halaman Grup Tim " +
  // a year opens sentences (`Tahun lalu, …`) and names (`Tahun Baru`, `Tahun Baru Imlek`, `Tahun Anggaran`)
  "Tahun " +
  // a company's legal form (it opens the company's name)
  "PT CV",
));

/** Military and police ranks (TNI, Polri): written before a name, never a term of their own. */
export const RANKS: ReadonlySet<string> = new Set(words(
  "Jenderal Letjen Mayjen Brigjen Laksamana Laksdya Laksda Laksma Marsekal Marsdya Marsda Marsma Kolonel Letkol Mayor Kapten " +
  "Lettu Letda Komjen Irjen Kombes Kompol Iptu Ipda Aiptu Aipda Bripka Brigpol Briptu Bripda Serka Sertu Serda Kopral Pratu " +
  // (the police ranks written in capitals: `Kapolres Banjarnegara AKBP Erick Budi Santoso`)
  "AKBP AKP",
));
/**
 * An army corps' or a service's short form written right after a rank (`Letkol Inf`, `Kolonel Czi`, `Mayor Cpm`,
 * `Kolonel Pnb`): part of the rank, no word of the name after it.
 */
const CORPS: ReadonlySet<string> = new Set(words("Inf Kav Arh Arm Czi Cba Cpl Chb Cpm Ckm Cku Caj Chk Cpn Pnb Psk Tek Adm Kes Nav"));
/** Is w[k] a rank, or a corps' short form right after one (`Letkol Inf`)? */
const rankAt = (w: readonly string[], k: number): boolean => RANKS.has(w[k]!) || (k > 0 && CORPS.has(w[k]!) && RANKS.has(w[k - 1]!));

/**
 * Common nouns and words that open a sentence before a name (`Warga Perumahan Pondok Hijau`, `Petugas
 * Pos SAR Cilacap`, `Fraksi Partai Keadilan Sejahtera`, `Mantan Wakil Presiden`, `Saham PT …`): capitalised only
 * because they open it, no part of the name after them. Not the words that open names (`Tim SAR`,
 * `Harga Eceran Tertinggi`, `Jaksa Agung`, `Staf Khusus`).
 */
export const SENTENCE_OPENERS: ReadonlySet<string> = new Set(words(
  "Warga Petugas Pedagang Penumpang Pengunjung Peserta Pemain Pasien Korban Relawan Aparat Personel Prajurit Anggota Mantan " +
  "Pengamat Pengusaha Nelayan Petani Siswa Mahasiswa Buruh Karyawan Pegawai Pekerja Pejabat Penyidik Tersangka Terdakwa Saksi " +
  "Pendukung Suporter Penggemar Pengemudi Sopir Pengendara Wisatawan Jemaah Pihak Kubu Kader Fraksi Massa Pengurus Penduduk " +
  "Sejumlah Ratusan Ribuan Puluhan Belasan Saham Kemarin Semalam Besok " +
  // (sport and markets: `Gol Bali United dicetak …`, `Ekonom Indef Aviliani`)
  "Gol Laga Klub Gelandang Penyerang Kiper Penonton Ekonom Analis Nasabah Investor",
));

/**
 * Whether `first`, a run's first word at a sentence's start, is a common noun no part of the name after it (SENTENCE_OPENERS);
 * not before a word that makes one name with it (`Pengurus Besar Nahdlatul Ulama`, `Pengurus Wilayah …`, `Pengurus Pusat …`).
 */
export const sentenceOpener = (first: string, second: string | undefined): boolean =>
  SENTENCE_OPENERS.has(first) && !(second !== undefined && OPENERS_IN_NAMES.get(first)?.has(second) === true);
const OPENERS_IN_NAMES: ReadonlyMap<string, ReadonlySet<string>> = new Map([["Pengurus", new Set(words("Besar Pusat Wilayah Cabang Daerah Harian Ranting"))]]);

/**
 * Acronyms that open a name as `PT` opens a company's: hospitals, schools, a navy's ships (`RSUD Dr Soetomo`,
 * `RSUP Dr Cipto Mangunkusumo`, `RSUD Tarakan`, `SMAN Jakarta`, `KRI Nanggala`). A term of their own too; a `Dr`
 * right after them is the name's (the person the hospital is named after), no title.
 */
export const NAME_OPENING_ACRONYMS: ReadonlySet<string> = new Set(words(
  "RS RSU RSUD RSUP RSAL RSAU RSPAD RSIA RSJ RSKO SD SDN SMP SMPN SMA SMAN SMK SMKN MTsN UIN IAIN KRI " +
  // (a merchant ship's, a ferry's, a train's: `KM Kelud`, `KMP Portlink`, `KA Argo Bromo Anggrek`)
  "KM KMP KA",
));
/**
 * Heads of a place's name (`Stadion`, `Bandara`, `Pelabuhan`, `Gedung`, `Jalan`, a prison's `Lapas`, `Rutan`): before an acronym
 * that ends the run they make one name with it (`Stadion GBLA`, `Bandara YIA`, `Gedung DPR`, `Rutan KPK`), as `RSUD Dr Soetomo`
 * is; the acronym is counted too. So with a word of PLACE_QUALIFIERS between (`Bandara Internasional YIA`).
 */
export const PLACE_HEADS: ReadonlySet<string> = new Set(words(
  "Stadion Bandara Pelabuhan Gedung Menara Kantor Jalan Jl Terminal Stasiun Lapangan Gelanggang Wisma Pangkalan Kampus Bendungan Waduk Lapas Rutan Masjid Lanud",
));
/** A word between a place's head and its acronym (`Bandara Internasional YIA`, `Stadion Utama GBK`, `Masjid Raya KH …`). */
export const PLACE_QUALIFIERS: ReadonlySet<string> = new Set(words("Internasional Utama Raya Agung Nasional"));
/** Acronyms that end a club's name (`Arema FC`, `Persik Kediri FC`): a word of the name, no term alone. */
export const NAME_ENDING_ACRONYMS: ReadonlySet<string> = new Set(words("FC SC CF BFC"));
/** Capitalised words that take a number into their name (`Liga 1`, `Formula 1`, `Divisi 2`). */
export const NUMBERED_NAMES: ReadonlySet<string> = new Set(words("Liga Formula Divisi Seri Serie"));
/** A derived noun after a body's acronym makes one name with it (`BPJS Kesehatan`, `BPJS Ketenagakerjaan`). */
export const isAffixed = (w: string): boolean => { const c = w.charCodeAt(0); return (c === 0x4b || c === 0x50) && w.charCodeAt(w.length - 1) === 0x6e && AFFIXED.test(w); };

/**
 * Two capitals that are a country's, a union's or a body's short form (`Menteri Keuangan AS Scott Bessent`, `Kepala
 * Departemen Komunikasi BI Erwin Haryono`, `Ketua MK Suhartoyo`), or a title's (`PM Anwar Ibrahim`), never a person's initials.
 */
const NO_INITIALS: ReadonlySet<string> = new Set(words("AS RI UE PM BI MA MK KY PN PA KI PU UI"));
/**
 * Two capitals (`AM`, `AG`) before a name: a person's initials where no body's short form may stand: after a
 * comma (`…, AG Wicaksono,`; no run then), or after a run whose office is complete, its last word an institution's
 * (`Kepala Staf Kepresidenan AM Putranto`; not `Deputi Gubernur BI Aida`) that the letters do not abbreviate.
 * (They open the run: before a body's name and a person's, `PP Muhammadiyah Abdul Mu'ti`, splitRun parts them.)
 */
export function mayBeInitials(w: string, run: readonly string[] | null): boolean {
  if (!/^\p{Lu}\p{Lu}$/u.test(w) || NO_INITIALS.has(w) || w === "PT" || w === "CV") return false;
  if (run === null) return true;
  const last = run[run.length - 1]!;
  return (AFFIXED.test(last) || PORTFOLIO.has(last) || INSTITUTIONAL.has(last)) && !abbreviates(w, run.join(" "));
}

/**
 * Two capitals right after a bare title, one name word after them and no more (`Presiden BJ Habibie`): a person's
 * initials, not the body the title is of (`Ketua MK Suhartoyo`: a body's short form, NO_INITIALS; `Gubernur BI
 * Perry Warjiyo`: a name of two words after it).
 */
export function titledInitials(w: string, run: readonly string[], oneNameWord: boolean): boolean {
  if (!oneNameWord || !/^\p{Lu}\p{Lu}$/u.test(w) || NO_INITIALS.has(w) || w === "PT" || w === "CV" || NAME_OPENING_ACRONYMS.has(w)) return false;
  return run.every((x, k) => TITLES.has(x) || SHORT_TITLES.has(x) || (k > 0 && SECOND_WORDS.get(run[k - 1]!)?.has(x) === true));
}

/** Titles and offices written before a name (`Presiden`, `Menteri`, `Pelatih`): common words, no term alone. */
const TITLES: ReadonlySet<string> = new Set(words(
  "Presiden Wakil Menteri Menko Wamen Gubernur Bupati Wali Camat Lurah Ketua Kepala Direktur Sekretaris Juru Duta Perdana " +
  "Kanselir Senator Pelatih Komandan Panglima Rektor Dekan Profesor Pak Bu Bapak Ibu Tuan Nyonya Dr Ir Kiai Ustaz Syekh Sir",
));

/**
 * Short forms of offices (`Menlu`, `Kapolri`, `Wapres`): a term of their own (a translator needs
 * `Foreign Minister`, `National Police Chief`), and a title before a name.
 */
const SHORT_TITLES: ReadonlySet<string> = new Set(words(
  "Wapres Wagub Wabup Wawali Sekjen Dirut Dirjen Jubir Dubes Kadis " +
  "Kapolri Wakapolri Kapolda Wakapolda Kapolres Kapolresta Kapolrestabes Kapolsek Kabareskrim Kasad Kasal Kasau Pangdam Kasum Kajati Kajari " +
  // (the commanders of army, navy and air force units: `Danrem`, `Dandim`, `Danyon`, `Pangkostrad`)
  "Danrem Dandim Danyon Danramil Danbrigif Danlanal Danlantamal Danlanud Dankormar Danpaspampres Pangkostrad " +
  "Menlu Menkeu Menhan Mendagri Menkes Menkumham Mensesneg Menhub Mentan Mendikbud Mendikdasmen Menkomdigi Menkominfo Mensos " +
  "Menag Menaker Mendag Menperin Menpora Mendes Menparekraf Menpar Menkop Menpan Menseskab Menkopolhukam Menkopolkam " +
  "Menkomarves Menko Wamenlu Wamenkeu Wamenhan Wamendagri Wamenkes",
));

/**
 * Police, prosecutors', army and prison bodies of a region, written before it (`Polda Metro Jaya`, `Kejari Surabaya`, `Polda` +
 * `Sumatera Utara`, `Lapas Kerobokan`). An office or a unit's head and its unit before one is a term of its own (`Kabid Humas` + `Polda Metro
 * Jaya`, `Kasat Resnarkoba` + `Polrestabes Medan`); without one a unit's name is not told from what follows it (`Kanit
 * Laka Lantas Jakarta Barat`, `Kasie Penanggulangan Sampah` stay whole).
 */
const REGIONAL_BODIES: ReadonlySet<string> = new Set(words("Polda Polres Polresta Polrestabes Polsek Kejati Kejari Kodam Korem Kodim Lapas Rutan"));
/**
 * Whether a run whose words are `first`, `second` … `last` goes on over a glossary term right after it: a name's head the
 * term completes (NAME_HEADS: `Kantor Berita Pusat` + `Korea Utara`), a regional body before its region (`Kabid Humas
 * Polda` + `Sumatera Utara`), or `Kepala` before a body's name (`Kepala Dinas Kesehatan` + `Jawa Barat`).
 */
export function joinsTerm(first: string, second: string | undefined, last: string): boolean {
  return REGIONAL_BODIES.has(last) || (first === "Kepala" && second !== undefined && TITLED_BODIES.has(second)) || NAME_HEADS.has(first);
}
/**
 * Whether a glossary term is a province's or a region's name (PROVINCES, or two words ending in a direction: `Jawa Barat`,
 * `Sulawesi Selatan`): after a body's acronym it names the body's branch there (`MUI` + `Jawa Barat`, `KPU` + `Jawa Timur`),
 * one name with it (see joinsTerm).
 */
export function regionTerm(term: string): boolean {
  const t = words(term);
  return PROVINCES.some((p) => p.length === t.length && p.every((x, k) => t[k] === x)) || (t.length === 2 && OWNER_END.has(t[1]!) && t[1] !== "Indonesia" && !OWNER_END.has(t[0]!));
}
/**
 * Words that open Indonesian personal names and never a region's (`Muhammad`, `Siti`, `Agus`): after a region's or a
 * body's head, a run of three words opening with one is a name of three words (`Bupati Muhammad Fawait Hidayat`,
 * `Ketua Umum Agus Harimurti Yudhoyono`), not a region or a body and a name of two.
 */
const GIVEN_NAMES: ReadonlySet<string> = new Set(words(
  "Muhammad Mohammad Mohamad Muhamad Mochammad Mochamad Mokhamad Moh Achmad Ahmad Abdul Abdullah Siti Sri Nur Agus Budi Dwi Tri Eko " +
  "Hj Haji Raden Teuku Tengku Habib",
));
/**
 * Where a person's name opening with a given name starts after a body's acronym and one or two words of its name (`PP
 * Muhammadiyah` + `Abdul Mu'ti`): 2 or 3, the name two or three words long (personName), all joined by spaces; 0 when not.
 * Not a hospital's or a school's acronym, whose name may be a person's (`RSUD Dr Soetomo`).
 */
function givenNameAfterAcronym(w: readonly string[], seps: readonly (string | null)[]): number {
  if (w.length < 4 || (!GIVEN_NAMES.has(w[2]!) && !GIVEN_NAMES.has(w[3]!)) || !isAcronymWord(w[0]!) || NAME_OPENING_ACRONYMS.has(w[0]!)) return 0;
  for (let k = 2; k <= 3 && k < w.length - 1; k++) {
    if (!GIVEN_NAMES.has(w[k]!) || w.length - k > 3) continue;
    if (seps.slice(1).some((x) => x !== null) || w.slice(1, k).some((x) => TITLES.has(x) || SHORT_TITLES.has(x) || RANKS.has(x) || isAcronymWord(x) || GIVEN_NAMES.has(x))) return 0;
    return personName(w.slice(k)) ? k : 0;
  }
  return 0;
}
/** Whether a run (`first`: its first word) may split at `word`, its word at `k` > 0: a given name after a body's acronym (givenNameAfterAcronym). */
export const acronymThenGivenName = (first: string, word: string, k: number): boolean => (k === 2 || k === 3) && GIVEN_NAMES.has(word) && isAcronymWord(first);

/** A title's second word (`Wakil Presiden`, `Ketua Umum`, `Direktur Utama`, `Wali Kota`). */
const SECOND_WORDS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ["Wakil", new Set([...TITLES, ...SHORT_TITLES])],
  ["Ketua", new Set(["Umum", "Harian", "Pelaksana"])],
  ["Kepala", new Set(["Eksekutif", "Pelaksana", "Staf", "Bagian", "Seksi", "Divisi", "Perwakilan"])],
  ["Direktur", new Set(["Utama", "Jenderal", "Eksekutif", "Operasional", "Keuangan", "Teknik", "Komersial", "Pemasaran", "Bisnis", "Kepatuhan", "Independen"])],
  ["Sekretaris", new Set(["Jenderal", "Eksekutif"])],
  ["Wali", new Set(["Kota"])],
  ["Juru", new Set(["Bicara"])],
  ["Duta", new Set(["Besar"])],
  ["Perdana", new Set(["Menteri"])],
  ["Ibu", new Set(["Negara"])],
]);

/** Offices and ministries named by their portfolio (`Menteri Keuangan`, `Kementerian Luar Negeri`). */
const MINISTERS: ReadonlySet<string> = new Set(words("Menteri Menko Wamen"));
const MINISTRIES: ReadonlySet<string> = new Set(words("Kementerian Kemenko"));
/** Words of a ministry's portfolio beside the derived nouns (AFFIXED): `Luar Negeri`, `Komunikasi dan Digital`, `Sekretaris Negara`. */
const PORTFOLIO: ReadonlySet<string> = new Set(words(
  "Koordinator Bidang Luar Dalam Negeri Negara Sekretaris Agama Sosial Hukum Hak Asasi Manusia Riset Teknologi Sains Tinggi Dasar " +
  "Menengah Pariwisata Ekonomi Kreatif Komunikasi Informatika Digital Lingkungan Hidup Tenaga Kerja Pemuda Olahraga Badan Usaha Milik " +
  "Energi Sumber Daya Mineral Umum Rakyat Kawasan Desa Daerah Tertinggal Transmigrasi Agraria Tata Ruang Nasional Investasi Hilirisasi " +
  "Koperasi Kecil Aparatur Reformasi Birokrasi Perempuan Anak Politik Keamanan Pangan Infrastruktur Maritim Imigrasi Keluarga Haji " +
  "Pekerja Migran Kabinet",
));
/**
 * A word of a body's field after `untuk`/`bagi` (`untuk Pengungsi`, `untuk Pembangunan Pertanian`, `untuk Hak Asasi
 * Manusia`): a derived noun, a portfolio's word or one of FIELDS; not a place or a name.
 */
export const fieldWord = (w: string): boolean => AFFIXED.test(w) || PORTFOLIO.has(w) || FIELDS.has(w);
const FIELDS: ReadonlySet<string> = new Set(words("Pengungsi Anak-Anak Migrasi Demokrasi Perdamaian Lingkungan Pangan Kemanusiaan Perdagangan Narkoba Obat Kejahatan Iklim Air"));
/** Words of a director general's field beside a portfolio's (`Pajak`, `Bea dan Cukai`, `Bimbingan Masyarakat Islam`, `Perhubungan Darat`). */
const DG_FIELDS: ReadonlySet<string> = new Set(words(
  "Pajak Bea Cukai Bimbingan Masyarakat Islam Kristen Katolik Hindu Buddha Darat Udara Anggaran Perbendaharaan Kekayaan Otonomi " +
  "Kependudukan Pencatatan Sipil Minyak Gas Bumi Mineral Batubara Ketenagalistrikan Pajak",
));
/** A derived noun (ke-…-an, pe-…-an, per-…-an: `Keuangan`, `Pertahanan`, `Pendidikan`): an office's or an institution's word, not a name's. */
const AFFIXED = /^(?:Ke|Pe)\p{Ll}{3,}an$/u;
/** Words that make what follows a title an institution or a place, not a person (`Kepala Badan Pusat Statistik`, `Ibu Kota Nusantara`). */
const INSTITUTIONAL: ReadonlySet<string> = new Set(words(
  "Kementerian Kemenko Badan Pusat Lembaga Komisi Dewan Majelis Mahkamah Direktorat Ditjen Deputi Balai Dinas Biro Institut Otoritas " +
  "Asosiasi Ikatan Persatuan Himpunan Gabungan Kamar Fakultas Sekolah Anggaran Kantor Kedutaan Konsulat Bank Universitas Partai " +
  "Pasukan Angkatan Komite Korps Staf Kepolisian Kejaksaan Pengadilan Bursa Museum Stadion Bandara Pelabuhan Rumah Sakit Markas " +
  "Provinsi Kabupaten Kota Kecamatan Desa Pemerintah Perusahaan Yayasan Koalisi Tentara Polisi Satuan Unit",
));
/** The first word of a body's own name (`Badan …`, `Dinas …`, `Korps …`, `Departemen …`): what `Kepala` before it heads. */
const TITLED_BODIES: ReadonlySet<string> = new Set(words(
  "Badan Lembaga Komisi Dewan Majelis Mahkamah Direktorat Balai Dinas Biro Institut Otoritas Asosiasi Ikatan Persatuan Himpunan " +
  "Kantor Kedutaan Konsulat Bank Universitas Partai Komite Korps Kepolisian Kejaksaan Pengadilan Bursa Museum Yayasan Stasiun Pusat Departemen",
));
/**
 * Heads of a name that a glossary term may end (`Kantor Berita Pusat` + `Korea Utara`, `Bank Sentral` +
 * `Rusia`, `Laut` + `Jepang`, a company's legal form: `PT Kereta Cepat Indonesia` + `China`): the name stays whole over the term.
 */
export const NAME_HEADS: ReadonlySet<string> = new Set([
  ...[...INSTITUTIONAL].filter((w) => !["Provinsi", "Kabupaten", "Kota", "Kecamatan", "Desa", "Pemerintah", "Polisi", "Tentara"].includes(w)),
  ...words("Laut Selat Teluk Samudra Samudera Semenanjung Gunung Sungai Danau Pulau Kepulauan Tanjung PT CV Perum"),
  // (an international body's: `Dana Anak-Anak` + `Perserikatan Bangsa-Bangsa`)
  ...words("Dana Organisasi"),
  // (a religious or a mass organisation's board in a province: `Pengurus Wilayah Nahdlatul Ulama` + `Jawa Timur`, `Pimpinan
  // Wilayah Muhammadiyah` + `Jawa Barat`)
  ...words("Pengurus Pimpinan"),
]);

/**
 * Short titles of a command's head whose command is named, not a region (`Pangdam Jaya`, `Pangdam Brawijaya`, `Pangdam Iskandar
 * Muda`: the Kodam's name): the one word after the title is no term alone (the command's name is `Kodam Jaya`).
 */
export const NAMED_COMMANDS: ReadonlySet<string> = new Set(words("Pangdam"));
/** A short form of an office (`Menlu`, `Kapolda`): a term even alone at a sentence's start, where a capitalised word is no name. */
export const isShortTitle = (word: string): boolean => SHORT_TITLES.has(word);

/** No term on its own: a generic head, a title or a rank (a short office form such as `Menlu` is one). */
export function droppedAlone(word: string): boolean {
  return GENERIC_ALONE.has(word) || TITLES.has(word) || RANKS.has(word);
}

/** A word in capitals (an acronym inside a run: `DKI`, `TNI`, `SIS`); not a company's legal form (`PT`, `CV`), which opens its name. */
export const isAcronymWord = (w: string): boolean => /^\p{Lu}[\p{Lu}\d-]+$/u.test(w) && w !== "PT" && w !== "CV";

/**
 * Whether a run of these words goes on over an acronym right after it (when a name follows the acronym):
 * a run of title words (`Panglima` + `TNI`, `Gubernur` + `DKI Jakarta`, `Direktur Utama` + `KCIC`) or a
 * name without a title, rank or office in it (`Dinas Kesehatan` + `DKI Jakarta`); not a title with more
 * (`Kepala Staf Kepresidenan` + `AM Putranto`).
 */
export function takesAcronym(run: readonly string[]): boolean {
  const titleWord = (k: number): boolean => TITLES.has(run[k]!) || SHORT_TITLES.has(run[k]!) || (k > 0 && SECOND_WORDS.get(run[k - 1]!)?.has(run[k]!) === true);
  if (run.every((_, k) => titleWord(k))) return true;
  return !run.some((x) => SPLITTERS.has(x) || isAcronymWord(x));
}

/**
 * takesAcronym for a run that may open the sentence: a sentence-opening common noun is no part of the
 * run (SENTENCE_OPENERS), and alone it takes no acronym (`Petugas` + `TMC` + `Polda Metro Jaya`).
 */
export function runTakesAcronym(run: readonly string[], startsSentence: boolean): boolean {
  const from = startsSentence && sentenceOpener(run[0]!, run[1]) ? 1 : 0;
  return run.length > from && takesAcronym(from === 0 ? run : run.slice(from));
}

/** Heads of institution names that, inside a run after two words or more, start a name of their own (see splitRun). */
const SPLIT_HEADS: ReadonlySet<string> = new Set(words("Badan Kementerian Komisi Dewan Lembaga Otoritas Mahkamah Majelis"));

/** A word that may split a run (a title, a rank, a ministry, an institution's head): a run without one is one name. */
const SPLITTERS: ReadonlySet<string> = new Set([...TITLES, ...SHORT_TITLES, ...RANKS, ...MINISTRIES, ...SPLIT_HEADS]);
/** The last word of a club's or a listed company's name (`Manchester City FC`, `PT Bank Mandiri Tbk`): a name that follows it is another. */
const BODY_TERMINALS: ReadonlySet<string> = new Set(words("FC SC CF BFC Tbk"));
/** SPLITTERS, BODY_TERMINALS and REGIONAL_BODIES: one lookup per word of a run. */
const MAY_SPLIT: ReadonlySet<string> = new Set([...SPLITTERS, ...BODY_TERMINALS, ...REGIONAL_BODIES]);
export const maySplit = (word: string): boolean => MAY_SPLIT.has(word);

const isInstitutional = (w: string): boolean => INSTITUTIONAL.has(w) || AFFIXED.test(w) || PORTFOLIO.has(w);

/**
 * A run's words split into candidate terms: [from, to) ranges, in order. `seps[k]` is what joins
 * word k to the one before when it is not one space (a name's inner `dan` or list comma), else null.
 * A one-word range may be a title, a rank or a generic word: the caller leaves those out (droppedAlone).
 *
 * - A rank inside the run ends what comes before and starts a name (`… Polri Irjen Aan Suhanan`).
 * - After two words or more, an institution's head starts a name of its own (`Wakil Ketua` +
 *   `Komisi Pemberantasan Korupsi`).
 * - A title (with its portfolio: `Menteri Luar Negeri`) or a ministry (`Kementerian Luar Negeri`)
 *   before a person's name is a term of its own, the name another: `Menteri Keuangan` + `Sri
 *   Mulyani`, `Kapolri` + `Listyo Sigit`; a rank in the title is left out. When what follows the
 *   title reads as an institution (`Kepala Badan Pusat Statistik`, `Ketua Mahkamah Konstitusi`) the
 *   run stays whole: it is an office.
 */
export function splitRun(w: readonly string[], seps: readonly (string | null)[]): [number, number][] {
  const out: [number, number][] = [];
  // a body's acronym and a word or two of its name, then a person's name of two or three words that opens with a given name
  // (`PP Muhammadiyah` + `Abdul Mu'ti`, `PB NU` + …): two names (see acronymThenGivenName)
  const g = givenNameAfterAcronym(w, seps);
  if (g > 0) return [[0, g], [g, w.length]];
  // a body's acronym and the region joined after it (one word of the run, `Jawa Barat`: see joinsTerm) are one name, the branch
  // (`Ketua` + `MUI Jawa Barat` + `Rachmat Syafei`): split with them as one word
  for (let k = 1; k < w.length; k++) {
    if (!w[k]!.includes(" ") || seps[k] !== null || !isAcronymWord(w[k - 1]!) || !regionTerm(w[k]!)) continue;
    const ranges = splitRun([...w.slice(0, k - 1), `${w[k - 1]!} ${w[k]!}`, ...w.slice(k + 1)], [...seps.slice(0, k), ...seps.slice(k + 1)]);
    return ranges.map(([x, y]) => [x < k ? x : x + 1, y < k ? y : y + 1]);
  }
  // a regional body after an office or a unit of two words or more (`Kabid Humas` + `Polda Metro Jaya`, `Satuan Reserse
  // Narkoba` + `Polrestabes Medan`, `Direktur Reserse Narkoba` + `Polda Sumatera Utara`): the office is one term, the
  // body another (see REGIONAL_BODIES)
  // (`Kepala` alone before one: the head of it, `Kepala` + `Lapas Kerobokan` + `Hudi Ismono`)
  for (let k = w[0] === "Kepala" ? 1 : 2; k < w.length; k++) {
    if (RANKS.has(w[k]!) || seps[k] !== null) break;
    if (REGIONAL_BODIES.has(w[k]!)) {
      out.push([0, k]);
      for (const [x, y] of splitRun(w.slice(k), [null, ...seps.slice(k + 1)])) out.push([x + k, y + k]);
      return out;
    }
  }
  // a regional body, its region and a person's name (`Kejari Surabaya` + `Ferry Hartanto`; not a place that goes on:
  // `Polres Metro Jakarta Selatan`)
  if (REGIONAL_BODIES.has(w[0]!)) {
    const p = regionLength(w, 1);
    if (p > 0 && w.length - 1 - p >= 2 && w.length - 1 - p <= 4 && seps.slice(1).every((x) => x === null) &&
      !OWNER_END.has(w[w.length - 1]!) &&
      !w.slice(1 + p).some((x) => isInstitutional(x) || RANKS.has(x) || TITLES.has(x) || SHORT_TITLES.has(x) || REGIONAL_BODIES.has(x))) return [[0, 1 + p], [1 + p, w.length]];
  }
  let from = 0;
  // (a club's or a listed company's last word before a name of two words or more: `Manchester City FC` + `Suree Sukha`)
  for (let k = 1; k < w.length - 2; k++) {
    if (BODY_TERMINALS.has(w[k]!) && seps[k + 1] === null) {
      const head = splitRun(w.slice(0, k + 1), seps.slice(0, k + 1));
      for (const [x, y] of head) out.push([x, y]);
      for (const [x, y] of splitRun(w.slice(k + 1), [null, ...seps.slice(k + 2)])) out.push([x + k + 1, y + k + 1]);
      return out;
    }
  }
  let end = w.length;
  // (a rank that ends the run, a corps' short form after it or not, before an acronym: `Pangdam Jaya Mayjen` + `TNI` + `Rafael …`)
  if (end - from > 2 && seps[end - 1] === null && rankAt(w, end - 1) && (RANKS.has(w[end - 1]!) ? !SECOND_WORDS.get(w[end - 2]!)?.has(w[end - 1]!) : end - from > 3)) {
    end -= RANKS.has(w[end - 1]!) ? 1 : 2;
  }
  for (let k = 1; k < end - 1; k++) {
    if (RANKS.has(w[k]!) && seps[k] === null && seps[k + 1] === null && !SECOND_WORDS.get(w[k - 1]!)?.has(w[k]!)) {
      bySplitHeads(w, seps, from, k, out);
      from = k + 1;
      // (the corps' short form after the rank: `Letkol Inf` + `Dwi Hariyanto`)
      if (from < end - 1 && CORPS.has(w[from]!) && seps[from + 1] === null) from++;
    }
  }
  bySplitHeads(w, seps, from, end, out);
  return out;
}

function bySplitHeads(w: readonly string[], seps: readonly (string | null)[], a: number, b: number, out: [number, number][]): void {
  let from = a;
  for (let k = a + 2; k <= b - 2; k++) {
    if (seps[k] === null && SPLIT_HEADS.has(w[k]!)) { byTitle(w, seps, from, k, out); from = k; k++; }
  }
  byTitle(w, seps, from, b, out);
}

function byTitle(w: readonly string[], seps: readonly (string | null)[], a: number, b: number, out: [number, number][]): void {
  if (titleAt(w, seps, a, b, out)) return;
  // a title later in the run, before a name (`Kemarin Presiden Prabowo Subianto`): what comes before it is a term of its own
  for (let k = a + 1; k < b - 1; k++) {
    const x = w[k]!;
    if (seps[k] !== null || !(TITLES.has(x) || SHORT_TITLES.has(x)) || SECOND_WORDS.get(w[k - 1]!)?.has(x) || NAME_OPENING_ACRONYMS.has(w[k - 1]!)) continue;
    const split: [number, number][] = [];
    if (titleAt(w, seps, k, b, split)) { out.push([a, k], ...split); return; }
    break;
  }
  out.push([a, b]);
}

/** The title at `a` and the name after it (true), or nothing (false): see splitRun. */
function titleAt(w: readonly string[], seps: readonly (string | null)[], a: number, b: number, out: [number, number][]): boolean {
  const portfolio = (j: number): number => {
    while (j < b && (PORTFOLIO.has(w[j]!) || AFFIXED.test(w[j]!))) j++;
    return j;
  };
  let i = a;
  if (MINISTRIES.has(w[a]!)) {
    i = portfolio(a + 1);
    if (i === a + 1) i = a;
  } else {
    while (i < b && (i === a || seps[i] === null)) {
      const x = w[i]!;
      // (`Ketua Majelis Hakim`: one title, its middle word an institution's; not `Ketua Majelis Permusyawaratan Rakyat`)
      if (x === "Ketua" && w[i + 1] === "Majelis" && w[i + 2] === "Hakim" && i + 3 <= b && seps[i + 1] === null && seps[i + 2] === null) { i += 3; continue; }
      if (TITLES.has(x) || SHORT_TITLES.has(x) || rankAt(w, i) || (i > a && SECOND_WORDS.get(w[i - 1]!)?.has(x))) {
        i++;
        // (a minister's, a director general's field: `Menteri Keuangan`, `Direktur Jenderal Pemasyarakatan`, `Dirjen Pajak`)
        if (MINISTERS.has(x)) i = portfolio(i);
        // (a director general's field may be no ministry's: `Direktur Jenderal Pajak`, `Dirjen Bimbingan Masyarakat Islam`)
        else if (x === "Dirjen" || (x === "Jenderal" && i - 2 >= a && w[i - 2] === "Direktur")) { while (i < b && (PORTFOLIO.has(w[i]!) || AFFIXED.test(w[i]!) || DG_FIELDS.has(w[i]!))) i++; }
        continue;
      }
      break;
    }
  }
  // a title of one word and an acronym alone: an office (`Panglima TNI` before the rank and the name); a title of
  // two words or more is a term of its own (`Kepala Pelaksana` + `BPBD`, the acronym counted where it was met)
  if (i === b - 1 && isAcronymWord(w[i]!)) {
    if (i === a + 1) { out.push([a, b]); return true; }
    let t = i;
    while (t > a && rankAt(w, t - 1) && !(t - 1 > a && SECOND_WORDS.get(w[t - 2]!)?.has(w[t - 1]!))) t--;
    if (t > a) out.push([a, t]);
    out.push([i, b]);
    return true;
  }
  // a place, a country or a company between the title and the name (`Menteri Luar Negeri` + `Afrika
  // Selatan` + `Naledi Pandor`, `Wali Kota` + `Bandung` + `Muhammad Farhan`, `Direktur Utama` + `Perum Bulog` + …)
  const org = i > a && i < b ? ownerLength(w, seps, a, i, b) : 0;
  if (org > 0) {
    let t = i;
    while (t > a && rankAt(w, t - 1) && !(t - 1 > a && SECOND_WORDS.get(w[t - 2]!)?.has(w[t - 1]!))) t--;
    if (t > a) out.push([a, t]);
    out.push([i, i + org]);
    // (the place of a body named by its acronym: `BPBD` + `Kabupaten Bandung` + `Uka Suska`)
    const place = org === 1 && isAcronymWord(w[i]!) ? placeLength(w, i + 1, b) : 0;
    if (place > 0) out.push([i + 1, i + 1 + place]);
    if (i + org + place < b) out.push([i + org + place, b]);
    return true;
  }
  // `Kepala` alone before a body's name (`Kepala` + `Badan Nasional Penanggulangan Bencana`, `Kepala` + `Korps Lalu Lintas
  // Polri`): the head of it, word for word (`Head of …`); the body is the term a translator needs, the title alone none
  // (the caller leaves it out). Other titles before a body may make an office of their own (`Ketua Dewan Komisioner`,
  // `Ketua Mahkamah Konstitusi`): they stay whole.
  if (i === a + 1 && i < b - 1 && w[a] === "Kepala" && TITLED_BODIES.has(w[i]!) && seps[i + 1] === null) {
    const p = bodyEnd(w, seps, i, b);
    out.push([a, i], [i, p]);
    if (p < b) out.push([p, b]);
    return true;
  }
  // a title of two words or more before a court (`Ketua Majelis Hakim` + `Pengadilan Negeri Medan`, `Wakil Ketua` +
  // `Pengadilan Tipikor Surabaya` + a name): the title a term of its own, as `Kabid Humas` before `Polda …` is
  if (i - a >= 2 && i < b - 1 && w[i] === "Pengadilan" && seps.slice(i, b).every((x) => x === null)) {
    out.push([a, i]);
    const c = courtLength(w, i, b);
    out.push([i, i + c]);
    if (i + c < b) out.push([i + c, b]);
    return true;
  }
  if (i === a || i === b || w.slice(i, b).some(isInstitutional)) {
    // (a run of title words alone is kept as it is)
    if (i === b) { out.push([a, b]); return true; }
    return false;
  }
  // the title without the ranks at its end (`Kapolri Jenderal` → `Kapolri`; a rank alone: nothing)
  let t = i;
  while (t > a && rankAt(w, t - 1) && !(t - 1 > a && SECOND_WORDS.get(w[t - 2]!)?.has(w[t - 1]!))) t--;
  if (t > a) out.push([a, t]);
  out.push([i, b]);
  return true;
}

/**
 * Where the body's name that opens at `i` (`Badan …`, `Dinas …`) ends when a person's name of two to four words follows it
 * (none of them an institution's, a title or a rank): after a province's name (`Dinas Kesehatan Daerah Istimewa Yogyakarta`),
 * an area and its one word (`Dinas Perhubungan Kabupaten Bekasi`) or a word that ends bodies' names and opens no person's
 * (`Badan Pangan Nasional`, `Badan Intelijen Negara`); `b` when none is told (the run is the body's: `Dinas Bina Marga Hari
 * Nugroho` is not told from a body of four words).
 */
function bodyEnd(w: readonly string[], seps: readonly (string | null)[], i: number, b: number): number {
  const nameOk = (k: number): boolean => b - k >= 2 && b - k <= 4 && seps.slice(k, b).every((x) => x === null) &&
    !w.slice(k, b).some((x) => isInstitutional(x) || RANKS.has(x) || TITLES.has(x) || SHORT_TITLES.has(x) || OWNER_END.has(x) || BODY_ENDS.has(x));
  for (let k = i + 2; k <= b - 2; k++) {
    for (const p of PROVINCES) if (k - p.length > i && p.every((x, j) => w[k - p.length + j] === x) && nameOk(k)) return k;
  }
  for (let k = i + 3; k <= b - 2; k++) if (AREAS.has(w[k - 2]!) && nameOk(k)) return k;
  for (let k = i + 2; k <= b - 2; k++) if (BODY_NAME_ENDS.has(w[k - 1]!) && nameOk(k)) return k;
  return b;
}
/** Words that end a body's name and open no person's (`Badan Pangan Nasional`, `Badan Intelijen Negara`, `Badan Penanggulangan Bencana Daerah`). */
const BODY_NAME_ENDS: ReadonlySet<string> = new Set(words("Nasional Negara Daerah Internasional"));

/** The kinds of court after `Pengadilan` (`Negeri`, `Tinggi`, `Tipikor`, `Tindak Pidana Korupsi`, `Tata Usaha Negara`). */
const COURT_KINDS: ReadonlySet<string> = new Set(words("Negeri Tinggi Agama Militer Tipikor Niaga Tindak Pidana Korupsi Tata Usaha Negara Hubungan Industrial HAM"));
/**
 * How many words from `i` (`Pengadilan`) name the court: its kind and its place (one word, or two ending in a direction or
 * `Pusat`: `Pengadilan Negeri Medan`, `Pengadilan Tipikor Jakarta Pusat`) when a name of two to four words or none follows;
 * else the whole rest (a court and what follows are not told apart).
 */
function courtLength(w: readonly string[], i: number, b: number): number {
  let j = i + 1;
  while (j < b && COURT_KINDS.has(w[j]!)) j++;
  if (j === i + 1 || j === b) return b - i;
  const p = j + 1 < b && (OWNER_END.has(w[j + 1]!) || w[j + 1] === "Pusat") ? 2 : 1;
  const k = j + p;
  const nameOk = k === b || (b - k >= 2 && b - k <= 4 && !w.slice(k, b).some((x) => isInstitutional(x) || RANKS.has(x) || TITLES.has(x) || SHORT_TITLES.has(x)));
  return nameOk && !isInstitutional(w[j]!) ? k - i : b - i;
}

/**
 * splitRun for a run right after a glossary term, one space between, that ends in an acronym or holds a
 * title or a rank (`bupati` + `Banjarnegara Amalia Desiana`, `BPBD` + `Banjarnegara Aris Sudaryanto`,
 * `Direktur Utama` + `Telkomsel Nugroho Wibowo`): the run read as if the term's words opened it, in ranges of
 * the run's own words; null when the term tells nothing (the run is split as it is).
 */
export function splitAfterTerm(term: readonly string[], w: readonly string[], seps: readonly (string | null)[]): [number, number][] | null {
  const last = term[term.length - 1];
  if (last === undefined) return null;
  const p = term.length;
  if (isAcronymWord(last)) {
    // (the place of the body the acronym names, before a name: see placeLength)
    if (w.some(maySplit)) return null;
    const all = [...term, ...w];
    const place = placeLength(all, p, all.length);
    return place > 0 && place < w.length ? [[0, place], [place, w.length]] : null;
  }
  if (!term.some((x) => TITLES.has(x) || SHORT_TITLES.has(x) || RANKS.has(x))) return null;
  const out: [number, number][] = [];
  for (const [from, to] of splitRun([...term, ...w], [...term.map(() => null), ...seps])) if (to > p) out.push([Math.max(from, p) - p, to - p]);
  return out;
}

/**
 * The short forms of `text` paired with the name they stand for, from the candidate spans of the
 * text in order: an acronym right after a name (`Badan Pusat Statistik BPS`, `Otoritas Jasa Keuangan
 * (OJK)`) or a word in brackets right after one (`Kementerian Komunikasi dan Digital (Komdigi)`),
 * when its letters read as the name's: the first letter the name's, the rest in order among the
 * name's initials (`PSSI`: Persatuan Sepak Bola Seluruh Indonesia) or its letters (`Komdigi`).
 */
export function shortForms(text: string, spans: readonly { readonly term: string; readonly kind: "acronym" | "name" }[]): Map<string, string> | null {
  let out: Map<string, string> | null = null;
  for (let i = 1; i < spans.length; i++) {
    const short = spans[i]!, long = spans[i - 1]!;
    if (long.kind !== "name" || !long.term.includes(" ")) continue;
    const bracketed = text.includes(`${long.term} (${short.term})`);
    if (!bracketed && !(short.kind === "acronym" && text.includes(`${long.term} ${short.term}`))) continue;
    if (short.kind === "name" && (short.term.includes(" ") || !bracketed)) continue;
    // (the name without the words before it that the short form leaves out: `Kepala Badan Nasional Penanggulangan Bencana (BNPB)`)
    const words = long.term.split(" ");
    let name: string | undefined;
    for (let k = 0; k < words.length - 1 && name === undefined; k++) if (abbreviates(short.term, words.slice(k).join(" "))) name = words.slice(k).join(" ");
    // an international body's short form in brackets, its name translated (`Organisasi Kesehatan Dunia (WHO)`, `Dana
    // Moneter Internasional (IMF)`): a letter for each of the name's last words, the first an institution's head
    const n = short.term.length;
    if (name === undefined && bracketed && short.kind === "acronym" && /^\p{Lu}+$/u.test(short.term) && n >= 3 && words.length >= n && BODY_HEADS.has(words[words.length - n]!)) {
      name = words.slice(-n).join(" ");
    }
    if (name !== undefined) (out ??= new Map()).set(short.term, name);
  }
  return out;
}

/** The head of an institution's name (INSTITUTIONAL, and international bodies' `Organisasi`, `Dana`, `Program`): see shortForms. */
const BODY_HEADS: ReadonlySet<string> = new Set([...INSTITUTIONAL, ...words("Organisasi Dana Program Perhimpunan Perserikatan Konferensi Forum Kelompok Palang Pengadilan Mahkamah")]);

/** Does `short` read as an abbreviation of `long` (see shortForms)? */
export function abbreviates(short: string, long: string): boolean {
  const letters = short.replace(/[^\p{L}]/gu, "").toLowerCase();
  const nameWords = long.split(/[\s,]+/).filter((w) => /^\p{Lu}/u.test(w));
  if (letters.length < 2 || nameWords.length < 2 || letters[0] !== nameWords[0]![0]!.toLowerCase()) return false;
  const initials = nameWords.map((w) => w[0]!.toLowerCase()).join("");
  return isSubsequence(letters, initials) || (letters.length >= 4 && startsWords(letters, nameWords));
}

const isSubsequence = (a: string, b: string): boolean => {
  let j = 0;
  for (let i = 0; i < b.length && j < a.length; i++) if (b[i] === a[j]) j++;
  return j === a.length;
};

/**
 * A word-made short form (`Komdigi`, `Kemenkeu`, `Bappenas`) is the starts of at least two of the
 * name's words, in order (`Kom`unikasi + `Digi`tal; `Ke`men`terian` + `Keu`angan).
 */
function startsWords(letters: string, nameWords: readonly string[]): boolean {
  const lower = nameWords.map((w) => w.toLowerCase());
  const from = (p: number, wi: number, used: number): boolean => {
    if (p === letters.length) return used >= 2;
    for (let j = wi; j < lower.length; j++) {
      const w = lower[j]!;
      for (let k = 1; k <= w.length && p + k <= letters.length && w[k - 1] === letters[p + k - 1]; k++) if (from(p + k, j + 1, used + 1)) return true;
    }
    return false;
  };
  return from(0, 0, 0);
}

/** The name a short form was seen after most often (the first seen on a tie), as `{ expansion }`, or nothing. */
export function expansionOf(seen: ReadonlyMap<string, number>): { expansion?: string } {
  let best: string | undefined, most = 0;
  for (const [name, n] of seen) if (n > most) { best = name; most = n; }
  return best === undefined ? {} : { expansion: best };
}

/** Titles of a region's head (`Gubernur`, `Bupati`, `Kapolda`): the region is written after them, then the name. */
const REGIONAL: ReadonlySet<string> = new Set(words(
  "Gubernur Wagub Bupati Wabup Wawali Camat Lurah Kapolda Wakapolda Kapolres Kapolresta Kapolrestabes Kapolsek Pangdam Danrem Dandim Kajati Kajari Kakanwil",
));
/** Titles of a province's head (`Gubernur`, `Kapolda`, `Kajati`): the region after them is one of the provinces. */
const PROVINCIAL: ReadonlySet<string> = new Set(words("Gubernur Wagub Kapolda Wakapolda Kajati"));
/**
 * The provinces' names that end in no direction word (those that do are told by OWNER_END), and the
 * Jakarta police's region (`Kapolda Metro Jaya`): after a province's head, any other word opens the name
 * (`Gubernur Pramono Anung Wibowo`, `Wakil Gubernur Taj Yasin Maimoen`).
 */
const PROVINCES: readonly (readonly string[])[] = [
  "Aceh", "Riau", "Kepulauan Riau", "Jambi", "Bengkulu", "Lampung", "Bangka Belitung", "Kepulauan Bangka Belitung", "Banten", "Jakarta",
  "Yogyakarta", "Daerah Istimewa Yogyakarta", "Bali", "Gorontalo", "Maluku", "Papua", "Papua Pegunungan", "Metro Jaya",
].map(words);
/**
 * How many words from `from` name the region of a regional body (`Polda` + `Metro Jaya`, `Kejari` + `Surabaya`, `Polres`
 * + `Jakarta Selatan`): a province's name, two words ending in a direction, or one word; 0 when none.
 */
function regionLength(w: readonly string[], from: number): number {
  for (const p of PROVINCES) if (p.length > 1 && p.every((x, k) => w[from + k] === x)) return p.length;
  if (from + 1 < w.length && OWNER_END.has(w[from + 1]!) && w[from + 1] !== "Indonesia") return 2;
  // (a place's name may look like a derived noun: `Polsek Kebayoran`, `Polres Pekalongan`, `Lapas Kerobokan`)
  return from < w.length && !INSTITUTIONAL.has(w[from]!) && !PORTFOLIO.has(w[from]!) && !isAcronymWord(w[from]!) ? 1 : 0;
}
/** Heads of a party's or a university's name, often of one word more (`Partai Golkar`, `Universitas Airlangga`). */
const ONE_WORD_BODIES: ReadonlySet<string> = new Set(words("Partai Universitas"));
/** Words of a place before a name: an administrative area and its name (`Kabupaten Bandung`, `Kota Batu`). */
const AREAS: ReadonlySet<string> = new Set(words("Provinsi Kabupaten Kota Kecamatan Kelurahan Desa"));
/**
 * An acronym of a regional body (`BPBD`, `DPRD`, `KPUD`, `RSUD`: four letters or more, the last `D` for
 * Daerah): its region's name follows it, then the person's.
 */
const regionalAcronym = (w: string): boolean => w.length >= 4 && w.endsWith("D") && /^\p{Lu}+$/u.test(w);
/**
 * Titles of a company's, a club's or a party's head (`Direktur Utama`, `Presiden Direktur`, `Pelatih`, `Ketua
 * Umum`, `Direktur Eksekutif`): the body is named after them, in one or two words, before the person.
 */
const BODY_TITLE_ENDS: ReadonlySet<string> = new Set(words("Direktur Utama Dirut Eksekutif Umum Pelatih"));
/** Words that end a company's or an organisation's name, never a person's (`Global Mediacom Tbk`, `Human Rights Watch`, `Manchester United`). */
const BODY_ENDS: ReadonlySet<string> = new Set(words(
  "Tbk Persero Group Grup Holding Holdings Watch Club FC United City International Internasional Foundation Institute Corporation Inc Ltd " +
  "Airlines Airways Motor Motors Energy Telecom Finance Capital Securities Sekuritas",
));
/**
 * Words that end a company's name after its place or country word and never open a person's (`PT Liga Indonesia
 * Baru`, `PT Bank Rakyat Indonesia (Persero)`): the company goes on over one of them.
 */
const COMPANY_TAIL: ReadonlySet<string> = new Set(words("Baru Raya Persero Tbk Sejahtera Makmur Abadi Perkasa Sentosa Lestari Persada Nusantara"));
/** The last word of a place's or a company's name (`Afrika Selatan`, `Sumatera Utara`, `Papua Barat Daya`, `Pupuk Indonesia`, `Amerika Serikat`). */
const OWNER_END: ReadonlySet<string> = new Set(words("Utara Selatan Barat Timur Tengah Tenggara Daya Raya Indonesia Serikat Saudi Arab"));
/**
 * Heads of a company's name of two words (`Perum Bulog`, `Perum Damri`); not `PT` or `Bank`, whose
 * names run longer (`PT Solusi Datama Tafaju`, `Bank Central Asia`).
 */
const COMPANY_HEADS: ReadonlySet<string> = new Set(words("Perum"));

/**
 * How many words after the title (words [i, b), the title [a, i)) name the place, the country or the
 * company the title is of, before the person's name (1 to 4 words, none an institution's); 0 when
 * none is told apart. In order: the words up to a place's or a company's last word (`Afrika
 * Selatan`, `Pupuk Indonesia`; never the rest's first word: `Kapolri Jenderal Timur Pradopo`); a company's
 * head and the word after it when a name of two words or more follows (`Perum Bulog`); an acronym (`Ketua DPR`,
 * `Gubernur DKI Jakarta`: a region's with its place); after a region's head, the region's one word when a name of
 * two words or more follows (`Wali Kota Bandung Muhammad Farhan`).
 */
function ownerLength(w: readonly string[], seps: readonly (string | null)[], a: number, i: number, b: number): number {
  for (let k = i; k < b; k++) if (seps[k] !== null) return 0;
  const last = w[i - 1]!;
  const regional = REGIONAL.has(last) || (last === "Kota" && i - 2 >= a && w[i - 2] === "Wali");
  const nameOk = (from: number): boolean => b - from >= 1 && b - from <= 4 && !w.slice(from, b).some((x) => isInstitutional(x) || RANKS.has(x) || TITLES.has(x) || SHORT_TITLES.has(x));
  for (let p = b - 2; p > i; p--) {
    if (!OWNER_END.has(w[p]!) || !nameOk(p + 1)) continue;
    // (`PT Liga Indonesia` + `Baru`: the company's last word, not the name's first)
    return (p + 2 < b && COMPANY_TAIL.has(w[p + 1]!) && nameOk(p + 2) ? p + 2 : p + 1) - i;
  }
  // a hospital, a school (`RSUP Dr Cipto Mangunkusumo`): its name runs up to a person's of two words
  if (NAME_OPENING_ACRONYMS.has(w[i]!)) {
    const from = i + 1 + (w[i + 1] === "Dr" || w[i + 1] === "dr" ? 1 : 0);
    return b - from >= 3 && nameOk(b - 2) ? b - 2 - i : 0;
  }
  if (COMPANY_HEADS.has(w[i]!) && b - i >= 4 && nameOk(i + 2)) return 2;
  // an acronym: the body the title is of (`Ketua DPR`, `Direktur Utama KCIC`); a region's with its place (`Gubernur DKI Jakarta`)
  if (isAcronymWord(w[i]!)) {
    // (a body's acronym and its derived nouns: `Direktur Utama` + `BPJS Kesehatan` + `Ghufron Mukti`)
    let j = i + 1;
    while (j < b - 1 && AFFIXED.test(w[j]!)) j++;
    if (j > i + 1 && nameOk(j)) return j - i;
    // (`Wakil Gubernur DKI Jakarta, Basuki …`: the region alone)
    if (regional && (b - i === 2 || (b - i >= 4 && nameOk(i + 2)))) return 2;
    return nameOk(i + 1) || placeLength(w, i + 1, b) > 0 ? 1 : 0;
  }
  // a ministry's office in a province (`Kementerian Imigrasi dan Pemasyarakatan` + `Bali` + `Decky Nurmansyah`)
  if (MINISTRIES.has(w[a]!)) {
    for (const p of PROVINCES) if (b - i > p.length + 1 && p.every((x, k) => w[i + k] === x) && !OWNER_END.has(w[i + p.length]!) && nameOk(i + p.length)) return p.length;
  }
  if (regional && PROVINCIAL.has(last)) {
    // a province's head: the province, or no place (`Gubernur Pramono Anung Wibowo`)
    // (not a province whose name goes on: `Maluku Utara`, `Papua Barat`)
    for (const p of PROVINCES) if (b - i > p.length && p.every((x, k) => w[i + k] === x) && !OWNER_END.has(w[i + p.length]!) && nameOk(i + p.length)) return p.length;
    return 0;
  }
  // (a name that opens with a given name is the person's whole: `Bupati Muhammad Fawait Hidayat`)
  if (GIVEN_NAMES.has(w[i]!)) return 0;
  if (regional && b - i >= 3 && nameOk(i + 1)) return 1;
  // a party or a university of one word before a name of two or three (`Ketua Umum` + `Partai Golkar` + `Bahlil
  // Lahadalia`, `Rektor` + `Universitas Airlangga` + …): not a party whose name is made of common words (`Partai
  // Keadilan Sejahtera`, `Partai Amanat Nasional`)
  if (ONE_WORD_BODIES.has(w[i]!) && (b - i === 4 || b - i === 5) && !isInstitutional(w[i + 1]!) && !OWNER_END.has(w[i + 1]!) && nameOk(i + 2)) return 2;
  // a company's, a club's or a party's head: the body in one word before a name of two words (`Direktur Utama
  // Telkomsel Nugroho Wibowo`, `Pelatih Persib Bojan Hodak`), in two before a name of two (`Presiden Direktur
  // Petrokimia Gresik Daconi Khotob`); a name alone of three words or more is not told from them
  // (a body's own last word ends it, not the name: `Pelatih` + `Arema FC` + `Joel Cornelli`; `Human Rights Watch` is no body and name)
  // (or a director's second word: `Direktur Operasional`, `Direktur Keuangan`; not `Menteri Keuangan`)
  const bodyTitle = BODY_TITLE_ENDS.has(last) || (i - 2 >= a && w[i - 2] === "Direktur" && SECOND_WORDS.get("Direktur")!.has(last));
  if (bodyTitle && (b - i === 3 || b - i === 4) && !w.slice(i, b).some((x) => isInstitutional(x) || GENERIC_ALONE.has(x) || TITLES.has(x)) &&
    !w.slice(b - 2, b).some((x) => BODY_ENDS.has(x) || NAME_ENDING_ACRONYMS.has(x)) && nameOk(b - 2)) return b - i - 2;
  return 0;
}

/**
 * After a body's acronym (words from `from`), how many words name its place before a person's name of
 * two words or more: an area and its name (`BPBD` + `Kabupaten Bandung` + `Uka Suska`), or a regional
 * body's one word (`BPBD` + `Banjarnegara` + `Aris Sudaryanto`); 0 when none.
 */
function placeLength(w: readonly string[], from: number, b: number): number {
  // (a name of two words or more, or none: `Kepala Pelaksana BPBD Kabupaten Bandung` at the run's end)
  const nameOk = (k: number): boolean => k === b || (b - k >= 2 && b - k <= 4 && !w.slice(k, b).some((x) => isInstitutional(x) || RANKS.has(x) || TITLES.has(x) || SHORT_TITLES.has(x)));
  if (from + 2 <= b && AREAS.has(w[from]!) && nameOk(from + 2)) return 2;
  if (from < b && regionalAcronym(w[from - 1]!) && !isInstitutional(w[from]!) && nameOk(from + 1)) return 1;
  return 0;
}

/**
 * A person's name of two to four words after a known term (`Baznas` + `Noor Achmad`): capitalised words, none an acronym, an
 * institution's, a title, a rank, a generic head or an area, the last no place's or company's last word.
 */
function personName(w: readonly string[]): boolean {
  return w.length >= 2 && w.length <= 4 && !OWNER_END.has(w[w.length - 1]!) && !BODY_ENDS.has(w[w.length - 1]!) &&
    w.every((x) => /^\p{Lu}\p{Ll}/u.test(x) && !isInstitutional(x)) &&
    !w.some((x) => RANKS.has(x) || TITLES.has(x) || SHORT_TITLES.has(x) || GENERIC_ALONE.has(x) || AREAS.has(x) || REGIONAL_BODIES.has(x) || NAME_HEADS.has(x));
}

/**
 * A candidate term's words split at a term seen on its own elsewhere in the documents scanned (`seen`): a title before it, a
 * person's name after it, or both (`Ketua` + `MUI`, `Presiden` + `Bank Dunia` + `Ajay Banga`, `PT Pelni` + `Tri Andayani`,
 * `Direktur Tindak Pidana Ekonomi Khusus` + `Bareskrim Polri`). The known term is of two words or more, an acronym, or a short
 * form (`shortForm`: `Baznas`); the longest, then the first, wins. `boundary` (when the words are two adjacent terms joined):
 * the known term must cross it (`Universitas Gadjah` + `Mada Ova Emilia` → `Universitas Gadjah Mada` + `Ova Emilia`), with
 * nothing before it. Ranges of the words, or null.
 */
export function splitAtSeen(w: readonly string[], seen: (term: string) => boolean, shortForm: (term: string) => boolean, afterTitle: boolean, boundary = 0): [number, number][] | null {
  const n = w.length;
  for (let len = n - 1; len >= 1; len--) {
    for (let i = 0; i + len <= n; i++) {
      if (boundary > 0 && (i > 0 || i + len <= boundary)) continue;
      const k = w.slice(i, i + len).join(" ");
      if (len === 1 && !isAcronymWord(k) && !shortForm(k)) continue;
      if (len === 1 && droppedAlone(k)) continue;
      if (i > 0 && !(TITLES.has(w[0]!) || SHORT_TITLES.has(w[0]!))) continue;
      if (i > 0 && w.slice(0, i).some((x) => isAcronymWord(x))) continue;
      // (a title of one word and the body alone stay one office, `Panglima TNI`, `Ketua MUI`, as splitRun keeps them)
      if (i === 1 && i + len === n) continue;
      // (not a body's own head before it: `Kepala Suku` + `Dinas …`, `Direktur Utama PT` + `…`)
      if (i > 0 && ((GENERIC_ALONE.has(w[i - 1]!) && !isTitleWord(w[i - 1]!)) || BODY_PREFIXES.has(w[i - 1]!))) continue;
      // (a name after the known term alone only where a title stands before the run: `Ketua` + `Baznas Noor Achmad`; not
      // `New York Sock Exchange`, `Sate Padang Talago Biru`)
      if (i === 0 && !afterTitle) continue;
      if (i + len < n && !personName(w.slice(i + len))) continue;
      if (!seen(k)) continue;
      const out: [number, number][] = [];
      if (i > 0) out.push([0, i]);
      out.push([i, i + len]);
      if (i + len < n) out.push([i + len, n]);
      return out;
    }
  }
  return null;
}

/** Words before a body's head that make one name with it (`Suku Dinas`, `Sub Direktorat`). */
const BODY_PREFIXES: ReadonlySet<string> = new Set(words("Suku Sub"));
/** A title's word (`Ketua`, `Kapolri`, `Utama` of `Direktur Utama`, `Perusahaan` of `Sekretaris Perusahaan` no): see splitAtSeen. */
export const isTitleWord = (x: string): boolean => TITLES.has(x) || SHORT_TITLES.has(x) || RANKS.has(x) || SECOND_TITLE_WORDS.has(x);
const SECOND_TITLE_WORDS: ReadonlySet<string> = new Set([...SECOND_WORDS.values()].flatMap((x) => [...x]));
