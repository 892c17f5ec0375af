/** `selaras import <file>` — another tool's parallel text in, one transaction; conflicts reported. */
import type { CommandModule } from "yargs";
import { ParseError, UsageError } from "../../errors";
import { errorText } from "../output/errors";
import { withStore, type CommandContext, type GlobalArgs } from "../context";

// Loaded when the command runs, not at every start of the CLI (docs/architecture.md#the-cli-starts-light).
const importApp = (): typeof import("../../app/import") => require("../../app/import");
const lifecycleApp = (): typeof import("../../app/lifecycle") => require("../../app/lifecycle");
const progressOutput = (): typeof import("../output/progress") => require("../output/progress");

interface Args extends GlobalArgs {
  file: string;
  format?: string;
  "keep-tm"?: boolean;
  replace?: boolean;
  author?: string;
  "source-is-indonesian"?: boolean;
  "target-lang"?: string;
  "skip-refused"?: boolean;
}

const LISTED = 20;
/** Units named on one line after a count (the notes not stored, the rejected drafts): the rest counted. */
const NAMED = 5;

/** Imports `file` (the path to read; messages name args.file, as given) and prints what happened. */
function importFrom(ctx: CommandContext, file: string, args: Args): void {
  withStore(ctx, args, (store) => {
    const progress = progressOutput().createProgress(ctx, !args.json, "cli.progress.import");
    const root = lifecycleApp().projectRoot(ctx.dbPath(args), ctx.io.cwd);
    let r;
    try {
      r = importApp().importParallel(store, file, { now: ctx.now(),
        format: args.format, keepTm: args["keep-tm"], replace: args.replace, author: args.author,
        sourceIsIndonesian: args["source-is-indonesian"], targetLang: args["target-lang"], skipRefused: args["skip-refused"],
        gate: lifecycleApp().createGate(store, undefined, root), root,
        onProgress: (units, bytes, total) => progress.update(total ? Math.round((100 * bytes) / total) : 100, 100, String(units)),
      });
    } catch (e) {
      // (one unit refused the file: the rest can be imported)
      if (!args["skip-refused"] && importApp().refusesOneUnit(e)) ctx.afterError(ctx.t("cli.import.skip-refused-hint"));
      throw e;
    } finally {
      progress.stop();
    }
    if (r.conflictCount > 0 || (r.refused?.length ?? 0) > 0 || (r.skipped ?? 0) > 0) ctx.setExitCode(1);
    if (args.json) { ctx.json(r); return; }
    const { t } = ctx;
    // (a unit as the person finds it in the file: file:line (the path as given, `<stdin>` for `-`), else its number among the units read; its id after it)
    const where = (u: { unit: string; file: string | null; line: number | null; number: number }): string => {
      const place = u.file !== null && u.line !== null ? `${ctx.shown(u.file)}:${u.line}` : t("cli.import.unit-number", { number: u.number });
      return u.unit ? t("cli.import.unit-place-id", { place, unit: u.unit }) : place;
    };
    // (a text listed on its line: a line break in it — a spreadsheet cell's, a CAT tool's soft return — shown as ⏎, so
    // that a listed unit stays one line and the next line is the next unit)
    const line = (text: string): string => text.replace(/\r\n|[\r\n\u2028\u2029]/g, "\u23ce");
    const named = (units: ReadonlyArray<Parameters<typeof where>[0]>, count: number): string =>
      units.slice(0, NAMED).map(where).join(", ") + (count > NAMED ? " " + t("cli.import.and-more", { count: count - NAMED }) : "");
    ctx.out(t("cli.import.summary", { count: r.units, file: args.file, format: r.format }));
    ctx.out("  " + t("cli.import.counts", { created: r.created, replaced: r.replaced, unchanged: r.unchanged, untranslated: r.untranslated }));
    // (the new and replaced the file marks unconfirmed — a machine's translation, a draft — are no translations yet: said)
    if (r.unconfirmed > 0) ctx.out("  " + t("cli.import.unconfirmed", { count: r.unconfirmed }));
    // (a sentence another tool cut in two or more units, found again by joining them)
    if (r.joinedUnits) ctx.out("  " + t("cli.import.joined", { count: r.joinedUnits, joins: r.joins }));
    if (r.inlineCodes > 0) ctx.out("  " + t("cli.import.inline-codes", { count: r.inlineCodes }));
    if (r.joinedCodes) ctx.out("  " + t("cli.import.joined-codes", { count: r.joinedCodes }));
    // (the notes kept beside another are named only when there are some)
    if (r.notes) ctx.out("  " + t(r.notes.kept > 0 ? "cli.import.notes" : "cli.import.notes-new", { count: r.notes.added + r.notes.kept, kept: r.notes.kept }));
    if (r.notesNotStored) {
      ctx.out("  " + t("cli.import.notes-not-stored", { count: r.notesNotStored }));
      ctx.out("    " + named(r.notesNotStoredUnits ?? [], r.notesNotStored));
    }
    if (r.rejectedDrafts) {
      ctx.out("  " + t("cli.import.rejected-drafts", { count: r.rejectedDrafts }));
      ctx.out("    " + named(r.rejectedUnits ?? [], r.rejectedDrafts));
    }
    if (r.variants) ctx.out("  " + t("cli.import.variants", { variants: r.variants.map((v) => t("cli.import.variant", { variant: v.variant, count: v.units })).join(", ") }));
    if (r.otherVariant) ctx.out("  " + t("cli.import.other-variant", { count: r.otherVariant, lang: args["target-lang"] }));
    for (const c of r.conflicts.slice(0, LISTED)) {
      ctx.out("  " + t(`cli.import.conflict-${c.reason}`, { segments: c.segments.join(" "), rendering: c.rendering, origin: c.existingOrigin }));
      ctx.out("    - " + line(c.existing));
      ctx.out("    + " + line(c.target));
    }
    for (const x of (r.refused ?? []).slice(0, LISTED)) ctx.out("  " + t("cli.import.refused", { segments: x.segments.join(" "), checks: [...new Set(x.findings.filter((f) => f.severity === "error" && !f.suppressed).map((f) => f.checkId))].join(", ") }));
    if (r.skipped) {
      // (each in the words it would have refused the file with, without "nothing was imported": error.<code>_skipped)
      ctx.out(t("cli.import.skipped", { count: r.skipped }));
      for (const s of (r.skippedUnits ?? []).slice(0, LISTED)) ctx.out("  " + errorText(new ParseError(s.code, { ...s.data, context: "skipped" }), t, { shown: ctx.shown }));
      if (r.skipped > LISTED) ctx.out("  " + t("cli.import.more", { count: r.skipped - LISTED }));
    }
    if (r.conflictCount > 0) {
      if (r.conflictCount > LISTED) ctx.out("  " + t("cli.import.more", { count: r.conflictCount - LISTED }));
      ctx.out(t("cli.import.conflicts", { count: r.conflictCount }));
    }
    if (r.unmatched > 0) {
      ctx.out(t("cli.import.unmatched", { count: r.unmatched }));
      for (const u of r.unmatchedUnits.slice(0, LISTED)) ctx.out("  " + t("cli.import.unmatched-unit", { unit: where(u), source: line(u.source) }));
      if (r.unmatched > LISTED) ctx.out("  " + t("cli.import.more", { count: r.unmatched - LISTED }));
      ctx.out(args["keep-tm"] ? t("cli.import.kept-tm", { count: r.keptTm }) : t(r.noDocuments ? "cli.import.hint-no-documents" : "cli.import.hint-keep-tm"));
    }
  });
}

export const importCommand = (ctx: CommandContext): CommandModule<GlobalArgs, Args> => ({
  command: "import <file>",
  describe: ctx.t("cli.import.describe"),
  builder: (y) =>
    y
      .positional("file", { type: "string", demandOption: true, describe: ctx.t("cli.import.file") })
      .option("format", { type: "string", choices: importApp().IMPORT_FORMAT_IDS, describe: ctx.t("cli.import.format") })
      .option("keep-tm", { type: "boolean", default: false, describe: ctx.t("cli.import.keep-tm") })
      .option("replace", { type: "boolean", default: false, describe: ctx.t("cli.import.replace") })
      .option("author", { type: "string", describe: ctx.t("cli.import.author") })
      .option("source-is-indonesian", { type: "boolean", default: false, describe: ctx.t("cli.import.source-is-indonesian") })
      .option("target-lang", { type: "string", describe: ctx.t("cli.import.target-lang") })
      .option("skip-refused", { type: "boolean", default: false, describe: ctx.t("cli.import.skip-refused") }),
  handler: async (args) => {
    // `import - --format tmx`: standard input, copied to a temporary file the import reads as any other
    if (args.file === "-" && args.format !== undefined && !importApp().isSingleFileFormat(args.format)) throw new UsageError("import-stdin-parts", { format: args.format });
    const input = await ctx.inputFile(args.file);
    // (the files the import finds beside the one given — a Moses pair's .en and .ids — are named as it
    // was, absolute or relative, not from the working folder as files no one gave are)
    if (args.file !== "-") for (const [abs, as] of importApp().partsAsGiven(input.file, ctx.shown(input.file), args.format)) ctx.name(abs, as);
    try {
      importFrom(ctx, input.file, args);
    } finally {
      input.remove();
    }
  },
});
