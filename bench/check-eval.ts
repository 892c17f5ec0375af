/**
 * The checks on unseen news pairs: a labelled evaluation set built from the shared alignment data's
 * real Indonesian–English pairs (read from the shared folder, never copied into the project: the
 * licences allow research use only), with errors planted by this script, and the precision and
 * recall of every check at error severity, per check and by pair.
 *
 *   node dist/bench/check-eval.js            prints the tables (Markdown) that docs/checks.md shows
 *   node dist/bench/check-eval.js --pairs    also prints every pair with its label and the checks that fired
 *
 * The set (deterministic, seed 15): only the ODD 25-line blocks of both sets (the even blocks were the
 * development half, looked at while writing the checks); pairs of 30–400 characters whose lengths
 * differ by at most a factor 1.6 (a rough filter against misaligned lines). 200 pairs are kept as
 * they are ("clean"); other pairs get ONE planted error each, of these kinds (on the English side):
 *
 *   number-changed     a number, date or time the source also has gets another first digit (21,500 → 31,500)
 *   magnitude-changed  a scale word is swapped (million ↔ billion, thousand → million; hundreds ↔ thousands)
 *   number-dropped     a number the source also has is deleted from the English
 *   term-dropped       the English rendering of a glossary key term (enforcement level error) of the
 *                      source is deleted (a place name modifying a title — `Presiden AS Bush` — is left
 *                      alone: translators drop it on purpose)
 *   term-wrong         that rendering is replaced by another country's or person's name (North Korea → Japan)
 *   term-forbidden     that rendering is replaced by a rendering the glossary forbids (Ukraine → the Ukraine)
 *   copy               the English is the Indonesian copied unchanged
 *   empty              the English is empty
 *
 * Clean pairs are real translations, often free ones: where a check fires at error severity on one,
 * the pair was read and adjudicated (ADJUDICATED below): a real discrepancy of the original
 * translation (a number left out, a date changed) makes it a positive with the checks that should
 * fire; otherwise it stays clean and the finding is a false alarm. Unflagged clean pairs were not all
 * read: they are counted as clean.
 *
 * Scoring: the pair checks with the shipped glossary (glossary/), as `selaras check --pairs` runs
 * them (the corpus-level consistency checks compare pairs with each other and are left out: the set
 * holds the same source several times on purpose). A pair is flagged when any finding has severity
 * error. By pair: precision = flagged positives / flagged pairs, recall = flagged positives / positives.
 * Per check: a firing is right when the check is among the pair's expected checks.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { sharedPath } from "./lib/shared";
import { rng } from "./lib/harness";
import { loadGlossaryMatcher } from "../src/app/glossary";
import { checks, runChecks, type CheckId } from "../src/check";
import { enforceLevel } from "../src/glossary";
import type { CompiledGlossary } from "../src/glossary";
import { extractNumbers } from "../src/text/numbers";
import { placeModifier } from "../src/check/util";

export type Kind =
  | "clean" | "real" | "number-changed" | "magnitude-changed" | "number-dropped"
  | "term-dropped" | "term-wrong" | "term-forbidden" | "copy" | "empty";
export const KINDS: readonly Kind[] = [
  "clean", "real", "number-changed", "magnitude-changed", "number-dropped", "term-dropped", "term-wrong", "term-forbidden", "copy", "empty",
];

export interface EvalPair {
  readonly ref: string;
  readonly kind: Kind;
  readonly source: string;
  readonly target: string;
  /** The checks that should fire at error severity (empty: a clean pair). */
  readonly expect: readonly CheckId[];
  readonly note: string;
}

const QUOTA: Record<Exclude<Kind, "clean" | "real">, number> = {
  "number-changed": 45, "magnitude-changed": 30, "number-dropped": 35, "term-dropped": 35,
  "term-wrong": 25, "term-forbidden": 15, "copy": 15, "empty": 5,
};
const CLEAN = 200;

/**
 * Clean pairs whose original translation has a real discrepancy (read by hand after a check flagged
 * them): ref → the checks that should fire, and why. Everything else flagged among the clean pairs is
 * a false alarm.
 */
export const ADJUDICATED: Readonly<Record<string, { expect: CheckId[]; why: string }>> = {
  "guntara-news:1480": { expect: ["number-mismatch"], why: "“11.740” copied with the Indonesian thousands point: English reads 11.74" },
  "panl-bppt:1081": { expect: ["number-mismatch"], why: "“15.240 meters” copied with the Indonesian thousands point" },
  "panl-bppt:34": { expect: ["number-mismatch"], why: "517 juta (million) pound sterling rendered 912 million" },
  "guntara-news:127": { expect: ["number-mismatch"], why: "3.000 trees rendered 300; 2013 rendered “this year”" },
  "panl-bppt:1544": { expect: ["number-mismatch"], why: "the English adds a clause (“came within 11 minutes…”) the source does not have" },
  "panl-bppt:38": { expect: ["glossary-term-missing"], why: "the province abbreviations NTT and NTB are left untranslated (East/West Nusa Tenggara)" },
  "panl-bppt:45": { expect: ["glossary-term-missing"], why: "the province abbreviations NTT and NTB are left untranslated (East/West Nusa Tenggara)" },
  "guntara-news:144": { expect: ["number-mismatch"], why: "misaligned: the English is another sentence (“70 persen warga…” is lost)" },
  "guntara-news:327": { expect: ["number-mismatch"], why: "“US$900 juta”: the Indonesian scale word is left in the English" },
  "panl-bppt:427": { expect: ["number-mismatch"], why: "the date of the acquisition (1 Oktober 2007) is left out" },
  "guntara-news:828": { expect: ["number-mismatch"], why: "“6 kantor kas syariah” (6 sharia teller offices) is left out of the list" },
  "guntara-news:1496": { expect: ["number-mismatch"], why: "the school's name “SDN Cijantung 02” is left out" },
};
/**
 * Planted pairs whose BASE translation already had a discrepancy another check rightly reports (read by
 * hand): ref → the extra checks that should fire.
 */
export const ADJUDICATED_EXTRA: Readonly<Record<string, { expect: CheckId[]; why: string }>> = {
  "guntara-news:1279#term-dropped": { expect: ["number-mismatch"], why: "the base English keeps “7,4%” (decimal comma) and an Indonesian phrase" },
};

function shuffle<T>(xs: T[], rnd: () => number): T[] {
  for (let i = xs.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [xs[i], xs[j]] = [xs[j]!, xs[i]!];
  }
  return xs;
}

interface Base { ref: string; source: string; target: string }

/** The test half of the shared alignment data: odd 25-line blocks, length-filtered. */
export function loadBase(): Base[] {
  const out: Base[] = [];
  for (const set of ["panl-bppt", "guntara-news"]) {
    const dir = sharedPath("data", "align", "data", set);
    const id = fs.readFileSync(path.join(dir, "ind.txt"), "utf8").split("\n");
    const en = fs.readFileSync(path.join(dir, "eng.txt"), "utf8").split("\n");
    for (let i = 0; i < id.length; i++) {
      if (Math.floor(i / 25) % 2 !== 1) continue;
      const source = (id[i] ?? "").trim(), target = (en[i] ?? "").trim();
      if (source.length < 30 || source.length > 400 || target.length < 30) continue;
      const r = target.length / source.length;
      if (r < 1 / 1.6 || r > 1.6) continue;
      out.push({ ref: `${set}:${i + 1}`, source, target });
    }
  }
  return out;
}

const cut = (s: string, start: number, end: number, by: string) =>
  (s.slice(0, start) + by + s.slice(end)).replace(/ {2,}/g, " ").replace(/ ([,.;:])/g, "$1").trim();

function numbersInBoth(b: Base) {
  const src = new Set(extractNumbers(b.source, "id").flatMap((t) => [t.value, ...(t.alternatives ?? [])]));
  return extractNumbers(b.target, "en").filter((t) => !t.word && /\d/.test(t.raw) && src.has(t.value));
}

function plantNumberChanged(b: Base): string | undefined {
  const t = numbersInBoth(b)[0];
  if (!t) return undefined;
  const k = t.raw.search(/\d/);
  const d = Number(t.raw[k]);
  const raw = t.raw.slice(0, k) + String(d === 9 ? 8 : d + 1) + t.raw.slice(k + 1);
  return b.target.slice(0, t.start) + raw + b.target.slice(t.end);
}
const SWAP: Record<string, string> = {
  million: "billion", billion: "million", thousand: "million", trillion: "billion",
  hundreds: "thousands", thousands: "hundreds", dozens: "hundreds", millions: "thousands",
};
function plantMagnitude(b: Base): string | undefined {
  const m = /\b(million|billion|thousand|trillion|hundreds|thousands|dozens|millions)\b/i.exec(b.target);
  if (!m) return undefined;
  const w = m[1]!;
  const by = SWAP[w.toLowerCase()]!;
  return b.target.slice(0, m.index) + (w[0] === w[0]!.toUpperCase() ? by[0]!.toUpperCase() + by.slice(1) : by) + b.target.slice(m.index + w.length);
}
function plantNumberDropped(b: Base): string | undefined {
  const t = numbersInBoth(b).find((x) => x.kind === "number" || x.kind === "percent");
  if (!t) return undefined;
  return cut(b.target, t.start, t.end, "");
}

/** Source key terms with their English rendering in the target (concept level error, not a title modifier). */
function keyTerms(b: Base, g: CompiledGlossary) {
  const src = g.matchSource(b.source);
  const tgt = g.matchTarget(b.target);
  const out: { entry: string; start: number; end: number; dnt: boolean }[] = [];
  for (const s of src) {
    const c = g.concepts.get(s.entry);
    if (!c || enforceLevel(c) !== "error" || placeModifier(b.source, s.start)) continue;
    if (src.filter((x) => x.entry === s.entry).length > 1) continue;
    const t = tgt.filter((x) => x.entry === s.entry && x.status !== "forbidden");
    if (t.length !== 1) continue;
    out.push({ entry: s.entry, start: t[0]!.start, end: t[0]!.end, dnt: c.dnt });
  }
  return out;
}
function plantTermDropped(b: Base, g: CompiledGlossary): { target: string; expect: CheckId } | undefined {
  const k = keyTerms(b, g)[0];
  if (!k) return undefined;
  let start = k.start;
  if (/\bthe $/i.test(b.target.slice(Math.max(0, start - 4), start))) start -= 4;
  return { target: cut(b.target, start, k.end, ""), expect: k.dnt ? "glossary-dnt-changed" : "glossary-term-missing" };
}
const POOLS: readonly (readonly [string, string])[] = [
  ["north-korea", "North Korea"], ["south-korea", "South Korea"], ["russia", "Russia"], ["china", "China"], ["japan", "Japan"],
  ["ukraine", "Ukraine"], ["united-states", "United States"], ["britain", "Britain"],
];
const PEOPLE: readonly (readonly [string, string])[] = [
  ["vladimir-putin", "Vladimir Putin"], ["joe-biden", "Joe Biden"], ["xi-jinping", "Xi Jinping"], ["kim-jong-un", "Kim Jong Un"],
];
function plantTermWrong(b: Base, g: CompiledGlossary, rnd: () => number): { target: string; expect: CheckId } | undefined {
  const srcEntries = new Set(g.matchSource(b.source).map((m) => m.entry));
  for (const k of keyTerms(b, g)) {
    const pool = POOLS.some(([e]) => e === k.entry) ? POOLS : PEOPLE.some(([e]) => e === k.entry) ? PEOPLE : undefined;
    if (!pool) continue;
    const others = pool.filter(([e]) => e !== k.entry && !srcEntries.has(e));
    const [, by] = others[Math.floor(rnd() * others.length)]!;
    // ("the United States" → "Japan", not "the Japan")
    const start = pool === POOLS && /\bthe $/i.test(b.target.slice(Math.max(0, k.start - 4), k.start)) ? k.start - 4 : k.start;
    return { target: b.target.slice(0, start) + by + b.target.slice(k.end), expect: k.dnt ? "glossary-dnt-changed" : "glossary-term-missing" };
  }
  return undefined;
}
function plantTermForbidden(b: Base, g: CompiledGlossary): string | undefined {
  for (const k of keyTerms(b, g)) {
    const f = g.concepts.get(k.entry)!.renderings.find((r) => r.status === "forbidden");
    if (f) return b.target.slice(0, k.start) + f.text + b.target.slice(k.end);
  }
  return undefined;
}

/** Builds the labelled set (deterministic). */
export function buildEvalSet(glossaryDir = path.resolve(__dirname, "..", "..", "glossary")): { pairs: EvalPair[]; glossary: CompiledGlossary } {
  const g = loadGlossaryMatcher(fs.existsSync(glossaryDir) ? glossaryDir : path.resolve(__dirname, "..", "glossary"));
  const rnd = rng(15);
  const base = shuffle(loadBase(), rnd);
  const pairs: EvalPair[] = [];
  for (const b of base.slice(0, CLEAN)) {
    const adj = ADJUDICATED[b.ref];
    pairs.push(adj
      ? { ref: b.ref, kind: "real", source: b.source, target: b.target, expect: adj.expect, note: adj.why }
      : { ref: b.ref, kind: "clean", source: b.source, target: b.target, expect: [], note: "" });
  }
  const left = { ...QUOTA };
  const order = Object.keys(QUOTA) as (keyof typeof QUOTA)[];
  for (const b of base.slice(CLEAN)) {
    if (order.every((k) => left[k] === 0)) break;
    // the kinds that need rarer material first
    for (const kind of ["term-forbidden", "term-wrong", "term-dropped", "magnitude-changed", "number-dropped", "number-changed", "copy", "empty"] as const) {
      if (left[kind] === 0) continue;
      let target: string | undefined;
      let expect: CheckId = "number-mismatch";
      if (kind === "number-changed") target = plantNumberChanged(b);
      else if (kind === "magnitude-changed") target = plantMagnitude(b);
      else if (kind === "number-dropped") target = plantNumberDropped(b);
      else if (kind === "term-dropped") { const r = plantTermDropped(b, g); target = r?.target; if (r) expect = r.expect; }
      else if (kind === "term-wrong") { const r = plantTermWrong(b, g, rnd); target = r?.target; if (r) expect = r.expect; }
      else if (kind === "term-forbidden") { target = plantTermForbidden(b, g); expect = "glossary-forbidden-term"; }
      else if (kind === "copy") { target = /\b\p{Ll}{3,}\b/u.test(b.source) ? b.source : undefined; expect = "target-same-as-source"; }
      else { target = ""; expect = "untranslated"; }
      if (target === undefined || target === b.target) continue;
      left[kind]--;
      const ref = `${b.ref}#${kind}`;
      const extra = ADJUDICATED_EXTRA[ref];
      pairs.push({ ref, kind, source: b.source, target, expect: extra ? [expect, ...extra.expect] : [expect], note: extra?.why ?? "" });
      break;
    }
  }
  return { pairs, glossary: g };
}

export const ERROR_CHECKS: readonly CheckId[] = (Object.keys(checks) as CheckId[]).filter(
  (id) => checks[id].meta.scope === "pair" && checks[id].meta.enabledByDefault && checks[id].meta.defaultSeverity === "error" && !checks[id].meta.needs.tags,
);
const PAIR_CHECKS = (Object.keys(checks) as CheckId[]).filter((id) => checks[id].meta.scope === "pair" && !checks[id].meta.needs.tags);

export interface Rate { positives: number; flagged: number; tp: number; fp: number; fn: number; precision: number; recall: number }
const rate = (tp: number, fp: number, fn: number, positives: number, flagged: number): Rate =>
  ({ positives, flagged, tp, fp, fn, precision: tp + fp ? tp / (tp + fp) : 1, recall: tp + fn ? tp / (tp + fn) : 1 });

export interface EvalResult {
  readonly pairs: readonly EvalPair[];
  /** Per pair: the checks that fired at error severity. */
  readonly fired: readonly CheckId[][];
  readonly overall: Rate;
  readonly byCheck: ReadonlyMap<CheckId, Rate>;
  readonly byKind: ReadonlyMap<Kind, { pairs: number; flagged: number }>;
}

export function evaluate(): EvalResult {
  const { pairs, glossary } = buildEvalSet();
  const run = runChecks(pairs.map((p) => ({ ref: p.ref, source: p.source, target: p.target })), { matcher: glossary, config: { only: PAIR_CHECKS } });
  const fired: CheckId[][] = pairs.map(() => []);
  for (const f of run.findings) if (f.severity === "error" && !fired[f.index]!.includes(f.checkId)) fired[f.index]!.push(f.checkId);
  let tp = 0, fp = 0, fn = 0, positives = 0, flagged = 0;
  const byKind = new Map<Kind, { pairs: number; flagged: number }>();
  pairs.forEach((p, i) => {
    const pos = p.expect.length > 0, hit = fired[i]!.length > 0;
    if (pos) positives++;
    if (hit) flagged++;
    if (pos && hit) tp++;
    else if (hit) fp++;
    else if (pos) fn++;
    const k = byKind.get(p.kind) ?? { pairs: 0, flagged: 0 };
    k.pairs++;
    if (hit) k.flagged++;
    byKind.set(p.kind, k);
  });
  const byCheck = new Map<CheckId, Rate>();
  for (const c of ERROR_CHECKS) {
    let ctp = 0, cfp = 0, cfn = 0, cpos = 0, cfl = 0;
    pairs.forEach((p, i) => {
      const want = p.expect.includes(c), got = fired[i]!.includes(c);
      if (want) cpos++;
      if (got) cfl++;
      if (want && got) ctp++;
      else if (got) cfp++;
      else if (want) cfn++;
    });
    byCheck.set(c, rate(ctp, cfp, cfn, cpos, cfl));
  }
  return { pairs, fired, overall: rate(tp, fp, fn, positives, flagged), byCheck, byKind };
}

const f2 = (x: number) => x.toFixed(2);
export function markdown(r: EvalResult): string {
  const o = r.overall;
  const lines = [
    `Pairs: ${r.pairs.length} (positives ${o.positives}, clean ${r.pairs.length - o.positives}).`,
    "",
    "| by pair, at error severity | positives | flagged | true pos. | false pos. | missed | precision | recall |",
    "|---|---:|---:|---:|---:|---:|---:|---:|",
    `| all checks | ${o.positives} | ${o.flagged} | ${o.tp} | ${o.fp} | ${o.fn} | ${f2(o.precision)} | ${f2(o.recall)} |`,
    ...[...r.byCheck].map(([c, s]) => `| \`${c}\` | ${s.positives} | ${s.flagged} | ${s.tp} | ${s.fp} | ${s.fn} | ${f2(s.precision)} | ${f2(s.recall)} |`),
    "",
    "| kind | pairs | flagged |",
    "|---|---:|---:|",
    ...KINDS.filter((k) => r.byKind.has(k)).map((k) => `| ${k} | ${r.byKind.get(k)!.pairs} | ${r.byKind.get(k)!.flagged} |`),
  ];
  return lines.join("\n");
}

if (require.main === module) {
  const r = evaluate();
  console.log(markdown(r));
  if (process.argv.includes("--pairs")) {
    r.pairs.forEach((p, i) => {
      console.log(`\n${p.ref}\t${p.kind}\texpect: ${p.expect.join(",") || "-"}\tfired: ${r.fired[i]!.join(",") || "-"}`);
      console.log(`  ID: ${p.source}\n  EN: ${p.target}`);
    });
  }
}
