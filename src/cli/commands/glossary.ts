/**
 * `selaras glossary <import|export|list|add|remove|sync>` — the term glossary. `glossary/` is the
 * source of truth: import/add/remove write the files there, then sync the database (one transaction).
 */
import type { Argv, CommandModule } from "yargs";
import {
  addConcept, DEFAULT_GLOSSARY_DIR, DEFAULT_GLOSSARY_FILE, exportGlossary, importGlossary, removeConcept,
  resolveGlossary, syncGlossary, type EditResult, type ExportFormat, type SyncResult,
} from "../../app/glossary";
import { parseGlossaryTsv, TSV_HEADER, type Concept } from "../../glossary";
import { UsageError } from "../../errors";
import { writeFileAtomic } from "../../io/files";
import { withStore, type CommandContext, type GlobalArgs } from "../context";

interface Args extends GlobalArgs {
  dir: string;
  file?: string;
  format?: ExportFormat;
  out?: string;
  glossary?: string;
  name?: string;
  id?: string;
  source?: string[];
  preferred?: string[];
  admitted?: string[];
  forbidden?: string[];
  dnt?: boolean;
  pos?: string;
  domain?: string;
  note?: string;
  example?: string;
  into?: string;
}

function renderSync(ctx: CommandContext, r: SyncResult): void {
  ctx.out(ctx.t("cli.glossary.synced", {
    count: r.concepts, files: r.files.length, added: r.added.length, changed: r.changed.length, removed: r.removed.length,
  }));
}

function renderEdit(ctx: CommandContext, args: Args, key: string, r: EditResult): void {
  if (args.json) { ctx.json(r); return; }
  ctx.out(ctx.t(key, { count: r.entries.length, entry: r.entries[0] ?? "", file: r.file }));
  if (r.sync) renderSync(ctx, r.sync);
}

const list = (v: string[] | undefined) => (v ?? []).map((s) => s.replace(/[\t\r\n]+/g, " ").trim()).filter(Boolean);

/** Builds a concept from `glossary add` flags, through the TSV parser (same syntax as the files). */
function conceptFromArgs(args: Args): Concept {
  const row = [
    args.id ?? "", list(args.source).join(" | "), list(args.preferred).join(" | "), list(args.admitted).join(" | "),
    list(args.forbidden).join(" | "), args.dnt ? "dnt" : "", args.pos ?? "", args.domain ?? "", args.note ?? "", args.example ?? "",
  ].map((c) => c.replace(/[\t\r\n]+/g, " "));
  const [concept] = parseGlossaryTsv(`${TSV_HEADER}\n${row.join("\t")}\n`, "<glossary add>");
  return { ...concept!, file: undefined, line: undefined } as Concept;
}

export const glossaryCommand = (ctx: CommandContext): CommandModule<GlobalArgs, Args> => ({
  command: "glossary <command>",
  describe: ctx.t("cli.glossary.describe"),
  builder: (y: Argv<GlobalArgs>) =>
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    (y as Argv<any>)
      .option("dir", { type: "string", default: DEFAULT_GLOSSARY_DIR, describe: ctx.t("cli.glossary.dir") })
      .command({
        command: "sync",
        describe: ctx.t("cli.glossary.sync.describe"),
        handler: (a) => {
          const args = a as unknown as Args;
          withStore(ctx, args, (store) => {
            const r = syncGlossary(store, args.dir);
            if (args.json) ctx.json(r);
            else renderSync(ctx, r);
          });
        },
      })
      .command({
        command: "import <file>",
        describe: ctx.t("cli.glossary.import.describe"),
        builder: (b: Argv) =>
          b.positional("file", { type: "string", demandOption: true, describe: ctx.t("cli.glossary.import.file") })
            .option("name", { type: "string", describe: ctx.t("cli.glossary.import.name") }),
        handler: (a) => {
          const args = a as unknown as Args;
          withStore(ctx, args, (store) => {
            renderEdit(ctx, args, "cli.glossary.import.done", importGlossary(store, args.file!, { dir: args.dir, name: args.name }));
          });
        },
      })
      .command({
        command: "export",
        describe: ctx.t("cli.glossary.export.describe"),
        builder: (b: Argv) =>
          b.option("format", { type: "string", choices: ["tsv", "tbx"], default: "tsv", describe: ctx.t("cli.glossary.export.format") })
            .option("out", { type: "string", describe: ctx.t("cli.glossary.export.out") })
            .option("glossary", { type: "string", describe: ctx.t("cli.glossary.from") }),
        handler: (a) => {
          const args = a as unknown as Args;
          const g = resolveGlossary({ glossary: args.glossary, dbFile: ctx.dbPath(args), openStore: () => ctx.openStore(args), dir: args.dir });
          const text = exportGlossary(g.concepts, args.format ?? "tsv");
          if (args.out) {
            writeFileAtomic(args.out, text);
            ctx.err(ctx.t("cli.glossary.export.done", { count: g.concepts.length, file: args.out }));
          } else ctx.write(text);
        },
      })
      .command({
        command: "list",
        describe: ctx.t("cli.glossary.list.describe"),
        builder: (b: Argv) => b.option("glossary", { type: "string", describe: ctx.t("cli.glossary.from") }),
        handler: (a) => {
          const args = a as unknown as Args;
          const g = resolveGlossary({ glossary: args.glossary, dbFile: ctx.dbPath(args), openStore: () => ctx.openStore(args), dir: args.dir });
          if (args.json) { ctx.json(g.concepts); return; }
          for (const c of g.concepts) {
            const sources = c.sources.map((s) => (s.caseSensitive ? "=" : "") + s.text).join(" | ");
            const preferred = c.renderings.filter((r) => r.status === "preferred").map((r) => r.text).join(" | ");
            const target = c.dnt ? ctx.t("cli.glossary.list.dnt") + (preferred ? ` | ${preferred}` : "") : preferred;
            const forbidden = c.renderings.filter((r) => r.status === "forbidden").map((r) => r.text);
            ctx.out(`${c.id}\t${sources} → ${target}` + (forbidden.length ? `\t${ctx.t("cli.glossary.list.forbidden", { terms: forbidden.join(", ") })}` : ""));
          }
          ctx.out(ctx.t("cli.glossary.list.total", {
            count: g.concepts.length,
            from: g.source.kind === "database" ? ctx.t("cli.glossary.list.from-db", { file: g.source.file }) : g.source.path,
          }));
        },
      })
      .command({
        command: "add <id>",
        describe: ctx.t("cli.glossary.add.describe"),
        builder: (b: Argv) =>
          b.positional("id", { type: "string", demandOption: true, describe: ctx.t("cli.glossary.add.id") })
            .option("source", { type: "string", array: true, demandOption: true, describe: ctx.t("cli.glossary.add.source") })
            .option("preferred", { type: "string", array: true, describe: ctx.t("cli.glossary.add.preferred") })
            .option("admitted", { type: "string", array: true, describe: ctx.t("cli.glossary.add.admitted") })
            .option("forbidden", { type: "string", array: true, describe: ctx.t("cli.glossary.add.forbidden") })
            .option("dnt", { type: "boolean", describe: ctx.t("cli.glossary.add.dnt") })
            .option("pos", { type: "string", describe: ctx.t("cli.glossary.add.pos") })
            .option("domain", { type: "string", describe: ctx.t("cli.glossary.add.domain") })
            .option("note", { type: "string", describe: ctx.t("cli.glossary.add.note") })
            .option("example", { type: "string", describe: ctx.t("cli.glossary.add.example") })
            .option("into", { type: "string", default: DEFAULT_GLOSSARY_FILE, describe: ctx.t("cli.glossary.add.into") }),
        handler: (a) => {
          const args = a as unknown as Args;
          if (args.into && /[\\/]/.test(args.into)) throw new UsageError("glossary-bad-into", { file: args.into });
          const concept = conceptFromArgs(args);
          withStore(ctx, args, (store) => {
            renderEdit(ctx, args, "cli.glossary.add.done", addConcept(store, concept, { dir: args.dir, file: args.into }));
          });
        },
      })
      .command({
        command: "remove <id>",
        describe: ctx.t("cli.glossary.remove.describe"),
        builder: (b: Argv) => b.positional("id", { type: "string", demandOption: true, describe: ctx.t("cli.glossary.remove.id") }),
        handler: (a) => {
          const args = a as unknown as Args;
          withStore(ctx, args, (store) => {
            renderEdit(ctx, args, "cli.glossary.remove.done", removeConcept(store, args.id!, { dir: args.dir }));
          });
        },
      })
      .demandCommand(1, ctx.t("cli.glossary.demand")) as never,
  handler: () => undefined,
});
