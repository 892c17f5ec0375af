/**
 * `selaras align <source-file> <target-file> [--presplit] [--format beads|tsv|json]` — stateless
 * sentence alignment of an Indonesian and an English text.
 * `selaras align --doc <document> <english-file>` — aligns an English text with a stored document and
 * stores the pairs as renderings with status `aligned`.
 */
import type { CommandModule } from "yargs";
import type { AlignDocumentResult, AlignFilesResult } from "../../app/align";
import { UsageError } from "../../errors";
import { withStore, type CommandContext, type GlobalArgs } from "../context";

// Loaded when the command runs, not at every start of the CLI (docs/architecture.md#the-cli-starts-light).
const lifecycleApp = (): typeof import("../../app/lifecycle") => require("../../app/lifecycle");
const alignApp = (): typeof import("../../app/align") => require("../../app/align");
const checkApp = (): typeof import("../../app/check") => require("../../app/check");
const glossaryApp = (): typeof import("../../app/glossary") => require("../../app/glossary");

export const ALIGN_FORMATS = ["beads", "tsv", "json"] as const;
type Format = (typeof ALIGN_FORMATS)[number];

interface Args extends GlobalArgs {
  files?: string[];
  doc?: string;
  presplit?: boolean;
  format?: Format;
  glossary?: string;
  threshold?: number;
  force?: boolean;
}

const cell = (s: string): string => s.replace(/[\t\r\n]+/g, " ");

/** The stateless output, exactly as the formats are specified. */
export function renderAlignment(result: AlignFilesResult, format: Format): string {
  const { beads, source, target } = result;
  // (with each side's text, as tsv has it: the indices count the segmenters' sentences, boilerplate
  // dropped and a dateline joined with its sentence, which the user does not see otherwise)
  if (format === "json") {
    return JSON.stringify(beads.map((b) => ({
      src: b.src, tgt: b.tgt, score: b.score, ...(b.moved ? { moved: true } : {}), ...(b.foldedInto ? { foldedInto: b.foldedInto } : {}),
      source: b.src.map((i) => source[i]!).join(" "), target: b.tgt.map((j) => target[j]!).join(" "),
    }))) + "\n";
  }
  if (format === "tsv") {
    return beads
      .map((b) => `${cell(b.src.map((i) => source[i]!).join(" "))}\t${cell(b.tgt.map((j) => target[j]!).join(" "))}\t${b.score.toFixed(3)}\n`)
      .join("");
  }
  return beads.map((b) => `[${b.src.join(",")}]\t[${b.tgt.join(",")}]\n`).join("");
}

/** "segment 5" / "segments 5, 6": a list of ordinals with its own plural. */
const segmentList = (t: CommandContext["t"], segments: readonly number[]): string => t("cli.align.segment-list", { count: segments.length, segments: segments.join(", ") });

function renderDocument(ctx: CommandContext, r: AlignDocumentResult): void {
  const t = ctx.t;
  // (each count with its own plural: "1 rendering created", "1 Indonesian segment")
  ctx.out(t("cli.align.doc-summary", {
    document: r.document, segments: t("cli.align.n-segments", { count: r.segments }), sentences: t("cli.align.n-sentences", { count: r.sentences }),
    created: t("cli.align.n-created", { count: r.created }), replaced: r.replaced, unchanged: r.unchanged, kept: r.kept,
  }));
  if (r.unpairedSource || r.unpairedTarget) {
    ctx.out(t("cli.align.unpaired", { source: t("cli.align.n-source", { count: r.unpairedSource }), target: t("cli.align.n-sentences", { count: r.unpairedTarget }) }));
    // which ones, with their text: a dropped sentence or an English-only credit line is for a person to judge
    for (const b of r.beads) {
      if (b.status === "unpaired-source") {
        ctx.out(t("cli.align.unpaired-source", { count: b.segments.length, segments: b.segments.join(", "), text: b.source }));
        // the English folded it into another pair's sentence (a bead is a run of neighbours): where, for review
        const into = b.foldedInto && r.beads.find((o) => o.sentences.includes(b.foldedInto![0]!));
        if (into) ctx.out(t("cli.align.folded", { count: into.sentences.length, sentences: into.sentences.map((j) => j + 1).join(", "), segments: segmentList(t, into.segments) }));
      }
      else if (b.status === "unpaired-target") ctx.out(t("cli.align.unpaired-target", { sentence: b.sentences.map((j) => j + 1).join(", "), text: b.target }));
    }
  }
  for (const b of r.beads) {
    if (b.status !== "kept") continue;
    const ids = b.renderingIds ?? [b.renderingId!];
    if (ids.length > 1) ctx.out(t("cli.align.kept-many", { segments: b.segments.join(", "), ids: ids.map((id) => `#${id}`).join(", ") }));
    else ctx.out(t("cli.align.kept", { count: b.segments.length, segments: b.segments.join(", "), id: ids[0] }));
  }
  const moved = r.beads.filter((b) => b.moved);
  if (moved.length > 0) {
    ctx.out(t("cli.align.moved", { count: moved.length }));
    for (const b of moved) {
      ctx.out(t("cli.align.moved-bead", { count: b.sentences.length, segments: segmentList(t, b.segments), sentences: b.sentences.map((j) => j + 1).join(", ") }));
      // the pair's text, as the review list shows it: the check needs no lookup
      ctx.out(`    id: ${b.source}`);
      ctx.out(`    en: ${b.target}`);
    }
  }
  if (r.review.length === 0) {
    ctx.out(t("cli.align.review-none", { threshold: r.threshold }));
    return;
  }
  ctx.out(t("cli.align.review", { count: r.review.length, threshold: r.threshold }));
  for (const b of r.review) {
    ctx.out(t("cli.align.review-bead", { count: b.segments.length, segments: b.segments.join(", "), score: b.score! }));
    ctx.out(`    id: ${b.source}`);
    ctx.out(`    en: ${b.target}`);
  }
}

export const alignCommand = (ctx: CommandContext): CommandModule<GlobalArgs, Args> => ({
  command: "align [files..]",
  describe: ctx.t("cli.align.describe"),
  builder: (y) =>
    y
      .positional("files", { type: "string", array: true, describe: ctx.t("cli.align.files") })
      .option("doc", { type: "string", describe: ctx.t("cli.align.doc") })
      .option("presplit", { type: "boolean", default: false, describe: ctx.t("cli.align.presplit") })
      .option("format", { choices: ALIGN_FORMATS, describe: ctx.t("cli.align.format") })
      .option("glossary", { type: "string", describe: ctx.t("cli.align.glossary") })
      .option("threshold", { type: "number", default: alignApp().REVIEW_THRESHOLD, describe: ctx.t("cli.align.threshold") })
      .option("force", { type: "boolean", default: false, describe: ctx.t("cli.align.force") }),
  handler: async (args) => {
    const files = args.files ?? [];
    if (args.doc !== undefined) {
      if (files.length !== 1) throw new UsageError("align-doc-files", { count: files.length });
      if (args.format !== undefined) throw new UsageError("align-doc-format", {});
      const threshold = args.threshold ?? alignApp().REVIEW_THRESHOLD;
      if (!(threshold >= 0 && threshold <= 1)) throw new UsageError("align-bad-threshold", { threshold: String(args.threshold) });
      const english = await ctx.input(files[0]!);
      withStore(ctx, args, (store) => {
        const { matcher } = checkApp().checkGlossary(store, args.glossary, ctx.io.cwd);
        const result = alignApp().alignDocument(store, args.doc!, english, { presplit: args.presplit, glossary: matcher, threshold, force: args.force, root: lifecycleApp().projectRoot(ctx.dbPath(args), ctx.io.cwd), now: ctx.now() });
        if (args.json) ctx.json(result);
        else renderDocument(ctx, result);
      }, { existing: true }); // --doc names a document: a database must exist
      return;
    }
    if (files.length !== 2) throw new UsageError("align-files", { count: files.length });
    const glossary = args.glossary ? glossaryApp().loadGlossaryMatcher(args.glossary, { explicit: true }) : undefined;
    // either file may be `-` (standard input), not both
    const [source, target] = [await ctx.input(files[0]!), await ctx.input(files[1]!)];
    const result = alignApp().alignFiles(source, target, { presplit: args.presplit, glossary });
    const format: Format = args.format ?? (args.json ? "json" : "beads");
    ctx.write(renderAlignment(result, format));
    // the output stays as specified (scripts read it); the doubt goes to standard error
    if (result.notEnglish) ctx.err(ctx.t("cli.align.not-english", { file: files[1]!, share: result.indonesianWords }));
    else if (result.notTranslation) {
      ctx.err(ctx.t("cli.align.not-translation", { file: files[1]!, source: files[0]!, share: result.paired, min: result.minPaired, score: alignApp().REVIEW_THRESHOLD }));
    }
  },
});
