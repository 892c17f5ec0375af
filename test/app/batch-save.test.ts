/**
 * The workbench's batched saves (`setUnits`) and the unit lookup they rest on (`unitOf`, which no
 * longer reads the whole document): the same units, the same results, the same files as one
 * `setUnit` after another, and the same refusals.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { openStore, type Store } from "../../src/store";
import { ingestFiles } from "../../src/app/ingest";
import { documentUnits, setUnit, setUnits, unitIsStale, unitRevision, type SaveUnitInput } from "../../src/app/lifecycle";
import { joinUnits, refOf, unitOf, unitsOf, unjoinUnit } from "../../src/app/segments";
import { ConflictError, UsageError } from "../../src/errors";
import { tempDir, REPO } from "../helpers/cli";
import { unitsChangedSince } from "../../src/app/workbench";
import { BUDGET, FLOOD } from "../helpers/lifecycle-articles";

const NOW = "2026-01-02T03:04:05.000Z";
const DOC = "putin-tolak-sanksi-barat";

function project(): { dir: string; store: Store } {
  const dir = tempDir("selaras-batch-");
  fs.mkdirSync(path.join(dir, "corpus"));
  fs.writeFileSync(path.join(dir, "corpus", "anggaran-sekolah.txt"), BUDGET);
  fs.writeFileSync(path.join(dir, "corpus", "berita-banjir.txt"), FLOOD);
  const store = openStore(path.join(dir, "selaras.db"));
  ingestFiles(store, [path.join(dir, "corpus")], { now: NOW });
  return { dir, store };
}

describe("unitOf", () => {
  it("finds the unit unitsOf lists for every segment, with joins, a rendering over two segments and an unjoin", () => {
    const dir = tempDir("selaras-unitof-");
    fs.cpSync(path.join(REPO, "corpus"), path.join(dir, "corpus"), { recursive: true });
    const store = openStore(path.join(dir, "selaras.db"));
    try {
      ingestFiles(store, [path.join(dir, "corpus")], { now: NOW });
      joinUnits(store, `${DOC}:3`, `${DOC}:4`, "ani", NOW);
      joinUnits(store, `${DOC}:4`, `${DOC}:5`, "ani", NOW);
      joinUnits(store, `${DOC}:10`, `${DOC}:11`, "ani", NOW);
      setUnit(store, `${DOC}:10+11`, { text: "Two sentences in one English sentence.", state: "draft", author: "ani", now: NOW });
      joinUnits(store, `${DOC}:20`, `${DOC}:21`, "ani", NOW);
      unjoinUnit(store, `${DOC}:20+21`, "ani", NOW);
      setUnit(store, `${DOC}:7`, { text: "One sentence.", state: "draft", author: "ani", now: NOW });
      setUnit(store, `${DOC}:7`, { text: "One sentence, again.", state: "draft", author: "ani", now: NOW });
      for (const doc of store.documents.all()) {
        const all = unitsOf(store, doc);
        for (const seg of store.documents.segments(doc.id)) {
          const expected = all.find((u) => u.segments.some((s) => s.id === seg.id));
          expect(unitOf(store, doc, seg.id)).toEqual(expected);
        }
      }
      // documentUnits (one query for the list) lists exactly the units unitsOf finds, boilerplate left out
      for (const doc of store.documents.all()) {
        expect(documentUnits(store, doc.slug)).toEqual(unitsOf(store, doc).filter((u) => !u.boilerplate).map((u) => ({
          ref: refOf(doc, u.segments), source: u.source, target: u.rendering?.text ?? null, state: u.rendering?.status ?? "untranslated",
          stale: unitIsStale(u), revision: unitRevision(store, u), renderingId: u.rendering?.id ?? null,
        })));
      }
      const units = documentUnits(store, DOC).map((u) => u.ref);
      expect(units).toContain(`${DOC}:3+4+5`);
      expect(units).toContain(`${DOC}:10+11`);
      expect(units).toContain(`${DOC}:20`);
      // a segment of another document is no unit of this one
      const [a, b] = store.documents.all();
      expect(unitOf(store, a!, store.documents.segments(b!.id)[0]!.id)).toBeUndefined();
    } finally {
      store.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

const saves: Array<{ ref: string; input: SaveUnitInput }> = [
    { ref: "anggaran-sekolah:2", input: { text: "The government is adding Rp 750 billion to the education budget this year.", state: "translated", actor: "translator", author: "Ani", baseRevision: 0, now: NOW } },
    { ref: "berita-banjir:2", input: { text: "Heavy rain has fallen on Jakarta since Tuesday night.", state: "translated", actor: "translator", author: "Budi", baseRevision: 0, now: NOW } },
    // the same unit again, read at revision 0 too: the first save wins, this one is a conflict
    { ref: "anggaran-sekolah:2", input: { text: "Another English.", state: "translated", actor: "translator", author: "Budi", baseRevision: 0, now: NOW } },
    // a number left out: the confirmation is refused, the English kept as a draft
    { ref: "anggaran-sekolah:3", input: { text: "The minister said the money was for schools in remote areas.", state: "translated", actor: "translator", author: "Ani", baseRevision: 0, now: NOW } },
    // a translator may not review
    { ref: "berita-banjir:3", input: { text: "Thousands of residents fled.", state: "reviewed", actor: "translator", author: "Ani", baseRevision: 0, now: NOW } },
];

describe("setUnits", () => {
  it("gives each save the result, the refusal and the files of setUnit one after another", () => {
    const one = project();
    const batch = project();
    try {
      const sequential = saves.map((s) => {
        try { return { ok: true as const, result: setUnit(one.store, s.ref, s.input, { root: one.dir }) }; } catch (error) { return { ok: false as const, error }; }
      });
      const batched = setUnits(batch.store, saves, { root: batch.dir });
      expect(batched.map((o) => o.ok)).toEqual([true, true, false, true, false]);
      expect((batched[2] as { error: unknown }).error).toBeInstanceOf(ConflictError);
      expect((batched[2] as { error: ConflictError }).error.data).toEqual({ ref: "anggaran-sekolah:2", baseRevision: 0, revision: 1, text: saves[0]!.input.text });
      expect((batched[4] as { error: UsageError }).error.code).toBe("transition-refused");
      expect((batched[3] as { result: { state: string; refused: boolean } }).result).toMatchObject({ state: "draft", refused: true });
      const strip = (o: (typeof batched)[number]) => (o.ok ? { ...o.result, files: o.result.files.map((f) => path.relative(batch.dir, f)) } : { code: (o.error as UsageError).code, data: (o.error as UsageError).data });
      const stripOne = (o: (typeof sequential)[number]) => (o.ok ? { ...o.result, files: o.result.files.map((f) => path.relative(one.dir, f)) } : { code: (o.error as UsageError).code, data: (o.error as UsageError).data });
      expect(batched.map(strip)).toEqual(sequential.map(stripOne));
      for (const doc of ["anggaran-sekolah", "berita-banjir"]) {
        const file = path.join("translations", `${doc}.translations.txt`);
        expect(fs.readFileSync(path.join(batch.dir, file), "utf8")).toBe(fs.readFileSync(path.join(one.dir, file), "utf8"));
        expect(documentUnits(batch.store, doc)).toEqual(documentUnits(one.store, doc));
      }
    } finally {
      for (const p of [one, batch]) { p.store.close(); fs.rmSync(p.dir, { recursive: true, force: true }); }
    }
  });

  it("fails only the saves of a document whose translations file changed on disk; the others are kept", () => {
    const p = project();
    try {
      setUnits(p.store, saves.slice(0, 2), { root: p.dir });
      const file = path.join(p.dir, "translations", "anggaran-sekolah.translations.txt");
      fs.appendFileSync(file, "\n# edited by hand\n");
      const before = documentUnits(p.store, "anggaran-sekolah");
      const out = setUnits(p.store, [
        { ref: "anggaran-sekolah:4", input: { text: "As many as 40 percent of those schools are in Papua.", state: "translated", author: "Ani", baseRevision: 0, now: NOW } },
        { ref: "berita-banjir:3", input: { text: "Thousands of residents fled to nearby mosques and schools.", state: "translated", author: "Ani", baseRevision: 0, now: NOW } },
      ], { root: p.dir });
      expect(out[0]).toMatchObject({ ok: false });
      expect((out[0] as { error: UsageError }).error.code).toBe("translations-file-changed");
      expect(out[1]).toMatchObject({ ok: true, result: { state: "translated", revision: 1 } });
      expect(documentUnits(p.store, "anggaran-sekolah")).toEqual(before);
      expect(fs.readFileSync(file, "utf8")).toContain("# edited by hand");
      expect(fs.readFileSync(path.join(p.dir, "translations", "berita-banjir.translations.txt"), "utf8")).toContain("Thousands of residents fled to nearby mosques and schools.");
    } finally {
      p.store.close();
      fs.rmSync(p.dir, { recursive: true, force: true });
    }
  });
});

describe("unitsChangedSince (what the workbench announces of saves made beside it)", () => {
  it("names each unit saved since a time, or — past the limit — the documents to read again", () => {
    const p = project();
    try {
      const since = "2025-01-01T00:00:00.000Z";
      setUnits(p.store, saves.slice(0, 2), { root: p.dir });
      setUnit(p.store, "anggaran-sekolah:4", { text: "As many as 40 percent of those schools are in Papua.", state: "draft", author: "Cli", now: "2026-01-02T03:04:06.000Z" });
      const all = unitsChangedSince(p.store, since, 10);
      expect(all.units.map((u) => [u.ref, u.target, u.state, u.revision, u.author])).toEqual([
        ["anggaran-sekolah:2", saves[0]!.input.text, "translated", 1, "Ani"],
        ["berita-banjir:2", saves[1]!.input.text, "translated", 1, "Budi"],
        ["anggaran-sekolah:4", "As many as 40 percent of those schools are in Papua.", "draft", 1, "Cli"],
      ]);
      expect(all).toMatchObject({ documents: [], latest: "2026-01-02T03:04:06.000Z" });
      expect(unitsChangedSince(p.store, NOW, 10)).toMatchObject({ units: [{ ref: "anggaran-sekolah:4" }], documents: [] });
      expect(unitsChangedSince(p.store, "2026-01-02T03:04:06.000Z", 10)).toEqual({ units: [], documents: [], latest: "2026-01-02T03:04:06.000Z" });
      expect(unitsChangedSince(p.store, since, 2)).toEqual({ units: [], documents: ["anggaran-sekolah", "berita-banjir"], latest: "2026-01-02T03:04:06.000Z" });
    } finally {
      p.store.close();
      fs.rmSync(p.dir, { recursive: true, force: true });
    }
  });
});
