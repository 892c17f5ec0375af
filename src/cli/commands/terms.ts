/**
 * `selaras terms <text|-> [--json] [--glossary f] [--english]` — glossary terms in an Indonesian text
 * (or, with --english, glossary renderings in an English text). Glossary: --glossary, else the
 * database's if it holds one, else the glossary/ folder.
 */
import type { CommandModule } from "yargs";

/** A term found across a line break (`Komisi Pemilihan\nUmum`) on one output line: its spaces folded (JSON keeps the text as found). */
const oneLine = (text: string): string => text.replace(/\s+/g, " ");
import type { CommandContext, GlobalArgs } from "../context";

// Loaded when the command runs, not at every start of the CLI (docs/architecture.md#the-cli-starts-light).
const glossaryApp = (): typeof import("../../app/glossary") => require("../../app/glossary");

interface Args extends GlobalArgs { text: string; glossary?: string; english?: boolean; dir: string }

export const termsCommand = (ctx: CommandContext): CommandModule<GlobalArgs, Args> => ({
  command: "terms <text>",
  describe: ctx.t("cli.terms.describe"),
  builder: (y) =>
    y.positional("text", { type: "string", demandOption: true, describe: ctx.t("cli.terms.text") })
      .option("glossary", { type: "string", describe: ctx.t("cli.glossary.from") })
      .option("dir", { type: "string", default: glossaryApp().DEFAULT_GLOSSARY_DIR, describe: ctx.t("cli.glossary.dir") })
      .option("english", { type: "boolean", describe: ctx.t("cli.terms.english") }),
  handler: async (args) => {
    // Only "-" reads standard input (main.ts hands it over as "-"). An empty text is a text with no
    // terms: `selaras terms "$line"` in a `while read` loop read the loop's own input when $line was empty.
    const fromStdin = args.text === "-";
    // (standard input is decoded as every file is: a BOM dropped, other encodings and binary refused with their line)
    const text = fromStdin ? glossaryApp().readTextInput(await ctx.input("-")) : String(args.text);
    const g = glossaryApp().resolveGlossary({ glossary: args.glossary, dbFile: ctx.path(ctx.dbPath(args)), openStore: () => ctx.openStore(args), dir: args.dir });
    if (g.outdated) ctx.err(ctx.t("cli.glossary.outdated"));
    if (args.english) {
      const hits = glossaryApp().findTargetTerms(g.concepts, text);
      if (args.json) {
        ctx.json(hits.map((h) => ({ start: h.start, end: h.end, text: h.text, rendering: h.rendering, entry: h.entry, status: h.status })));
        return;
      }
      for (const h of hits) ctx.out(ctx.t("cli.terms.target-line", { start: h.start, end: h.end, text: oneLine(h.text), entry: h.entry, status: ctx.t(`cli.terms.status.${h.status}`) }));
      ctx.out(ctx.t("cli.terms.total", { count: hits.length }));
      return;
    }
    const hits = glossaryApp().findTerms(g.concepts, text);
    if (args.json) {
      ctx.json(hits.map((h) => ({ start: h.start, end: h.end, text: h.text, source: h.source, entry: h.entry, renderings: h.renderings, dnt: h.dnt })));
      return;
    }
    for (const h of hits) {
      const preferred = h.renderings.filter((r) => r.status === "preferred").map((r) => r.text);
      const target = h.dnt ? [ctx.t("cli.terms.dnt", { text: oneLine(h.text) }), ...preferred].join(" | ") : preferred.join(" | ");
      ctx.out(ctx.t("cli.terms.line", { start: h.start, end: h.end, text: oneLine(h.text), target, entry: h.entry }));
    }
    ctx.out(ctx.t("cli.terms.total", { count: hits.length }));
  },
});
