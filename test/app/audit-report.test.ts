/**
 * `selaras audit`'s report reads its violations' texts again from the database while it is written
 * (auditDatabaseReport): the run and the report see one snapshot, so a command that changes or
 * removes a violated rendering meanwhile changes neither, and nothing fails.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { auditDatabase, auditDatabaseReport } from "../../src/app/audit";
import { openStore } from "../../src/store";
import { run, tempDir } from "../helpers/cli";

const GLOSSARY = path.resolve(__dirname, "../fixtures/check/glossary");
const ARTICLE = "Peskov bicara\n\nJuru bicara Kremlin Dmitry Peskov mengatakan Gedung Putih keliru.\n\nKorea Utara mengecam sanksi.\n";
const RENDERINGS = ["Peskov speaks", "Kremlin spokesman Dmitry Peskov said the presidential office was wrong.", "North Korea condemned the sanctions."];

let dir: string;
let db: string;
beforeAll(async () => {
  dir = tempDir();
  db = path.join(dir, "t.db");
  fs.writeFileSync(path.join(dir, "peskov.txt"), ARTICLE);
  expect((await run(["ingest", path.join(dir, "peskov.txt"), "--db", db])).code).toBe(0);
  const store = openStore(db);
  const segs = store.documents.segments(store.documents.bySlug("peskov")!.id);
  store.transaction(() => RENDERINGS.forEach((text, i) => {
    store.renderings.create({ segmentIds: [segs[i]!.id], text, sourceText: segs[i]!.text, status: "translated", origin: "manual", author: "t", now: "2024-01-01T00:00:00Z" });
  }));
  store.close();
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

it("reports the database as it was when the audit began, whatever another command writes before the report is read", async () => {
  const reader = openStore(db);
  const expected = JSON.stringify((await auditDatabase(reader, { glossary: GLOSSARY, root: dir, workers: 1 })).audit);
  expect(expected).toContain("Gedung Putih");
  const report = await auditDatabaseReport(reader, { glossary: GLOSSARY, root: dir, workers: 1 }, (result) => {
    // another command, between the run and the report: the violated rendering changes, then goes
    const writer = openStore(db);
    const seg = writer.documents.segments(writer.documents.bySlug("peskov")!.id)[1]!;
    const id = writer.renderings.forSegment(seg.id)!.id;
    writer.transaction(() => writer.renderings.update(id, { text: "Kremlin spokesman Dmitry Peskov said the White House was wrong.", sourceText: seg.text, status: "translated", origin: "manual", author: "other", now: "2024-01-02T00:00:00Z" }));
    writer.transaction(() => writer.renderings.remove(id));
    writer.close();
    return JSON.stringify(result.audit);
  });
  expect(report).toBe(expected);
  // the snapshot ended with the report: the change is seen now
  expect(JSON.stringify((await auditDatabase(reader, { glossary: GLOSSARY, root: dir, workers: 1 })).audit)).not.toBe(expected);
  reader.close();
});
