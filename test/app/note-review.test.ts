/**
 * A note is its writer's revision (the workbench's note, the session's `:note`), and it confirms
 * nothing: the second-person rule for a review looks past notes to whoever confirmed the English.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { ingestFiles } from "../../src/app/ingest";
import { setUnit } from "../../src/app/lifecycle";
import { renderingHistory } from "../../src/app/translate";
import { saveUnitNote } from "../../src/app/workbench";
import { isSelarasError } from "../../src/errors";
import { openStore, type Store } from "../../src/store";
import { tempDir } from "../helpers/cli";

const FIXTURE = path.join(__dirname, "../fixtures/translate/rapat-kabinet.txt");
const DOC = "rapat-kabinet";
let dir: string;
let store: Store;
beforeEach(() => {
  dir = tempDir("selaras-note-review-");
  store = openStore(path.join(dir, "t.db"));
  ingestFiles(store, [FIXTURE], { now: "2026-12-01T09:00:00.000Z" });
});
afterEach(() => { store.close(); fs.rmSync(dir, { recursive: true, force: true }); });

/** The reason a review is refused, or "ok". */
function review(ref: string, reviewer: string): string {
  try {
    setUnit(store, ref, { state: "reviewed", actor: "reviewer", author: reviewer, now: "2026-12-01T11:00:00.000Z" });
    return "ok";
  } catch (e) {
    if (isSelarasError(e)) return String((e.data as { reason?: string }).reason ?? e.code);
    throw e;
  }
}

describe("a note and the second-person rule", () => {
  it("a reviewer who left a note on a colleague's English may still review it; the note is the reviewer's revision", () => {
    const ref = `${DOC}:2`;
    setUnit(store, ref, { text: "The President arrived in Jakarta on Monday.", state: "translated", actor: "translator", author: "ani", now: "2026-12-01T09:30:00.000Z" });
    const revision = store.renderings.revisionNumber(store.renderings.all()[0]!.id);
    saveUnitNote(store, ref, "Check the day.", { baseRevision: revision, author: "budi", now: "2026-12-01T10:00:00.000Z" });
    expect(renderingHistory(store, ref).revisions.map((r) => [r.author, r.status, r.note])).toEqual([["ani", "translated", null], ["budi", "translated", "Check the day."]]);
    expect(review(ref, "budi")).toBe("ok");
    expect(renderingHistory(store, ref).revisions.map((r) => [r.author, r.status])).toEqual([["ani", "translated"], ["budi", "translated"], ["budi", "reviewed"]]);
  });

  it("a colleague's note does not let a reviewer review English they confirmed themselves", () => {
    const ref = `${DOC}:2`;
    setUnit(store, ref, { text: "The President arrived in Jakarta on Monday.", state: "translated", actor: "reviewer", author: "citra", now: "2026-12-01T09:30:00.000Z" });
    const id = store.renderings.all()[0]!.id;
    saveUnitNote(store, ref, "Check the day.", { baseRevision: store.renderings.revisionNumber(id), author: "ani", now: "2026-12-01T10:00:00.000Z" });
    saveUnitNote(store, ref, "Checked: Monday.", { baseRevision: store.renderings.revisionNumber(id), author: "dewi", now: "2026-12-01T10:05:00.000Z" });
    expect(review(ref, "citra")).toBe("second-person-required");
    expect(review(ref, "ani")).toBe("ok");
  });

  it("a re-confirmation that also changes the note is a confirmation: its author may not review it, a colleague may", () => {
    const ref = `${DOC}:2`;
    const en = "The President arrived in Jakarta on Monday.";
    setUnit(store, ref, { text: en, state: "translated", actor: "translator", author: "ani", now: "2026-12-01T09:30:00.000Z" });
    // budi confirms the same English again, with a note: the confirmation is now his
    setUnit(store, ref, { text: en, state: "translated", actor: "reviewer", author: "budi", note: "Day checked against the source.", now: "2026-12-01T10:00:00.000Z" });
    expect(renderingHistory(store, ref).revisions.map((r) => [r.author, r.status, r.note])).toEqual([["ani", "translated", null], ["budi", "translated", "Day checked against the source."]]);
    expect(review(ref, "budi")).toBe("second-person-required");
    expect(review(ref, "citra")).toBe("ok");
  });

  it("a version saved before notes were recorded as such: the same text and state with another note still reads as a note", () => {
    const ref = `${DOC}:2`;
    setUnit(store, ref, { text: "The President arrived in Jakarta on Monday.", state: "translated", actor: "translator", author: "ani", now: "2026-12-01T09:30:00.000Z" });
    const id = store.renderings.all()[0]!.id;
    saveUnitNote(store, ref, "Check the day.", { baseRevision: store.renderings.revisionNumber(id), author: "budi", now: "2026-12-01T10:00:00.000Z" });
    // (as an older version wrote it: nothing recorded)
    store.db.prepare("UPDATE rendering SET note_only = NULL").run();
    store.db.prepare("UPDATE revision SET note_only = NULL").run();
    expect(review(ref, "budi")).toBe("ok");
  });
});
