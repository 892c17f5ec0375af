/**
 * A three-way merge of one glossary/ file, concept by concept: what git runs for `glossary/*.tsv`
 * with the merge driver `selaras translations merge %O %A %B %P` (docs/guide/translate.md#working-as-a-team-in-git).
 *
 * git's own merge is line by line: two terminologists who each add a concept at the end of a file
 * get a conflict, though nothing conflicts. Here a concept's line is one unit of the merge, found on
 * each side by its id (the first cell), with the comment and blank lines just above it. For each
 * concept: the side that changed it (or added or removed it) wins; both changed it alike, one copy;
 * both changed it differently, or one removed it while the other changed it, a conflict between
 * git's markers, which every Selaras command then refuses with its line until a person resolves it.
 * The lines before the header (the file's comments) merge as one unit the same way. The order is
 * ours, each concept the other side added placed after the concept it follows there. A union merge
 * (git's `merge=union`) is not used: it would keep both versions of a concept edited on both sides.
 * Pure: no I/O.
 */
export interface GlossaryMergeOutcome {
  /** The merged file (LF line ends). */
  readonly text: string;
  /** Concepts (and the lines before the header, when they conflict) left between conflict markers. */
  readonly conflicts: number;
}

interface Parsed {
  /** The lines up to and including the header. */
  readonly head: string;
  /** Each concept's lines (comments and blank lines above it, then its line), by id, in file order. */
  readonly rows: ReadonlyMap<string, string>;
  /** Comment and blank lines after the last concept. */
  readonly tail: string;
}

const normalise = (text: string): string => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).replace(/\r\n/g, "\n");

/** A glossary TSV's parts, or null when it is none (no header; a concept id twice; a version git left half merged). */
function parse(text: string): Parsed | null {
  const lines = normalise(text).split("\n");
  if (lines[lines.length - 1] === "") lines.pop();
  if (lines.some((l) => /^(<{7}|={7}|>{7})( |$)/.test(l))) return null;
  const at = lines.findIndex((l) => l.trim() !== "" && !l.startsWith("#"));
  if (at === -1) return text.trim() === "" ? { head: "", rows: new Map(), tail: "" } : null;
  const cells = lines[at]!.split("\t");
  if (cells[0]!.trim().toLowerCase() !== "id" || (cells[1] ?? "").trim().toLowerCase() !== "source") return null;
  const rows = new Map<string, string>();
  let pending: string[] = [];
  for (const line of lines.slice(at + 1)) {
    if (line.trim() === "" || line.startsWith("#")) { pending.push(line); continue; }
    const id = line.split("\t")[0]!.trim();
    if (rows.has(id)) return null;
    rows.set(id, [...pending, line].join("\n"));
    pending = [];
  }
  return { head: lines.slice(0, at + 1).join("\n"), rows, tail: pending.join("\n") };
}

/** The merged value of one part: the side that changed it; undefined when both changed it differently. */
function pick(base: string | undefined, ours: string | undefined, theirs: string | undefined): { value: string | undefined } | undefined {
  if (ours === theirs) return { value: ours };
  if (ours === base) return { value: theirs };
  if (theirs === base) return { value: ours };
  return undefined;
}

/** Merges three versions of a glossary file; null when one of them is not a glossary TSV (then git's line merge). */
export function mergeGlossaryTsv(base: string, ours: string, theirs: string, labels: { ours: string; theirs: string } = { ours: "ours", theirs: "theirs" }): GlossaryMergeOutcome | null {
  const [b, o, t] = [parse(base), parse(ours), parse(theirs)];
  if (!b || !o || !t) return null;
  let conflicts = 0;
  const conflict = (x: string | undefined, y: string | undefined): string => {
    conflicts++;
    return `<<<<<<< ${labels.ours}\n${x === undefined ? "" : `${x}\n`}=======\n${y === undefined ? "" : `${y}\n`}>>>>>>> ${labels.theirs}`;
  };
  const part = (x: string | undefined, y: string | undefined, z: string | undefined): string | undefined => {
    const chosen = pick(x, y, z);
    return chosen ? chosen.value : conflict(y, z);
  };
  // the order: ours, each concept only theirs has placed after the one it follows there (after
  // ours's own additions there: ours first); a concept neither side kept is gone either way
  const oursAdded = (id: string) => !b.rows.has(id) && !t.rows.has(id);
  const theirsAfter = new Map<string | null, string[]>();
  let anchor: string | null = null;
  for (const id of t.rows.keys()) {
    if (o.rows.has(id)) { anchor = id; continue; }
    let list = theirsAfter.get(anchor);
    if (!list) theirsAfter.set(anchor, (list = []));
    list.push(id);
  }
  const order: string[] = [];
  let pending = [...(theirsAfter.get(null) ?? [])];
  for (const id of o.rows.keys()) {
    if (!oursAdded(id)) { order.push(...pending); pending = []; }
    order.push(id);
    pending.push(...(theirsAfter.get(id) ?? []));
  }
  order.push(...pending);
  const out: string[] = [];
  const head = part(b.head, o.head, t.head);
  if (head) out.push(head);
  for (const id of order) {
    const merged = part(b.rows.get(id), o.rows.get(id), t.rows.get(id));
    if (merged !== undefined) out.push(merged);
  }
  const tail = part(b.tail, o.tail, t.tail);
  if (tail) out.push(tail);
  return { text: out.length ? out.join("\n") + "\n" : "", conflicts };
}
