/**
 * candidateSpans scans ASCII text by character codes (the fast path) and other text with the
 * Unicode word pattern: both must find the same candidate terms. The reference below is the
 * pattern-only scan, applied to every text; the texts are generated (deterministic) mixes of
 * capitalised words, acronyms, function words, digits, hyphens, apostrophes, quotes and stops.
 * Given the text's tokens, a plain text is read at its word starts: again the same candidates.
 */
import { candidateSpans, cutFromKnown } from "../../src/check/audit";
import { auditPairs } from "../../src/check/audit-stream";
import { abbreviates, droppedAlone, isAcronymWord, isShortTitle, mayBeInitials, maySplit, PLACE_HEADS, PLACE_QUALIFIERS, RANKS, runTakesAcronym, sentenceOpener, shortForms, splitAfterTerm, splitAtSeen, splitRun } from "../../src/check/candidate-runs";
import { ABBREVIATIONS, EXACT_ABBREVIATIONS } from "../../src/segment/rules/abbreviations";
import { rng } from "../../bench/lib/harness";
import { createTokens, tokenize } from "../../src/glossary/tokenize"; // the benchmarks' deterministic PRNG (mulberry32)

const NOT_TERMS = new Set(
  ("Senin Selasa Rabu Kamis Jumat Sabtu Minggu Januari Februari Maret April Mei Juni Juli Agustus September Oktober " +
    "November Desember Ia Dia Mereka Kami Kita Saya Ini Itu Namun Tetapi Dan Dalam Pada Di Ke Dari Untuk Dengan " +
    "Sementara Menurut Selain Setelah Sebelum Sejak Saat Ketika Jika Meski Meskipun Karena Oleh Sebagai Para " +
    "Yang Tidak Akan Juga Bahkan Sedangkan Adapun Kemudian Sebuah Seorang Hal Kata Ujar Bagi Atas Tentang " +
    "Kalau Bila Apabila Agar Supaya Bahwa Setiap Semua Beberapa Kini Sekarang Sebelumnya Selanjutnya Selama Hingga Anda " +
    "Rp USD EUR IDR JPY CNY RMB KRW KPW GBP SGD AUD RUB HKD MYR CHF INR WIB WITA WIT GMT UTC " +
    "II III IV VI VII VIII IX XI XII XIII XIV XV XVI XVII XVIII XIX XX XXI").split(" "),
);
// abbreviations written with their period are no terms (the lists' data, not their logic)
const ABBREVIATED = new Set([...ABBREVIATIONS.map((a) => a.abbr.toLowerCase()), ...EXACT_ABBREVIATIONS.map((a) => a.abbr)]);
const PASSIVE = /^Di\p{Ll}{3,}(?:kan|i)$/u;
const WORD_RE = /[\p{L}\p{N}][\p{L}\p{N}\p{M}'’-]*/gu;
const NAME_ROMAN = /^ (?:((?=[IVX])X{0,3}(?:IX|IV|V?I{0,3}))|[A-H])(?![\p{L}\p{N}'’/-]|\.[\p{L}\p{N}])/u;
const NUMBERING = new Set(("Pasal Ayat Bab Huruf Butir Halaman Lampiran Terminal Fase Tahap Tahapan Gelombang Babak Putaran Grup Pot Blok Kavling Kav " +
  "Lantai Gedung Menara Tower Ruang Ruangan Kamar Kelas Kategori Golongan Tipe Seri Model Versi Level Tingkat Zona Sektor Klaster Unit Nomor No " +
  "Gerbang Pintu Peron Jalur Dermaga Gate Platform Apartemen Rumah Jalan Jl Gang Km RT RW Regu Kompi Batalyon Seksi Sesi").split(" "));
const MIXED_SHORT_FORM = /^\p{Lu}{3,6}\p{Ll}{2,}$/u;
const ACRONYM = /^(?:\p{Lu}{2,6}\d*|\p{Lu}+\d+(?:\p{Lu}[\p{Lu}\d]*)?|\p{Lu}{1,8}-\d+)$/u;
const CAPITALISED = /^\p{Lu}\p{Ll}/u;
const SENTENCE_GAP = /[.!?:]["”'’)]?\s+["“]?$/;
const OPENING_GAP = /^[\s"“'‘(]*$/;

/** The pattern-only scan (what candidateSpans did for every text), title-case headlines aside. */
function reference(text: string, covered: readonly { start: number; end: number }[]): { term: string; kind: "acronym" | "name" }[] {
  const out: { term: string; kind: "acronym" | "name" }[] = [];
  const d = /^[A-Z]{2}[\p{Lu}\p{N} .'’-]*(?:\s*\([^)]{1,40}\))?(?:,\s*[\p{L}\p{N}.]+(?:\s+[\p{L}\p{N}.]+){0,2})?\s*[—–-]{1,2}\s+/u.exec(text);
  if (d) text = " ".repeat(d[0].length) + text.slice(d[0].length);
  let words: string[] = [];
  let starts: number[] = [];
  let runStartsSentence = false;
  let runEnd = -1;
  const flush = () => {
    // (a Roman numeral, or a commission's letter, after the run's last word is its: `Komisi IV`, `Komisi E`; not after a numbered part's word)
    let numbered = false;
    const k = words.length - 1;
    const roman = k < 0 ? null : NAME_ROMAN.exec(text.slice(starts[k]! + words[k]!.length, starts[k]! + words[k]!.length + 12));
    if (roman !== null && (roman[1] !== undefined || words[k] === "Komisi") && !NUMBERING.has(words[k]!)) { words[k] += roman[0]; numbered = true; }
    if (words.length > 0 && PASSIVE.test(words[0]!)) { words.shift(); starts.shift(); if (words.length === 1) runStartsSentence = false; }
    if (words.length > 1 && runStartsSentence && sentenceOpener(words[0]!, words[1])) { words.shift(); starts.shift(); if (words.length === 1) runStartsSentence = false; }
    if (numbered) runStartsSentence = false;
    // (titles, ranks and offices split off by the same rules: ./candidate-runs.ts, tested on its own below; a run
    // right after a glossary term read with the term's words)
    if (words.length > 1) {
      const c = covered.find((x) => x.end === starts[0]! - 1 && text[x.end] === " ");
      const seps = words.map(() => null);
      const ranges = (c !== undefined ? splitAfterTerm(text.slice(c.start, c.end).split(/\s+/).filter(Boolean), words, seps) : null) ??
        (words.some(maySplit) ? splitRun(words, seps) : [[0, words.length]]);
      for (const [from, to] of ranges) {
        if (to - from > 1) out.push({ term: words.slice(from, to).join(" "), kind: "name" });
        else if (!droppedAlone(words[from]!) && !isAcronymWord(words[from]!)) out.push({ term: words[from]!, kind: "name" });
      }
    } else if (words.length === 1 && isAcronymWord(words[0]!)) out.push({ term: words[0]!, kind: "acronym" });
    else if (words.length === 1 && (!runStartsSentence || isShortTitle(words[0]!)) && !droppedAlone(words[0]!)) out.push({ term: words[0]!, kind: "name" });
    words = [];
    starts = [];
  };
  let ci = 0;
  let prevEnd = 0;
  WORD_RE.lastIndex = 0;
  for (let m = WORD_RE.exec(text); m !== null; m = WORD_RE.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    const gapStart = prevEnd;
    prevEnd = end;
    if (!/^\p{Lu}/u.test(m[0])) { if (words.length) flush(); continue; }
    const w = m[0].replace(/[-'’]+$/, "");
    while (ci < covered.length && covered[ci]!.end <= start) ci++;
    const isCovered = ci < covered.length && covered[ci]!.start < end;
    const acronym = ACRONYM.test(w) || MIXED_SHORT_FORM.test(w);
    const e = start + w.length;
    const currency = text.charCodeAt(e) === 0x24 || // US$, S$
      (start >= 2 && text[start - 1] === "." && /\p{L}/u.test(text[start - 2]!)) || (text[e] === "." && /\p{L}/u.test(text[e + 1] ?? "")); // KOMPAS.com
    const abbreviated = text[e] === "." && (ABBREVIATED.has(text.slice(start, e + 1)) || ABBREVIATED.has(text.slice(start, e + 1).toLowerCase()));
    // (`Dalam` inside a run before `Negeri`: a portfolio's word)
    const dalam = w === "Dalam" && words.length > 0 && runEnd === start - 1 && text[start - 1] === " " && text.startsWith("Dalam Negeri", start);
    if (isCovered || currency || abbreviated || (NOT_TERMS.has(w) && !dalam) || !(acronym || CAPITALISED.test(w))) { if (words.length) flush(); continue; }
    let initials = false;
    if (acronym && w !== "PT" && w !== "CV") {
      // (a rank in capitals: no term, the run ends)
      if (RANKS.has(w)) { if (words.length) flush(); continue; }
      // (an acronym inside a name or after a title, a name going on after it: a term, and a word of the run)
      const next = /^ (\p{Lu}\p{Ll}[\p{L}\p{N}\p{M}'’-]*)/u.exec(text.slice(end));
      const goesOn = e === end && next !== null && !NOT_TERMS.has(next[1]!.replace(/[-'’]+$/, ""));
      const adjacent = words.length > 0 && runEnd === start - 1 && text.charCodeAt(start - 1) === 32;
      if (adjacent && goesOn && runTakesAcronym(words, runStartsSentence)) {
        out.push({ term: w, kind: "acronym" }); words.push(w); starts.push(start); runEnd = end; continue;
      }
      // (a place's head alone before an acronym that ends the run: one name, the acronym a term too; not `Gedung DPR/MPR`)
      if (adjacent && !goesOn && (words.length === 1 || (words.length === 2 && PLACE_QUALIFIERS.has(words[1]!))) && PLACE_HEADS.has(words[0]!) && text[e] !== "/") {
        out.push({ term: w, kind: "acronym" }); words.push(w); starts.push(start); runEnd = end; continue;
      }
      // (a person's initials: after a title with more, or after a comma, they open the name)
      initials = goesOn && (adjacent ? mayBeInitials(w, words) : text.slice(start - 2, start) === ", " && mayBeInitials(w, null));
      if (!initials) { if (words.length) flush(); out.push({ term: w, kind: "acronym" }); continue; }
    }
    if (!initials && words.length && runEnd === start - 1 && text.charCodeAt(start - 1) === 32) { words.push(w); starts.push(start); runEnd = end; continue; }
    if (words.length) flush();
    const gap = text.slice(gapStart, start);
    runStartsSentence = gapStart === 0 ? OPENING_GAP.test(gap) : SENTENCE_GAP.test(gap) || (/^\s*["“(]\s*$/.test(gap) && !(gap === " (" && text[e] === ")"));
    words = [w];
    starts = [start];
    runEnd = end;
  }
  if (words.length) flush();
  return out;
}

const PIECES = ["Kab.", "Drs.", "Feb.", "Mr.", "MR.", "Tbk.", "Pasal", "JAKARTA, KOMPAS.com —", "SURABAYA (ANTARA) -", "ANDALPOST.COM", "KOMPAS.com", "Rp", "US$", "S$5", "WIB", "Presiden", "Jl", "Dikatakan", "Diserahi", "Anda", "Joko", "Widodo", "Korea", "Utara", "TNI", "AS", "PBB2", "B52", "Di", "Pada", "Ini", "yang", "dan", "kata", "rudal",
  "Putin's", "Kim-", "Jong-un", "o'clock", "2024", "11.000", "x", "A", "I", "iPhone", "McDonald", "ABCDEFG", "Jakarta", "Ali'",
  "Gedung", "Putih", "Menteri", "Luar", "Negeri", "Senin", "Amerika", "Serikat", "NATO"];
const GAPS = [".", " ", " ", " ", " ", ", ", ". ", "! ", ": ", " (", ") ", " \"", "\" ", " - ", "-", "'", "  ", ".\" ", "? \"", "; "];
const NON_ASCII = ["Sőul", "Menteri’s", "“Prabowo”", "Tiongkok’", "ÉLYSÉE", "é"];

describe("candidateSpans", () => {
  it("finds the same candidates by character codes (ASCII text) as the Unicode word pattern", () => {
    const r = rng(3);
    let found = 0;
    let plain = 0;
    const tokens = createTokens();
    for (let k = 0; k < 3000; k++) {
      let text = r() < 0.3 ? GAPS[Math.floor(r() * GAPS.length)]! : "";
      const n = 1 + Math.floor(r() * 14);
      for (let i = 0; i < n; i++) {
        text += r() < 0.05 ? NON_ASCII[Math.floor(r() * NON_ASCII.length)]! : PIECES[Math.floor(r() * PIECES.length)]!;
        text += GAPS[Math.floor(r() * GAPS.length)]!;
      }
      const covered = r() < 0.3 && text.length > 10 ? [{ start: 3, end: 9 }] : [];
      const got = candidateSpans(text, covered);
      // with the text's tokens (a plain text is read at its word starts): the same
      expect({ text, withTokens: candidateSpans(text, covered, tokenize(text, tokens)) }).toEqual({ text, withTokens: got });
      if (tokens.plain) plain++;
      // a title-case headline gives nothing (checked before any scan)
      const want = got.length === 0 && reference(text, covered).length > 0 ? got : reference(text, covered);
      expect({ text, got }).toEqual({ text, got: want });
      found += got.length;
    }
    expect(found).toBeGreaterThan(1000);
    expect(plain).toBeGreaterThan(300);
  });

  it("tells a title-case headline from a sentence the same way from a plain text's tokens as from its characters", () => {
    // words around the 80% threshold of capitals, after spaces, quotes, brackets, hyphens and digits
    const WORDS = ["Joko", "Widodo", "Korea", "Utara", "TNI", "Putin's", "Kim-Jong", "yang", "dan", "rudal", "di", "2024", "11.000", "x", "A", "iPhone", "Bangsa-Bangsa", "(Kompas)", "\"Presiden\"", "-Ali", "a-B"];
    const r = rng(5);
    const tokens = createTokens();
    let headlines = 0, sentences = 0;
    for (let k = 0; k < 4000; k++) {
      const n = 3 + Math.floor(r() * 12);
      const caps = r();
      const words: string[] = [];
      for (let i = 0; i < n; i++) {
        const w = WORDS[Math.floor(r() * WORDS.length)]!;
        words.push(r() < caps ? w.charAt(0).toUpperCase() + w.slice(1) : w);
      }
      const text = words.join(" ") + (r() < 0.5 ? "." : "");
      tokenize(text, tokens);
      if (!tokens.plain) continue;
      const byChars = candidateSpans(text, []);
      expect({ text, byTokens: candidateSpans(text, [], tokens) }).toEqual({ text, byTokens: byChars });
      if (byChars.length === 0 && reference(text, []).length > 0) headlines++;
      else if (byChars.length > 0) sentences++;
    }
    expect(headlines).toBeGreaterThan(300);
    expect(sentences).toBeGreaterThan(300);
  });

  it("finds the same candidates from the tokens of a plain sentence whose only capital opens it as the pattern scan", () => {
    // the opening word: a name, a function word, an acronym, a passive verb, a capital with a digit, a one-letter word…
    const OPENERS = ["Joko", "Di", "Dikatakan", "TNI", "B52", "A", "Ab", "Jl", "Presiden", "Putin's", "Kim-", "KOMPAS.com", "Rp", "US$", "Ali'", "Oke-oke"];
    const LOWER = ["yang", "dan", "kata", "rudal", "x", "iPhone", "2024", "11.000", "o'clock", "jong-un", "di"];
    const SEPS = [" ", " ", " ", ", ", " - ", ". ", " (", ") "];
    const r = rng(9);
    const tokens = createTokens();
    let plain = 0, found = 0;
    for (let k = 0; k < 3000; k++) {
      let text = OPENERS[Math.floor(r() * OPENERS.length)]!;
      const n = Math.floor(r() * 8);
      for (let i = 0; i < n; i++) text += SEPS[Math.floor(r() * SEPS.length)]! + LOWER[Math.floor(r() * LOWER.length)]!;
      if (r() < 0.5) text += ".";
      const covered = r() < 0.2 ? [{ start: 0, end: 2 }] : [];
      const byChars = candidateSpans(text, covered);
      tokenize(text, tokens);
      if (tokens.plain) plain++;
      expect({ text, byTokens: candidateSpans(text, covered, tokens) }).toEqual({ text, byTokens: byChars });
      expect({ text, byChars }).toEqual({ text, byChars: reference(text, covered) });
      found += byChars.length;
    }
    expect(plain).toBeGreaterThan(2000);
    expect(found).toBeGreaterThan(200);
  });

  it("keeps an institution's name whole over its inner `dan`, list commas and English `of`/`for`/`and`", () => {
    const names = (text: string): string[] => candidateSpans(text, []).map((c) => c.term);
    expect(names("Badan Meteorologi, Klimatologi, dan Geofisika (BMKG) mencatat gempa.")).toEqual(["Badan Meteorologi, Klimatologi, dan Geofisika", "BMKG"]);
    expect(names("Izin dari Badan Pengawas Obat dan Makanan (BPOM) keluar.")).toEqual(["Badan Pengawas Obat dan Makanan", "BPOM"]);
    expect(names("Kementerian Pekerjaan Umum dan Perumahan Rakyat mengirim alat berat.")).toEqual(["Kementerian Pekerjaan Umum dan Perumahan Rakyat"]);
    expect(names("Ia menyebut defisit Anggaran Pendapatan dan Belanja Negara naik.")).toEqual(["Anggaran Pendapatan dan Belanja Negara"]);
    expect(names("Ekonom dari Institute for Development of Economics and Finance menilai itu.")).toEqual(["Institute for Development of Economics and Finance"]);
    expect(names("Data dari Center for Strategic and International Studies dan Bank of Japan.")).toEqual(["Center for Strategic and International Studies", "Bank of Japan"]);
    // the same through the Unicode scan (a non-ASCII word elsewhere in the text) and from the tokens
    const text = "Menurut “Pusat Vulkanologi dan Mitigasi Bencana Geologi”, longsor mungkin.";
    expect(names(text)).toEqual(["Pusat Vulkanologi dan Mitigasi Bencana Geologi"]);
    const plain = "Pejabat Pusat Vulkanologi dan Mitigasi Bencana Geologi datang.";
    expect(candidateSpans(plain, [], tokenize(plain, createTokens()))).toEqual(candidateSpans(plain, []));
    // (a common noun that opens the sentence is no part of the name: `Pejabat`)
    expect(names(plain)).toEqual(["Pusat Vulkanologi dan Mitigasi Bencana Geologi"]);
  });

  it("does not join two names with `dan`: no head word before it, or the word after it opens a name of its own", () => {
    const names = (text: string): string[] => candidateSpans(text, []).map((c) => c.term);
    expect(names("Pertemuan Jepang dan Korea Selatan berlangsung.")).toEqual(["Pertemuan Jepang", "Korea Selatan"]);
    expect(names("Data Kementerian Keuangan dan Bank Indonesia sama.")).toEqual(["Data Kementerian Keuangan", "Bank Indonesia"]);
    expect(names("Data itu berasal dari Badan Pusat Statistik, Kementerian Keuangan, dan Otoritas Jasa Keuangan di kota itu.")).toEqual(["Badan Pusat Statistik", "Kementerian Keuangan", "Otoritas Jasa Keuangan"]);
    expect(names("Ia bertemu wakil Komisi Pemberantasan Korupsi dan Presiden Joko Widodo di istana kemarin.")).toEqual(["Komisi Pemberantasan Korupsi", "Joko Widodo"]);
    expect(names("Ia menyambut kunjungan Vladimir Putin and Xi Jinping ke kota itu.")).toEqual(["Vladimir Putin", "Xi Jinping"]);
    expect(names("Ia memanggil petugas Suku Dinas Kebersihan dan Suku Dinas Pertamanan ke lokasi itu.")).toEqual(["Suku Dinas Kebersihan", "Suku Dinas Pertamanan"]);
    // a name joined over `dan` takes in the glossary term that ends it (a name's head opens it), and stops there
    expect(candidateSpans("Kata Badan Pengawas Obat dan Makanan Rusia itu.", [{ start: 37, end: 42 }]).map((c) => c.term)).toEqual(["Badan Pengawas Obat dan Makanan Rusia"]);
    expect(candidateSpans("Kata Badan Pengawas Obat dan Makanan Rusia Ivan itu.", [{ start: 37, end: 42 }]).map((c) => c.term)).toEqual(["Badan Pengawas Obat dan Makanan Rusia", "Ivan"]);
  });

  it("joins names over `dan`, commas and `of` the same way by character codes, by the Unicode pattern and from the tokens", () => {
    const WORDS = ["Badan", "Kementerian", "Pusat", "Institute", "Bank", "Obat", "Makanan", "Jasa", "Keuangan", "Japan", "Finance", "Korea", "TNI", "Rp309",
      "dan", "dan", "of", "for", "and", "yang", "di", "2024", "Presiden", "Kata", "Ali'", "Kim-"];
    const SEPS = [" ", " ", " ", " ", " ", " ", ", ", ". ", " (", ") ", "-"];
    const r = rng(11);
    const tokens = createTokens();
    let joined = 0;
    for (let k = 0; k < 3000; k++) {
      let text = "ia melihat";
      const n = 2 + Math.floor(r() * 12);
      for (let i = 0; i < n; i++) text += SEPS[Math.floor(r() * SEPS.length)]! + WORDS[Math.floor(r() * WORDS.length)]!;
      const byChars = candidateSpans(text, []);
      // a dash that is no ASCII character, glued to the end, sends the text through the Unicode pattern
      expect({ text, unicode: candidateSpans(text + "—", []) }).toEqual({ text, unicode: byChars });
      expect({ text, byTokens: candidateSpans(text, [], tokenize(text, tokens)) }).toEqual({ text, byTokens: byChars });
      joined += byChars.filter((c) => / (?:dan|of|for|and) /.test(c.term)).length;
    }
    expect(joined).toBeGreaterThan(40);
  });

  it("starts an institution's name of its own after a title or office of two words or more", () => {
    const names = (text: string): string[] => candidateSpans(text, []).map((c) => c.term);
    expect(names("Ia menyebut Wakil Ketua Komisi Pemberantasan Korupsi dalam sidang itu.")).toEqual(["Wakil Ketua", "Komisi Pemberantasan Korupsi"]);
    expect(names("Hal itu dikatakan oleh Kepala Pusat Data, Informasi, dan Komunikasi Kebencanaan Badan Nasional Penanggulangan Bencana Abdul Muhari di kantornya pada sore hari.")).toEqual([
      "Pusat Data, Informasi, dan Komunikasi Kebencanaan", "Badan Nasional Penanggulangan Bencana Abdul Muhari",
    ]);
    // after one word it stays (`Rapat Dewan Gubernur`; `Kepala` alone is split off: `Badan …`), and a head after `dan` is a field of the name
    expect(names("Hasil itu diputuskan dalam Rapat Dewan Gubernur dan disampaikan Kepala Badan Pusat Statistik di kantor.")).toEqual(["Rapat Dewan Gubernur", "Badan Pusat Statistik"]);
  });

  it("leaves out an amount with its currency glued on (`Rp309`, `USD500`)", () => {
    expect(candidateSpans("Defisit mencapai Rp309 triliun, atau USD500 juta, kata Sri Mulyani di Rp1.500 IDR12,5.", [])).toEqual([{ term: "Sri Mulyani", kind: "name" }]);
    expect(candidateSpans("Defisit mencapai Rpx dan USDA menolak.", [])).toEqual([{ term: "Rpx", kind: "name" }, { term: "USDA", kind: "acronym" }]);
  });

  it("keeps capitalised runs (a run may start the sentence), acronyms, and drops a lone capitalised sentence start", () => {
    expect(candidateSpans("Hari Jadi Kota Bogor dirayakan kemarin. Joko Widodo bertemu pejabat TNI dan PBB di Gedung Merdeka. Widodo pulang.", [])).toEqual([
      { term: "Hari Jadi Kota Bogor", kind: "name" }, { term: "Joko Widodo", kind: "name" }, { term: "TNI", kind: "acronym" }, { term: "PBB", kind: "acronym" }, { term: "Gedung Merdeka", kind: "name" },
    ]);
  });

  it("splits a title, an office or a rank off the name it is glued to; a short office form is a term of its own", () => {
    const names = (text: string): string[] => candidateSpans(text, []).map((c) => c.term);
    expect(names("Lalu Presiden Prabowo Subianto tiba di kota itu pada pagi hari.")).toEqual(["Lalu", "Prabowo Subianto"]);
    expect(names("Ia bertemu Wakil Presiden Gibran Rakabuming Raka di istana di kota itu pada pagi hari.")).toEqual(["Wakil Presiden", "Gibran Rakabuming Raka"]);
    expect(names("Menlu Retno tiba di kota itu pada pagi hari.")).toEqual(["Menlu", "Retno"]);
    expect(names("Kata Kapolri Jenderal Listyo Sigit Prabowo di sana di kota itu pada pagi hari.")).toEqual(["Kapolri", "Listyo Sigit Prabowo"]);
    expect(names("Hal itu disampaikan Menteri Keuangan Sri Mulyani Indrawati kemarin.")).toEqual(["Menteri Keuangan", "Sri Mulyani Indrawati"]);
    expect(names("Hal itu disampaikan Menteri Koordinator Bidang Perekonomian Airlangga Hartarto di kota itu pada pagi hari.")).toEqual(["Menteri Koordinator Bidang Perekonomian", "Airlangga Hartarto"]);
    expect(names("Menurut juru bicara Kementerian Luar Negeri Roy Soemirat, itu benar.")).toEqual(["Kementerian Luar Negeri", "Roy Soemirat"]);
    expect(names("Ia memuji Pelatih Shin Tae-yong di sana, dan juga bertemu dengan Sekretaris Jenderal Antonio Guterres pada sore hari.")).toEqual(["Shin Tae-yong", "Sekretaris Jenderal", "Antonio Guterres"]);
    expect(names("Ia memanggil Panglima TNI Jenderal Agus Subiyanto di kota itu pada pagi hari.")).toEqual(["TNI", "Panglima TNI", "Agus Subiyanto"]);
    expect(names("Ia menyebut Kepala Korps Lalu Lintas Polri Irjen Aan Suhanan hadir di kota itu pada pagi hari.")).toEqual(["Korps Lalu Lintas Polri", "Aan Suhanan"]);
    // an office whose title is followed by an institution stays whole, and so does a place
    expect(names("Ia menyebut Kepala Eksekutif Pengawas Perbankan dan Ketua Mahkamah Konstitusi Suhartoyo di kota itu pada pagi hari.")).toEqual(["Kepala Eksekutif Pengawas Perbankan", "Ketua Mahkamah Konstitusi Suhartoyo"]);
    expect(names("Ia pindah ke Ibu Kota Nusantara dan Raja Ampat di kota itu pada pagi hari.")).toEqual(["Ibu Kota Nusantara", "Raja Ampat"]);
    // a title or a rank alone is no term
    expect(names("Ia memanggil Pelatih dan Irjen itu.")).toEqual([]);
    // (the region a region's head is of: a term of its own)
    expect(splitRun(["Wali", "Kota", "Surabaya", "Eri", "Cahyadi"], [null, null, null, null, null])).toEqual([[0, 2], [2, 3], [3, 5]]);
  });

  it("keeps a name whole over the glossary term that ends it, and a direction word after the term", () => {
    const names = (text: string, ...terms: string[]): string[] =>
      candidateSpans(text, terms.map((t) => ({ start: text.indexOf(t), end: text.indexOf(t) + t.length })).sort((a, b) => a.start - b.start)).map((c) => c.term);
    expect(names("Kedutaan Besar Korea Selatan di Jakarta buka.", "Korea Selatan")).toEqual(["Kedutaan Besar Korea Selatan", "Jakarta"]);
    expect(names("Menurut data Bank Sentral Rusia, kapal itu ada di Laut Jepang.", "Rusia", "Jepang")).toEqual(["Bank Sentral Rusia", "Laut Jepang"]);
    expect(names("Menurut Kantor Berita Pusat Korea Utara, uji itu sukses.", "Kantor Berita Pusat Korea")).toEqual(["Kantor Berita Pusat Korea Utara"]);
    expect(names("Ia tiba di Laut China Selatan kemarin.", "China")).toEqual(["Laut China Selatan"]);
    // a title before a term is no name's head: the term ends the run
    expect(names("Ia bertemu dengan Menteri Pertahanan Korea Selatan Kim Yong-hyun di kota itu.", "Korea Selatan")).toEqual(["Menteri Pertahanan", "Kim Yong-hyun"]);
    expect(names("Ia tinggal di Provinsi Jawa Barat.", "Jawa Barat")).toEqual([]);
  });

  it("finds codes with digits: `G20`, `H5N1`, `U-23`, `SATRIA-1`, `5G`, and the name a code opens (`3M Plus`)", () => {
    const spans = (text: string) => candidateSpans(text, []).map((c) => `${c.term}:${c.kind}`);
    expect(spans("Virus H5N1 dan tim U-23 serta satelit SATRIA-1 dibahas di KTT G20.")).toEqual(["H5N1:acronym", "U-23:acronym", "SATRIA-1:acronym", "KTT:acronym", "G20:acronym"]);
    expect(spans("Ia memakai jaringan 5G dan gerakan 3M Plus di kota itu.")).toEqual(["5G:acronym", "3M Plus:name"]);
    // a numbered part of a law or a building is no code; a headline gives nothing
    expect(spans("Menurut Pasal 2A dan Terminal 1A itu, semua beres.")).toEqual(["Terminal:name"]);
    expect(spans("Jaringan 5G Menjangkau Semua Ibu Kota Provinsi")).toEqual([]);
    // the same through the Unicode scan and from the tokens
    const text = "Ia memakai jaringan 5G dan gerakan 3M Plus di kota itu.";
    expect(candidateSpans(text + "—", [])).toEqual(candidateSpans(text, []));
    expect(candidateSpans(text, [], tokenize(text, createTokens()))).toEqual(candidateSpans(text, []));
  });

  it("keeps a short form in brackets, a name's particles and a company's legal form", () => {
    const names = (text: string): string[] => candidateSpans(text, []).map((c) => c.term);
    expect(names("Ia dari Kementerian Komunikasi dan Digital (Komdigi) kemarin.")).toEqual(["Kementerian Komunikasi dan Digital", "Komdigi"]);
    expect(names("Laga di Stadion Abdullah bin Khalifa dan Rio de Janeiro berakhir.")).toEqual(["Stadion Abdullah bin Khalifa", "Rio de Janeiro"]);
    expect(names("Pesawat buatan PT Dirgantara Indonesia dan PT itu tiba.")).toEqual(["PT Dirgantara Indonesia"]);
  });

  it("pairs a short form with the name written right before it", () => {
    const pairs = (text: string) => Object.fromEntries(shortForms(text, candidateSpans(text, [])) ?? []);
    expect(pairs("Badan Pusat Statistik BPS dan Otoritas Jasa Keuangan (OJK) melapor.")).toEqual({ BPS: "Badan Pusat Statistik", OJK: "Otoritas Jasa Keuangan" });
    expect(pairs("Hal itu kata Kepala Badan Nasional Penanggulangan Bencana (BNPB) Suharyanto di kantornya.")).toEqual({ BNPB: "Badan Nasional Penanggulangan Bencana" });
    expect(pairs("Ia dari Kementerian Komunikasi dan Digital (Komdigi) dan Persatuan Sepak Bola Seluruh Indonesia (PSSI).")).toEqual({ Komdigi: "Kementerian Komunikasi dan Digital", PSSI: "Persatuan Sepak Bola Seluruh Indonesia" });
    // letters that do not read as the name's: no pair
    expect(pairs("Ia bertemu Joko Widodo (TNI) dan Badan Pusat Statistik KPK.")).toEqual({});
    expect([abbreviates("Kemenkeu", "Kementerian Keuangan"), abbreviates("Bappenas", "Badan Perencanaan Pembangunan Nasional"), abbreviates("Polri", "Kepolisian Negara")]).toEqual([true, true, false]);
  });

  it("gives the audit's candidate list the short forms' names, the one seen most often (chunks merged), as `glossary candidates` does", () => {
    const pair = (ref: string, source: string) => ({ ref, source, target: "x" });
    const pairs = [
      pair("a:1", "Badan Pusat Statistik (BPS) mencatat inflasi."), pair("a:2", "Data BPS naik."),
      pair("b:1", "Badan Pangan Nasional (Bapanas) dan Badan Pusat Statistik (BPS) bertemu."),
      pair("b:2", "Kata Bapanas, harga turun."), pair("c:1", "Ketua Bapanas datang."),
    ];
    for (const chunkSize of [50, 2]) {
      const report = auditPairs(pairs, [], undefined, { chunkSize, minCandidateCount: 1 });
      const byTerm = Object.fromEntries(report.candidates.map((c) => [c.term, c.expansion ?? null]));
      expect(byTerm).toEqual({ BPS: "Badan Pusat Statistik", Bapanas: "Badan Pangan Nasional", "Badan Pusat Statistik": null, "Badan Pangan Nasional": null });
    }
  });

  it("reads a sentence full of names as a sentence: its full stop, or the segment's kind where it is known", () => {
    const names = (text: string, hint?: "headline" | "body") => candidateSpans(text, [], null, hint).map((c) => c.term);
    const sentence = "Kepala Staf Kepresidenan AM Putranto meninjau Pasar Induk Beras Cipinang di Jakarta Timur.";
    const found = ["Kepala Staf Kepresidenan", "AM Putranto", "Pasar Induk Beras Cipinang", "Jakarta Timur"];
    expect(names(sentence)).toEqual(found);
    expect(names(sentence, "body")).toEqual(found);
    // (the same from a plain text's tokens)
    expect(candidateSpans(sentence, [], tokenize(sentence)).map((c) => c.term)).toEqual(found);
    // a title-case headline: no full stop, or known to be one; an ellipsis is no full stop
    expect(names("Kepala Staf Kepresidenan Tinjau Pasar Induk Beras Cipinang")).toEqual([]);
    expect(names("Kepala Staf Kepresidenan Tinjau Pasar Induk Beras Cipinang...")).toEqual([]);
    expect(names(sentence, "headline")).toEqual([]);
    // body text in title case is still read (a caller that knows the kind)
    expect(names("Menteri Keuangan Sri Mulyani Resmikan Kantor Pajak Baru", "body")).toEqual(["Menteri Keuangan Sri Mulyani Resmikan Kantor Pajak Baru"]);
  });

  it("keeps `Tahun` in a name (`Tahun Baru`, `Tahun Anggaran`), not alone at a sentence's start or before a number", () => {
    const names = (text: string) => candidateSpans(text, []).map((c) => c.term);
    expect(names("Libur Natal dan Tahun Baru ramai.")).toEqual(["Libur Natal", "Tahun Baru"]);
    expect(names("Mereka merayakan Tahun Baru Imlek di Glodok.")).toEqual(["Tahun Baru Imlek", "Glodok"]);
    expect(names("Tahun lalu, anggaran Tahun Anggaran 2025 naik.")).toEqual(["Tahun Anggaran"]);
    expect(names("Pada Tahun 2024 harga naik.")).toEqual([]);
  });

  it("finds a code right after a capitalised word, unless the word numbers it (`Pasal 2A`, `Blok 3C`)", () => {
    const spans = (text: string) => candidateSpans(text, []).map((c) => `${c.term}:${c.kind}`);
    expect(spans("Jaringan 5G menjangkau desa.")).toEqual(["5G:acronym"]);
    expect(spans("Gerakan 3M Plus digalakkan lagi.")).toEqual(["3M Plus:name"]);
    expect(spans("Ia memakai Jaringan 4G milik Telkomsel.")).toEqual(["Jaringan:name", "Telkomsel:name", "4G:acronym"]);
    expect(spans("Menurut Pasal 2A, rumah di Blok 3C dan Lantai 2B dibongkar.")).toEqual(["Blok:name", "Lantai:name"]);
  });

  it("splits a place, a country or a company between a title and the name off both", () => {
    const names = (text: string) => candidateSpans(text, []).map((c) => c.term);
    expect(names("Ia bertemu Menteri Luar Negeri Afrika Selatan Naledi Pandor kemarin.")).toEqual(["Menteri Luar Negeri", "Afrika Selatan", "Naledi Pandor"]);
    expect(names("Ia bertemu Gubernur Papua Barat Daya Elisa Kambu kemarin.")).toEqual(["Papua Barat Daya", "Elisa Kambu"]);
    expect(names("Kata Direktur Utama Pupuk Indonesia Rahmad Pribadi, produksi naik.")).toEqual(["Direktur Utama", "Pupuk Indonesia", "Rahmad Pribadi"]);
    expect(names("Kata Direktur Utama Perum Bulog Bayu Krisnamurthi, stok aman.")).toEqual(["Direktur Utama", "Perum Bulog", "Bayu Krisnamurthi"]);
    expect(names("Ia ditemui Bupati Bogor Rudy Susmanto di sana.")).toEqual(["Bogor", "Rudy Susmanto"]);
    expect(names("Ia ditemui Wakil Gubernur Bali Nyoman Giri Prasta di sana.")).toEqual(["Wakil Gubernur", "Bali", "Nyoman Giri Prasta"]);
    // a name after the title, no place: the name whole (a region's head and a name of two words; a first name that is a direction word)
    expect(names("Ia ditemui Gubernur Pramono Anung di sana.")).toEqual(["Pramono Anung"]);
    expect(names("Ia ditemui Kapolri Jenderal Timur Pradopo di sana.")).toEqual(["Kapolri", "Timur Pradopo"]);
    expect(names("Ia ditemui Presiden Joko Widodo di sana.")).toEqual(["Joko Widodo"]);
    // `Kepala` alone before a body's name is the head of it, word for word: the body is the term (`Badan Pusat Statistik`,
    // `Badan Penanggulangan Bencana Daerah`); other titles before a body stay one office (`Ketua Dewan Komisioner`)
    expect(names("Ia ditemui Kepala Badan Pusat Statistik di sana.")).toEqual(["Badan Pusat Statistik"]);
    expect(names("Ia ditemui Kepala Badan Penanggulangan Bencana Daerah di sana.")).toEqual(["Badan Penanggulangan Bencana Daerah"]);
    expect(names("Ia ditemui Ketua Dewan Komisioner di sana.")).toEqual(["Ketua Dewan Komisioner"]);
  });

  it("keeps an acronym inside a name or after a title when a name goes on after it; the acronym is a term too", () => {
    const names = (text: string) => candidateSpans(text, []).map((c) => c.term);
    expect(names("Ia dari Dinas Kesehatan DKI Jakarta kemarin.")).toEqual(["DKI", "Dinas Kesehatan DKI Jakarta"]);
    expect(names("Pesawat mendarat di Pangkalan Udara Mutiara SIS Al-Jufri kemarin.")).toEqual(["SIS", "Pangkalan Udara Mutiara SIS Al-Jufri"]);
    expect(names("Ia bertemu Panglima TNI Jenderal Agus Subiyanto kemarin.")).toEqual(["TNI", "Panglima TNI", "Agus Subiyanto"]);
    expect(names("Ia bertemu Gubernur DKI Jakarta Basuki Tjahaja Purnama kemarin.")).toEqual(["DKI", "DKI Jakarta", "Basuki Tjahaja Purnama"]);
    expect(names("Ia bertemu Direktur Utama KCIC Dwiyana Slamet Riyadi kemarin.")).toEqual(["KCIC", "Direktur Utama", "Dwiyana Slamet Riyadi"]);
    expect(names("Ia bertemu Ketua DPR Puan Maharani kemarin.")).toEqual(["DPR", "Puan Maharani"]);
    // a title with more before the acronym: the acronym alone, or a person's initials (two capitals) that open the name;
    // a weekday after it, no word after it: the acronym alone
    expect(names("Kata Kepala Staf Kepresidenan AM Putranto kemarin.")).toEqual(["Kepala Staf Kepresidenan", "AM Putranto"]);
    expect(names("Kata Kepala Staf Kepresidenan KSP Putranto kemarin.")).toEqual(["Kepala Staf Kepresidenan", "KSP", "Putranto"]);
    expect(names("Ia bertemu Panglima TNI Senin lalu.")).toEqual(["TNI"]);
    expect(names("Ia bertemu Panglima TNI kemarin.")).toEqual(["TNI"]);
    expect(names("Kata Wakil Gubernur DKI Jakarta, Basuki Tjahaja Purnama, kemarin.")).toEqual(["DKI", "Wakil Gubernur", "DKI Jakarta", "Basuki Tjahaja Purnama"]);
    // (a company's legal form opens its name; a company's name after `PT` runs on)
    expect(names("Kata Direktur PT Solusi Datama Tafaju, Maju Sihite, kemarin.")).toEqual(["PT Solusi Datama Tafaju", "Maju Sihite"]);
  });

  it("tells a person's initials from an acronym: after a title with more, after a comma; a country's short form never", () => {
    const spans = (text: string) => candidateSpans(text, []).map((c) => `${c.term}:${c.kind}`);
    expect(spans("Menurut pengamat dari Universitas Gadjah Mada, AG Wicaksono, gugatan itu pasti diajukan.")).toEqual(["Universitas Gadjah Mada:name", "AG Wicaksono:name"]);
    expect(spans("Mantan Wakil Presiden JK menilai revisi itu terburu-buru, kata SBY kemarin.")).toEqual(["Wakil Presiden:name", "JK:acronym", "SBY:acronym"]);
    // after a bare title the acronym is the body's (`Ketua MK` + `Suhartoyo`); a country's short form stays one
    expect(spans("Ia bertemu Ketua MK Suhartoyo kemarin.")).toEqual(["MK:acronym", "Suhartoyo:name"]);
    expect(spans("Ia bertemu Menteri Keuangan AS Scott Bessent kemarin.")).toEqual(["Menteri Keuangan:name", "AS:acronym", "Scott Bessent:name"]);
    // initials alone before a word that is no name: an acronym; the same through the Unicode scan and from the tokens
    expect(spans("Data dari sana, AM kemarin.")).toEqual(["AM:acronym"]);
    const text = "Pengamat dari Universitas Gadjah Mada, AG Wicaksono, menyebut itu.";
    expect(candidateSpans(text + "—", [])).toEqual(candidateSpans(text, []));
    expect(candidateSpans(text, [], tokenize(text, createTokens()))).toEqual(candidateSpans(text, []));
  });

  it("leaves out a common noun that opens the sentence before a name, and lets it take no acronym", () => {
    const names = (text: string) => candidateSpans(text, []).map((c) => c.term);
    expect(names("Warga Perumahan Pondok Hijau menolak rencana itu.")).toEqual(["Perumahan Pondok Hijau"]);
    expect(names("Relawan Palang Merah Indonesia mendirikan dapur umum.")).toEqual(["Palang Merah Indonesia"]);
    expect(names("Fraksi Partai Keadilan Sejahtera menolak pasal itu.")).toEqual(["Partai Keadilan Sejahtera"]);
    expect(names("Mantan Wakil Presiden JK menilai itu.")).toEqual(["Wakil Presiden", "JK"]);
    expect(names("Petugas TMC Polda Metro Jaya memantau arus lalu lintas.")).toEqual(["TMC", "Polda Metro Jaya"]);
    expect(names("Petugas Pos SAR Cilacap masih mencari korban.")).toEqual(["SAR", "Pos SAR Cilacap"]);
    expect(names("Warga Cipinang antre sejak pagi.")).toEqual(["Cipinang"]);
    // the same word inside a sentence, or a word that opens names (`Tim`, `Dinas`): kept
    expect(names("Ia bertemu Warga Negara Asing itu dan Tim SAR Gabungan kemarin.")).toEqual(["Warga Negara Asing", "SAR", "Tim SAR Gabungan"]);
    expect(names("Dinas Kesehatan DKI Jakarta mengirim tim medis.")).toEqual(["DKI", "Dinas Kesehatan DKI Jakarta"]);
    // (a short office form alone at the sentence's start is a term: `Kapolda` before a region the glossary has)
    const text = "Kapolda Maluku Utara meminta jalan ditutup.";
    expect(candidateSpans(text, [{ start: 8, end: 20 }]).map((c) => c.term)).toEqual(["Kapolda"]);
  });

  it("splits a title of two words off an acronym (`Kepala Pelaksana` + `BPBD`), and the place a regional body's acronym is of", () => {
    const names = (text: string, ...terms: string[]) =>
      candidateSpans(text, terms.map((t) => ({ start: text.indexOf(t), end: text.indexOf(t) + t.length }))).map((c) => c.term);
    // (round eight: a body's acronym goes on over a region the glossary has, its branch there, as `MUI Jawa Barat`)
    expect(names("Kepala Pelaksana BPBD Jawa Barat Dani Ramdan mengatakan air surut.", "Jawa Barat")).toEqual(["BPBD", "Kepala Pelaksana", "BPBD Jawa Barat", "Dani Ramdan"]);
    expect(names("Kepala Pelaksana BPBD Kabupaten Bandung Uka Suska mengatakan air surut.")).toEqual(["BPBD", "Kepala Pelaksana", "Kabupaten Bandung", "Uka Suska"]);
    expect(names("Kepala Pelaksana BPBD Banjarnegara Aris Sudaryanto mengatakan itu.")).toEqual(["BPBD", "Kepala Pelaksana", "Banjarnegara", "Aris Sudaryanto"]);
    expect(names("Ia bertemu Wakil Ketua DPR Adies Kadir kemarin.")).toEqual(["DPR", "Wakil Ketua", "Adies Kadir"]);
    expect(names("Ia bertemu Kepala Staf Angkatan Darat Jenderal Maruli Simanjuntak kemarin.")).toEqual(["Kepala Staf Angkatan Darat", "Maruli Simanjuntak"]);
    // (round eight: before a region the glossary has, an acronym after a title of one word goes on over it, the body's branch there,
    // as `Ketua` + `MUI Jawa Barat`; before round eight `Panglima TNI`, one office)
    expect(names("Panglima TNI Jawa Tengah itu hadir.", "Jawa Tengah")).toEqual(["TNI", "TNI Jawa Tengah"]);
    // a rank in capitals is no term (`AKBP`)
    expect(names("Ia bertemu Kapolres Banjarnegara AKBP Erick Budi Santoso kemarin.")).toEqual(["Kapolres", "Banjarnegara", "Erick Budi Santoso"]);
    // a portfolio's `Dalam Negeri`
    expect(names("Menteri Dalam Negeri Tito Karnavian hadir di Kementerian Dalam Negeri kemarin.")).toEqual(["Menteri Dalam Negeri", "Tito Karnavian", "Kementerian Dalam Negeri"]);
  });

  it("reads the body a company's, a club's or a party's head leads before the name, and a province after its governor", () => {
    const names = (text: string) => candidateSpans(text, []).map((c) => c.term);
    expect(names("Kata Direktur Utama Telkomsel Nugroho Wibowo, jaringan siap.")).toEqual(["Direktur Utama", "Telkomsel", "Nugroho Wibowo"]);
    expect(names("Ia bertemu Pelatih Persib Bojan Hodak kemarin.")).toEqual(["Persib", "Bojan Hodak"]);
    expect(names("Ia bertemu Presiden Direktur Petrokimia Gresik Daconi Khotob kemarin.")).toEqual(["Presiden Direktur", "Petrokimia Gresik", "Daconi Khotob"]);
    expect(names("Ia bertemu Ketua Umum Golkar Bahlil Lahadalia kemarin.")).toEqual(["Ketua Umum", "Golkar", "Bahlil Lahadalia"]);
    // a name alone after the title stays whole; a bank's name runs longer, and the office with it is not cut (`Bank` is an institution's word)
    expect(names("Ia bertemu Direktur Utama Bank Mandiri Darmawan Junaidi kemarin.")).toEqual(["Direktur Utama Bank Mandiri Darmawan Junaidi"]);
    expect(names("Ia bertemu Direktur Utama Nicke Widyawati kemarin.")).toEqual(["Direktur Utama", "Nicke Widyawati"]);
    // a province's head: the province, else the name whole
    expect(names("Ia bertemu Gubernur Pramono Anung Wibowo kemarin.")).toEqual(["Pramono Anung Wibowo"]);
    expect(names("Ia bertemu Wakil Gubernur Taj Yasin Maimoen kemarin.")).toEqual(["Wakil Gubernur", "Taj Yasin Maimoen"]);
    expect(names("Ia bertemu Gubernur Bali Wayan Koster dan Gubernur Kepulauan Riau Ansar Ahmad kemarin.")).toEqual(["Bali", "Wayan Koster", "Kepulauan Riau", "Ansar Ahmad"]);
    expect(names("Ia bertemu Kapolda Metro Jaya Karyoto kemarin.")).toEqual(["Kapolda", "Metro Jaya", "Karyoto"]);
    // (a regency's head: the region's one word before a name of two words)
    expect(names("Ia bertemu Bupati Banjarnegara Amalia Desiana kemarin.")).toEqual(["Banjarnegara", "Amalia Desiana"]);
  });

  it("keeps a company's name whole over the glossary term that ends it (`PT Kereta Cepat Indonesia China`)", () => {
    const text = "Proyek itu dikerjakan PT Kereta Cepat Indonesia China (KCIC) dan PT Kawasan Industri Terpadu Indonesia China kemarin.";
    const at = (t: string, from = 0) => ({ start: text.indexOf(t, from), end: text.indexOf(t, from) + t.length });
    const covered = [at("China"), at("China", text.indexOf("China") + 1)];
    expect(candidateSpans(text, covered).map((c) => c.term)).toEqual(["PT Kereta Cepat Indonesia China", "KCIC", "PT Kawasan Industri Terpadu Indonesia China"]);
  });

  it("reads a run right after a glossary term that ends in a title or an acronym as if the term opened it", () => {
    const names = (text: string, ...terms: string[]) =>
      candidateSpans(text, terms.map((t) => ({ start: text.indexOf(t), end: text.indexOf(t) + t.length })).sort((a, b) => a.start - b.start)).map((c) => c.term);
    expect(names("Bupati Banjarnegara Amalia Desiana meninjau lokasi.", "Bupati")).toEqual(["Banjarnegara", "Amalia Desiana"]);
    expect(names("Kepala Pelaksana BPBD Banjarnegara Aris Sudaryanto mengatakan itu.", "BPBD")).toEqual(["Kepala Pelaksana", "Banjarnegara", "Aris Sudaryanto"]);
    expect(names("Kata Direktur Utama Telkomsel Nugroho Wibowo kemarin.", "Direktur Utama")).toEqual(["Telkomsel", "Nugroho Wibowo"]);
    expect(names("Ia bertemu Menteri Luar Negeri Afrika Selatan Naledi Pandor kemarin.", "Menteri Luar Negeri")).toEqual(["Afrika Selatan", "Naledi Pandor"]);
    // a term that ends in no title or acronym, or a name alone after one: as before
    expect(names("Ia bertemu penasihat Gedung Putih Jake Sullivan.", "Gedung Putih")).toEqual(["Jake Sullivan"]);
    expect(names("Sekretaris Jenderal PBB Antonio Guterres datang.", "PBB")).toEqual(["Sekretaris Jenderal", "Antonio Guterres"]);
    const text = "Bupati Banjarnegara Amalia Desiana meninjau lokasi.";
    expect(candidateSpans(text, [{ start: 0, end: 6 }], tokenize(text, createTokens()))).toEqual(candidateSpans(text, [{ start: 0, end: 6 }]));
  });
  it("reads a hospital's or a school's name after its acronym, a club's last acronym, a league's number and a body's acronym with its derived noun", () => {
    const terms = (text: string) => candidateSpans(text, []).map((c) => c.term);
    // (the name the term, the acronym that opens it none alone, as `Kota` is none; `Dr` the name's, no title)
    expect(terms("Pasien dirawat di RSUD Dr Soetomo dan RSUD Tarakan kemarin.")).toEqual(["RSUD Dr Soetomo", "RSUD Tarakan"]);
    expect(terms("Kata Direktur Utama RSUP Dr Cipto Mangunkusumo Supriyanto Dharmoredjo kemarin.")).toEqual(["Direktur Utama", "RSUP Dr Cipto Mangunkusumo", "Supriyanto Dharmoredjo"]);
    expect(terms("Pasien dirujuk ke RSUD, kata Direktur RSUD Budi.")).toEqual(["RSUD", "RSUD Budi"]);
    // (a place's head alone before an acronym that ends the run: one name, the acronym a term too; not one of two)
    expect(terms("Bola itu masuk ke gawang Persija di Stadion GBLA, Sabtu malam.")).toEqual(["Persija", "GBLA", "Stadion GBLA"]);
    expect(terms("Pesawat mendarat di Bandara YIA, lalu kapal tiba di Pelabuhan PTP.")).toEqual(["YIA", "Bandara YIA", "PTP", "Pelabuhan PTP"]);
    expect(terms("Massa berkumpul di depan Gedung DPR/MPR kemarin.")).toEqual(["DPR", "MPR"]);
    expect(terms("Arema FC bermain imbang melawan Bali United dalam lanjutan Liga 1, Minggu.")).toEqual(["Arema FC", "Bali United", "Liga 1"]);
    expect(terms("Pelatih Arema FC Joel Cornelli kecewa, kata pemain Manchester City FC Suree Sukha.")).toEqual(["Arema FC", "Joel Cornelli", "Manchester City FC", "Suree Sukha"]);
    // (a score, a decimal: no league's number)
    expect(terms("Liga 2 dimulai pekan depan, skor akhir Persib 2-1 dan Liga 1,5 juta.")).toEqual(["Liga 2", "Persib", "Liga"]);
    expect(terms("BPJS Kesehatan menanggung biaya, kata Direktur Utama BPJS Kesehatan Ghufron Mukti.")).toEqual(["BPJS Kesehatan", "Direktur Utama", "BPJS Kesehatan", "Ghufron Mukti"]);
    // (an acronym inside a name before a derived noun stays a term: `Piala FA`, `Satpol PP`)
    expect(terms("Ia menonton Piala FA Kemenangan Spurs, kata Kasatgas Satpol PP Kelurahan Gambir.")).toEqual(["FA", "Piala FA Kemenangan Spurs", "PP", "Kasatgas Satpol PP Kelurahan Gambir"]);
    // a company goes on over its last word after its country's (`Baru`); a director's second word
    expect(terms("Direktur Operasional PT Liga Indonesia Baru Asep Saputra datang.")).toEqual(["Direktur Operasional", "PT Liga Indonesia Baru", "Asep Saputra"]);
    expect(terms("Gol Bali United dicetak Irfan Jaya pada menit ke-78.")).toEqual(["Bali United", "Irfan Jaya"]);
  });
  it("reads two capitals after a bare title before one name word as initials (`Presiden BJ Habibie`), a body's short form as none (`BI`, `MK`)", () => {
    const terms = (text: string) => candidateSpans(text, []).map((c) => `${c.term}:${c.kind}`);
    expect(terms("Ia mengenang pesan Presiden BJ Habibie tentang demokrasi.")).toEqual(["BJ Habibie:name"]);
    expect(terms("Kata Kepala Departemen Komunikasi BI Erwin Haryono kemarin.")).toEqual(["Departemen Komunikasi:name", "BI:acronym", "Erwin Haryono:name"]);
    expect(terms("Ia bertemu Ketua MK Suhartoyo kemarin.")).toEqual(["MK:acronym", "Suhartoyo:name"]);
    // (a name of two words after them: the body's short form)
    expect(terms("Gubernur BI Perry Warjiyo mengatakan itu.")).toEqual(["BI:acronym", "Perry Warjiyo:name"]);
    expect(terms("Ia bertemu PM Anwar Ibrahim kemarin.")).toEqual(["PM:acronym", "Anwar Ibrahim:name"]);
  });

  it("pairs an international body's short form in brackets with its translated name, a letter a word", () => {
    const pairs = (text: string) => [...(shortForms(text, candidateSpans(text, [])) ?? new Map<string, string>())];
    expect(pairs("Organisasi Kesehatan Dunia (WHO) menyebut itu.")).toEqual([["WHO", "Organisasi Kesehatan Dunia"]]);
    expect(pairs("Dana Moneter Internasional (IMF) dan Badan Energi Atom Internasional (IAEA) bertemu.")).toEqual([["IMF", "Dana Moneter Internasional"], ["IAEA", "Badan Energi Atom Internasional"]]);
    // (a person's party in brackets is no short form of the name)
    expect(pairs("Anggota DPR Dave Laksono (Golkar) dan Budi Santoso (PDIP) datang.")).toEqual([]);
  });

  it("reads a headline whose small words are in lower case as title case (`Kim Tiba di Rusia untuk Bertemu Putin`)", () => {
    const text = "Kim Jong Un Tiba di Rusia untuk Bertemu Putin";
    expect(candidateSpans(text, [], null, "headline")).toEqual([]);
    expect(candidateSpans(text, [])).toEqual([]);
    expect(candidateSpans(text, [], tokenize(text, createTokens()))).toEqual([]);
    // (a sentence, as before)
    expect(candidateSpans("Kim Jong Un tiba di Rusia untuk bertemu Putin", []).map((c) => c.term)).toEqual(["Kim Jong Un", "Rusia", "Putin"]);
  });
  it("leaves out a known name cut by a stray full stop (`Kim. Jong Un` beside a glossary `Kim Jong Un`), in the audit's list too", () => {
    const known = new Set(["kim jong un"]);
    expect(cutFromKnown("propaganda tentang Kim. Jong Un adalah pemimpin dunia.", "Jong Un", known)).toBe(true);
    expect(cutFromKnown("Ia bertemu Kim. Jong Un datang kemudian.", "Jong Un", new Set(["kim"]))).toBe(false);
    expect(cutFromKnown("Jong Un adalah pemimpin dunia.", "Jong Un", known)).toBe(false);
    const pairs = [{ ref: "a:1", source: "Itu propaganda tentang Kim. Jong Un adalah pemimpin dunia.", target: "x" }];
    const concepts = [{ id: "kim", sources: [{ text: "Kim Jong Un", caseSensitive: false, kind: "term" }], renderings: [], dnt: true }] as unknown as Parameters<typeof auditPairs>[1];
    expect(auditPairs(pairs, concepts, undefined, { minCandidateCount: 1 }).candidates.map((c) => c.term)).toEqual(["Kim"]);
  });
});

describe("candidate spans, round five (regional bodies, unit heads, judges, parties, given names, `untuk`)", () => {
  const terms = (text: string, ...glossary: string[]) =>
    candidateSpans(text, glossary.map((g) => ({ start: text.indexOf(g), end: text.indexOf(g) + g.length })).sort((x, y) => x.start - y.start)).map((c) => c.term);
  it("splits a unit's head and a regional body off the name, and keeps a unit's name whole without one", () => {
    expect(terms("Kabid Humas Polda Metro Jaya Kombes Ade Ary Syam Indradi mengatakan hal itu.")).toEqual(["Kabid Humas", "Polda Metro Jaya", "Ade Ary Syam Indradi"]);
    expect(terms("Kasat Resnarkoba Polrestabes Medan AKBP Jhon Sitepu datang.")).toEqual(["Kasat Resnarkoba", "Polrestabes Medan", "Jhon Sitepu"]);
    expect(terms("Kepala Seksi Pidana Khusus Kejari Surabaya Ferry Hartanto datang.")).toEqual(["Kepala Seksi Pidana Khusus", "Kejari Surabaya", "Ferry Hartanto"]);
    expect(terms("Satuan Reserse Narkoba Polrestabes Medan menggerebek gudang.")).toEqual(["Satuan Reserse Narkoba", "Polrestabes Medan"]);
    // (a place that goes on is no name; a unit's name of two words and no body after it stays whole)
    expect(terms("Ia melapor ke Polres Metro Jakarta Selatan kemarin.")).toEqual(["Polres Metro Jakarta Selatan"]);
    expect(terms("Kanit Laka Lantas Jakarta Barat, AKP Rahmad Dahlizar menuturkan hal itu.")).toEqual(["Kanit Laka Lantas Jakarta Barat", "Rahmad Dahlizar"]);
    expect(terms("Kasie Penanggulangan Sampah, Sudin Kebersihan datang.")).toEqual(["Kasie Penanggulangan Sampah", "Sudin Kebersihan"]);
    // (a regional body before its region the glossary knows: one name with it)
    expect(terms("Kabid Humas Polda Sumatera Utara Kombes Hadi Wahyudi datang.", "Sumatera Utara")).toEqual(["Kabid Humas", "Polda Sumatera Utara", "Hadi Wahyudi"]);
    expect(terms("Kapolrestabes Medan Kombes Gidion Arif Setyawan datang.")).toEqual(["Kapolrestabes", "Medan", "Gidion Arif Setyawan"]);
  });
  it("reads `Kepala` before a body's name over the region the glossary knows", () => {
    expect(terms("Kepala Dinas Kesehatan Jawa Barat Vini Adiani Dewi datang.", "Jawa Barat")).toEqual(["Dinas Kesehatan Jawa Barat", "Vini Adiani Dewi"]);
  });
  it("splits `Ketua Majelis Hakim`, a party or a university of one word, and keeps a name that opens with a given name whole", () => {
    expect(terms("Ketua Majelis Hakim Sutarno Adi Wijaya membacakan putusan.")).toEqual(["Ketua Majelis Hakim", "Sutarno Adi Wijaya"]);
    // (a title of two words or more before a court: the title, the court and the name)
    expect(terms("Ketua Majelis Hakim Pengadilan Negeri Medan, Muhammad Nazir, membacakan putusan.")).toEqual(["Ketua Majelis Hakim", "Pengadilan Negeri Medan", "Muhammad Nazir"]);
    expect(terms("Ketua Majelis Hakim Pengadilan Tipikor Surabaya Sutarno Adi membacakan putusan.")).toEqual(["Ketua Majelis Hakim", "Pengadilan Tipikor Surabaya", "Sutarno Adi"]);
    expect(terms("Wakil Ketua Pengadilan Tindak Pidana Korupsi Jakarta Pusat Budi Santoso hadir.")).toEqual(["Wakil Ketua", "Pengadilan Tindak Pidana Korupsi Jakarta Pusat", "Budi Santoso"]);
    expect(terms("Ketua Umum Partai Golkar Bahlil Lahadalia datang.")).toEqual(["Ketua Umum", "Partai Golkar", "Bahlil Lahadalia"]);
    expect(terms("Ketua Umum Partai Demokrat Agus Harimurti Yudhoyono datang.")).toEqual(["Ketua Umum", "Partai Demokrat", "Agus Harimurti Yudhoyono"]);
    expect(terms("Rektor Universitas Airlangga Mohammad Nasih datang.")).toEqual(["Universitas Airlangga", "Mohammad Nasih"]);
    // (a party whose name is made of common words: not told from the name)
    expect(terms("Ketua Umum Partai Keadilan Sejahtera Ahmad Syaikhu datang.")).toEqual(["Ketua Umum Partai Keadilan Sejahtera Ahmad Syaikhu"]);
    expect(terms("Bupati Muhammad Fawait Hidayat datang.")).toEqual(["Muhammad Fawait Hidayat"]);
    expect(terms("Ketua Umum Agus Harimurti Yudhoyono datang.")).toEqual(["Ketua Umum", "Agus Harimurti Yudhoyono"]);
    // (a region's one word before a name of two still: the region does not open with a given name)
    expect(terms("Bupati Banyuwangi Ipuk Fiestiandani datang.")).toEqual(["Banyuwangi", "Ipuk Fiestiandani"]);
  });
  it("keeps a body's field after `untuk`/`bagi` in its name, not a place or a person after them", () => {
    expect(terms("Komisaris Tinggi PBB untuk Pengungsi (UNHCR) mencatat hal itu.", "PBB")).toEqual(["Komisaris Tinggi PBB untuk Pengungsi", "UNHCR"]);
    expect(terms("Kantor Komisaris Tinggi PBB untuk Hak Asasi Manusia menyoroti hal itu.", "PBB")).toEqual(["Kantor Komisaris Tinggi PBB untuk Hak Asasi Manusia"]);
    expect(terms("Dana Internasional untuk Pembangunan Pertanian (IFAD) menyiapkan hibah bagi petani.")).toEqual(["Dana Internasional untuk Pembangunan Pertanian", "IFAD"]);
    expect(terms("Kelompok independen Mesir, Organisasi bagi Hak Asasi Manusia, memperkirakan hal itu.")).toEqual(["Mesir", "Organisasi bagi Hak Asasi Manusia"]);
    expect(terms("Utusan Khusus PBB untuk Myanmar Julie Bishop datang.", "PBB")).toEqual(["Utusan Khusus", "Myanmar Julie Bishop"]);
    expect(terms("Bantuan UNICEF untuk Indonesia tiba.")).toEqual(["UNICEF", "Indonesia"]);
    expect(terms("Dana Anak-Anak Perserikatan Bangsa-Bangsa (UNICEF) menyalurkan bantuan.", "Perserikatan Bangsa-Bangsa")).toEqual(["Dana Anak-Anak Perserikatan Bangsa-Bangsa", "UNICEF"]);
  });
  it("keeps an institution's name whole over `dan` before its fields (`Organisasi Pangan dan Pertanian`), not before another body's head", () => {
    expect(terms("Organisasi Pangan dan Pertanian (FAO) menyatakan hal itu.")).toEqual(["Organisasi Pangan dan Pertanian", "FAO"]);
    expect(terms("Penyaluran bersama Dinas Kesehatan Kabupaten Timor Tengah Selatan dan Palang Merah Indonesia (PMI) berjalan.")).toEqual(["Dinas Kesehatan Kabupaten Timor Tengah Selatan", "Palang Merah Indonesia", "PMI"]);
  });
});

describe("candidate spans, round six (numbered names, short forms in mixed case, portfolios, prisons, bodies before a name)", () => {
  const terms = (text: string, ...glossary: string[]) =>
    candidateSpans(text, glossary.map((g) => ({ start: text.indexOf(g), end: text.indexOf(g) + g.length })).sort((x, y) => x.start - y.start)).map((c) => c.term);
  it("keeps a Roman numeral, or a commission's letter, in the name it numbers", () => {
    expect(terms("Ketua Komisi IV DPR Siti Hediati Hariyadi meminta hal itu.")).toEqual(["Komisi IV", "DPR", "Siti Hediati Hariyadi"]);
    expect(terms("Wakil Ketua Komisi IV DPR Alex Indra Lukman meminta hal itu.")).toEqual(["Wakil Ketua", "Komisi IV", "DPR", "Alex Indra Lukman"]);
    // (alone at a sentence's start, after a common noun that opens it)
    expect(terms("Komisi IV DPR meminta pemerintah menjaga harga.")).toEqual(["Komisi IV", "DPR"]);
    expect(terms("Anggota Komisi XIII DPR Mafirion menilai hal itu.")).toEqual(["Komisi XIII", "DPR", "Mafirion"]);
    expect(terms("Anggota Komisi E DPRD DKI Jakarta, Achmad Nawawi mengatakan hal itu.")).toEqual(["Komisi E", "DPRD", "DKI", "Jakarta", "Achmad Nawawi"]);
    expect(terms("Ia bertemu Raja Yordania Abdullah II di Amman, lalu membahas Perang Dunia II.")).toEqual(["Raja Yordania Abdullah II", "Amman", "Perang Dunia II"]);
    // (not a numbered part, not a letter after another word, not a numeral glued to more)
    expect(terms("Ia membaca Pasal I dan Bab II undang-undang itu bersama Tim A.")).toEqual([]);
    expect(terms("Hal itu dibahas dalam Rapat Kerja Komisi XI-A kemarin.")).toEqual(["Rapat Kerja Komisi"]);
  });
  it("takes a short form in mixed case (three capitals or more) as an acronym, not a word typed with the shift key held", () => {
    expect(terms("Menurut dia, LLDikti akan memeriksa kampus swasta.")).toEqual(["LLDikti"]);
    expect(terms("Ia tiba di AMerika dan bertemu Joko Widodo.")).toEqual(["Joko Widodo"]);
  });
  it("keeps a minister's portfolio whole over its list commas and `dan`, not a list of names after it", () => {
    expect(terms("Menteri Pendidikan Tinggi, Sains, dan Teknologi Brian Yuliarto menyatakan hal itu.")).toEqual(["Menteri Pendidikan Tinggi, Sains, dan Teknologi", "Brian Yuliarto"]);
    expect(terms("Menurut dia, Menteri Kelautan dan Perikanan Sakti Wahyu Trenggono setuju.")).toEqual(["Menteri Kelautan dan Perikanan", "Sakti Wahyu Trenggono"]);
    expect(terms("Rapat dihadiri Menteri Pertanian Amran Sulaiman, Zulkifli Hasan, dan Budi Arie di Jakarta.")).toEqual(["Menteri Pertanian", "Amran Sulaiman", "Zulkifli Hasan", "Budi Arie", "Jakarta"]);
  });
  it("makes a prison's or an airport's name with the acronym after it, and a prison and its place a body of their own", () => {
    expect(terms("Seorang tahanan kabur dari Rutan KPK di Jakarta.")).toEqual(["KPK", "Rutan KPK", "Jakarta"]);
    expect(terms("Penumpang di Bandara Internasional YIA terus bertambah.")).toEqual(["YIA", "Bandara Internasional YIA"]);
    expect(terms("Kepala Lapas Kerobokan Hudi Ismono mengatakan hal itu.")).toEqual(["Lapas Kerobokan", "Hudi Ismono"]);
    expect(terms("Tujuh narapidana kabur dari Lembaga Pemasyarakatan Kelas IIA Kerobokan, Badung.")).toEqual(["Lembaga Pemasyarakatan Kelas IIA Kerobokan", "Badung"]);
    expect(terms("Menurut dia, Kasat Reskrim Polres Pekalongan Budi Santoso mengatakan hal itu.")).toEqual(["Kasat Reskrim", "Polres Pekalongan", "Budi Santoso"]);
  });
  it("splits a body's name off the person's after `Kepala` where the body's name ends, and a director general's field off the name", () => {
    expect(terms("Kepala Badan Pangan Nasional Arief Prasetyo Adi mengatakan hal itu.")).toEqual(["Badan Pangan Nasional", "Arief Prasetyo Adi"]);
    expect(terms("Kepala Dinas Perhubungan Kabupaten Bekasi Eko Supriyanto mengatakan hal itu.")).toEqual(["Dinas Perhubungan Kabupaten Bekasi", "Eko Supriyanto"]);
    expect(terms("Kepala Dinas Kesehatan Daerah Istimewa Yogyakarta Pembajun Setyaningastutie datang.")).toEqual(["Dinas Kesehatan Daerah Istimewa Yogyakarta", "Pembajun Setyaningastutie"]);
    // (a field after `Nasional` is the body's: no split; a body of words only is not told from a name)
    expect(terms("Kepala Badan Nasional Penanggulangan Bencana Suharyanto datang.")).toEqual(["Badan Nasional Penanggulangan Bencana Suharyanto"]);
    expect(terms("Kepala Dinas Bina Marga Hari Nugroho datang.")).toEqual(["Dinas Bina Marga Hari Nugroho"]);
    expect(terms("Direktur Jenderal Pemasyarakatan Mashudi mengatakan hal itu.")).toEqual(["Direktur Jenderal Pemasyarakatan", "Mashudi"]);
    expect(terms("Kepala Kantor Wilayah Kementerian Imigrasi dan Pemasyarakatan Bali Decky Nurmansyah datang.")).toEqual(["Kantor Wilayah", "Kementerian Imigrasi dan Pemasyarakatan", "Bali", "Decky Nurmansyah"]);
  });
});

describe("candidate spans, round seven (military units, a state company's legal form, boards, directors general, terms seen alone)", () => {
  const terms = (text: string): string[] => candidateSpans(text, []).map((s) => s.term);

  it("keeps a unit numbered after a slash whole, its commander's title alone, and leaves out a rank before TNI and a corps after a rank", () => {
    expect(terms("Danrem 061/Suryakancana Brigjen TNI Rudy Saladin mengatakan prajurit siaga.")).toEqual(["TNI", "Rudy Saladin", "Danrem"]);
    expect(terms("Komandan Yonif 500/Raider Letkol Inf Dwi Hariyanto membawa tenda.")).toEqual(["Dwi Hariyanto", "Yonif 500/Raider"]);
    // (round eight: the command's name after `Pangdam` is no term alone)
    expect(terms("Pangdam Jaya Mayjen TNI Rafael Granada Baay meninjau lokasi.")).toEqual(["Pangdam", "TNI", "Rafael Granada Baay"]);
    // (a number and a slash after any other word: no unit)
    expect(terms("Menurut Pasal 5/Ayat 2, Badan Pusat Statistik mencatat 12/Kamis.")).toEqual(["Badan Pusat Statistik"]);
  });

  it("keeps a state company's (Persero) and Tbk in its name, a ship's and a train's acronym, a place's head before an acronym", () => {
    expect(terms("PT Bank Rakyat Indonesia (Persero) Tbk mencatat laba, PT Bank Mandiri (Persero) juga.")).toEqual(["PT Bank Rakyat Indonesia (Persero) Tbk", "PT Bank Mandiri (Persero)"]);
    expect(terms("Penumpang naik kapal KM Kelud dan kereta KA Argo Bromo Anggrek di Menara BRI.")).toEqual(["KM Kelud", "KA Argo Bromo Anggrek", "BRI", "Menara BRI"]);
  });

  it("keeps `Pengurus` in the board's name it opens, and a director general's field in the office", () => {
    expect(terms("Pengurus Besar Nahdlatul Ulama mengimbau umat.")).toEqual(["Pengurus Besar Nahdlatul Ulama"]);
    expect(terms("Pengurus Partai Golkar hadir.")).toEqual(["Partai Golkar"]);
    expect(sentenceOpener("Pengurus", "Wilayah")).toBe(false);
    expect(sentenceOpener("Pengurus", "Partai")).toBe(true);
    expect(terms("Direktur Jenderal Pajak Suryo Utomo hadir di Kantor PBNU pagi ini.")).toEqual(["Direktur Jenderal Pajak", "Suryo Utomo", "PBNU", "Kantor PBNU"]);
  });

  it("splits a term at a term seen alone elsewhere: a title's words before it, a name after it where a title stands before", () => {
    const seen = new Set(["Bank Mandiri", "Baznas", "PT Pelni", "Sate Padang", "TNI", "Universitas Gadjah Mada"]);
    const at = (t: string, afterTitle: boolean, boundary = 0) => splitAtSeen(t.split(" "), (x) => seen.has(x), (x) => x === "Baznas", afterTitle, boundary);
    expect(at("Direktur Teknologi dan Operasional Bank Mandiri", false)).toEqual([[0, 4], [4, 6]]);
    expect(at("Direktur Utama PT Pelni", false)).toEqual([[0, 2], [2, 4]]);
    expect(at("Baznas Noor Achmad", true)).toEqual([[0, 1], [1, 3]]);
    expect(at("Universitas Gadjah Mada Ova Emilia", true, 2)).toEqual([[0, 3], [3, 5]]);
    // (no title before the run; a title of one word and the body alone; a name that is no person's)
    expect(at("Baznas Noor Achmad", false)).toBeNull();
    expect(at("Panglima TNI", false)).toBeNull();
    expect(at("Sate Padang Talago Biru", false)).toBeNull();
  });
});

describe("candidate spans, round eight (a body and a given name, a body's branch in a glossary region, a ship at a sentence's start)", () => {
  const terms = (text: string): string[] => candidateSpans(text, []).map((s) => s.term);
  /** The candidates with each of `known` covered, as a glossary match covers it. */
  const withKnown = (text: string, ...known: string[]): string[] =>
    candidateSpans(text, known.map((k) => ({ start: text.indexOf(k), end: text.indexOf(k) + k.length })).sort((a, b) => a.start - b.start)).map((s) => s.term);

  it("parts a body's acronym and its name from a person's name that opens with a given name", () => {
    expect(terms("Sekretaris Umum PP Muhammadiyah Abdul Mu'ti mengatakan keputusan itu sudah diumumkan.")).toEqual(["Sekretaris Umum", "PP Muhammadiyah", "Abdul Mu'ti"]);
    // (no given name: one run as before; a hospital's name may be a person's)
    expect(terms("Sekretaris Umum PP Muhammadiyah Haedar Nashir hadir.")).toEqual(["Sekretaris Umum", "PP Muhammadiyah Haedar Nashir"]);
    expect(terms("Pasien dirujuk ke RSUD Dr Soetomo Surabaya.")).toEqual(["RSUD Dr Soetomo Surabaya"]);
  });

  it("goes on from a body's acronym over a region the glossary has: the body's branch there", () => {
    expect(withKnown("Ketua MUI Jawa Barat Rachmat Syafei mengatakan imbauan itu sejalan.", "Jawa Barat")).toEqual(["MUI", "MUI Jawa Barat", "Rachmat Syafei"]);
    expect(withKnown("Sementara itu, MUI Jawa Barat meminta masjid mengatur pengeras suara.", "Jawa Barat")).toEqual(["MUI", "MUI Jawa Barat"]);
    expect(withKnown("Berkas dilimpahkan ke PN Jakarta Selatan pekan lalu.", "Jakarta Selatan")).toEqual(["PN", "PN Jakarta Selatan"]);
    // (not over a term that is no region)
    expect(withKnown("Menurut BPS Inflasi naik.", "Inflasi")).toEqual(["BPS"]);
  });

  it("leaves out a common noun that opens a sentence before an acronym that opens a name, not a title", () => {
    expect(terms("Kapal KM Kelud berangkat menuju Makassar.")).toEqual(["KM Kelud", "Makassar"]);
    expect(terms("Kereta KA Argo Bromo Anggrek tiba pukul 08.00.")).toEqual(["KA Argo Bromo Anggrek"]);
    expect(terms("Direktur RSUD Dr Soetomo Joni Wahyuhadi mengatakan hal itu.")).toEqual(["RSUD Dr Soetomo", "Joni Wahyuhadi"]);
  });
});
