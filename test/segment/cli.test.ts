/** `selaras segment <file|->`: one segment per line, or JSON with text/start/end/kind. */
import * as fs from "node:fs";
import * as path from "node:path";
import { run, tempDir, CORPUS } from "../helpers/cli";
import { openStore } from "../../src/store";

const SEED = path.join(CORPUS, "china-kunci-kesepakatan-senjata.txt");

describe("selaras segment", () => {
  it("prints the segments one per line, boilerplate included", async () => {
    const r = await run(["segment", SEED]);
    expect(r.code).toBe(0);
    const expected = JSON.parse(fs.readFileSync(path.resolve(__dirname, "../fixtures/segment/seed-china-kunci-kesepakatan-senjata/expected.json"), "utf8"));
    expect(r.stdout).toBe(expected.map((s: { text: string }) => s.text + "\n").join(""));
  });

  it("prints JSON with exact fields and UTF-16 offsets into the file", async () => {
    const r = await run(["segment", SEED, "--json"]);
    expect(r.code).toBe(0);
    const segs = JSON.parse(r.stdout);
    const text = fs.readFileSync(SEED, "utf8");
    expect(Object.keys(segs[0])).toEqual(["text", "start", "end", "kind", "paragraph", "suspect"]);
    expect(segs.slice(0, 5).map((s: { kind: string }) => s.kind)).toEqual(["boilerplate", "headline", "caption", "boilerplate", "dateline"]);
    for (const s of segs) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it("reads standard input with '-', skipping a metadata header", async () => {
    const input = "---\nsource: https://example.org/1\n---\nJudul\r\nSatu. Dua.\r\n";
    const r = await run(["segment", "-", "--json"], { stdin: input });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual([
      { text: "Judul", start: 38, end: 43, kind: "headline", paragraph: 0, suspect: null },
      { text: "Satu.", start: 45, end: 50, kind: "body", paragraph: 1, suspect: null },
      { text: "Dua.", start: 51, end: 55, kind: "body", paragraph: 1, suspect: null },
    ]);
  });

  it("refuses an empty input and a bad header, naming the file (exit 2)", async () => {
    const empty = await run(["segment", "-"], { stdin: "" });
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain("<stdin>");
    const dir = tempDir();
    try {
      const bad = path.join(dir, "bad.txt");
      fs.writeFileSync(bad, "---\nnot a header line\n---\nJudul\n");
      const r = await run(["segment", bad]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain("bad.txt");
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("ingest takes the headline as the document title, not a boilerplate banner above it", async () => {
    const dir = tempDir();
    try {
      const db = path.join(dir, "t.db");
      expect((await run(["ingest", SEED, "--db", db])).code).toBe(0);
      const store = openStore(db);
      try {
        expect(store.documents.bySlug("china-kunci-kesepakatan-senjata")?.title).toBe("China Jadi Kunci untuk Cegah Kemungkinan Kesepakatan Senjata Rusia dan Korut");
      } finally {
        store.close();
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
