/**
 * Import of a translation memory that matches nothing, through the CLI's entry point (`selaras import`
 * in a child process, as a person runs it): 20,000 units (× scale) of generated sentences none of
 * which is a segment of a database of generated articles (~4 MB of text), plus 20 sentences of the
 * database each cut in two units, as another tool's segmentation rules cut them.
 *  1. headline-like sources (no final point): every held unit may be a sentence cut in two, so joins
 *     of two to four units are tried (src/app/import.ts resolvePending) — the case a prefix look-up
 *     per word made about 2.5 times slower than (2);
 *  2. baseline (last row): the same sentences ending in a point, where no join is tried.
 * The ratio of (1) to (2) is the cost of the joins; both must store the same 20 joined sentences.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { ingestFiles } from "../src/app/ingest";
import { openStore } from "../src/store";
import { rng, type Measurement, type Workload } from "./lib/harness";
import { writeCorpus } from "./lib/generate";

const UNITS = 20_000;
const CUT = 20;
const SYL = ["ka", "ma", "ta", "pa", "ra", "la", "na", "sa", "ba", "da", "ga", "ja", "ki", "mi", "ti", "ri", "ni", "si", "ku", "mu", "tu", "ru", "nu", "su", "ke", "me", "te", "kan", "lah", "nya", "an", "ber", "ter", "men", "di"];
const SMALL = ["yang", "dan", "di", "ke", "dari", "untuk", "dengan", "ini", "itu", "pada"];
const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** `selaras <args>` under /usr/bin/time: wall and CPU seconds, peak RSS (MiB), exit code, standard output. */
function cli(args: string[]): { seconds: number; cpu: number; maxRssMiB: number; code: number; stdout: string } {
  const bin = path.resolve(__dirname, "../src/cli/bin.js");
  const r = spawnSync("/usr/bin/time", ["-f", "TIME %e %U %S %M", process.execPath, bin, ...args], { encoding: "utf8", maxBuffer: 1 << 28 });
  const m = /TIME ([\d.]+) ([\d.]+) ([\d.]+) (\d+)/.exec(r.stderr ?? "");
  if (!m) throw new Error(`selaras ${args.join(" ")}: no timing (${r.stderr?.slice(-500)})`);
  return { seconds: Number(m[1]), cpu: Number(m[2]) + Number(m[3]), maxRssMiB: Math.round(Number(m[4]) / 1024), code: r.status ?? -1, stdout: r.stdout };
}

/** A TMX of `units` generated sentences (a point at their end or none) with the cut sentences among them. */
function memory(file: string, units: number, point: boolean, cut: ReadonlyArray<[string, string]>): void {
  const rand = rng(42);
  const word = () => { let w = ""; for (let i = 0, n = 1 + Math.floor(rand() * 3); i < n; i++) w += SYL[Math.floor(rand() * SYL.length)]; return w; };
  const out: string[] = ['<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header creationtool="bench" creationtoolversion="1" segtype="sentence" o-tmf="bench" adminlang="en" srclang="id" datatype="plaintext"/><body>\n'];
  const tu = (id: string, en: string) => `<tu><tuv xml:lang="id"><seg>${esc(id)}</seg></tuv><tuv xml:lang="en"><seg>${esc(en)}</seg></tuv></tu>\n`;
  const every = Math.floor(units / (cut.length + 1));
  for (let i = 0; i < units; i++) {
    const ws: string[] = [];
    for (let j = 0, n = 8 + Math.floor(rand() * 12); j < n; j++) ws.push(j % 3 === 1 ? SMALL[Math.floor(rand() * SMALL.length)]! : word());
    const s = ws.join(" ");
    out.push(tu(s[0]!.toUpperCase() + s.slice(1) + (point ? "." : ""), `The ${word()} of the ${word()} and the ${word()} is in the ${word()}${point ? "." : ""}`));
    const c = cut[i / every - 1];
    if (i % every === 0 && c) out.push(tu(c[0], "First half"), tu(c[1], "second half."));
  }
  out.push("</body></tmx>\n");
  fs.writeFileSync(file, out.join(""));
}

export const importJoinWorkload: Workload = {
  name: "import-join",
  description: "selaras import of 20,000 units matching no segment: headline-like sources (joins tried) vs. sources ending in a point",
  run(ctx) {
    const units = Math.round(UNITS * ctx.scale);
    const db = path.join(ctx.tmp, "base.db");
    const corpus = writeCorpus(path.join(ctx.tmp, "corpus"), 4 * 1024 * 1024);
    const store = openStore(db);
    let cut: Array<[string, string]>;
    let segments: number;
    try {
      ingestFiles(store, [corpus.dir], { now: "2024-01-01T00:00:00.000Z" });
      // sentences of the database cut at a word in their middle, the second part starting small
      const texts = (store.db.prepare("SELECT text FROM segment WHERE ordinal IS NOT NULL AND kind = 'body' ORDER BY id").pluck().all() as string[]);
      segments = (store.db.prepare("SELECT COUNT(*) FROM segment WHERE ordinal IS NOT NULL").pluck().get() as number);
      cut = texts.filter((t) => / [a-z]/.test(t.slice(Math.floor(t.length / 2))) && !t.includes("  "))
        .filter((_t, i) => i % 97 === 0).slice(0, CUT).map((t) => {
          const at = t.indexOf(" ", Math.floor(t.length / 2));
          const at2 = / [a-z]/.exec(t.slice(at))!.index + at;
          return [t.slice(0, at2), t.slice(at2 + 1)];
        });
    } finally {
      store.close();
    }
    ctx.log(`${corpus.files} articles, ${segments} segments; ${units} units + ${cut.length} sentences cut in two`);
    const rows: Measurement[] = [];
    const results: Array<{ joins?: number; unmatched: number }> = [];
    for (const point of [false, true]) {
      const tmx = path.join(ctx.tmp, point ? "point.tmx" : "headline.tmx");
      memory(tmx, units, point, cut);
      // (a project folder of its own: the import writes the translations/ files of the documents it joined sentences in)
      const project = path.join(ctx.tmp, point ? "point" : "headline");
      fs.mkdirSync(project);
      const copy = path.join(project, "selaras.db");
      fs.copyFileSync(db, copy);
      const r = cli(["import", tmx, "--db", copy, "--json"]);
      fs.rmSync(project, { recursive: true, force: true });
      if (r.code !== 1 && r.code !== 0) throw new Error(`selaras import exited with ${r.code}: ${r.stdout.slice(0, 1500)}`);
      const json = JSON.parse(r.stdout) as { joins?: number; unmatched: number; units: number };
      results.push(json);
      ctx.log(`${point ? "point" : "headline"}: ${r.seconds} s, ${r.cpu.toFixed(2)} CPU s, ${r.maxRssMiB} MiB, ${json.units} units, ${json.unmatched} unmatched, ${json.joins ?? 0} joins`);
      rows.push({
        label: point ? "baseline: sources ending in a point (no join tried)" : "selaras import, headline-like sources (joins tried)",
        items: json.units, unit: "units", seconds: r.seconds, extra: { cpuSeconds: r.cpu, peakRssMiB: r.maxRssMiB, joins: json.joins ?? 0, unmatched: json.unmatched },
      });
    }
    const [head, base] = rows as [Measurement, Measurement];
    const cpu = (m: Measurement) => Number(m.extra!.cpuSeconds);
    return {
      measurements: rows,
      notes: [
        `Headline-like / point: ${(head.seconds / base.seconds).toFixed(2)}× the wall time, ${(cpu(head) / cpu(base)).toFixed(2)}× the CPU time ` +
          `(joins stored: ${results[0]!.joins ?? 0} and ${results[1]!.joins ?? 0} of ${cut.length}).`,
      ],
    };
  },
};
