/**
 * Words that open Indonesian sentences and are never part of a personal name: pronouns,
 * demonstratives, conjunctions, sentence adverbs, and the words that open a wish, a plea or a command
 * (`Semoga`, `Mohon`, `Jangan`, `Silakan`; not `Mari`, a name too). The initials rule (src/segment/mask.ts, rule 6)
 * reads `X.` before a capitalised word as an initial (`J. Smith`, `menurut A. Rahman`) — but not
 * before one of these, where `X.` is a letter ending the sentence (`vitamin C. Ia …`,
 * `Sri Sultan Hamengku Buwono X. Dalam …`). Lower case; review and extend here.
 */
export const SENTENCE_STARTERS: ReadonlySet<string> = new Set(`
ia dia beliau mereka kami kita saya aku anda engkau kamu
keduanya ketiganya keempatnya kelimanya semuanya seluruhnya masing-masing
ini itu hal inilah itulah
namun tetapi tapi sementara sedangkan adapun selain kemudian lalu lantas selanjutnya akhirnya
setelah sesudah sebelum sebelumnya sejak selama saat ketika sewaktu kala
meski meskipun walau walaupun biarpun karena sebab sehingga maka jika bila apabila kalau agar supaya
bahkan juga pun terlebih apalagi padahal akibatnya oleh karenanya namun demikian sebaliknya
menurut dalam pada di ke dari untuk bagi tentang terhadap dengan tanpa antara
para sang yang tak tidak belum sudah telah masih akan bukan ada
kini sekarang kemarin besok nanti nantinya kelak dulu dahulu semula awalnya tadi usai seusai hingga sampai
sambil seraya jadi memang mungkin tentu tentunya justru malah hanya cuma hampir sekitar lebih semakin
bagaimana mengapa kenapa apa apakah siapa kapan dimana
seorang sebuah beberapa sejumlah sebanyak sebagian seluruh semua setiap banyak ratusan ribuan puluhan
seperti sebagai berdasarkan mengenai terkait menanggapi
menurutnya pihaknya dirinya rencananya biasanya pasalnya artinya misalnya alhasil buktinya sisanya
sebenarnya sebetulnya seharusnya harusnya ternyata rupanya karenanya demikian begitu
dikatakan dikatakannya diperkirakan diharapkan ditambahkan disebutkan
semoga mudah-mudahan moga-moga ayo yuk silakan silahkan tolong mohon harap jangan maaf alhamdulillah
`.trim().split(/\s+/));

/**
 * Words that open English sentences and are never the start of a name: articles, pronouns,
 * determiners, conjunctions, prepositions and sentence adverbs. The English splitter
 * (src/segment/english.ts) reads dotted initials (`U.S.`, `V.N.`, `J.B.`) before a capitalised word
 * as part of the sentence (`U.S. House Speaker`, `V.N. Mathur`, `the U.S. Open`) — but not before one
 * of these, where the initials end it (`… by the U.S. The move …`). Lower case; review and extend here.
 */
export const ENGLISH_SENTENCE_STARTERS: ReadonlySet<string> = new Set(`
the a an this that these those there here it its he she they we i you his her their our my your
one some many most several few both all each every no none such other another any much more
but and or so yet nor however meanwhile moreover furthermore also still instead indeed thus
therefore nevertheless nonetheless otherwise besides likewise similarly separately elsewhere
earlier later then now today yesterday tomorrow last next first finally recently previously
when while after before since until as if although though because unless whether once
in on at for from with without by of to into over under during about against among between
according despite following amid across through throughout within beyond toward towards
what who whom whose which where why how not only even just asked speaking
`.trim().split(/\s+/));

/**
 * Nouns that take a letter as a label (`nilai A`, `golongan B`, `vitamin C`, `grup D`, `blok E`,
 * `kelas F`): after one of them (in small letters), `X.` before a capitalised word is that label ending
 * the sentence (`… mendapat nilai A. Nilai itu …`), not an initial; so does a platform's name after `di`,
 * `platform`, `aplikasi` or `akun` (`… trending di X. Banyak warganet …`): a person is not `di` a place — the initials rule (src/segment/mask.ts,
 * rule 6) leaves it to the engine. Lower case; review and extend here.
 */
export const LETTER_LABEL_NOUNS: ReadonlySet<string> = new Set(`
nilai golongan gol kelas grup group tipe jenis kategori blok zona vitamin huruf opsi pilihan skenario
rencana varian tingkat level kode seri paket ruang gedung pintu gerbang tribun sektor pos lantai
platform aplikasi akun di
`.trim().split(/\s+/));

/**
 * Words before `PO.`, `PD.` or `UD.` that read it as an acronym, not as a firm's form written before its
 * name (`PO. Haryanto`, perusahaan otobus; `PD. Pasar Jaya`, perusahaan daerah): a pre-order or a
 * purchase order (`dengan sistem PO.`, `secara PO.`, `masa PO.`), a party, Partai Demokrat (`kader PD.`,
 * `Fraksi PD.`). After one of them, or after an acronym in capitals (`Ketua DPD PD.`), the period ends the
 * sentence before a capitalised word as any word's does (src/segment/mask.ts, rule 12). Lower case;
 * review and extend here.
 */
export const ACRONYM_BEFORE: ReadonlySet<string> = new Set(`
sistem secara via masa open buka pembelian pemesanan pesanan
kader fraksi partai caleg politikus politisi
`.trim().split(/\s+/));
