/**
 * Words that open Indonesian sentences and are never part of a personal name: pronouns,
 * demonstratives, conjunctions and sentence adverbs. The initials rule (src/segment/mask.ts, rule 6)
 * reads `X.` before a capitalised word as an initial (`J. Smith`, `menurut A. Rahman`) — but not
 * before one of these, where `X.` is a letter ending the sentence (`vitamin C. Ia …`,
 * `Sri Sultan Hamengku Buwono X. Dalam …`). Lower case; review and extend here.
 */
export const SENTENCE_STARTERS: ReadonlySet<string> = new Set(`
ia dia beliau mereka kami kita saya aku anda engkau kamu
ini itu hal inilah itulah
namun tetapi tapi sementara sedangkan adapun selain kemudian lalu lantas selanjutnya akhirnya
setelah sesudah sebelum sebelumnya sejak selama saat ketika sewaktu kala
meski meskipun walau walaupun biarpun karena sebab sehingga maka jika bila apabila kalau agar supaya
bahkan juga pun terlebih apalagi padahal akibatnya oleh karenanya namun demikian sebaliknya
menurut dalam pada di ke dari untuk bagi tentang terhadap dengan tanpa antara
para sang yang tak tidak belum sudah telah masih akan bukan ada
`.trim().split(/\s+/));
