/**
 * The lifecycle's gate (app/lifecycle.ts createGate, which `selaras import` runs on every unit it
 * stores as translated) checks one pair at a time with check/run.ts `pairChecker`, set up once per
 * command, and number-mismatch reads numbers with a scan that tries the pattern only where a match
 * can start (text/numbers.ts). Both are optimisations: these tests hold them to give exactly the
 * findings of `runChecks` and exactly the tokens of the scan at every position, on the shipped
 * corpus, the labelled pairs with their glossary, the shared alignment data (unseen real news) and
 * pairs generated from it with the errors the checks look for.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { checks, pairChecker, runChecks, type CheckId, type PairToCheck } from "../../src/check";
import { compileGlossary, type GlossaryMatcher } from "../../src/glossary";
import { pairHash } from "../../src/app/check";
import { loadGlossary } from "../../src/app/glossary";
import { createGate } from "../../src/app/lifecycle";
import { openStore } from "../../src/store";
import { extractNumbers, extractNumbersTryingEveryPosition } from "../../src/text/numbers";
import { parseTranslations, TRANSLATIONS_EXTENSION, type RenderingRecord } from "../../src/translations/format";
import { generateConcepts, generatePairs } from "../../bench/audit";
import { sharedPath } from "../../bench/lib/shared";
import { REPO } from "../helpers/cli";
import { FIXTURES, loadLabelled } from "./labelled";
import { expectEqual } from "../helpers/equal";

const PAIR_CHECKS = (Object.keys(checks) as CheckId[]).filter((id) => checks[id].meta.scope === "pair" && checks[id].meta.enabledByDefault);

function shippedPairs(): PairToCheck[] {
  const dir = path.join(REPO, "translations");
  const pairs: PairToCheck[] = [];
  for (const f of fs.readdirSync(dir).filter((x) => x.endsWith(TRANSLATIONS_EXTENSION)).sort()) {
    const file = path.join(dir, f);
    for (const r of parseTranslations(fs.readFileSync(file, "utf8"), file)) {
      if (r.kind !== "rendering" || (r as RenderingRecord).text === undefined) continue;
      const rec = r as RenderingRecord;
      pairs.push({ ref: `${rec.document}:${rec.ordinals.join("+")}`, source: rec.source, target: rec.text! });
    }
  }
  return pairs;
}

/** The alignment data's line pairs (real Indonesian news and its English). */
function alignedPairs(): PairToCheck[] {
  const pairs: PairToCheck[] = [];
  for (const set of ["panl-bppt", "guntara-news"]) {
    const dir = sharedPath("data", "align", "data", set);
    const id = fs.readFileSync(path.join(dir, "ind.txt"), "utf8").split("\n");
    const en = fs.readFileSync(path.join(dir, "eng.txt"), "utf8").split("\n");
    for (let i = 0; i < id.length; i++) if (id[i] && en[i] !== undefined) pairs.push({ ref: `${set}:${i + 1}`, source: id[i]!, target: en[i]! });
  }
  return pairs;
}

/** Deterministic variants of real pairs with the faults the checks look for (and some they must not report). */
function mutated(pairs: readonly PairToCheck[]): PairToCheck[] {
  const out: PairToCheck[] = [];
  const edits: Array<(s: string, t: string) => string> = [
    (_s, t) => t.replace(/\d/, (d) => String((Number(d) + 1) % 10)), // a changed digit
    (_s, t) => t.replace(/\d+(?:[.,]\d+)*/, ""), // a lost number
    (_s, t) => `${t} (${t.length}`, // an open bracket, an extra number
    (_s, t) => t.replace(" ", " “"), // an open quotation mark
    (_s, t) => t.replace(" ", "  "), // a double space
    (_s, t) => ` ${t.replace(/[.!?]$/, "")} `, // spaces around, no end mark
    (s) => s, // untranslated
    (s, t) => `${s.split(" ").slice(0, 8).join(" ")} ${t.split(" ").slice(8).join(" ")}`, // half Indonesian
    (_s, t) => t.replace(/\bthe\b/i, "three hundred and five"), // a number in words
    (_s, t) => t.replace(/(\d+)/, "$1 million").replace("January", "June"), // scale, month
    (_s, t) => t.slice(0, Math.max(1, Math.floor(t.length / 4))), // far too short
    () => "",
  ];
  pairs.forEach((p, i) => {
    const e = edits[i % edits.length]!;
    out.push({ ref: `${p.ref}~${i % edits.length}`, source: p.source, target: e(p.source, p.target) });
  });
  return out;
}

function expectSameFindings(pairs: readonly PairToCheck[], matcher?: GlossaryMatcher): Set<string> {
  const check = pairChecker({ matcher, config: { only: PAIR_CHECKS } });
  const seen = new Set<string>();
  for (const p of pairs) {
    const expected = runChecks([p], { matcher, config: { only: PAIR_CHECKS } }).findings;
    const got = check(p);
    if (JSON.stringify(got) !== JSON.stringify(expected)) expect({ pair: p, got }).toEqual({ pair: p, got: expected });
    for (const f of got) seen.add(f.checkId);
  }
  return seen;
}

describe("pairChecker = runChecks on one pair", () => {
  const shipped = shippedPairs();
  const glossary = compileGlossary(loadGlossary(path.join(REPO, "glossary")));

  it("on the shipped corpus with and without the shipped glossary, as stored and with faults put in", () => {
    expect(shipped.length).toBeGreaterThan(100);
    expectSameFindings(shipped);
    const seen = expectSameFindings([...shipped, ...mutated(shipped)], glossary);
    // the material exercises the checks (a comparison of empty lists would prove nothing)
    for (const id of ["number-mismatch", "unpaired-symbol", "double-space", "target-same-as-source", "leading-trailing-space", "end-punctuation", "untranslated"]) {
      expect([...seen]).toContain(id);
    }
  });

  it("on the labelled pairs with their glossary (every glossary trap)", () => {
    const pairs = loadLabelled().map((l) => ({ ref: l.id, source: l.source, target: l.target }));
    const seen = expectSameFindings(pairs, compileGlossary(loadGlossary(path.join(FIXTURES, "glossary"))));
    for (const id of ["glossary-count-mismatch", "glossary-dnt-changed", "glossary-forbidden-term", "glossary-term-missing", "number-mismatch", "target-indonesian"]) {
      expect([...seen]).toContain(id);
    }
  });

  it("on the shared alignment data (unseen real news) and its faulty variants", () => {
    const pairs = alignedPairs();
    expect(pairs.length).toBeGreaterThan(3000);
    const seen = expectSameFindings([...pairs, ...mutated(pairs)]);
    expect(seen.size).toBeGreaterThanOrEqual(8);
  });

  it("on generated pairs with a generated glossary, and with options and severities configured", () => {
    const concepts = generateConcepts(200, 3);
    const matcher = compileGlossary(concepts);
    const pairs = generatePairs(1500, concepts, 5);
    expectSameFindings(pairs, matcher);
    const config = { severity: { "number-mismatch": "warning", "double-space": "error" } as const, options: { "length-ratio": { min: 0.9, max: 1.1 } }, disable: ["end-punctuation"] as CheckId[] };
    const check = pairChecker({ matcher, config });
    for (const p of [...pairs.slice(0, 300), ...mutated(shipped)]) expectEqual(check(p), runChecks([p], { matcher, config }).findings);
  });
});

describe("the gate of a confirmation", () => {
  it("gives what runChecks gives (errors and warnings), suppressions marked", () => {
    const store = openStore(":memory:");
    const pairs = mutated(shippedPairs()).slice(0, 400);
    const first = pairs.find((p) => runChecks([p], { config: { only: PAIR_CHECKS } }).findings.some((f) => f.severity === "error"))!;
    const firstError = runChecks([first], { config: { only: PAIR_CHECKS } }).findings.find((f) => f.severity === "error")!;
    const gate = createGate(store, null);
    gate.remember({ document: "doc", checkId: firstError.checkId, pairHash: pairHash(first.source, first.target), ref: "doc:1", reason: "ok", author: "t", origin: "file", source: first.source, target: first.target, createdAt: "2026-01-01T00:00:00.000Z" });
    let suppressed = 0;
    for (const p of pairs) {
      const expected = runChecks([{ ref: "doc", source: p.source, target: p.target }], { config: { only: PAIR_CHECKS } }).findings
        .filter((f) => f.severity !== "info")
        .map((f) => ({ checkId: f.checkId, severity: f.severity, messageId: f.messageId, data: f.data, suppressed: p === first && f.checkId === firstError.checkId }));
      const got = gate.check("doc", p.source, p.target);
      expect(got).toEqual(expected);
      suppressed += got.filter((f) => f.suppressed).length;
    }
    expect(suppressed).toBeGreaterThan(0);
    store.close();
  });
});

describe("extractNumbers = the pattern tried at every position", () => {
  it("on real news in both languages, generated faults and odd text", () => {
    const texts: string[] = [];
    for (const p of [...alignedPairs(), ...shippedPairs()]) texts.push(p.source, p.target);
    for (const f of fs.readdirSync(path.join(REPO, "corpus"))) texts.push(...fs.readFileSync(path.join(REPO, "corpus", f), "utf8").split("\n"));
    texts.push(
      "Rp5 rb, Rp1,5 jt, Rp3 M dan Rp1,2 T", "x²3 ٣4 Ⅻ5 ¾6", "\u212Aetiga ſeven Kelvin", "𝐀5 𝟓5 𝐀ke-3", "abc12.000,5def",
      "pukul 10.30 WIB, (13/9/2023), 24-26 April 2007, ke-21, dua puluh empat, ratusan ribu, sedekade",
      "June 19, 2024 at 10:30 a.m.; 2.5% and six-point-four billion, more than a dozen, tens of thousands",
      "May we? In May 2024, 5/9/2023 and 5.9.23; 3rd, third, 1,000,000.5, 2bn, 4 per cent", "", " ", "9", "a",
      // start words that begin a number only before certain words, with and without them
      "a decade, A Dozen, a few thousand, a hundred, an decade, a lot, an idea, at least a dozen, at least 5, At Least One Dozen",
      "more than a dozen, more than 5, over a dozen, about one dozen, around 12, nearly a dozen, almost one dozen or so, roughly a\ndozen",
      "some hundred, some a dozen, some one dozen, some people, several thousand, several million, several people, a\tthousand",
      "ke-3, Ke-21, ke 3, ke-, kepada, pukul 10.30, Pukul  9, pukul sepuluh, jam 9, Jam 10 malam, pk. 10, Pk.  7, pk 10",
      "beberapa ribu, Beberapa juta, sekian miliar, beberapa orang, sekian lama, ke-ſ3, a  few  million",
      // words running into non-ASCII letters, folded letters, numbers before digits (the candidates are read, not scanned)
      "sevené one“ a few“ hundred 𝐀a dozen é5 ſome thousand ſeven-point-two, ＡＢ12 K3 ٣5 ³4 5²6 Sept.“13”",
      "\u212Aetiga dua\u0301 puluh, pukul\u00a010.30, jam\u200b9, ke\u20113, beberapa\u2003ribu, Satu, SATU, tiga-tiga",
    );
    let tokens = 0;
    for (const t of texts) {
      for (const lang of ["id", "en"] as const) {
        const got = extractNumbers(t, lang);
        const expected = extractNumbersTryingEveryPosition(t, lang);
        if (JSON.stringify(got) !== JSON.stringify(expected)) expect({ t, lang, got }).toEqual({ t, lang, got: expected });
        tokens += got.length;
      }
    }
    expect(texts.length).toBeGreaterThan(8000);
    expect(tokens).toBeGreaterThan(10000);
  });
});
