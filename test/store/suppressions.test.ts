/**
 * The suppressions repository: the pipeline's file sync writes only what differs (a file of many
 * lines read again unchanged writes nothing), with the result of deleting and upserting them all;
 * single suppressions are looked up by their key.
 */
import { openStore } from "../../src/store";
import type { NewSuppression } from "../../src/store/findings";

const row = (document: string, checkId: string, pairHash: string, reason = "ok", origin: "cli" | "file" = "file"): NewSuppression => ({
  document, checkId, pairHash, ref: `${document}:1`, reason, author: "Ani", origin, source: "Sumber.", target: "Source.", createdAt: "2026-12-05T10:00:00.000Z",
});

describe("suppressions in the store", () => {
  it("replaceOrigin keeps unchanged rows as they are, updates changed ones, adds new ones and removes the rest of that origin", () => {
    const store = openStore(":memory:");
    try {
      const f = store.findings;
      f.replaceOrigin("file", [row("a", "number-mismatch", "1111111111111111"), row("a", "glossary-term-missing", "2222222222222222"), row("b", "number-mismatch", "3333333333333333")]);
      f.suppress(row("c", "number-mismatch", "4444444444444444", "by hand", "cli"));
      f.suppress(row("b", "glossary-term-missing", "5555555555555555", "by hand", "cli"));
      const before = new Map(f.suppressions().map((s) => [`${s.document}/${s.checkId}`, s]));
      f.replaceOrigin("file", [
        row("a", "number-mismatch", "1111111111111111"), // unchanged
        row("b", "number-mismatch", "3333333333333333", "a better reason"), // changed
        row("b", "glossary-term-missing", "5555555555555555", "now in the file"), // a cli row taken into the file
        row("d", "number-mismatch", "6666666666666666"), // new
      ]);
      const after = f.suppressions();
      expect(after.map((s) => [s.document, s.checkId, s.reason, s.origin])).toEqual([
        ["a", "number-mismatch", "ok", "file"],
        ["b", "glossary-term-missing", "now in the file", "file"],
        ["b", "number-mismatch", "a better reason", "file"],
        ["c", "number-mismatch", "by hand", "cli"],
        ["d", "number-mismatch", "ok", "file"],
      ]);
      // the unchanged rows were not written again (same id); the changed file row was written anew, as
      // deleting and inserting it did; the cli row taken into the file was upserted (its creation time kept)
      const byKey = new Map(after.map((s) => [`${s.document}/${s.checkId}`, s]));
      for (const k of ["a/number-mismatch", "b/glossary-term-missing", "c/number-mismatch"]) expect(byKey.get(k)!.id).toBe(before.get(k)!.id);
      expect(byKey.get("b/number-mismatch")!.id).not.toBe(before.get("b/number-mismatch")!.id);
      expect(f.isSuppressed("a", "number-mismatch", "1111111111111111")).toBe(true);
      expect(f.isSuppressed("a", "glossary-term-missing", "2222222222222222")).toBe(false);
      expect(f.isSuppressed("a", "number-mismatch", "3333333333333333")).toBe(false);
      expect(f.silencedChecks("b", "5555555555555555")).toEqual(["glossary-term-missing"]);
      // the same rows again: nothing changes, not even an id
      const ids = f.suppressions().map((s) => s.id);
      f.replaceOrigin("file", [row("a", "number-mismatch", "1111111111111111"), row("b", "number-mismatch", "3333333333333333", "a better reason"),
        row("b", "glossary-term-missing", "5555555555555555", "now in the file"), row("d", "number-mismatch", "6666666666666666")]);
      expect(f.suppressions().map((s) => s.id)).toEqual(ids);
      // a line twice in the file: the last one counts, as an upsert of every line would have it
      f.replaceOrigin("file", [row("a", "number-mismatch", "1111111111111111", "first"), row("a", "number-mismatch", "1111111111111111", "second")]);
      expect(f.suppressions().map((s) => [s.document, s.reason, s.origin])).toEqual([["a", "second", "file"], ["c", "by hand", "cli"]]);
      // a row written by `check ignore --save` (its real creation time) read back from the file: the file's
      // creation time wins, as a fresh rebuild has it
      f.suppress(row("e", "number-mismatch", "7777777777777777", "saved", "file"));
      f.replaceOrigin("file", [row("a", "number-mismatch", "1111111111111111", "second"), { ...row("e", "number-mismatch", "7777777777777777", "saved"), createdAt: "file" }]);
      expect(f.suppressions().filter((s) => s.document === "e").map((s) => s.createdAt)).toEqual(["file"]);
      // an empty file removes every file row, never a cli one
      f.replaceOrigin("file", []);
      expect(f.suppressions().map((s) => s.document)).toEqual(["c"]);
    } finally {
      store.close();
    }
  });

  it("suppressionKeys gives the keys of suppressions() in its order, column by column; suppressionsByIds the rows of ids in the order asked", () => {
    const store = openStore(":memory:");
    try {
      const f = store.findings;
      f.replaceOrigin("file", [row("b", "number-mismatch", "3333333333333333"), row("a", "number-mismatch", "1111111111111111"), row("a", "glossary-term-missing", "2222222222222222")]);
      f.suppress(row("b", "glossary-term-missing", "5555555555555555", "by hand", "cli"));
      const rows = f.suppressions();
      const keys = f.suppressionKeys();
      expect(keys.documents).toEqual(["a", "b"]);
      expect(keys.checkIds).toEqual(["glossary-term-missing", "number-mismatch"]);
      expect([...keys.ids]).toEqual(rows.map((r) => r.id));
      expect(rows.map((_r, k) => [keys.documents[keys.document[k]!], keys.checkIds[keys.checkId[k]!], keys.hashes[k]]))
        .toEqual(rows.map((r) => [r.document, r.checkId, r.pairHash]));
      expect(rows.map((r) => [r.document, r.checkId])).toEqual([["a", "glossary-term-missing"], ["a", "number-mismatch"], ["b", "glossary-term-missing"], ["b", "number-mismatch"]]);
      // in the order asked, whole rows; an id no longer stored is left out
      expect(f.suppressionsByIds([rows[3]!.id, rows[0]!.id, 9999, rows[2]!.id])).toEqual([rows[3], rows[0], rows[2]]);
      expect(f.suppressionsByIds([])).toEqual([]);
      f.replaceOrigin("file", []);
      const none = f.suppressionKeys();
      expect([none.ids.length, none.documents, none.hashes]).toEqual([1, ["b"], ["5555555555555555"]]);
    } finally {
      store.close();
    }
  });
});
