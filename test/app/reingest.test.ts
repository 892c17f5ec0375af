/**
 * Re-ingest after a real edit of a seed article: a sentence changed, one inserted, one removed and a
 * paragraph moved. Every rendering survives: unchanged ones stay attached, the changed one is stale
 * (with the source difference), the removed one is orphaned and listed by status.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { openStore } from "../../src/store";
import { ingestFiles } from "../../src/app/ingest";
import { setTranslation, showUnit } from "../../src/app/translate";
import { unitsOf } from "../../src/app/segments";
import { normalizeText } from "../../src/text/normalize";
import { run, tempDir, CORPUS, dumpDb } from "../helpers/cli";

const SLUG = "putin-tolak-sanksi-barat";
const CHANGED_OLD = "Korea Utara pada Selasa memperkuat dukungannya terhadap invasi Rusia, yang disebut Kim sebagai “perang suci.”";
const CHANGED_NEW = "Korea Utara pada Senin memperkuat dukungannya terhadap invasi Rusia, yang disebut Kim sebagai “perang suci.”";
const REMOVED = "Korea juga meningkatkan upaya perang psikologis, dengan Seoul memulai siaran propaganda pengeras suara melintasi perbatasan, sebagai balasan atas Pyongyang mengirim balon berisi sampah.";
const MOVED_PREFIX = "Jenny Town, seorang rekan senior";
const INSERTED = "Sanksi itu tidak pernah dicabut sejak tahun 2017.";

function editArticle(original: string): string {
  const paras = original.split("\n");
  const moved = paras.find((p) => p.startsWith(MOVED_PREFIX))!;
  expect(paras).toContain(CHANGED_OLD);
  expect(paras).toContain(REMOVED);
  const out: string[] = [];
  paras.forEach((p, i) => {
    if (p === moved) return;
    if (p === REMOVED) return;
    out.push(p === CHANGED_OLD ? CHANGED_NEW : p);
    if (i === 0) out.push("", moved); // the paragraph moves up, right after the headline
    if (p.startsWith("Rusia juga menghalangi")) out.push("", INSERTED);
  });
  return out.join("\n").replace(/\n{3,}/g, "\n\n");
}

describe("re-ingest of an edited article keeps every rendering", () => {
  let dir: string;
  let db: string;
  let file: string;
  beforeEach(() => {
    dir = tempDir();
    db = path.join(dir, "t.db");
    file = path.join(dir, `${SLUG}.txt`);
    fs.copyFileSync(path.join(CORPUS, `${SLUG}.txt`), file);
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("keeps unchanged renderings attached, marks the changed one stale, keeps the removed one as orphaned", async () => {
    const store = openStore(db);
    ingestFiles(store, [file], { now: "2026-01-01T00:00:00.000Z" });
    const doc = store.documents.bySlug(SLUG)!;
    const written = new Map<string, string>(); // source → English
    for (const u of unitsOf(store, doc).filter((u) => !u.boilerplate)) {
      const english = `EN(${u.segments[0]!.ordinal}) ${u.source.slice(0, 30).trim()}`;
      setTranslation(store, `${SLUG}:${u.segments[0]!.ordinal}`, { text: english, status: "draft", author: "Ani", now: "2026-01-01T00:00:00.000Z", propagate: false });
      written.set(u.source, english);
    }
    const before = store.renderings.count();
    expect(before).toBe(written.size);
    store.close();

    fs.writeFileSync(file, editArticle(fs.readFileSync(file, "utf8")));
    const r = await run(["ingest", file, "--db", db, "--json"]);
    expect(r.code).toBe(0);
    const [report] = JSON.parse(r.stdout);
    expect(report).toMatchObject({ document: SLUG, status: "updated", inserted: 1, changed: 1, removed: 1, reordered: 1 });
    expect(report.staleRenderings).toHaveLength(1);
    expect(report.staleRenderings[0]).toMatchObject({ oldText: CHANGED_OLD, newText: CHANGED_NEW });
    expect(report.orphanedRenderings).toHaveLength(1);
    expect(report.orphanedRenderings[0].oldText).toBe(REMOVED);

    const s2 = openStore(db);
    expect(s2.renderings.count()).toBe(before); // zero renderings lost
    const units = unitsOf(s2, s2.documents.bySlug(SLUG)!).filter((u) => !u.boilerplate);
    for (const u of units) {
      if (u.source === INSERTED) { expect(u.rendering).toBeUndefined(); continue; }
      const view = showUnit(s2, `${SLUG}:${u.segments[0]!.ordinal}`);
      if (u.source === CHANGED_NEW) {
        expect(view.rendering).toMatchObject({ text: written.get(CHANGED_OLD), stale: true, sourceText: CHANGED_OLD });
        expect(view.rendering!.sourceDiff.filter((p) => p.kind !== "same").map((p) => `${p.kind}:${p.text}`)).toEqual(["removed:Selasa", "added:Senin"]);
        continue;
      }
      // Unchanged sentences (the moved paragraph included) keep their rendering, not stale.
      expect(view.rendering).toMatchObject({ text: written.get(u.source), stale: false, orphaned: false });
    }
    // The moved paragraph is now the second unit, still with its rendering.
    expect(units[1]!.source.startsWith(MOVED_PREFIX)).toBe(true);
    expect(units[1]!.rendering?.text).toBe(written.get(units[1]!.source));
    s2.close();

    const status = await run(["status", SLUG, "--db", db, "--json"]);
    const [row] = JSON.parse(status.stdout);
    expect(row).toMatchObject({ document: SLUG, stale: 1, orphaned: 1 });
    expect(row.orphans).toEqual([expect.objectContaining({ sourceText: REMOVED, text: written.get(REMOVED) })]);
    const plain = await run(["status", SLUG, "--db", db]);
    expect(plain.stdout).toContain("1 stale, 1 orphaned");
    expect(plain.stdout).toContain(`orphaned rendering #`);
    expect(plain.stdout).toContain(`${REMOVED} → ${written.get(REMOVED)}`);

    // The files keep all of it, and loading them into a fresh database restores the same state.
    const out = path.join(dir, "translations");
    expect((await run(["translations", "export", "--out", out, "--db", db])).code).toBe(0);
    const text = fs.readFileSync(path.join(out, `${SLUG}.translations.txt`), "utf8");
    expect(text).toContain(`@ orphan ${SLUG}\nid: ${REMOVED}\nen: ${written.get(REMOVED)}\n`);
    expect(text).toContain(`id: ${CHANGED_OLD}\nen: ${written.get(CHANGED_OLD)}\n`);
    const db2 = path.join(dir, "fresh.db");
    await run(["ingest", file, "--db", db2]);
    const imp = await run(["translations", "import", out, "--db", db2, "--json"]);
    expect(JSON.parse(imp.stdout).refused).toEqual([]);
    expect(imp.code).toBe(0);
    const result = JSON.parse(imp.stdout);
    expect(result.created).toBe(before);
    expect(result.stale.map((s: { source: string }) => s.source)).toEqual([CHANGED_OLD]);
    expect(result.orphaned.map((s: { source: string }) => s.source)).toEqual([REMOVED]);
    const again = await run(["status", SLUG, "--db", db2, "--json"]);
    expect(JSON.parse(again.stdout)[0]).toMatchObject({ stale: 1, orphaned: 1, translated: row.translated });
    // Exporting the fresh database gives the same file, byte for byte.
    const out2 = path.join(dir, "translations2");
    await run(["translations", "export", "--out", out2, "--db", db2]);
    expect(fs.readFileSync(path.join(out2, `${SLUG}.translations.txt`), "utf8")).toBe(text);
  });

  it("attaches an orphaned rendering again when its sentence comes back word for word (also an orphan read from a translations file)", async () => {
    const original = fs.readFileSync(file, "utf8");
    const store = openStore(db);
    ingestFiles(store, [file], { now: "2026-01-01T00:00:00.000Z" });
    const ref = `${SLUG}:${unitsOf(store, store.documents.bySlug(SLUG)!).find((u) => u.source === REMOVED)!.segments[0]!.ordinal}`;
    setTranslation(store, ref, { text: "Korea also stepped up psychological warfare.", status: "translated", author: "Ani", now: "2026-01-01T00:00:00.000Z", propagate: false });
    store.close();
    fs.writeFileSync(file, editArticle(original));
    const removed = JSON.parse((await run(["ingest", file, "--db", db, "--json"])).stdout)[0];
    expect(removed.orphanedRenderings.map((o: { oldText: string }) => o.oldText)).toEqual([REMOVED]);
    const written = path.join(dir, "translations");
    expect((await run(["translations", "export", "--out", written, "--db", db])).code).toBe(0);
    // (the files as a colleague committed them while the sentence was gone: the next ingest here keeps
    // the project's own files in step)
    const out = path.join(dir, "while-gone");
    fs.cpSync(written, out, { recursive: true });

    fs.writeFileSync(file, original);
    const back = await run(["ingest", file, "--db", db]);
    expect(back.stdout).toContain(`  rendering #${removed.orphanedRenderings[0].renderingId} attached again: its sentence is back in the article\n    + ${REMOVED}\n`);
    const s2 = openStore(db);
    expect(showUnit(s2, ref).rendering).toMatchObject({ text: "Korea also stepped up psychological warfare.", status: "translated", stale: false, orphaned: false });
    expect(s2.renderings.count()).toBe(1);
    s2.close();
    expect(JSON.parse((await run(["status", SLUG, "--db", db, "--json"])).stdout)[0]).toMatchObject({ orphaned: 0, translated: 1 });

    // a fresh database rebuilt from the files written while the sentence was gone: the same
    const db2 = path.join(tempDir(), "fresh.db"); // (another project: its own translations/ folder)
    fs.writeFileSync(file, editArticle(original));
    await run(["ingest", file, "--db", db2]);
    const imp = await run(["translations", "import", out, "--db", db2, "--json"]);
    expect(imp.stderr).toBe("");
    expect(JSON.parse(imp.stdout).orphaned).toHaveLength(1);
    fs.writeFileSync(file, original);
    const json = JSON.parse((await run(["ingest", file, "--db", db2, "--json"])).stdout)[0];
    expect(json.restoredRenderings).toEqual([expect.objectContaining({ text: REMOVED })]);
    const s3 = openStore(db2);
    expect(showUnit(s3, ref).rendering).toMatchObject({ text: "Korea also stepped up psychological warfare.", orphaned: false });
    s3.close();
    fs.rmSync(path.dirname(db2), { recursive: true, force: true });
  });

  it("reports a rendering whose sentence is now read as boilerplate (a line a newer rule catches), and keeps it", async () => {
    const article = path.join(dir, "kredit.txt");
    fs.writeFileSync(article, "Banjir di Jakarta\n\nHujan deras turun sejak pagi. Warga mengungsi.\n\nSumber: Antara\n");
    expect((await run(["ingest", article, "--db", db])).code).toBe(0);
    // (as a version whose rules did not know the credit line stored it: a body sentence)
    const store = openStore(db);
    store.db.prepare("UPDATE segment SET kind = 'body' WHERE text = 'Sumber: Antara'").run();
    const credit = store.db.prepare("SELECT ordinal FROM segment WHERE text = 'Sumber: Antara'").pluck().get() as number;
    store.close();
    expect((await run(["translate", "set", `kredit:${credit}`, "Source: Antara", "--db", db, "--translator", "Ani"])).code).toBe(0);
    const r = await run(["ingest", article, "--db", db]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe([
      "kredit: updated, 4 segments (1 boilerplate)",
      "  0 inserted, 0 changed, 0 removed",
      "  rendering #1 kept, no longer counted: its sentence is now read as boilerplate",
      "    Sumber: Antara",
      "1 document ingested.",
      "",
    ].join("\n"));
    const shown = JSON.parse((await run(["translate", "show", `kredit:${credit}`, "--db", db, "--json"])).stdout);
    expect(shown.rendering).toMatchObject({ text: "Source: Antara" });
    const again = await run(["ingest", article, "--db", db]);
    expect(again.stdout).toBe("kredit: unchanged, 4 segments\n1 document ingested.\n");
  });

  it("keeps joins and splits across a re-ingest of the unchanged article, and after an edit elsewhere", async () => {
    await run(["ingest", file, "--db", db]);
    const store = openStore(db);
    const doc = store.documents.bySlug(SLUG)!;
    const segs = store.documents.segments(doc.id).filter((s) => s.kind !== "boilerplate");
    const a = segs.find((s) => s.text === CHANGED_OLD)!;
    const long = segs.find((s) => s.text.startsWith("Putin, yang tiba di Pyongyang"))!;
    store.close();
    const join = await run(["segments", "join", `${SLUG}:${a.ordinal}`, `${SLUG}:${a.ordinal! + 1}`, "--db", db, "--translator", "Ani"]);
    expect(join.code).toBe(0);
    expect(join.stdout).toContain(`joined: ${SLUG}:${a.ordinal}+${a.ordinal! + 1}`);
    const cut = long.text.indexOf(" diperkirakan");
    const split = await run(["segments", "split", `${SLUG}:${long.ordinal}`, String(cut), "--db", db, "--translator", "Ani"]);
    expect(split.code).toBe(0);
    const set = await run(["translate", "set", `${SLUG}:${long.ordinal! + 1}`, "is expected to sign a new strategic partnership with Kim Jong Un during his stay.", "--db", db, "--translator", "Ani"]);
    expect(set.code).toBe(0);
    const before = dumpDb(db);
    const again = await run(["ingest", file, "--db", db, "--json"]);
    expect(JSON.parse(again.stdout)[0].status).toBe("unchanged");
    expect(dumpDb(db)).toBe(before);

    // An edit elsewhere in the article: the split and the join are still there.
    fs.writeFileSync(file, fs.readFileSync(file, "utf8").replace(REMOVED, REMOVED.replace("balon", "balon-balon")));
    expect((await run(["ingest", file, "--db", db])).code).toBe(0);
    const s2 = openStore(db);
    const units = unitsOf(s2, s2.documents.bySlug(SLUG)!);
    const joined = units.find((u) => u.segments[0]!.text === CHANGED_OLD)!;
    expect(joined.segments).toHaveLength(2);
    const second = units.find((u) => normalizeText(u.source) === normalizeText(long.text.slice(cut)))!;
    expect(second.rendering?.text).toBe("is expected to sign a new strategic partnership with Kim Jong Un during his stay.");
    expect(second.rendering && normalizeText(second.rendering.sourceText)).toBe(normalizeText(second.source));
    s2.close();
  });
});
