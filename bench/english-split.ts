/**
 * `npm run bench -- english-split` — the English sentence splitter as `selaras align` runs it on the
 * English side (englishSentences, src/segment/english.ts), on 10,000 sentences of the shared data's
 * English (panl-bppt then guntara-news, four lines to a paragraph, repeated to 10,000 lines), against
 * the engine it wraps alone (sentence-splitter's split() of each paragraph with its own English
 * abbreviation lists) in the same process (last row). The middle row is the engine given the
 * splitter's full lists at once, as the splitter did before it narrowed them to a line's words: the
 * abbreviation scan (every word compared with every entry) that took two thirds of its time.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { split } from "sentence-splitter";
import { English } from "sentence-splitter/lang";
import { englishSentences } from "../src/segment/english";
import { ABBREVIATIONS } from "../src/segment/rules/abbreviations";
import { sharedPath } from "./lib/shared";
import { flatString, settle, time, type Workload, type WorkloadResult } from "./lib/harness";

function cpuSeconds(since: NodeJS.CpuUsage): number {
  const u = process.cpuUsage(since);
  return (u.user + u.system) / 1e6;
}

export const englishSplitWorkload: Workload = {
  name: "english-split",
  description: "the English sentence splitter of `selaras align` (englishSentences) on 10,000 sentences, against sentence-splitter alone",
  async run(ctx): Promise<WorkloadResult> {
    const n = Math.max(100, Math.round(10_000 * ctx.scale));
    const lines: string[] = [];
    for (const set of ["panl-bppt", "guntara-news"]) {
      lines.push(...fs.readFileSync(path.join(sharedPath("data", "align", "data", set), "eng.txt"), "utf8").split("\n").filter((l) => l.trim() !== ""));
    }
    const all: string[] = [];
    while (all.length < n) all.push(...lines.slice(0, n - all.length));
    const paragraphs: string[] = [];
    for (let i = 0; i < all.length; i += 4) paragraphs.push(flatString(all.slice(i, i + 4).join(" ")));
    const text = flatString(paragraphs.join("\n\n"));
    // the splitter's lists before they were narrowed: English's and the Indonesian news abbreviations
    const full = {
      AbbrMarker: {
        language: {
          ABBREVIATIONS: [...new Set([...English.ABBREVIATIONS, ...ABBREVIATIONS.filter((a) => a.cls === "C").map((a) => a.abbr)])],
          PREPOSITIVE_ABBREVIATIONS: [...new Set([...English.PREPOSITIVE_ABBREVIATIONS, ...ABBREVIATIONS.filter((a) => a.cls === "P").map((a) => a.abbr)])],
          EXCLAMATION_WORDS: English.EXCLAMATION_WORDS,
        },
      },
    };
    const engine = (options?: typeof full): number => paragraphs.reduce((k, p) => k + split(p, options).filter((x) => x.type === "Sentence").length, 0);

    englishSentences(paragraphs.slice(0, 50).join("\n\n")); // (warm-up: the splitter's tables, the engine's code)
    settle();
    let cpu = process.cpuUsage();
    const ours = await time(() => englishSentences(text).length);
    const oursCpu = cpuSeconds(cpu);
    settle();
    cpu = process.cpuUsage();
    const fullLists = await time(() => engine(full));
    const fullCpu = cpuSeconds(cpu);
    settle();
    cpu = process.cpuUsage();
    const base = await time(() => engine());
    const baseCpu = cpuSeconds(cpu);
    ctx.log(`${ours.value} sentences (engine alone: ${base.value})`);
    const perCpu = (s: number): number => Math.round(all.length / s);
    return {
      measurements: [
        { label: "englishSentences (selaras align's English side)", items: all.length, unit: "lines", seconds: ours.seconds, extra: { sentences: ours.value, perCpuSecond: perCpu(oursCpu) } },
        { label: "split() with the splitter's full abbreviation lists (the scan before)", items: all.length, unit: "lines", seconds: fullLists.seconds, extra: { sentences: fullLists.value, perCpuSecond: perCpu(fullCpu) } },
        { label: "baseline: sentence-splitter split() per paragraph, its English lists", items: all.length, unit: "lines", seconds: base.seconds, extra: { sentences: base.value, perCpuSecond: perCpu(baseCpu) } },
      ],
      notes: [`englishSentences takes ${(ours.seconds / base.seconds).toFixed(2)}× the engine's own time (per CPU second: ${(oursCpu / baseCpu).toFixed(2)}×).`],
    };
  },
};
