/**
 * A three-way merge of one document's translations/ file, record by record: what git runs for
 * `translations/*.translations.txt` with the merge driver `selaras translations merge %O %A %B %P`
 * (docs/guide/translate.md#working-as-a-team-in-git).
 *
 * git's own merge is line by line: two translators who add records for different sentences at the
 * same place of the file (both creating the file, or neighbouring sentences that had no record) get
 * a conflict, though nothing conflicts. Here a record is one unit of the merge, found on each side by
 * its kind and its Indonesian (`id:`), so it is matched even where a re-ingest gave it another
 * number. For each record: the side that changed it wins; both changed it alike, one copy; both
 * changed it differently, its `@` line and its fields are merged separately (one side renumbered
 * it, the other wrote new English: both kept), else it is a conflict, written between git's markers
 * (`<<<<<<<`, `=======`, `>>>>>>>`) for a person to resolve — every Selaras command refuses the file
 * until then. Two records of the result that claim one sentence (a join on one side, the sentence
 * translated alone on the other) are a conflict too. The result is in the order Selaras writes
 * (splits, units by their first sentence, orphans), record texts as they were, so a merge that needed
 * no person is byte for byte what `translations export` would write for the merged database.
 * Pure: no I/O.
 */
import { parseTranslations } from "./format";

export interface MergeLabels {
  readonly ours: string;
  readonly theirs: string;
}

export interface MergeOutcome {
  /** The merged file (LF line ends). */
  readonly text: string;
  /** Records (and the header, when it conflicts) left between conflict markers. */
  readonly conflicts: number;
}

interface Block {
  /** The `@` line. */
  readonly head: string;
  /** The lines after it (fields, comments), blank lines at its end left out. */
  readonly body: readonly string[];
  readonly kind: "split" | "unit" | "orphan";
  /** The sentences it claims (units), the sentence a split starts (splits). */
  readonly ordinals: readonly number[];
  /** Its identity across the three versions: kind, Indonesian, split offset, and which occurrence. */
  readonly key: string;
}

interface Parsed {
  readonly header: readonly string[];
  readonly blocks: readonly Block[];
}

const normalise = (text: string): string => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).replace(/\r\n/g, "\n");

/** The header lines and the records of a file that parses (parseTranslations), else null. */
function parse(text: string, name: string): Parsed | null {
  try {
    parseTranslations(text, name);
  } catch {
    return null;
  }
  const lines = text.split("\n");
  const header: string[] = [];
  const blocks: Block[] = [];
  const seen = new Map<string, number>();
  let i = 0;
  while (i < lines.length && !lines[i]!.startsWith("@")) header.push(lines[i++]!);
  while (header.length && header[header.length - 1]!.trim() === "") header.pop();
  while (i < lines.length) {
    const head = lines[i++]!;
    const body: string[] = [];
    while (i < lines.length && !lines[i]!.startsWith("@")) body.push(lines[i++]!);
    while (body.length && body[body.length - 1]!.trim() === "") body.pop();
    const rest = head.slice(1).trim();
    const kind = rest.startsWith("orphan ") ? "orphan" : rest.startsWith("split ") ? "split" : "unit";
    const ref = kind === "split" ? rest.split(/\s+/)[1]! : rest;
    const ordinals = kind === "orphan" ? [] : ref.slice(ref.lastIndexOf(":") + 1).split("+").map(Number);
    const id = body.find((l) => l.startsWith("id:")) ?? "";
    const base = `${kind}\u0000${id}${kind === "split" ? `\u0000${rest.split(/\s+/)[2]}` : ""}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    blocks.push({ head, body, kind, ordinals, key: `${base}\u0000${n}` });
  }
  return { header, blocks };
}

const same = (a: readonly string[] | undefined, b: readonly string[] | undefined): boolean =>
  a === b || (a !== undefined && b !== undefined && a.length === b.length && a.every((x, k) => x === b[k]));

/** The three-way choice: the side that changed wins; undefined when both changed, differently. */
function pick<T>(base: T | undefined, ours: T | undefined, theirs: T | undefined, eq: (a: T | undefined, b: T | undefined) => boolean): { value: T | undefined } | undefined {
  if (eq(ours, theirs)) return { value: ours };
  if (eq(ours, base)) return { value: theirs };
  if (eq(theirs, base)) return { value: ours };
  return undefined;
}

/** A record both sides changed: its `@` line and each field merged on their own, or undefined (a conflict). */
function mergeFields(base: Block, ours: Block, theirs: Block): Block | undefined {
  const head = pick(base.head, ours.head, theirs.head, (a, b) => a === b);
  if (!head) return undefined;
  const fields = (b: Block) => {
    const m = new Map<string, string>();
    for (const l of b.body) {
      const k = /^([a-z]+):/.exec(l)?.[1];
      if (k === undefined || m.has(k)) return undefined; // (a comment: merged as a whole only)
      m.set(k, l);
    }
    return m;
  };
  const [fb, fo, ft] = [fields(base), fields(ours), fields(theirs)];
  if (!fb || !fo || !ft) return undefined;
  // Field order: ours, then the fields only theirs has, in the format's order.
  const ORDER = ["id", "en", "status", "origin", "author", "time", "score", "note"];
  const keys = [...new Set([...fo.keys(), ...ft.keys(), ...fb.keys()])].sort((a, b) => ORDER.indexOf(a) - ORDER.indexOf(b));
  const body: string[] = [];
  // English, status, author and time are one save: taken together from one side.
  const SAVE = ["en", "status", "origin", "author", "time", "score"];
  const save = pick(SAVE.map((k) => fb.get(k) ?? "").join("\n"), SAVE.map((k) => fo.get(k) ?? "").join("\n"), SAVE.map((k) => ft.get(k) ?? "").join("\n"), (a, b) => a === b);
  if (!save) return undefined;
  const saveFrom = save.value === SAVE.map((k) => fo.get(k) ?? "").join("\n") ? fo : ft;
  for (const k of keys) {
    if (SAVE.includes(k)) {
      const v = saveFrom.get(k);
      if (v !== undefined) body.push(v);
      continue;
    }
    const v = pick(fb.get(k), fo.get(k), ft.get(k), (a, b) => a === b);
    if (!v) return undefined;
    if (v.value !== undefined) body.push(v.value);
  }
  return { ...ours, head: head.value!, body, ordinals: (head.value === ours.head ? ours : theirs).ordinals };
}

type Entry =
  | { readonly kind: "block"; readonly block: Block; readonly at: number }
  | { readonly kind: "conflict"; readonly ours: Block[]; readonly theirs: Block[]; readonly at: number };

const blockText = (b: Block): string => [b.head, ...b.body].join("\n");

/**
 * Merges three versions of a translations file (`base` the common ancestor, empty when both sides
 * created the file). Returns null when one of them is not a translations file that parses (a
 * conflict left in it, a hand edit gone wrong): the caller merges it line by line instead.
 */
export function mergeTranslations(base: string, ours: string, theirs: string, labels: MergeLabels = { ours: "ours", theirs: "theirs" }): MergeOutcome | null {
  const [b, o, t] = [parse(normalise(base), "base"), parse(normalise(ours), "ours"), parse(normalise(theirs), "theirs")];
  if (!b || !o || !t) return null;
  const open = `<<<<<<< ${labels.ours}`, close = `>>>>>>> ${labels.theirs}`;
  let conflicts = 0;
  let header: string;
  const h = pick(b.header.join("\n"), o.header.join("\n"), t.header.join("\n"), (x, y) => x === y);
  if (h) header = h.value ?? "";
  else {
    conflicts++;
    header = [open, ...o.header, "=======", ...t.header, close].join("\n");
  }
  const byKey = (p: Parsed) => new Map(p.blocks.map((x) => [x.key, x]));
  const [mb, mo, mt] = [byKey(b), byKey(o), byKey(t)];
  const keys = [...new Set([...o.blocks.map((x) => x.key), ...t.blocks.map((x) => x.key), ...b.blocks.map((x) => x.key)])];
  // Where an entry goes: splits by sentence, then units by their first sentence, then orphans in
  // the order they came (ours first).
  const rank = (x: Block, k: number) => (x.kind === "split" ? 0 : x.kind === "unit" ? 1e9 : 2e9) + (x.kind === "orphan" ? k : x.ordinals[0]! * 2 + (x.kind === "split" ? 0 : 1));
  const entries: Entry[] = [];
  /** Records only one side has (added there): renumbered below when the other side renumbered. */
  const added = new Map<Block, "ours" | "theirs">();
  const chosenBlocks: Array<{ key: string; block: Block }> = [];
  keys.forEach((key, k) => {
    const [xb, xo, xt] = [mb.get(key), mo.get(key), mt.get(key)];
    const eq = (x: Block | undefined, y: Block | undefined) => (x === undefined || y === undefined ? x === y : x.head === y.head && same(x.body, y.body));
    const chosen = pick(xb, xo, xt, eq);
    if (chosen) {
      if (chosen.value) {
        if (!xb && !(xo && xt)) added.set(chosen.value, xo ? "ours" : "theirs");
        else chosenBlocks.push({ key, block: chosen.value });
        entries.push({ kind: "block", block: chosen.value, at: rank(chosen.value, k) });
      }
      return;
    }
    const fields = xb && xo && xt ? mergeFields(xb, xo, xt) : undefined;
    if (fields) {
      chosenBlocks.push({ key, block: fields });
      entries.push({ kind: "block", block: fields, at: rank(fields, k) });
    } else entries.push({ kind: "conflict", ours: xo ? [xo] : [], theirs: xt ? [xt] : [], at: rank((xo ?? xt)!, k) });
  });
  // A record one side added carries that side's numbering; when the other side renumbered the
  // document (a re-ingest after a sentence was inserted or removed), it takes the shift of the
  // records around it (both neighbours shifted alike; only one neighbour: its shift).
  if (added.size) {
    const anchors = (side: Map<string, Block>) => chosenBlocks
      .filter(({ key, block }) => block.kind !== "orphan" && side.has(key) && side.get(key)!.kind !== "orphan")
      .map(({ key, block }) => [side.get(key)!.ordinals[0]!, block.ordinals[0]! - side.get(key)!.ordinals[0]!] as const)
      .sort((x, y) => x[0] - y[0]);
    const sides = { ours: anchors(mo), theirs: anchors(mt) };
    entries.forEach((e, i) => {
      if (e.kind !== "block" || !added.has(e.block) || e.block.kind === "orphan") return;
      const list = sides[added.get(e.block)!], n = e.block.ordinals[0]!;
      const before = list.filter(([at]) => at < n).pop(), after = list.find(([at]) => at > n);
      const shift = before && after ? (before[1] === after[1] ? before[1] : undefined) : (before ?? after)?.[1];
      if (!shift) return;
      const ordinals = e.block.ordinals.map((x) => x + shift);
      const head = e.block.head.replace(/:(\d+(?:\+\d+)*)(?=( \d+)?$)/, `:${ordinals.join("+")}`);
      const block = { ...e.block, head, ordinals };
      entries[i] = { kind: "block", block, at: rank(block, 0) };
    });
  }
  // Two records of the result claiming one sentence: one conflict, ours against theirs.
  const owner = new Map<number, Entry>();
  const merged = new Set<Entry>();
  for (const e of entries) {
    if (e.kind !== "block" || e.block.kind !== "unit") continue;
    for (const n of e.block.ordinals) {
      const other = owner.get(n);
      if (other && other !== e) merged.add(other).add(e);
      owner.set(n, e);
    }
  }
  let out = entries.filter((e) => !merged.has(e));
  if (merged.size) {
    const group = [...merged] as Array<Extract<Entry, { kind: "block" }>>;
    const inOurs = (x: Block) => o.blocks.some((y) => y.key === x.key && y.head === x.head && same(y.body, x.body));
    const oursPart = group.filter((e) => inOurs(e.block)).map((e) => e.block);
    const theirsPart = group.filter((e) => !inOurs(e.block)).map((e) => e.block);
    out.push({ kind: "conflict", ours: oursPart, theirs: theirsPart, at: Math.min(...group.map((e) => e.at)) });
  }
  out = out.sort((x, y) => x.at - y.at);
  let text = header;
  for (const e of out) {
    if (e.kind === "block") text += `\n\n${blockText(e.block)}`;
    else {
      conflicts++;
      const side = (bs: Block[]) => bs.map(blockText).join("\n\n");
      text += `\n\n${open}\n${side(e.ours)}${e.ours.length ? "\n" : ""}=======\n${side(e.theirs)}${e.theirs.length ? "\n" : ""}${close}`;
    }
  }
  return { text: text + "\n", conflicts };
}

/**
 * The three-way merge of translations/suppressions.tsv, line by line as git does, but each row found
 * by its key (document, check, hash) wherever it is: two reviewers who silenced findings in the same
 * document (their rows written next to each other) merge; one row changed on both sides differently
 * (another reason) is a conflict between git's markers. Rows are in the writer's order: by document,
 * ours in the order they were, theirs after them. Null when a version is not a suppressions file
 * (its header missing, a row without its seven cells): the caller merges it line by line.
 */
export function mergeSuppressions(base: string, ours: string, theirs: string, header: string, labels: MergeLabels = { ours: "ours", theirs: "theirs" }): MergeOutcome | null {
  const parseRows = (text: string): { prelude: string; rows: Map<string, string> } | null => {
    const lines = normalise(text).split("\n");
    if (lines[lines.length - 1] === "") lines.pop();
    const at = lines.findIndex((l) => l.trim() === header);
    if (at === -1) return text.trim() === "" ? { prelude: "", rows: new Map() } : null;
    const rows = new Map<string, string>();
    for (const line of lines.slice(at + 1)) {
      if (line.trim() === "" || line.startsWith("#")) continue;
      const cells = line.split("\t");
      if (cells.length !== 7) return null;
      const key = cells.slice(0, 3).join("\t");
      if (rows.has(key)) return null;
      rows.set(key, line);
    }
    return { prelude: lines.slice(0, at + 1).join("\n"), rows };
  };
  const [b, o, t] = [parseRows(base), parseRows(ours), parseRows(theirs)];
  if (!b || !o || !t) return null;
  const open = `<<<<<<< ${labels.ours}`, close = `>>>>>>> ${labels.theirs}`;
  let conflicts = 0;
  const prelude = pick(b.prelude, o.prelude, t.prelude, (x, y) => x === y);
  let text: string;
  if (prelude) text = prelude.value || t.prelude || o.prelude;
  else {
    conflicts++;
    text = `${open}\n${o.prelude}\n=======\n${t.prelude}\n${close}`;
  }
  const out: Array<{ document: string; line: string }> = [];
  const keys = [...new Set([...o.rows.keys(), ...t.rows.keys(), ...b.rows.keys()])];
  for (const key of keys) {
    const [xb, xo, xt] = [b.rows.get(key), o.rows.get(key), t.rows.get(key)];
    const chosen = pick(xb, xo, xt, (x, y) => x === y);
    const document = key.slice(0, key.indexOf("\t"));
    if (chosen) {
      if (chosen.value !== undefined) out.push({ document, line: chosen.value });
      continue;
    }
    conflicts++;
    out.push({ document, line: `${open}\n${xo === undefined ? "" : `${xo}\n`}=======\n${xt === undefined ? "" : `${xt}\n`}${close}` });
  }
  // (a stable sort: within a document, ours first in their order, then theirs)
  out.sort((x, y) => x.document.localeCompare(y.document));
  for (const r of out) text += `\n${r.line}`;
  return { text: text + "\n", conflicts };
}
