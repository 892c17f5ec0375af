/**
 * The streamed check (src/app/check-stream.ts) reports exactly what runChecks reports on every pair
 * at once — findings, their order, spans, fixes, related refs, suppressions, scope — however the
 * pairs are cut into chunks; and its pairs-file reader gives the lines and errors of readTextFile.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { pairHash, streamCheck, type CheckPairSource, type ReportedFinding, type StreamPair } from "../../src/app/check-stream";
import { checkPairsFile, parsePairsFile } from "../../src/app/check";
import { suppressionKeysOf } from "../../src/app/suppression-index";
import { runChecks } from "../../src/check";
import { compileGlossary } from "../../src/glossary";
import { loadGlossary } from "../../src/app/glossary";
import { readLines, readTextFile } from "../../src/io/files";
import { splitLines } from "../../src/text/decode";
import type { SuppressionRow } from "../../src/store/findings";
import { CORPUS, REPO, tempDir } from "../helpers/cli";

let dir: string;
beforeAll(() => { dir = tempDir("selaras-check-stream-"); });
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Pairs of several documents: the shipped corpus' sentences with renderings that trip many checks. */
function corpusPairs(): StreamPair[] {
  const out: StreamPair[] = [];
  const files = fs.readdirSync(CORPUS).filter((f) => f.endsWith(".txt")).sort().slice(0, 6);
  files.forEach((f, d) => {
    const lines = splitLines(fs.readFileSync(path.join(CORPUS, f), "utf8")).filter((l) => l.trim() !== "").slice(0, 40);
    lines.forEach((source, i) => {
      const document = `doc-${d}`;
      // a mix: plain copies (untranslated), numbers changed, doubled spaces, missing end marks,
      // one source rendered two ways across documents (a consistency conflict), targets reused, empty targets
      const variants = [
        source,
        source.replace(/\d+/g, (n) => String(Number(n) + 1)) + " 2024",
        `The  ${source.slice(0, 30)}`,
        source.replace(/[.!?]$/, ""),
        "Same rendering everywhere.",
        "",
        d % 2 ? "Shared source, first way." : "Shared source, second way.",
      ];
      const k = i % variants.length;
      out.push({ ref: `${document}:${i + 1}`, source: k === 6 ? "Sumber yang sama." : source, target: variants[k]!, document });
    });
  });
  return out;
}

const arraySource = (pairs: readonly StreamPair[]): CheckPairSource => ({ total: pairs.length, pairs: () => pairs, fetch: (ix) => ix.map((i) => pairs[i]!) });

describe("streamCheck", () => {
  const pairs = corpusPairs();
  const matcher = compileGlossary(loadGlossary(path.join(REPO, "glossary")));
  // suppressions of a pair check's finding and of a consistency finding, in the scope below
  const oracle = runChecks(pairs, { matcher }).findings;
  const silenced = ["number-mismatch", "inconsistent-rendering"].map((id) => oracle.find((f) => f.checkId === id && pairs[f.index]!.document !== "doc-0")!);
  const suppressions: SuppressionRow[] = silenced.map((f, k) => {
    const p = pairs[f.index]!;
    return {
      id: k + 1, document: p.document!, checkId: f.checkId, pairHash: pairHash(p.source, p.target),
      ref: p.ref, reason: "why", author: "ed", origin: "cli", source: p.source, target: p.target, createdAt: "2026-01-01",
    };
  });
  suppressions.push({ ...suppressions[0]!, id: 9, document: "doc-1", pairHash: "0123456789abcdef" }); // lapsed

  it.each([1, 7, 1000])("gives runChecks' findings in runChecks' order (chunks of %i pairs)", (chunkSize) => {
    const expected = runChecks(pairs, { matcher }).findings;
    const run = streamCheck(arraySource(pairs), { matcher, chunkSize });
    const got = [...run.findings];
    expect(got.length).toBeGreaterThan(100);
    expect(new Set(got.map((f) => f.checkId))).toEqual(new Set(expected.map((f) => f.checkId)));
    expect(got.some((f) => f.related?.length)).toBe(true);
    expect(got.some((f) => f.fix)).toBe(true);
    expect(got).toEqual(expected);
    expect(run.findings.length).toBe(expected.length);
    // read twice: the same
    expect([...run.findings]).toEqual(got);
    expect(run.counts.error + run.counts.warning + run.counts.info).toBe(expected.length);
  });

  it("applies suppressions and scope as checkDatabase always did", () => {
    const scope = new Set(["doc-0", "doc-1", "doc-2", "doc-3"]);
    const all = runChecks(pairs, { matcher }).findings;
    const run = streamCheck(arraySource(pairs), { matcher, chunkSize: 5, scope, suppressions });
    const got = [...run.findings];
    const key = (document: string, checkId: string, hash: string) => `${document}|${checkId}|${hash}`;
    const active = new Map(suppressions.map((s) => [key(s.document, s.checkId, s.pairHash), s]));
    const expected = all.filter((f) => scope.has(pairs[f.index]!.document!)).map((f): ReportedFinding => {
      const p = pairs[f.index]!;
      const s = active.get(key(p.document!, f.checkId, pairHash(p.source, p.target)));
      return s ? { ...f, suppressed: { reason: s.reason, author: s.author, createdAt: s.createdAt } } : f;
    });
    expect(got).toEqual(expected);
    expect(got.filter((f) => f.suppressed).map((f) => f.checkId)).toEqual(expect.arrayContaining(["number-mismatch", "inconsistent-rendering"]));
    expect(run.counts.suppressed).toBe(expected.filter((f) => f.suppressed).length);
    expect(run.pairs).toBe(pairs.filter((p) => scope.has(p.document!)).length);
    expect([...run.lapsed].map((s) => s.id)).toEqual([9]);
  });

  it("reads stored suppressions by id only when reported: a finding's reason as it is read, the lapsed and unused a thousand at a time, in order", () => {
    const few = pairs.slice(0, 30);
    // a suppression of every pair's first finding (used), one of a check that reports nothing there
    // (unused), and 2,500 of pairs that are gone (lapsed), numbered out of order
    // (one per document, check and pair hash, as the database keeps them: identical pairs share one)
    const keyOf = (f: { index: number; checkId: string }) => `${few[f.index]!.document}/${f.checkId}/${pairHash(few[f.index]!.source, few[f.index]!.target)}`;
    const all = runChecks(few, {}).findings;
    const first = all.filter((f, i) => i === 0 || all[i - 1]!.index !== f.index).filter((f, i, fs) => fs.findIndex((g) => keyOf(g) === keyOf(f)) === i);
    const row = (id: number, document: string, checkId: string, hash: string, ref: string): SuppressionRow => ({
      id, document, checkId, pairHash: hash, ref, reason: `reason ${id}`, author: "ed", origin: "cli", source: "s", target: "t", createdAt: "2026-01-01",
    });
    const rows: SuppressionRow[] = [
      ...first.map((f, k) => row(9000 + k, few[f.index]!.document!, f.checkId, pairHash(few[f.index]!.source, few[f.index]!.target), few[f.index]!.ref)),
      row(8000, few[0]!.document!, "double-space", pairHash(few[0]!.source, few[0]!.target), few[0]!.ref),
      ...Array.from({ length: 2500 }, (_x, k) => row(5000 - k, few[0]!.document!, "number-mismatch", `gone${String(k).padStart(12, "0")}`, `${few[0]!.document}:${k + 100}`)),
    ];
    const asked: number[][] = [];
    const stored = { keys: suppressionKeysOf(rows), rows: (ids: readonly number[]) => { asked.push([...ids]); return ids.map((k) => rows[k]!); } };
    const run = streamCheck(arraySource(few), { suppressions: stored, chunkSize: 7 });
    // (identical pairs of a document share their suppression: 29 findings silenced by 28)
    const reasonOf = new Map(first.map((f, k) => [keyOf(f), `reason ${9000 + k}`]));
    const silenced = all.filter((f) => reasonOf.has(keyOf(f))).map((f) => [few[f.index]!.ref, f.checkId, reasonOf.get(keyOf(f))]);
    expect([first.length, silenced.length]).toEqual([28, 29]);
    expect([run.lapsed.length, run.unused.length, run.counts.suppressed]).toEqual([2500, 1, silenced.length]);
    const findings = [...run.findings];
    expect(findings.filter((f) => f.suppressed).map((f) => [f.ref, f.checkId, f.suppressed!.reason])).toEqual(silenced);
    // (read one by one when a finding they silence is: the corpus checks' findings during the run, the others as the report is read)
    expect([...new Set(asked.flat())].sort((a, b) => a - b)).toEqual(first.map((_f, k) => k));
    expect(asked.every((ids) => ids.length === 1)).toBe(true);
    asked.length = 0;
    expect([...run.lapsed].map((r) => r.id)).toEqual(rows.slice(first.length + 1).map((r) => r.id));
    expect(asked.map((ids) => ids.length)).toEqual([1000, 1000, 500]);
    expect([...run.unused].map((r) => r.id)).toEqual([8000]);
  });

  it("checks a pairs file read as a stream as it checked the file read whole", () => {
    const file = path.join(dir, "pairs.tsv");
    // CRLF, a lone CR, blank lines, a header with extra columns and escapes, a BOM
    const body = pairs.slice(0, 120).map((p) => `x\t${p.source.replace(/\t/g, " ")}\t${p.target.replace(/\t/g, " ")}`);
    fs.writeFileSync(file, "\ufeffid\tsource\ttarget\r\n" + body.slice(0, 60).join("\r\n") + "\r\n\r\n" + body.slice(60, 61).join("") + "\r" + body.slice(61).join("\n") + "\n");
    const report = checkPairsFile(file, { glossary: path.join(REPO, "glossary") });
    const whole = parsePairsFile(readTextFile(file), file);
    expect(report.findings).toEqual(runChecks(whole, { matcher }).findings);
    expect([...readLines(file)].map((l) => l.text)).toEqual(splitLines(readTextFile(file)));
    expect(report.pairs).toBe(whole.length);
    expect(whole.length).toBe(Math.min(120, pairs.length));
  });
});

describe("readLines", () => {
  const write = (name: string, data: string | Buffer) => {
    const f = path.join(dir, name);
    fs.writeFileSync(f, data);
    return f;
  };
  const errorOf = (f: string) => {
    try {
      for (const l of readLines(f)) void l;
    } catch (e) {
      return { code: (e as { code: string }).code, data: (e as { data: Record<string, unknown> }).data };
    }
    return undefined;
  };

  it("refuses, with file and line, what readTextFile refuses", () => {
    const long = write("long.tsv", "a\tb\n" + "x".repeat(3_000_000) + "\n");
    expect(errorOf(long)).toEqual({ code: "line-too-long", data: expect.objectContaining({ file: long, line: 2 }) });
    const control = write("esc.tsv", "a\tb\nc\td\u001b[2J\n");
    expect(errorOf(control)).toEqual({ code: "file-control-char", data: expect.objectContaining({ file: control, line: 2, column: 4, char: "U+001B" }) });
    const latin1 = write("latin1.tsv", Buffer.concat([Buffer.from("a\tb\n".repeat(400_000)), Buffer.from([0x63, 0x09, 0xe9, 0x0a])]));
    expect(errorOf(latin1)).toEqual({ code: "file-not-utf8", data: expect.objectContaining({ file: latin1, line: 400_001 }) });
    expect(errorOf(write("empty.tsv", "\n \n"))).toMatchObject({ code: "file-empty" });
    expect(errorOf(write("utf16.tsv", Buffer.concat([Buffer.from("\ufeffa\tb\nc\t", "utf16le"), Buffer.from([0x00, 0xdc]), Buffer.from("d\n", "utf16le")])))).toEqual({ code: "file-not-utf16", data: expect.objectContaining({ line: 2, encoding: "UTF-16LE" }) });
    expect(errorOf(path.join(dir, "missing.tsv"))).toMatchObject({ code: "path-not-found" });
  });

  it("reads UTF-16 with a byte-order mark as the same lines as UTF-8, a character cut by a chunk included", () => {
    // 1 MiB chunks: the first ends between the two halves of an emoji (a surrogate pair)
    const first = `a\t${"b".repeat((1 << 19) - 4)}😀`;
    const lines = [first, ...Array.from({ length: 30_000 }, (_, i) => `${i}\tKorea Utara 😀 ${"é".repeat(i % 7)}`)];
    expect(Buffer.from(first, "utf16le").subarray((1 << 20) - 4, (1 << 20) - 2)).toEqual(Buffer.from([0x3d, 0xd8])); // after the 2-byte BOM
    const text = lines.join("\r\n") + "\n";
    const le = write("u16le.tsv", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]));
    const be = write("u16be.tsv", Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, "utf16le").swap16()]));
    expect(fs.statSync(le).size).toBeGreaterThan(1 << 20);
    for (const f of [le, be]) {
      expect([...readLines(f)].map((l) => l.text)).toEqual(lines);
      expect(readTextFile(f)).toBe(text);
    }
    const late = write("u16late.tsv", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le"), Buffer.from([0x00, 0xd8, 0x41, 0x00, 0x0a, 0x00])]));
    expect(errorOf(late)).toEqual({ code: "file-not-utf16", data: expect.objectContaining({ file: late, line: 30_002 }) });
  });

  it("splits lines across chunk boundaries, a CRLF cut in two included", () => {
    // the first chunk (1 MiB) ends between the CR and the LF of a line end
    const zero = "a\t" + "x".repeat(600_000);
    const first = "é".repeat(100) + "\t" + "y".repeat((1 << 20) - 202 - zero.length - 2);
    const f = write("cut.tsv", `${zero}\r\n${first}\r\n${"z\tw\r\n".repeat(3)}`);
    expect(zero.length + 2 + Buffer.byteLength(first) + 1).toBe(1 << 20);
    expect([...readLines(f)].map((l) => [l.line, l.text.length])).toEqual([[1, zero.length], [2, first.length], [3, 3], [4, 3], [5, 3]]);
  });
});
