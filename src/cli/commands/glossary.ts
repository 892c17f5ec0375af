/**
 * `selaras glossary <import|export|list|add|remove|sync>` — the term glossary. `glossary/` is the
 * source of truth: import/add/remove write the files there, then sync the database (one transaction).
 */
import * as fs from "node:fs";
import type { ConceptChanges, EditResult, ExportFormat, SyncResult } from "../../app/glossary";
import { ENFORCE_LEVELS, type Concept } from "../../model";
import { UsageError } from "../../errors";
import type { Store } from "../../app/project";
import { defineCommand } from "../command";
import { withStore, type CommandContext, type GlobalArgs } from "../context";

// Loaded when the command runs, not at every start of the CLI (docs/architecture.md#the-cli-starts-light).
const glossaryApp = (): typeof import("../../app/glossary") => require("../../app/glossary");
const outTarget = (): typeof import("../out-target") => require("../out-target");
const projectApp = (): typeof import("../../app/project") => require("../../app/project");
const candidatesApp = (): typeof import("../../app/candidates") => require("../../app/candidates");
const stylishOutput = (): typeof import("../output/stylish") => require("../output/stylish");

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
  text?: string;
  replace?: boolean;
  dryRun?: boolean;
  documents?: string[];
  minCount?: number;
  flags?: string;
  enforce?: string;
  unverified?: boolean;
  byDocument?: boolean;
  root?: string;
}

function renderSync(ctx: CommandContext, r: SyncResult): void {
  ctx.out(ctx.t("cli.glossary.synced", {
    count: r.concepts, files: ctx.t("cli.glossary.n-files", { count: r.files.length }), added: r.added.length, changed: r.changed.length, removed: r.removed.length,
  }));
}

function renderEdit(ctx: CommandContext, args: Args, key: string, r: EditResult): void {
  if (args.json) { ctx.json(r); return; }
  if (r.dryRun) {
    const p = r.dryRun;
    ctx.out(ctx.t(`${key}-dry-run`, { count: r.entries.length, entry: r.entries[0] ?? "", file: r.file }));
    if (r.skipped) ctx.out(ctx.t("cli.glossary.import.skipped", { count: r.skipped.count, lines: r.skipped.lines.join(", ") + (r.skipped.count > r.skipped.lines.length ? ", …" : "") }));
    if (r.noEnglish) ctx.out(ctx.t("cli.glossary.import.no-english", { count: r.noEnglish.count, lines: r.noEnglish.lines.join(", ") + (r.noEnglish.count > r.noEnglish.lines.length ? ", …" : "") }));
    if (r.replaced?.removed.length) ctx.out(ctx.t("cli.glossary.import.would-remove", { count: r.replaced.removed.length, entries: r.replaced.removed.join(", ") }));
    if (r.deleted) ctx.out(ctx.t("cli.glossary.remove.would-delete", { file: r.file }));
    if (fs.existsSync(ctx.path(ctx.dbPath(args)))) {
      for (const [sign, list] of [["+", p.added], ["-", p.removed]] as const) {
        for (const f of list) {
          ctx.out(ctx.t("cli.glossary.dry-run.line", {
            sign, ref: f.ref, severity: ctx.t(`cli.check.severity.${f.severity}`), check: f.checkId, message: stylishOutput().findingMessage(ctx.t, f),
          }) + (f.suppressed ? " " + `[${ctx.t("cli.check.suppressed-label")}]` : ""));
        }
      }
      ctx.out(ctx.t("cli.glossary.dry-run.summary", { count: p.pairs, added: p.added.length, removed: p.removed.length }));
    } else ctx.out(ctx.t("cli.glossary.dry-run.no-db", { file: ctx.dbPath(args) }));
    return;
  }
  if (r.unchanged) { ctx.out(ctx.t("cli.glossary.set.unchanged", { entry: r.entries[0] ?? "", file: r.file })); return; }
  ctx.out(ctx.t(key, { count: r.entries.length, entry: r.entries[0] ?? "", file: r.file }));
  if (r.skipped) ctx.out(ctx.t("cli.glossary.import.skipped", { count: r.skipped.count, lines: r.skipped.lines.join(", ") + (r.skipped.count > r.skipped.lines.length ? ", …" : "") }));
  if (r.noEnglish) ctx.out(ctx.t("cli.glossary.import.no-english", { count: r.noEnglish.count, lines: r.noEnglish.lines.join(", ") + (r.noEnglish.count > r.noEnglish.lines.length ? ", …" : "") }));
  if (r.replaced?.removed.length) ctx.out(ctx.t("cli.glossary.import.removed", { count: r.replaced.removed.length, entries: r.replaced.removed.join(", ") }));
  if (r.deleted) ctx.out(ctx.t("cli.glossary.remove.deleted", { file: r.file }));
  if (r.sync) renderSync(ctx, r.sync);
}

/**
 * Runs an edit: normally with the store open for writing (the edit syncs it); with --dry-run the
 * database is only read (opened read-only, never created) and nothing is written anywhere.
 */
function runEdit(ctx: CommandContext, args: Args, edit: (store: () => Store | null) => EditResult): EditResult {
  let store: Store | null | undefined;
  const file = ctx.path(ctx.dbPath(args));
  const open = (): Store | null => {
    if (store !== undefined) return store;
    if (!args.dryRun) return (store = ctx.openStore(args));
    return (store = file === ":memory:" || !fs.existsSync(file) ? null : projectApp().openProject(file, { readonly: true }));
  };
  try {
    return edit(open);
  } finally {
    store?.close();
  }
}

const dryRunOption = (ctx: CommandContext) => ({ type: "boolean" as const, describe: ctx.t("cli.glossary.dry-run.describe") });

const list = (v: string[] | undefined) => (v ?? []).map((s) => s.replace(/[\t\r\n]+/g, " ").trim()).filter(Boolean);

/** Builds a concept from `glossary add` flags (the app's glossaryApp().conceptFromFields, as the workbench's form does). */
function conceptFromArgs(args: Args): Concept {
  try {
    return glossaryApp().conceptFromFields({
      id: args.id ?? "", sources: args.source ?? [], preferred: args.preferred, admitted: args.admitted, forbidden: args.forbidden,
      dnt: args.dnt, enforce: args.enforce, unverified: args.unverified, pos: args.pos, domain: args.domain, note: args.note, example: args.example,
    });
  } catch (e) {
    // (a bad field is named by this command's argument or flag: `glossary add --source: …`)
    if (e instanceof UsageError && typeof e.data.field === "string") throw new UsageError(e.code, { ...e.data, command: "glossary add" });
    throw e;
  }
}

/**
 * Runs an edit whose refusal may name a field of the concept (the line it would write does not exist:
 * see the app's editedError): named by this command's flag (`glossary set --source: …`; `--flags`
 * when the flags were given by it).
 */
function namingFlags<T>(command: string, args: Args, fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (!(e instanceof UsageError) || typeof e.data.field !== "string" || e.data.file !== undefined) throw e;
    const field = e.data.field === "enforce" && args.flags !== undefined ? "flags" : e.data.field;
    throw new UsageError(e.code, { ...e.data, field, command });
  }
}

/**
 * `glossary set` flags → the cells to change. A list flag replaces that whole list (repeat it for
 * more forms; an empty value clears it); a text flag replaces its cell ("" clears it).
 */
function changesFromArgs(args: Args): ConceptChanges {
  const cells: Record<string, string> = {};
  for (const name of ["source", "preferred", "admitted", "forbidden"] as const) {
    if (args[name] !== undefined) cells[name] = list(args[name]).join(" | ");
  }
  for (const name of ["flags", "pos", "domain", "note", "example"] as const) {
    if (args[name] !== undefined) cells[name] = String(args[name]);
  }
  const setFlags: string[] = [];
  const clearFlags: string[] = [];
  if (args.dnt !== undefined) (args.dnt ? setFlags : clearFlags).push("dnt");
  if (args.enforce !== undefined) { clearFlags.push(...ENFORCE_LEVELS); setFlags.push(args.enforce); }
  if (args.unverified !== undefined) (args.unverified ? setFlags : clearFlags).push("unverified");
  return { cells, setFlags, clearFlags };
}

export const glossaryCommand = (ctx: CommandContext) => defineCommand({
  command: "glossary <command>",
  describe: ctx.t("cli.glossary.describe"),
  builder: (y) =>
    y
      .option("dir", { type: "string", default: glossaryApp().DEFAULT_GLOSSARY_DIR, describe: ctx.t("cli.glossary.dir") })
      .command(defineCommand({
        command: "sync",
        describe: ctx.t("cli.glossary.sync.describe"),
        builder: (b) => b,
        handler: (args) => {
          withStore(ctx, args, (store) => {
            const r = glossaryApp().syncGlossary(store, args.dir, ctx.now());
            if (args.json) ctx.json(r);
            else renderSync(ctx, r);
          });
        },
      }))
      .command(defineCommand({
        command: "import <file>",
        describe: ctx.t("cli.glossary.import.describe"),
        builder: (b) =>
          b.positional("file", { type: "string", demandOption: true, describe: ctx.t("cli.glossary.import.file") })
            .option("name", { type: "string", describe: ctx.t("cli.glossary.import.name") })
            .option("replace", { type: "boolean", describe: ctx.t("cli.glossary.import.replace") })
            .option("dry-run", dryRunOption(ctx)),
        handler: (args) => {
          const r = runEdit(ctx, args, (store) => glossaryApp().importGlossary(store, args.file!, { dir: args.dir, name: args.name, replace: args.replace, dryRun: args.dryRun, now: ctx.now() }));
          renderEdit(ctx, args, "cli.glossary.import.done", r);
        },
      }))
      .command(defineCommand({
        command: "export",
        describe: ctx.t("cli.glossary.export.describe"),
        builder: (b) =>
          b.option("format", { type: "string", choices: ["tsv", "tbx"] as const, default: "tsv" as const, describe: ctx.t("cli.glossary.export.format") })
            .option("out", { type: "string", describe: ctx.t("cli.glossary.export.out") })
            .option("glossary", { type: "string", describe: ctx.t("cli.glossary.from") }),
        handler: async (args) => {
          // (`--out -` is standard output, where the glossary goes without --out)
          if (args.out === "-") delete args.out;
          // (the export is TSV or TBX: under --json standard output could hold no JSON; the concepts as JSON are `glossary list --json`)
          if (args.json && !args.out) throw new UsageError("glossary-export-json", {});
          // (refused before anything is read, as `export --out` does: a missing folder is named, not made)
          if (args.out) projectApp().requireOutFolder(args.out);
          const g = glossaryApp().resolveGlossary({ glossary: args.glossary, dbFile: ctx.path(ctx.dbPath(args)), openStore: () => ctx.openStore(args), dir: args.dir });
          if (args.out) {
            // (a device or FIFO, `--out /dev/stdout`, is written, not replaced: see out-target.ts)
            await outTarget().writeToOut(ctx, args.out, (file) => glossaryApp().writeGlossaryExport(file, g.concepts, args.format ?? "tsv"));
            if (args.json) ctx.json({ format: args.format ?? "tsv", file: args.out, concepts: g.concepts.length });
            // (on standard output, which holds no data when the glossary went to a file, as `export --out`'s summary;
            // on standard error when the glossary itself went to a device or FIFO)
            else if (outTarget().isStreamTarget(args.out)) ctx.err(ctx.t("cli.glossary.export.done", { count: g.concepts.length, file: args.out }));
            else ctx.out(ctx.t("cli.glossary.export.done", { count: g.concepts.length, file: args.out }));
          } else ctx.write(glossaryApp().exportGlossary(g.concepts, args.format ?? "tsv"));
        },
      }))
      .command(defineCommand({
        command: "list [text]",
        describe: ctx.t("cli.glossary.list.describe"),
        builder: (b) =>
          b.positional("text", { type: "string", describe: ctx.t("cli.glossary.list.text") })
            .option("glossary", { type: "string", describe: ctx.t("cli.glossary.from") }),
        handler: (args) => {
          const g = glossaryApp().resolveGlossary({ glossary: args.glossary, dbFile: ctx.path(ctx.dbPath(args)), openStore: () => ctx.openStore(args), dir: args.dir });
          if (g.outdated) ctx.err(ctx.t("cli.glossary.outdated"));
          const query = String(args.text ?? "");
          const found = glossaryApp().searchConcepts(g.concepts, query);
          if (args.json) { ctx.json(found); return; }
          for (const c of found) {
            const sources = c.sources.map((s) => (s.caseSensitive ? "=" : "") + s.text).join(" | ");
            const preferred = c.renderings.filter((r) => r.status === "preferred").map((r) => r.text).join(" | ");
            const target = c.dnt ? ctx.t("cli.glossary.list.dnt") + (preferred ? ` | ${preferred}` : "") : preferred;
            const admitted = c.renderings.filter((r) => r.status === "admitted").map((r) => r.text);
            const forbidden = c.renderings.filter((r) => r.status === "forbidden").map((r) => r.text);
            ctx.out(`${c.id}\t${sources} → ${target}` +
              (admitted.length ? `\t${ctx.t("cli.glossary.list.admitted", { terms: admitted.join(", ") })}` : "") +
              (forbidden.length ? `\t${ctx.t("cli.glossary.list.forbidden", { terms: forbidden.join(", ") })}` : "") +
              (c.enforce && c.enforce !== "error" ? `\t${ctx.t("cli.glossary.list.level", { level: ctx.t(`cli.glossary.list.enforce.${c.enforce}`, { defaultValue: c.enforce }) })}` : "") +
              (c.unverified ? `\t${ctx.t("cli.glossary.list.unverified")}` : ""));
          }
          const from = g.source.kind === "database" ? ctx.t("cli.glossary.list.from-db", { file: g.source.file }) : g.source.path;
          ctx.out(query.trim() === ""
            ? ctx.t("cli.glossary.list.total", { count: g.concepts.length, from })
            : ctx.t("cli.glossary.list.matching", { count: found.length, total: g.concepts.length, text: query, from }));
        },
      }))
      .command(defineCommand({
        command: "add <id>",
        describe: ctx.t("cli.glossary.add.describe"),
        builder: (b) =>
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
            .option("enforce", { type: "string", choices: ENFORCE_LEVELS, describe: ctx.t("cli.glossary.add.enforce") })
            .option("unverified", { type: "boolean", describe: ctx.t("cli.glossary.add.unverified") })
            .option("into", { type: "string", default: glossaryApp().DEFAULT_GLOSSARY_FILE, describe: ctx.t("cli.glossary.add.into") })
            .option("dry-run", dryRunOption(ctx)),
        handler: (args) => {
          if (args.into && /[\\/]/.test(args.into)) throw new UsageError("glossary-bad-into", { file: args.into });
          const concept = conceptFromArgs(args);
          const r = namingFlags("glossary add", args, () => runEdit(ctx, args, (store) => glossaryApp().addConcept(store, concept, { dir: args.dir, file: args.into, dryRun: args.dryRun, now: ctx.now() })));
          renderEdit(ctx, args, "cli.glossary.add.done", r);
        },
      }))
      .command(defineCommand({
        command: "set <id>",
        describe: ctx.t("cli.glossary.set.describe"),
        builder: (b) =>
          b.positional("id", { type: "string", demandOption: true, describe: ctx.t("cli.glossary.remove.id") })
            .option("source", { type: "string", array: true, describe: ctx.t("cli.glossary.set.list", { what: ctx.t("cli.glossary.add.source") }) })
            .option("preferred", { type: "string", array: true, describe: ctx.t("cli.glossary.set.list", { what: ctx.t("cli.glossary.add.preferred") }) })
            .option("admitted", { type: "string", array: true, describe: ctx.t("cli.glossary.set.list", { what: ctx.t("cli.glossary.add.admitted") }) })
            .option("forbidden", { type: "string", array: true, describe: ctx.t("cli.glossary.set.list", { what: ctx.t("cli.glossary.add.forbidden") }) })
            .option("dnt", { type: "boolean", describe: ctx.t("cli.glossary.set.dnt") })
            .option("enforce", { type: "string", choices: ENFORCE_LEVELS, describe: ctx.t("cli.glossary.add.enforce") })
            .option("unverified", { type: "boolean", describe: ctx.t("cli.glossary.set.unverified") })
            .option("flags", { type: "string", describe: ctx.t("cli.glossary.set.flags") })
            .option("pos", { type: "string", describe: ctx.t("cli.glossary.add.pos") })
            .option("domain", { type: "string", describe: ctx.t("cli.glossary.add.domain") })
            .option("note", { type: "string", describe: ctx.t("cli.glossary.add.note") })
            .option("example", { type: "string", describe: ctx.t("cli.glossary.add.example") })
            .option("dry-run", dryRunOption(ctx)),
        handler: (args) => {
          const r = namingFlags("glossary set", args, () => runEdit(ctx, args, (store) => glossaryApp().setConcept(store, args.id!, changesFromArgs(args), { dir: args.dir, dryRun: args.dryRun, now: ctx.now() })));
          renderEdit(ctx, args, "cli.glossary.set.done", r);
        },
      }))
      .command(defineCommand({
        command: "remove <id>",
        describe: ctx.t("cli.glossary.remove.describe"),
        builder: (b) =>
          b.positional("id", { type: "string", demandOption: true, describe: ctx.t("cli.glossary.remove.id") })
            .option("dry-run", dryRunOption(ctx)),
        handler: (args) => {
          const r = runEdit(ctx, args, (store) => glossaryApp().removeConcept(store, args.id!, { dir: args.dir, dryRun: args.dryRun, now: ctx.now() }));
          renderEdit(ctx, args, "cli.glossary.remove.done", r);
        },
      }))
      .command(defineCommand({
        command: "candidates [documents..]",
        describe: ctx.t("cli.glossary.candidates.describe"),
        builder: (b) =>
          b.positional("documents", { type: "string", array: true, describe: ctx.t("cli.glossary.candidates.documents") })
            .option("min-count", { type: "number", default: candidatesApp().DEFAULT_MIN_COUNT, describe: ctx.t("cli.glossary.candidates.min-count") })
            .option("by-document", { type: "boolean", describe: ctx.t("cli.glossary.candidates.by-document") })
            .option("glossary", { type: "string", describe: ctx.t("cli.check.glossary") })
            .option("root", { type: "string", default: ".", describe: ctx.t("cli.check.root") }),
        handler: (args) => {
          // a reading command: a missing database is refused, never created
          const r = withStore(ctx, args, (store) => candidatesApp().candidateTerms(store, {
            documents: args.documents, minCount: args.minCount, glossary: args.glossary, root: args.root,
          }), { existing: true });
          if (args.json) { ctx.json(r); return; }
          // (a short form names the name it stands for: `acronym, short for Badan Pusat Statistik`)
          const kind = (k: string, expansion?: string) =>
            expansion === undefined ? ctx.t(`cli.audit.kind.${k}`) : ctx.t("cli.glossary.candidates.short-for", { kind: ctx.t(`cli.audit.kind.${k}`), expansion });
          if (args.byDocument) {
            for (const d of r.byDocument) {
              ctx.out(ctx.t("cli.glossary.candidates.document", { document: d.document, count: d.candidates.length }));
              for (const c of d.candidates) ctx.out(ctx.t("cli.glossary.candidates.doc-line", { count: c.count, term: c.term, kind: kind(c.kind, c.expansion), refs: c.refs.join(", ") }));
            }
          } else {
            for (const c of r.candidates) {
              ctx.out(ctx.t("cli.glossary.candidates.line", { count: c.count, term: c.term, kind: kind(c.kind, c.expansion), documents: c.documents.length, refs: c.examples.map((e) => e.ref).join(", ") }));
            }
          }
          ctx.out(ctx.t("cli.glossary.candidates.total", {
            count: r.candidates.length, times: ctx.t("cli.glossary.candidates.times", { count: r.minCount }),
            documents: ctx.t("cli.glossary.candidates.documents", { count: r.documents }), sentences: ctx.t("cli.glossary.candidates.sentences", { count: r.segments }),
          }));
        },
      }))
      .demandCommand(1, ctx.t("cli.demand-command")),
  handler: () => undefined,
});
