/**
 * Are a change's segments the same on every text the segmenter may see?
 * `node dist/bench/segment-snapshot.js write <out.json> [root…]` segments every file under the roots (default:
 * test/fixtures — `.txt`, `.ann` read without its key marks, `input*` —, corpus, and ../shared's `.txt` and `.src`
 * files and align data) and writes each file's segments as `[start, end, kind, text, suspect]`;
 * `node dist/bench/segment-snapshot.js compare <before.json> <after.json>` prints the segments that differ, file by
 * file, and the count of files alike. Run `write` on a build of the base commit and on the change, then `compare`.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { segmentArticle } from "../src/segment";

type Snapshot = Record<string, Array<[number, number, string, string, string | null]>>;

function files(root: string, keep: (file: string) => boolean, out: string[] = []): string[] {
  if (!fs.existsSync(root)) return out;
  for (const e of fs.readdirSync(root, { withFileTypes: true })) {
    const p = path.join(root, e.name);
    if (e.isDirectory()) { if (e.name !== "node_modules") files(p, keep, out); } else if (keep(p)) out.push(p);
  }
  return out;
}

/** The article of an annotated probe file: its text without the key's marks. */
const unmarked = (ann: string): string => ann.replace(/⟂/g, " ").replace(/↵/g, "").replace(/[«»]/g, "").replace(/^~/gm, "");

export function snapshot(roots: readonly string[]): Snapshot {
  const all = roots.flatMap((r) => files(r, (p) => /\.(?:txt|ann|src)$/.test(p) || /\binput[^/]*$/.test(p) || /data\/align\/data\//.test(p)));
  const out: Snapshot = {};
  for (const f of all.sort()) {
    const text = fs.readFileSync(f, "utf8");
    out[path.relative(process.cwd(), f)] = segmentArticle(f.endsWith(".ann") ? unmarked(text) : text).map((s) => [s.start, s.end, s.kind, s.text, s.suspect]);
  }
  return out;
}

export function compare(before: Snapshot, after: Snapshot): { lines: string[]; same: number; differ: number } {
  const lines: string[] = [];
  let same = 0;
  let differ = 0;
  for (const [file, a] of Object.entries(before)) {
    const b = after[file];
    if (b === undefined) continue;
    if (JSON.stringify(a) === JSON.stringify(b)) { same++; continue; }
    differ++;
    lines.push(file);
    const inA = new Set(a.map((s) => JSON.stringify(s)));
    const inB = new Set(b.map((s) => JSON.stringify(s)));
    for (const s of a) if (!inB.has(JSON.stringify(s))) lines.push(`  - ${JSON.stringify(s)}`);
    for (const s of b) if (!inA.has(JSON.stringify(s))) lines.push(`  + ${JSON.stringify(s)}`);
  }
  return { lines, same, differ };
}

if (require.main === module) {
  const [action, ...args] = process.argv.slice(2);
  if (action === "write" && args[0]) {
    const roots = args.length > 1 ? args.slice(1) : ["test/fixtures", "corpus", "../shared"];
    const snap = snapshot(roots);
    fs.writeFileSync(args[0], JSON.stringify(snap));
    console.log(`${Object.keys(snap).length} files`);
  } else if (action === "compare" && args[0] && args[1]) {
    const read = (f: string) => JSON.parse(fs.readFileSync(f, "utf8")) as Snapshot;
    const r = compare(read(args[0]), read(args[1]));
    for (const l of r.lines) console.log(l);
    console.log(`${r.same} files alike, ${r.differ} differ`);
  } else {
    console.error("usage: segment-snapshot write <out.json> [root…] | compare <before.json> <after.json>");
    process.exitCode = 2;
  }
}
