/**
 * Word lists behind the "suspect fragment" heuristic (see ../suspect.ts). Indonesian grammar, not
 * any particular article: words that cannot end a sentence, connectors that cannot start one, and
 * the shapes of Indonesian verbs.
 */

/** A sentence cannot end on these (prepositions, conjunctions, relative "yang", articles). */
export const NO_FINAL_WORDS: ReadonlySet<string> = new Set([
  "yang", "di", "ke", "dari", "pada", "untuk", "dengan", "dan", "atau", "serta", "bagi", "oleh",
  "kepada", "terhadap", "tentang", "para", "sang", "si", "adalah", "ialah", "bahwa", "sebagai",
  "antara", "dalam", "karena", "seperti", "agar", "supaya", "jika", "ketika", "namun", "tetapi",
  "melainkan", "sedangkan", "sehingga", "yaitu", "yakni", "akan", "sebuah", "seorang", "the", "of", "and",
]);

/**
 * A sentence does not start on these: relative "yang", complementisers, coordinators of clauses.
 * ("Sedangkan" is not one: news opens sentences with it as "meanwhile", 57 times in the 3,954
 * sentences of the alignment data.)
 */
export const CONNECTOR_STARTS: readonly string[] = [
  "yang", "bahwa", "sehingga", "serta", "melainkan", "di mana", "dimana", "yaitu",
  "yakni", "juga", "beserta", "maupun",
];

/**
 * Subordinating conjunctions: a sentence that starts with one needs a main clause, normally after
 * a comma ("Ketika X tiba, Y …"). Without a comma it is probably a fragment cut off by a period.
 * "… itu" after the conjunction is an adverbial ("Setelah itu", "Karena itu") and is not counted.
 */
export const SUBORDINATORS: ReadonlySet<string> = new Set([
  "ketika", "saat", "meskipun", "meski", "walaupun", "walau", "kendati", "jika", "apabila", "kalau",
  "bila", "sebab", "agar", "supaya", "sejak", "setelah", "sebelum", "sesudah", "sambil", "seraya",
  "selagi", "selama", "seandainya", "andaikan",
]);

/** Subordinators that only introduce clauses (not also prepositions like "setelah", "sejak", "selama"). */
export const CLAUSE_SUBORDINATORS: ReadonlySet<string> = new Set([
  "ketika", "saat", "meskipun", "walaupun", "kendati", "jika", "apabila", "kalau", "bila", "agar", "supaya", "sambil", "seraya",
]);

/** Focus adverbs that may come before a subordinator: "Bahkan ketika …". */
export const FOCUS_ADVERBS: ReadonlySet<string> = new Set(["bahkan", "justru", "hanya", "terutama", "apalagi", "padahal", "lalu"]);

/** Prepositions: a verbless segment that starts with one is a stray adverbial phrase. */
export const PREPOSITIONS: ReadonlySet<string> = new Set([
  "di", "ke", "dari", "pada", "untuk", "dengan", "bagi", "oleh", "dalam", "kepada", "terhadap",
  "tentang", "antara", "menuju", "sekitar", "melalui", "tanpa", "sejak", "hingga", "sampai",
]);

/** Common verbs, auxiliaries and copulas without an affix (affixed verbs are recognised by shape). */
export const BARE_VERBS: ReadonlySet<string> = new Set([
  "ada", "adalah", "ialah", "merupakan", "akan", "sudah", "telah", "sedang", "masih", "bisa", "dapat",
  "harus", "mau", "ingin", "perlu", "boleh", "mampu", "kata", "ujar", "tutur", "tahu", "lihat",
  "punya", "tiba", "pergi", "datang", "pulang", "tinggal", "masuk", "keluar", "naik", "turun",
  "jatuh", "mati", "tewas", "hidup", "lahir", "hilang", "kembali", "lari", "terbang", "makan",
  "minum", "tidur", "duduk", "buka", "tutup", "pakai", "suka", "tampak", "jadi", "menjadi", "pindah",
  "ikut", "bangun", "hadir", "mulai", "selesai", "gagal", "menang", "kalah", "setuju", "yakin",
  "percaya", "paham", "kenal", "bilang", "minta", "coba", "beri", "kirim", "bawa", "temu",
  "muncul", "unggul", "imbau", "harap", "ajak", "bantu", "jual", "beli", "cari", "tolak",
  // the speech tags of quotes: "…," katanya. / "…," tegasnya.
  "katanya", "ujarnya", "tuturnya", "tegasnya", "jelasnya", "imbuhnya", "pungkasnya", "tambahnya",
  "lanjutnya", "paparnya", "ungkapnya", "terangnya", "harapnya", "sebutnya", "akunya", "tandasnya",
  "ucapnya", "urainya", "kilahnya", "bebernya", "tukasnya", "timpalnya", "sambungnya", "pintanya",
  "is", "are", "was", "were", "has", "have", "said",
]);

/**
 * Words after a sentence-initial "Yang …" that make it a sentence, not a relative clause cut off by a
 * stray period: an evaluative head ("Yang pasti, …", "Yang jelas …", "Yang terpenting adalah …") or an
 * ordinal ("Yang pertama ke arah atas, yang kedua ke arah korban.") or,
 * from the third word on, a copula or an auxiliary of the main predicate ("Yang hadir hanya 20 orang.",
 * "Yang melanggar akan ditindak tegas!", "Yang kami perlukan ialah …").
 */
export const YANG_EVALUATIVE: ReadonlySet<string> = new Set([
  "pasti", "jelas", "penting", "terpenting", "utama", "menarik", "lebih", "paling", "unik", "aneh",
  "pertama", "kedua", "ketiga", "keempat", "kelima", "terakhir",
]);
export const YANG_PREDICATE: ReadonlySet<string> = new Set([
  "adalah", "ialah", "merupakan", "hanya", "cuma", "akan", "harus", "wajib", "bisa", "dapat", "tidak", "tak", "belum",
  "sudah", "telah", "pun", "juga", "tentu", "pasti", "mesti", "perlu",
]);

/** Words that open a verbless sentence whose subject they are: "Itu hal yang wajar.", "Apa yang terjadi …". */
export const SUBJECT_STARTS: ReadonlySet<string> = new Set([
  "ini", "itu", "inilah", "itulah", "ia", "dia", "mereka", "kami", "kita", "saya", "beliau", "apa", "apakah", "siapa",
]);

/** Words after a subordinator that make it a time adverbial, not a clause: "Saat ini …", "saat itu", "saat yang sama". */
export const ADVERBIAL_AFTER: ReadonlySet<string> = new Set(["ini", "itu", "yang", "tersebut"]);

/** Common words that look like affixed verbs but are not (pronouns, nouns, adverbs). */
export const NOT_VERBS: ReadonlySet<string> = new Set([
  "mereka", "media", "menteri", "merah", "medan", "menit", "metode", "memang", "melainkan", "meskipun",
  "bersama", "berita", "beberapa", "berbagai", "terhadap", "tersebut", "terakhir", "terutama", "termasuk",
  "tertinggi", "terbesar", "terkemuka", "dinas", "diplomat", "direktur", "diktator", "dialog", "dirinya",
  "dimana", "depan", "demikian", "teknologi", "teritorial", "terorisme", "teroris", "transfer", "terminal", "bahkan", "sedangkan",
  "termin", "ternak", "teras", "memori", "menara", "meja", "bekas", "belakang", "bendera", "dimensi",
  // (words borrowed with di- that are no passive verbs: a rubric or a noun under a title, `Digital`, `Diskusi`)
  "digital", "diskusi", "distribusi", "disiplin", "diplomasi", "diagnosis", "diagnosa", "dinamika", "dinasti", "direksi",
  "divisi", "dividen", "diesel", "dilema", "diameter", "diaspora", "dialek", "diabetes", "diet", "diploma", "diorama", "disrupsi",
  "diversifikasi", "distributor", "diskon", "diskotek", "diktat", "dinamis", "digitalisasi",
]);

/** Demonstratives: one as the second or third word closes a subject ("Perbedaan ini hal yang biasa.", "Kebijakan itu langkah yang tepat."). */
export const DEMONSTRATIVES: ReadonlySet<string> = new Set(["ini", "itu", "tersebut"]);

/**
 * Words that open the subject of a clause after a short fronted adverbial ("Sejak 2019 ia tinggal di
 * Bali.", "Sebelum laga para pemain berdoa."): pronouns and the plural and quantity markers.
 */
export const CLAUSE_SUBJECTS: ReadonlySet<string> = new Set([
  "ia", "dia", "mereka", "kami", "kita", "saya", "aku", "kamu", "anda", "beliau", "para", "semua", "seluruh", "sejumlah", "banyak",
]);

/**
 * Names of outlets and products written in small letters at the start of a sentence ("detikcom telah
 * mencoba menghubungi …", "kumparan mencoba …"); words with a capital inside (`iPhone`, `eSIM`) or after
 * `e-` (`e-KTP`) and web names (`tirto.id`) are recognised by their shape.
 */
export const LOWERCASE_BRANDS: ReadonlySet<string> = new Set([
  "detikcom", "detiknews", "detik", "kumparan", "tirto", "okezone", "merdeka", "suara", "katadata", "jpnn", "kompas", "tempo",
]);
