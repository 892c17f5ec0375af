/** movedSentences: how many kept sentences moved in a re-ingested article (the fewest moves). */
import { movedSentences, reconcileSegments } from "../../src/ingest/reconcile";

const keyed = (texts: string[]) => texts.map((t) => ({ hash: t, text: t }));
const moved = (before: string[], after: string[]) => movedSentences(reconcileSegments(keyed(before), keyed(after)));

describe("movedSentences", () => {
  const A = ["a", "b", "c", "d", "e"];
  it("nothing moved: 0, also with sentences inserted, removed or edited in place", () => {
    expect(moved(A, A)).toBe(0);
    expect(moved(A, ["a", "x", "b", "c", "e"])).toBe(0);
  });
  it("a paragraph moved up or down counts its own sentences, not those it passed", () => {
    expect(moved(A, ["a", "d", "b", "c", "e"])).toBe(1);
    expect(moved(A, ["b", "c", "d", "a", "e"])).toBe(1);
    expect(moved(A, ["d", "e", "a", "b", "c"])).toBe(2);
  });
  it("two swapped: 1; the order reversed: all but one", () => {
    expect(moved(A, ["a", "c", "b", "d", "e"])).toBe(1);
    expect(moved(A, [...A].reverse())).toBe(4);
  });
});

import * as fs from "node:fs";
import * as path from "node:path";
import { run, tempDir } from "../helpers/cli";

describe("selaras ingest: paragraphs moved", () => {
  it("says how many sentences moved, and their English moves with them", async () => {
    const dir = tempDir();
    try {
      const file = path.join(dir, "banjir.txt");
      const paras = ["Banjir Rendam Jakarta", "Hujan deras turun sejak pagi. Air mulai naik pukul 09.00.", "Warga mengungsi ke masjid.", "BPBD mengirim perahu karet."];
      fs.writeFileSync(file, paras.join("\n\n") + "\n");
      const db = path.join(dir, "t.db");
      expect((await run(["ingest", file, "--db", db])).code).toBe(0);
      expect((await run(["translate", "set", "banjir:2", "Heavy rain fell from the morning.", "--db", db, "--translator", "Ani"])).code).toBe(0);
      // the second paragraph (two sentences) moves to the end
      fs.writeFileSync(file, [paras[0], paras[2], paras[3], paras[1]].join("\n\n") + "\n");
      const r = await run(["ingest", file, "--db", db]);
      expect(r.stdout).toBe("banjir: updated, 5 segments (0 boilerplate)\n  0 inserted, 0 changed, 0 removed, 2 moved (their English with them)\n1 document ingested.\n");
      const id = await run(["ingest", file, "--db", db, "--lang", "id", "--json"]);
      expect(JSON.parse(id.stdout)[0]).toMatchObject({ status: "unchanged", reordered: 0 });
      const shown = JSON.parse((await run(["translate", "show", "banjir:4", "--db", db, "--json"])).stdout);
      expect(shown.rendering).toMatchObject({ text: "Heavy rain fell from the morning.", stale: false });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
