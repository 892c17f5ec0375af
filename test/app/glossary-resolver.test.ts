/**
 * One glossary resolver (chooseGlossary) behind every reading command: `--glossary` first, then the
 * database's glossary if it holds one, then the project's glossary folder. `check`/`audit` run
 * without a glossary when the folder is missing; `terms`/`glossary list|export` refuse.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { chooseGlossary, resolveGlossary, syncGlossary } from "../../src/app/glossary";
import { checkGlossary } from "../../src/app/check";
import { openStore } from "../../src/store";
import { run, tempDir } from "../helpers/cli";

const HEADER = "id\tsource\tpreferred\tadmitted\tforbidden\tflags\tpos\tdomain\tnote\texample\n";
const row = (id: string, source: string, preferred: string) => `${id}\t${source}\t${preferred}\t\t\t\t\t\t\t\n`;

function project(): { root: string; db: string; named: string } {
  const root = tempDir();
  fs.mkdirSync(path.join(root, "glossary"));
  fs.writeFileSync(path.join(root, "glossary", "terms.tsv"), HEADER + row("folder-term", "kapal", "ship"));
  fs.writeFileSync(path.join(root, "named.tsv"), HEADER + row("named-term", "rudal", "missile"));
  return { root, db: path.join(root, "selaras.db"), named: path.join(root, "named.tsv") };
}

describe("chooseGlossary", () => {
  it("takes --glossary over the database and the database over the folder", () => {
    const p = project();
    const store = openStore(p.db);
    try {
      const dir = path.join(p.root, "glossary");
      expect(chooseGlossary({ dir, database: { store, file: p.db } })!.concepts.map((c) => c.id)).toEqual(["folder-term"]);
      fs.writeFileSync(path.join(dir, "terms.tsv"), HEADER + row("folder-term", "kapal", "ship") + row("db-only", "perahu", "boat"));
      syncGlossary(store, dir, "2026-01-01T00:00:00.000Z");
      fs.writeFileSync(path.join(dir, "terms.tsv"), HEADER + row("folder-term", "kapal", "ship"));
      const fromDb = chooseGlossary({ dir, database: { store, file: p.db } })!;
      expect(fromDb.source).toEqual({ kind: "database", file: p.db });
      expect(fromDb.concepts.map((c) => c.id).sort()).toEqual(["db-only", "folder-term"]);
      const named = chooseGlossary({ glossary: p.named, dir, database: { store, file: p.db } })!;
      expect(named.source).toEqual({ kind: "file", path: p.named });
      expect(named.concepts.map((c) => c.id)).toEqual(["named-term"]);
      // check and the reading commands decide the same way
      expect(checkGlossary(store, undefined, p.root).concepts.map((c) => c.id).sort()).toEqual(["db-only", "folder-term"]);
      expect(checkGlossary(store, p.named, p.root).concepts.map((c) => c.id)).toEqual(["named-term"]);
    } finally {
      store.close();
    }
    expect(resolveGlossary({ dbFile: p.db, openStore: () => openStore(p.db), dir: path.join(p.root, "glossary") }).concepts.map((c) => c.id).sort())
      .toEqual(["db-only", "folder-term"]);
  });

  it("a missing folder is no glossary for check, and glossary-none for the reading commands", () => {
    const root = tempDir();
    const dir = path.join(root, "glossary");
    expect(chooseGlossary({ dir })).toBeNull();
    expect(checkGlossary(null, undefined, root)).toEqual({ concepts: [], from: null });
    expect(() => chooseGlossary({ dir, required: true })).toThrow(expect.objectContaining({ code: "glossary-none", data: { dir } }));
    expect(() => resolveGlossary({ dbFile: path.join(root, "none.db"), openStore: () => { throw new Error("must not open"); }, dir }))
      .toThrow(expect.objectContaining({ code: "glossary-none" }));
    expect(fs.existsSync(path.join(root, "none.db"))).toBe(false);
  });

  it("a named folder without a glossary file is refused everywhere", () => {
    const root = tempDir();
    fs.mkdirSync(path.join(root, "empty"));
    const dir = path.join(root, "glossary");
    expect(() => chooseGlossary({ glossary: path.join(root, "empty"), dir })).toThrow(expect.objectContaining({ code: "glossary-no-files" }));
    expect(() => checkGlossary(null, path.join(root, "empty"), root)).toThrow(expect.objectContaining({ code: "glossary-no-files" }));
  });

  it("`terms` and `check --pairs` read the same glossary from the same project", async () => {
    const p = project();
    fs.writeFileSync(path.join(p.root, "pairs.tsv"), "Kapal itu tiba.\tThe boat arrived.\n");
    const terms = await run(["terms", "Kapal itu tiba.", "--json"], { cwd: p.root });
    expect(terms.code).toBe(0);
    expect(JSON.parse(terms.stdout).map((h: { entry: string }) => h.entry)).toEqual(["folder-term"]);
    const check = await run(["check", "--pairs", "pairs.tsv", "--format", "json"], { cwd: p.root });
    expect(check.stdout).toContain("glossary-term-missing");
  });
});
