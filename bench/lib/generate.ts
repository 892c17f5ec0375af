/**
 * Generated data shared by the tests and the benchmarks (one module, so both exercise the same
 * shapes): a glossary of invented concepts (`generateConcepts`), sentence pairs that use them
 * (`generatePairs`: right, wrong, forbidden and left-out renderings, numbers, repeated sources), and
 * a project database holding them (`fillAuditStore`: documents, segments, renderings, the glossary,
 * suppressions), as `selaras audit` reads it; and a synthetic Indonesian news corpus made from the
 * shipped articles (`ArticleGenerator`, `writeCorpus`, below). Deterministic: same seed, same data.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import type { Concept, TermRendering } from "../../src/glossary/types";
import type { Store } from "../../src/store";
import type { NewSuppression } from "../../src/store/findings";
import { pairHash } from "../../src/app/check";
import { countWords, normHash } from "../../src/text/normalize";
import { flatString, rng } from "./harness";

const SYL_ID = ["ka", "ri", "mu", "la", "po", "se", "ta", "na", "bu", "di", "ge", "ho", "ja", "ko", "me", "ni", "pa", "ra", "su", "wa"];
const SYL_EN = ["bar", "ven", "tor", "lim", "dex", "mar", "sol", "quin", "pel", "rod", "fen", "gal", "hur", "jas", "kel", "nor"];
const FILLER_ID = ("yang dan di ke dari untuk pada dengan dalam akan tidak ini itu juga sudah telah oleh karena para antara " +
  "pemerintah negara kata mengatakan pejabat bulan pekan hari baru besar tinggi militer ekonomi politik hubungan kunjungan wilayah").split(" ");
const FILLER_EN = ("the of and to in a is that for on with as was by it at from said officials government country week day new " +
  "large high military economic political relations visit region").split(" ");

const FILLER = new Set([...FILLER_ID, ...FILLER_EN]);
const word = (r: () => number, syl: string[], min = 2, max = 4) => {
  const n = min + Math.floor(r() * (max - min + 1));
  let w = "";
  for (let i = 0; i < n; i++) w += syl[Math.floor(r() * syl.length)];
  return w;
};
const cap = (s: string) => s.replace(/(^| )(\p{L})/gu, (_m, a: string, c: string) => a + c.toUpperCase());

export function generateConcepts(count: number, seed = 42): Concept[] {
  const r = rng(seed);
  const seen = new Set<string>();
  const out: Concept[] = [];
  while (out.length < count) {
    const words = 1 + Math.floor(r() * 3);
    const src = Array.from({ length: words }, () => word(r, SYL_ID)).join(" ");
    const cs = r() < 0.25;
    const source = cs ? cap(src) : src;
    if (seen.has(source.toLowerCase()) || src.split(" ").some((w) => FILLER.has(w))) continue;
    seen.add(source.toLowerCase());
    const dnt = r() < 0.1;
    const renderings: TermRendering[] = [];
    if (!dnt) {
      const en = Array.from({ length: words }, () => word(r, SYL_EN)).join(" ");
      renderings.push({ text: en, status: "preferred", caseSensitive: false });
      if (r() < 0.3) renderings.push({ text: `${en}s alt`, status: "admitted", caseSensitive: false });
      if (r() < 0.2) renderings.push({ text: `${word(r, SYL_EN)} ${en}`, status: "forbidden", caseSensitive: false, replacement: en });
    }
    out.push({ id: `c${out.length}`, sources: [{ text: source, caseSensitive: cs }], renderings, dnt });
  }
  return out;
}

export interface Pair { ref: string; source: string; target: string }

/** Pairs of 12–30 words with 0–3 terms; 90% rendered right, the rest wrong, forbidden or left out;
 *  1% repeat an earlier source with another rendering. */
export function generatePairs(count: number, concepts: readonly Concept[], seed = 7): Pair[] {
  const r = rng(seed);
  const out: Pair[] = [];
  for (let i = 0; i < count; i++) {
    const n = 12 + Math.floor(r() * 19);
    const s: string[] = [];
    const t: string[] = [];
    for (let k = 0; k < n; k++) {
      const w = FILLER_ID[Math.floor(r() * FILLER_ID.length)]!;
      let e = FILLER_EN[Math.floor(r() * FILLER_EN.length)]!;
      // (the English as a translation reads, with no more draws: a negation where the Indonesian has
      // one, and no word twice in a row — negation-mismatch and repeated-words would flag most pairs)
      if (w === "tidak") e = t[t.length - 1] === "not" ? "never" : "not";
      else if (e === t[t.length - 1]) e = FILLER_EN[(FILLER_EN.indexOf(e) + 1) % FILLER_EN.length]!;
      s.push(w); t.push(e);
    }
    const terms = Math.floor(r() * 4);
    for (let k = 0; k < terms; k++) {
      const c = concepts[Math.floor(r() * concepts.length)]!;
      s.splice(Math.floor(r() * s.length), 0, c.sources[0]!.text);
      const x = r();
      const preferred = c.renderings.find((q) => q.status === "preferred");
      const forbidden = c.renderings.find((q) => q.status === "forbidden");
      let rendering = c.dnt ? c.sources[0]!.text : preferred!.text;
      if (x < 0.03) continue; // left out
      if (x < 0.06 && forbidden) rendering = forbidden.text;
      else if (x < 0.1) rendering = word(r, SYL_EN);
      t.splice(Math.floor(r() * t.length), 0, rendering);
    }
    const num = Math.floor(r() * 5000);
    s.push(`${num.toLocaleString("de-DE")} orang`);
    t.push(`${num.toLocaleString("en-US")} people`);
    const ref = `doc${Math.floor(i / 40)}:${(i % 40) + 1}`;
    // 1% repeat an earlier source with another rendering (consistency conflicts to find)
    if (i >= 50 && i % 100 === 0) {
      const earlier = out[i - 50]!;
      out.push({ ref, source: earlier.source, target: flatString(earlier.target.replace(/^\S+/, "Meanwhile")) });
      continue;
    }
    // (flat strings, as read from the database: see flatString)
    out.push({ ref, source: flatString(cap(s[0]!) + " " + s.slice(1).join(" ") + "."), target: flatString(cap(t[0]!) + " " + t.slice(1).join(" ") + ".") });
  }
  return out;
}


/** Refs are `<slug>:<ordinal>`: the document and the segment of each generated pair. */
const refParts = (ref: string): [string, number] => {
  const k = ref.lastIndexOf(":");
  return [ref.slice(0, k), Number(ref.slice(k + 1))];
};

/**
 * Writes `pairs` (refs `<slug>:<ordinal>`, one document per slug, pairs of a document consecutive)
 * into `store` as documents, segments (with their identity hash and word count, as `ingest` stores
 * them: a save propagates to true duplicates only, the status reads the counts) and translated renderings, the concepts as its glossary and
 * `suppressions` (each: the pair's ref, the check and a reason), in transactions of 20,000 pairs.
 */
export function fillAuditStore(
  store: Store,
  pairs: readonly Pair[],
  concepts: readonly Concept[],
  suppressions: readonly { ref: string; checkId: string; reason: string }[] = [],
  log?: (line: string) => void,
): void {
  const now = "2026-01-01T00:00:00Z";
  store.transaction(() => { store.glossary.replaceAll(concepts, now); });
  let id = store.renderings.nextId();
  let docId = -1, slug = "";
  for (let s = 0; s < pairs.length; s += 20_000) {
    store.transaction(() => {
      const bulk = store.renderings.bulkCreate();
      for (let i = s; i < Math.min(pairs.length, s + 20_000); i++) {
        const p = pairs[i]!;
        const [doc, ordinal] = refParts(p.ref);
        if (doc !== slug) {
          slug = doc;
          docId = store.documents.insert({ slug, title: slug, sourcePath: null, contentHash: slug, meta: {} }, now);
        }
        const seg = store.documents.insertSegment(docId, { ordinal, paragraph: ordinal, text: p.source, start: 0, end: p.source.length, kind: "body", suspect: null, normHash: normHash(p.source), words: countWords(p.source) }, now);
        bulk.add(id++, { segmentIds: [seg], text: p.target, sourceText: p.source, status: "translated", origin: "manual", author: "bench", now });
      }
      bulk.flush();
    });
    log?.(`stored ${Math.min(pairs.length, s + 20_000).toLocaleString("en-US")} pairs`);
  }
  const byRef = new Map(suppressions.length ? pairs.map((p) => [p.ref, p]) : []);
  const rows: NewSuppression[] = suppressions.map((x) => {
    const p = byRef.get(x.ref)!;
    return { document: refParts(x.ref)[0], checkId: x.checkId, pairHash: pairHash(p.source, p.target), ref: x.ref, reason: x.reason, author: "bench", origin: "cli", source: p.source, target: p.target, createdAt: now };
  });
  store.transaction(() => { for (const r of rows) store.findings.suppress(r); });
}

/* ------------------------------------------------------------------ articles */

/*
 * Synthetic Indonesian news corpus, generated deterministically from the shipped articles in
 * `corpus/` (reusable by every workload). Each article recombines paragraphs of the seeds with
 * varied names, places and numbers (years, dates, thousands `11.000`, decimals `2,5`, times
 * `10.30`), sprinkles sentences that exercise the segmentation rules (abbreviations of class P and
 * C, initials, quotes, ellipses), and some web noise (boilerplate lines, captions, a comment form),
 * sometimes behind a metadata header. Same seed → same bytes.
 */
/** The shipped corpus: `<repo>/corpus`, from bench/lib (tsx) or dist/bench/lib (compiled). */
export const CORPUS_DIR = [path.resolve(__dirname, "../../corpus"), path.resolve(__dirname, "../../../corpus")]
  .find((d) => fs.existsSync(d)) ?? path.resolve(__dirname, "../../corpus");

export interface SeedPool {
  readonly headlines: readonly string[];
  readonly paragraphs: readonly string[];
}

/** Headline = first non-empty line that is not obvious noise; paragraphs = the other long lines. */
export function loadSeeds(dir = CORPUS_DIR): SeedPool {
  const headlines: string[] = [];
  const paragraphs: string[] = [];
  for (const f of fs.readdirSync(dir).filter((f) => f.endsWith(".txt")).sort()) {
    const lines = fs.readFileSync(path.join(dir, f), "utf8").split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== "");
    const noise = /^(?:Terima Notifikasi|Baca juga|MEMBACA|Simak|Next Post|Tinggalkan|Alamat email|Back To Top)/i;
    const body = lines.filter((l) => !noise.test(l));
    headlines.push(body[0]!);
    // Paragraphs of the article proper (the teaser after "Next Post" is left out).
    const stop = lines.findIndex((l) => /^(?:Next Post|Tinggalkan Balasan)$/i.test(l));
    for (const l of (stop >= 0 ? lines.slice(0, stop) : lines).slice(1)) if (l.length > 60 && !noise.test(l)) paragraphs.push(l);
  }
  return { headlines, paragraphs };
}

const FIRST = ["Budi", "Siti", "Agus", "Dewi", "Andi", "Rina", "Hendra", "Maya", "Yusuf", "Ayu", "Bambang", "Lestari", "Rizal", "Putri",
  "Joko", "Retno", "Ahmad", "Nadia", "Fajar", "Indah", "Sergei", "Olga", "Min-jun", "Ji-woo", "Li", "Wei", "John", "Maria"];
const LAST = ["Santoso", "Rahayu", "Wijaya", "Lestari", "Gunawan", "Siregar", "Nasution", "Hidayat", "Kusuma", "Saputra", "Halim",
  "Pratama", "Marsudi", "Subianto", "Ivanov", "Petrova", "Park", "Choi", "Zhang", "Smith", "Garcia"];
const TITLES = ["", "", "", "Dr. ", "Prof. ", "Ir. ", "H. ", "Hj. ", "Drs. "];
const PLACES = ["Jakarta", "Surabaya", "Bandung", "Medan", "Makassar", "Moskow", "Seoul", "Tokyo", "Beijing", "Canberra", "Jenewa",
  "Pyongyang", "Vladivostok", "Denpasar", "Yogyakarta", "Semarang", "Kupang", "Ambon", "Jayapura", "Palembang"];
const ORGS = ["Bank Rakyat Indonesia", "Telkom Indonesia", "Astra International", "Garuda Indonesia", "Indofood Sukses Makmur",
  "Semen Indonesia", "Unilever Indonesia", "Kalbe Farma"];
const MONTHS_ABBR = ["Jan.", "Feb.", "Mar.", "Apr.", "Jun.", "Jul.", "Agu.", "Sept.", "Okt.", "Nov.", "Des."];
const MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"];
const DAYS = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"];

/** Sentences that exercise the segmentation rules; `{…}` slots are filled at random. */
const EXTRA = [
  "Harga beras naik menjadi Rp {thousand} per kilogram pada {day} {mon} {year}.",
  "Rapat dimulai pukul {time} WIB di Jl. {place} No. {small} dan berakhir sore hari.",
  "Menurut {initial} {last}, inflasi tahun ini mencapai {decimal} persen.",
  "Laba PT {org} Tbk. naik {decimal} persen menjadi Rp {thousand} miliar.",
  "Warga menerima beras, gula, minyak, dll. dari pemerintah daerah.",
  "“Kami akan terus bekerja sama,” kata {name}.",
  "“Apakah ini cukup?” tanya {name} kepada wartawan.",
  "Mereka menunggu... Akhirnya rombongan {name} tiba di {place}.",
  "Acara itu dihadiri {name}, {name}, dkk. Setelah itu, mereka pulang.",
  "Kantor itu berada di Kec. {place}, Kab. {place}, sejak tahun {year}.",
  "Pertemuan berikutnya dijadwalkan pada {dayname} ({date}).",
  "Jumlah peserta mencapai {thousand} orang pada tahun {year}.",
  "Surat itu ditandatangani a.n. {name} dan dikirim s.d. akhir bulan.",
  "Ia lahir di {place} pada {day} {month} {year}… dan besar di {place}.",
];

const CAPTIONS = ["(Foto: {org} via AFP)", "(Foto: Reuters/{name})", "© {place}/Pool", "(Foto: Antara/{name})"];
const BOILERPLATE = ["Baca juga: {headline}", "MEMBACA\u00a0{headline}", "Simak selengkapnya di halaman berikutnya.",
  "Terima Notifikasi Berita Terkini. 👉 Join Telegram Channel.", "Ikuti kami di Google News"];
const TAIL = [["Tinggalkan Balasan", "Alamat email Anda tidak akan dipublikasikan. Ruas yang wajib ditandai *", "Back To Top"],
  ["Next Post", "{headline}", "{dayname} {monabbr} {day} , {year}", "{place}, {day} {mon} {year} – {para} […]"]];

/** Seed names and places that are swapped for generated ones. */
const NAME_RE = /\b(?:Vladimir Putin|Putin|Kim Jong[- ]Un|Kim Jong-un|Kim|Xi Jinping|Sergei Shogu|Shogu|Jake Sullivan|Leif-Eric Easley|Easley|Fyodor Tertitskiy|Tertitskiy|Edward Howell|Matthew Miller|Yuri Ushakov|Ushakov|Andrei Belousov|Jenny Town|Biden)\b/g;
const PLACE_RE = /\b(?:Pyongyang|Moskow|Vladivostok|Seoul|Kyiv|Washington|Eurasia|Khasan)\b/g;

export class ArticleGenerator {
  private readonly r: () => number;
  constructor(private readonly seeds: SeedPool, seed = 20240619) {
    this.r = rng(seed);
  }
  private pick<T>(xs: readonly T[]): T { return xs[Math.floor(this.r() * xs.length)]!; }
  private int(lo: number, hi: number): number { return lo + Math.floor(this.r() * (hi - lo + 1)); }
  private name(): string { return this.pick(TITLES) + this.pick(FIRST) + " " + this.pick(LAST); }
  private thousand(): string { return this.int(1, 999) + "." + String(this.int(0, 999)).padStart(3, "0"); }

  private fill(t: string): string {
    return t.replace(/\{(\w+)\}/g, (_, k: string) => {
      switch (k) {
        case "name": return this.name();
        case "last": return this.pick(LAST);
        case "initial": return `${String.fromCharCode(65 + this.int(0, 25))}.`;
        case "place": return this.pick(PLACES);
        case "org": return this.pick(ORGS);
        case "thousand": return this.thousand();
        case "decimal": return `${this.int(0, 20)},${this.int(1, 9)}`;
        case "time": return `${String(this.int(6, 21)).padStart(2, "0")}.${String(this.int(0, 59)).padStart(2, "0")}`;
        case "small": return String(this.int(1, 250));
        case "day": return String(this.int(1, 28));
        case "mon": return this.pick(MONTHS_ABBR);
        case "monabbr": return this.pick(MONTHS_ABBR).replace(".", "");
        case "month": return this.pick(MONTHS);
        case "dayname": return this.pick(DAYS);
        case "year": return String(this.int(1990, 2030));
        case "date": return `${this.int(1, 28)}/${this.int(1, 12)}/${this.int(2000, 2030)}`;
        case "headline": return this.vary(this.pick(this.seeds.headlines));
        case "para": return this.vary(this.pick(this.seeds.paragraphs)).slice(0, 300);
        default: return k;
      }
    });
  }

  /** Swaps names, places and every number of a seed text for generated ones (same shapes). */
  vary(text: string): string {
    return text
      .replace(NAME_RE, () => this.name())
      .replace(PLACE_RE, () => this.pick(PLACES))
      .replace(/\d+(?:[.,/]\d+)*/g, (m) => {
        if (/^\d{4}$/.test(m)) return String(this.int(1990, 2030));
        if (/^\d+\.\d{3}$/.test(m)) return this.thousand();
        if (/^\d+\/\d+\/\d+$/.test(m)) return `${this.int(1, 28)}/${this.int(1, 12)}/${this.int(2000, 2030)}`;
        return m.replace(/\d/g, () => String(this.int(0, 9)));
      });
  }

  /** One article (text of a file). */
  article(): string {
    const lines: string[] = [];
    if (this.r() < 0.2) lines.push("---", `source: https://example.org/berita/${this.int(1, 999999)}`, `date: ${this.int(2019, 2025)}-0${this.int(1, 9)}-1${this.int(0, 9)}`, "---");
    if (this.r() < 0.1) lines.push(this.fill(this.pick(BOILERPLATE)));
    lines.push(this.vary(this.pick(this.seeds.headlines)));
    const n = this.int(8, 18);
    for (let i = 0; i < n; i++) {
      const x = this.r();
      if (x < 0.05) lines.push(this.fill(this.pick(BOILERPLATE)));
      else if (x < 0.1) lines.push(`${this.fill("{name} dan {name} di {place}")} ${this.fill(this.pick(CAPTIONS))}`);
      let p = this.vary(this.pick(this.seeds.paragraphs));
      if (this.r() < 0.35) p += " " + this.fill(this.pick(EXTRA));
      if (this.r() < 0.15) p = this.fill(this.pick(EXTRA)) + " " + p;
      lines.push(p);
    }
    if (this.r() < 0.1) for (const l of this.pick(TAIL)) lines.push(this.fill(l));
    return lines.join(this.r() < 0.5 ? "\n\n" : "\n") + "\n";
  }
}

export interface WrittenCorpus {
  readonly dir: string;
  readonly files: number;
  readonly bytes: number;
}

/**
 * Writes articles as `<dir>/<prefix>-000001.txt` … until `bytes` are written (one file at a time:
 * memory does not depend on the size).
 */
export function writeCorpus(dir: string, bytes: number, options: { seed?: number; prefix?: string; seeds?: SeedPool } = {}): WrittenCorpus {
  fs.mkdirSync(dir, { recursive: true });
  const gen = new ArticleGenerator(options.seeds ?? loadSeeds(), options.seed ?? 20240619);
  let written = 0;
  let files = 0;
  while (written < bytes) {
    const text = gen.article();
    files++;
    fs.writeFileSync(path.join(dir, `${options.prefix ?? "artikel"}-${String(files).padStart(6, "0")}.txt`), text);
    written += Buffer.byteLength(text);
  }
  return { dir, files, bytes: written };
}
