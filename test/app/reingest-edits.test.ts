/**
 * Articles that change after they were translated, the way newsrooms update them: each edit is
 * re-ingested in a project folder and the translator's view is asserted exactly — which English sits
 * on which sentence, in which state, what `ingest` says — and a database rebuilt from the folder
 * (`npm start` on a fresh database) holds the same units.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { openStore } from "../../src/store";
import { documentUnits } from "../../src/app/lifecycle";
import { run, tempDir } from "../helpers/cli";

const SLUG = "gempa";
const HEAD = "Gempa Guncang Palu";
const A = "Gempa bumi berkekuatan magnitudo 6,1 mengguncang Sulawesi Tengah pada Kamis dini hari.";
const B = "Gempa tidak berpotensi tsunami.";
const C = "Sedikitnya 40 rumah dilaporkan rusak ringan.";
const D = "Belum ada laporan korban jiwa.";
const E = "BMKG mencatat 15 gempa susulan hingga Kamis pagi.";
const EN: Record<string, string> = {
  [HEAD]: "Earthquake rocks Palu",
  [A]: "A magnitude 6.1 earthquake rocked Central Sulawesi early on Thursday.",
  [B]: "The earthquake had no tsunami potential.",
  [C]: "At least 40 houses were reported slightly damaged.",
  [D]: "There have been no reports of fatalities.",
  [E]: "BMKG recorded 15 aftershocks by Thursday morning.",
};

/** The units of the document as the translator sees them: `ref | source | English | state[ stale]`. */
function units(db: string): string[] {
  const store = openStore(db);
  try {
    return documentUnits(store, SLUG).map((u) => [u.ref, u.source, u.target ?? "", u.state + (u.stale ? " stale" : "")].join(" | "));
  } finally {
    store.close();
  }
}

describe("re-ingesting an article edited after it was translated", () => {
  let dir: string;
  let file: string;
  const cli = (args: string[]) => run([...args], { cwd: dir, env: { SELARAS_AUTHOR: "Ani" } });
  const write = (paras: string[]) => fs.writeFileSync(file, paras.join("\n") + "\n");
  const translate = async (ref: string, text: string) => expect((await cli(["translate", "set", ref, text])).code).toBe(0);
  /** A fresh database rebuilt from the folder (corpus/ and translations/) has the same units. */
  const rebuiltUnits = async (): Promise<string[]> => {
    const copy = tempDir();
    fs.cpSync(path.join(dir, "corpus"), path.join(copy, "corpus"), { recursive: true });
    fs.cpSync(path.join(dir, "translations"), path.join(copy, "translations"), { recursive: true });
    const db = path.join(copy, "fresh.db");
    expect((await run(["ingest", "corpus", "--db", db], { cwd: copy })).code).toBe(0);
    expect((await run(["translations", "import", "--db", db], { cwd: copy })).code).toBe(0);
    const out = (() => {
      const store = openStore(db);
      try { return documentUnits(store, SLUG).map((u) => [u.ref, u.source, u.target ?? "", u.state + (u.stale ? " stale" : "")].join(" | ")); } finally { store.close(); }
    })();
    fs.rmSync(copy, { recursive: true, force: true });
    return out;
  };

  beforeEach(async () => {
    dir = tempDir();
    fs.mkdirSync(path.join(dir, "corpus"));
    file = path.join(dir, "corpus", `${SLUG}.txt`);
    write([HEAD, A, B, C, D, E]);
    expect((await cli(["ingest", "corpus"])).code).toBe(0);
    for (const [n, s] of [HEAD, A, B, C, D, E].entries()) await translate(`${SLUG}:${n + 1}`, EN[s]!);
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("an edit undone (a typo made, then fixed) makes the English current again, and ingest says so instead of 'stale'", async () => {
    write([HEAD, A, B, C.replace("rusak ringan", "rusak rignan"), D, E]);
    const typo = await cli(["ingest", "corpus"]);
    expect(typo.stdout).toBe(`${SLUG}: updated, 6 segments (0 boilerplate)\n  0 inserted, 1 changed, 0 removed\n`
      + "  rendering #4 kept and marked stale: its sentence changed\n"
      + "    Sedikitnya 40 rumah dilaporkan rusak [-ringan-]{+rignan+}.\n1 document ingested.\n");
    write([HEAD, A, B, C, D, E]);
    const fixed = await cli(["ingest", "corpus"]);
    expect(fixed.stdout).toBe(`${SLUG}: updated, 6 segments (0 boilerplate)\n  0 inserted, 1 changed, 0 removed\n`
      + "  rendering #4 current again: its sentence is back to the text the English was written for\n"
      + "    Sedikitnya 40 rumah dilaporkan rusak [-rignan-]{+ringan+}.\n1 document ingested.\n");
    const json = JSON.parse((await cli(["ingest", "corpus", "--json"])).stdout)[0];
    expect(json.status).toBe("unchanged");
    expect(units(path.join(dir, "selaras.db"))[3]).toBe(`${SLUG}:4 | ${C} | ${EN[C]} | translated`);
    expect(JSON.parse((await cli(["status", "--json"])).stdout)[0]).toMatchObject({ translated: 6, stale: 0 });
  });

  it("a report of several stale renderings lists them in article order", async () => {
    write([HEAD.replace("Palu", "Palu dan Donggala"), A.replace("6,1", "6,2"), B, C, D, E.replace("15", "17")]);
    const r = JSON.parse((await cli(["ingest", "corpus", "--json"])).stdout)[0];
    expect(r.staleRenderings.map((s: { renderingId: number; newText: string }) => [s.renderingId, s.newText])).toEqual([
      [1, "Gempa Guncang Palu dan Donggala"], [2, A.replace("6,1", "6,2")], [6, E.replace("15", "17")],
    ]);
  });

  it("a short sentence updated in place (a number and a detail) keeps its English, stale; a different sentence in its place does not", async () => {
    const updated = "BMKG mencatat 27 gempa susulan hingga Jumat.";
    write([HEAD, A, B, C.replace(C, "Sebanyak 40 rumah rusak."), D, updated]);
    const first = JSON.parse((await cli(["ingest", "corpus", "--json"])).stdout)[0];
    expect(first).toMatchObject({ inserted: 0, changed: 2, removed: 0, orphanedRenderings: [] });
    expect(first.staleRenderings.map((s: { renderingId: number; newText: string }) => [s.renderingId, s.newText]))
      .toEqual([[4, "Sebanyak 40 rumah rusak."], [6, updated]]);
    expect(units(path.join(dir, "selaras.db")).slice(3)).toEqual([
      `${SLUG}:4 | Sebanyak 40 rumah rusak. | ${EN[C]} | translated stale`,
      `${SLUG}:5 | ${D} | ${EN[D]} | translated`,
      `${SLUG}:6 | ${updated} | ${EN[E]} | translated stale`,
    ]);
    // a sentence about something else in the same place: the English is kept as an orphan, not put on it
    const other = "Presiden dijadwalkan mengunjungi lokasi bencana.";
    write([HEAD, A, B, "Sebanyak 40 rumah rusak.", other, updated]);
    const second = JSON.parse((await cli(["ingest", "corpus", "--json"])).stdout)[0];
    expect(second).toMatchObject({ inserted: 1, changed: 0, removed: 1, staleRenderings: [] });
    expect(second.orphanedRenderings).toEqual([{ renderingId: 5, segmentId: 5, oldText: D }]);
    expect(units(path.join(dir, "selaras.db"))[4]).toBe(`${SLUG}:5 | ${other} |  | untranslated`);
  });

  it("a changed sentence deleted: its English is an orphan of the sentence it was written for, as a rebuild has it, and comes back with it", async () => {
    const typo = C.replace("rusak ringan", "rusak rignan");
    write([HEAD, A, B, typo, D, E]);
    await cli(["ingest", "corpus"]);
    write([HEAD, A, B, D, E]);
    const r = JSON.parse((await cli(["ingest", "corpus", "--json"])).stdout)[0];
    expect(r.orphanedRenderings).toEqual([{ renderingId: 4, segmentId: 4, oldText: typo }]);
    const orphans = async (db: string) => JSON.parse((await run(["status", "--json", "--db", db], { cwd: dir })).stdout)[0].orphans
      .map((o: { sourceText: string; text: string }) => [o.sourceText, o.text]);
    expect(await orphans("selaras.db")).toEqual([[C, EN[C]]]);
    const store = openStore(path.join(dir, "selaras.db"));
    expect(store.documents.allSegments(store.documents.bySlug(SLUG)!.id).filter((s) => s.ordinal === null).map((s) => s.text)).toEqual([C]);
    store.close();
    // a database rebuilt from the folder has the same orphan
    const copy = tempDir();
    fs.cpSync(dir, copy, { recursive: true });
    fs.rmSync(path.join(copy, "selaras.db"));
    await run(["ingest", "corpus", "--db", "fresh.db"], { cwd: copy });
    await run(["translations", "import", "--db", "fresh.db"], { cwd: copy });
    const fresh = openStore(path.join(copy, "fresh.db"));
    expect(fresh.documents.allSegments(fresh.documents.bySlug(SLUG)!.id).filter((s) => s.ordinal === null).map((s) => s.text)).toEqual([C]);
    fresh.close();
    fs.rmSync(copy, { recursive: true, force: true });
    // the sentence back as it was translated: the English is attached again, current
    write([HEAD, A, B, C, D, E]);
    expect((await cli(["ingest", "corpus"])).stdout).toContain(`  rendering #4 attached again: its sentence is back in the article\n    + ${C}\n`);
    expect(units(path.join(dir, "selaras.db"))[3]).toBe(`${SLUG}:4 | ${C} | ${EN[C]} | translated`);
  });

  it("when one copy of a repeated sentence is deleted, the English stays on the copy that is left", async () => {
    write([HEAD, A, B, C, D, E, B]); // the sentence appears a second time, untranslated
    expect((await cli(["ingest", "corpus"])).code).toBe(0);
    expect(units(path.join(dir, "selaras.db"))[6]).toBe(`${SLUG}:7 | ${B} |  | untranslated`);
    write([HEAD, A, C, D, E, B]); // the first, translated, copy is deleted
    const r = await cli(["ingest", "corpus"]);
    // (the English went with the copy that is left, further down: a move)
    expect(r.stdout).toBe(`${SLUG}: updated, 6 segments (0 boilerplate)\n  0 inserted, 0 changed, 1 removed, 1 moved (its English with it)\n1 document ingested.\n`);
    const expected = [
      `${SLUG}:1 | ${HEAD} | ${EN[HEAD]} | translated`,
      `${SLUG}:2 | ${A} | ${EN[A]} | translated`,
      `${SLUG}:3 | ${C} | ${EN[C]} | translated`,
      `${SLUG}:4 | ${D} | ${EN[D]} | translated`,
      `${SLUG}:5 | ${E} | ${EN[E]} | translated`,
      `${SLUG}:6 | ${B} | ${EN[B]} | translated`,
    ];
    expect(units(path.join(dir, "selaras.db"))).toEqual(expected);
    expect(JSON.parse((await cli(["status", "--json"])).stdout)[0]).toMatchObject({ translated: 6, orphaned: 0, stale: 0 });
    expect(fs.readFileSync(path.join(dir, "translations", `${SLUG}.translations.txt`), "utf8")).not.toContain("@ orphan");
    expect(await rebuiltUnits()).toEqual(expected);
  });

  it("a sentence of a joined unit deleted: the English stays on the unit's other sentence, stale, as a rebuild places it", async () => {
    expect((await cli(["segments", "join", `${SLUG}:4`, `${SLUG}:5`])).code).toBe(0);
    await translate(`${SLUG}:4+5`, `${EN[C]} ${EN[D]}`);
    write([HEAD, A, B, C, E]); // D, the second sentence of the joined unit, is deleted
    const r = await cli(["ingest", "corpus"]);
    expect(r.stdout).toBe(`${SLUG}: updated, 5 segments (0 boilerplate)\n  0 inserted, 0 changed, 1 removed\n`
      + "  rendering #4 kept and marked stale: its sentence changed\n"
      + `    ${C}[- ${D}-]\n1 document ingested.\n`);
    const expected = [
      `${SLUG}:1 | ${HEAD} | ${EN[HEAD]} | translated`,
      `${SLUG}:2 | ${A} | ${EN[A]} | translated`,
      `${SLUG}:3 | ${B} | ${EN[B]} | translated`,
      `${SLUG}:4 | ${C} | ${EN[C]} ${EN[D]} | translated stale`,
      `${SLUG}:5 | ${E} | ${EN[E]} | translated`,
    ];
    expect(units(path.join(dir, "selaras.db"))).toEqual(expected);
    const status = JSON.parse((await cli(["status", "--json"])).stdout)[0];
    expect(status).toMatchObject({ translated: 4, stale: 1, orphaned: 0 });
    expect(fs.readFileSync(path.join(dir, "translations", `${SLUG}.translations.txt`), "utf8"))
      .toContain(`@ ${SLUG}:4\nid: ${C} ${D}\nen: ${EN[C]} ${EN[D]}\nstatus: translated\n`);
    expect(await rebuiltUnits()).toEqual(expected);
  });

  it("the middle sentence of a unit of three deleted: the other two stay joined, with the English", async () => {
    expect((await cli(["segments", "join", `${SLUG}:3`, `${SLUG}:4`])).code).toBe(0);
    expect((await cli(["segments", "join", `${SLUG}:3`, `${SLUG}:5`])).code).toBe(0);
    await translate(`${SLUG}:3+4+5`, `${EN[B]} ${EN[C]} ${EN[D]}`);
    write([HEAD, A, B, D, E]); // C, the middle one, is deleted
    const r = JSON.parse((await cli(["ingest", "corpus", "--json"])).stdout)[0];
    expect(r.staleRenderings).toEqual([{ renderingId: 3, segmentId: 3, oldText: `${B} ${C} ${D}`, newText: `${B} ${D}` }]);
    expect(r.orphanedRenderings).toEqual([]);
    const expected = [
      `${SLUG}:1 | ${HEAD} | ${EN[HEAD]} | translated`,
      `${SLUG}:2 | ${A} | ${EN[A]} | translated`,
      `${SLUG}:3+4 | ${B} ${D} | ${EN[B]} ${EN[C]} ${EN[D]} | translated stale`,
      `${SLUG}:5 | ${E} | ${EN[E]} | translated`,
    ];
    expect(units(path.join(dir, "selaras.db"))).toEqual(expected);
    expect(await rebuiltUnits()).toEqual(expected);
  });
});
