/**
 * The unit lifecycle, applied: ONE function saves or confirms a unit for every entry point (the
 * session's save / :ok / :accept, `translate set`, the coming workbench), following the state
 * machine of src/translations/lifecycle.ts:
 *   - the requested move is allowed for the actor, or refused (UsageError `transition-refused`);
 *   - a save against an older revision than the stored one is refused (ConflictError, the
 *     workbench's HTTP 409);
 *   - a confirmation (to translated / reviewed) runs the pair checks on the text as it will be
 *     stored, against the current source; an unsuppressed error stores the text as `draft` and
 *     returns the findings, unless the person accepts them with a reason: then one suppression per
 *     error is recorded (database and translations/suppressions.tsv) and the unit is confirmed;
 *   - the project files stay in step: the translations/ file of every document the save touched
 *     (propagation included) and the suppressions file are rewritten atomically, inside the
 *     transaction, so a failed write leaves the database as it was.
 * The project folder (`root`) is where translations/ lives: see `projectRoot`.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { checks, pairChecker, type CheckId, type Finding } from "../check";
import type { GlossaryMatcher } from "../glossary";
import { ConflictError, UsageError } from "../errors";
import { writeFilesAtomic } from "../io/files";
import { projectFileHash } from "../text/normalize";
import type { Store } from "../store";
import type { NewSuppression } from "../store/findings";
import type { RenderingCodes } from "../store/exchange";
import type { CheckInput } from "../check/types";
import { soundUntag, type TaggedUnit } from "../formats/tags";
import type { RenderingOrigin, RenderingState as RenderingStatus, Unit } from "../model";
import {
  isConfirmation, refusedState, stateOf, transition, type Actor, type StoredState, type UnitState,
} from "../translations/lifecycle";
import { pairHash, readSuppressionsFile, writeSuppressionsFile, DEFAULT_SUPPRESSIONS_FILE } from "./check";
import { documentBySlug, refOf, resolveUnitRef } from "./segments";
import { workingMatcher } from "./glossary-source";
export { resolveUnitRef };
import { isStale, joinSource } from "./status";
import { tagsOfCodes } from "./pair-read";
import { saveUnitInTx, type SaveResult } from "./translate";
import { documentFileText, TRANSLATIONS_DIR } from "./translations";
import type { FileTexts } from "./file-texts";
import { TRANSLATIONS_EXTENSION } from "../translations/format";

/** A finding as a person sees it on save (no offsets), with its suppression if one applies. */
export interface UnitFinding {
  readonly checkId: string;
  readonly severity: "error" | "warning" | "info";
  readonly messageId: string;
  readonly data: Readonly<Record<string, string | number>>;
  readonly suppressed: boolean;
}

/** The folders that make a folder a project (any one of them). */
const PROJECT_FOLDERS = ["corpus", "glossary", "translations"] as const;
const isProject = (dir: string) => PROJECT_FOLDERS.some((d) => fs.existsSync(path.join(dir, d)));

/**
 * The project folder for a database: the current directory when the database is in it (or below
 * it), else the database's own folder; none for an in-memory database. translations/ and
 * translations/suppressions.tsv are kept in step there. A database below a current directory that
 * is no project (none of corpus/, glossary/, translations/) belongs to the nearest folder between
 * them that is one (`cd /tmp && selaras translate set … --db news/s.db` keeps news/translations/,
 * not /tmp/translations/), and when none is, to its own folder, as a database outside the current
 * folder does: the first command that writes there makes it the project, which every later command
 * finds again whether it runs in the current folder or in the database's (with the current folder,
 * a second copy of translations/ began when someone later worked from the database's folder).
 */
export function projectRoot(dbFile: string, cwd: string): string | undefined {
  if (dbFile === ":memory:" || dbFile === "") return undefined;
  const abs = path.resolve(cwd, dbFile);
  const rel = path.relative(cwd, abs);
  if (rel.startsWith("..") || path.isAbsolute(rel)) return path.dirname(abs);
  if (isProject(cwd)) return cwd;
  const top = path.resolve(cwd);
  for (let dir = path.dirname(abs); dir !== top && dir !== path.dirname(dir); dir = path.dirname(dir)) if (isProject(dir)) return dir;
  return path.dirname(abs);
}

/** The checks a confirmation runs (the pair-scope checks enabled by default) and the suppressions that apply. */
export interface Gate {
  /** `tags`: the unit's inline codes as tags (a unit imported with codes), for inline-code-mismatch. */
  check(document: string, source: string, target: string, tags?: CheckInput["tags"]): UnitFinding[];
  /** Records a suppression made by accepting a finding (so later checks in the same command see it). */
  remember(s: NewSuppression): void;
}

const PAIR_CHECKS = (Object.keys(checks) as CheckId[]).filter((id) => checks[id].meta.scope === "pair" && checks[id].meta.enabledByDefault);

/**
 * The gate of a command: `matcher` (null: no glossary), else the working glossary (the database's, else
 * the `glossary/` folder of the project at `root`: glossary-source.ts workingGlossary).
 */
export function createGate(store: Store, matcher?: GlossaryMatcher | null, root?: string): Gate {
  let m: GlossaryMatcher | undefined = matcher ?? undefined;
  if (matcher === undefined) m = workingMatcher(store, root).matcher;
  const key = (document: string, checkId: string, hash: string) => `${document}\u0000${checkId}\u0000${hash}`;
  // (asked of the database per finding: a project's suppressions are not all read for a few saves)
  const remembered = new Set<string>();
  const suppressed = { has: (document: string, checkId: string, hash: string) => remembered.has(key(document, checkId, hash)) || store.findings.isSuppressed(document, checkId, hash) };
  // set up once per command (an import checks every unit it confirms): see check/run.ts pairChecker
  const run = pairChecker({ matcher: m, config: { only: PAIR_CHECKS } });
  return {
    check(document, source, target, tags) {
      const findings: Finding[] = run({ ref: document, source, target, ...(tags ? { tags } : {}) });
      if (findings.length === 0) return [];
      const hash = pairHash(source, target);
      return findings.filter((f) => f.severity !== "info").map((f) => ({
        checkId: f.checkId, severity: f.severity, messageId: f.messageId, data: f.data, suppressed: suppressed.has(document, f.checkId, hash),
      }));
    },
    remember(s) { remembered.add(key(s.document, s.checkId, s.pairHash)); },
  };
}

export interface SaveUnitInput {
  /** The English; undefined confirms (or re-saves) the stored English as it is. */
  readonly text?: string;
  /** The state asked for. */
  readonly state: StoredState;
  readonly actor?: Actor;
  readonly author: string;
  /** Accept the unsuppressed errors with this reason (creates one suppression per error). */
  readonly accept?: string;
  /** The revision the text was based on (`revision` of the unit as last read); a newer stored one is a conflict. */
  readonly baseRevision?: number;
  /**
   * The Indonesian the English was written for (the unit's `source` as last read): a unit whose
   * Indonesian is another now (its article re-ingested: a sentence inserted before it renumbers the
   * units, an edited sentence changes its text) is a conflict, `unit-source-changed`, and nothing is written.
   */
  readonly source?: string;
  readonly note?: string | null;
  readonly propagate?: boolean;
  readonly origin?: RenderingOrigin;
  readonly now: string;
}

export interface SaveUnitResult extends SaveResult {
  /** The state asked for and the state stored (draft when the checks refused a confirmation). */
  readonly requested: StoredState;
  readonly state: StoredState;
  /** True when an unsuppressed error kept the unit a draft. */
  readonly refused: boolean;
  /** The findings on the stored text (errors and warnings), suppressed ones marked. */
  readonly findings: UnitFinding[];
  /** Suppressions created by accepting. */
  readonly accepted: Array<{ readonly checkId: string; readonly reason: string }>;
  /** The unit's revision after the save (1 = first version). */
  readonly revision: number;
  /** Project files rewritten (translations/… and the suppressions file). */
  readonly files: string[];
}

export interface LifecycleContext {
  /** Project folder whose translations/ files are kept in step (none: the database only). */
  readonly root?: string;
  /** Reused across saves of one command or session. */
  readonly gate?: Gate;
  /** A long-running writer's kept file texts (the server's): a save rewrites a file without reading its document whole. */
  readonly files?: FileTexts;
}

/**
 * The inline codes of a unit's rendering, when it has some that still fit its Indonesian (rendering_code,
 * kept from an XLIFF or TMX import), with its texts as tags; null otherwise (nearly every unit).
 */
export function codedUnit(store: Store, unit: Unit): { readonly codes: RenderingCodes; readonly tagged: TaggedUnit } | null {
  const r = unit.rendering;
  if (!r || !store.exchange.hasCodes()) return null;
  const codes = store.exchange.codesOf(r.id);
  const tagged = codes ? tagsOfCodes(codes, unit.source, r.text) : null;
  return tagged ? { codes: codes!, tagged } : null;
}

/** The current revision of a unit (0 without English). */
export function unitRevision(store: Store, unit: Unit): number {
  return unit.rendering ? store.renderings.revisionNumber(unit.rendering.id) : 0;
}

/** One unit as the workbench lists it (and any script): its state by the lifecycle, and its revision. */
export interface UnitSummary {
  readonly ref: string;
  readonly source: string;
  readonly target: string | null;
  readonly state: UnitState;
  readonly stale: boolean;
  readonly revision: number;
  readonly renderingId: number | null;
  /** The note on its English (a translator's or reviewer's comment), when there is one. */
  readonly note?: string;
}

/** One unit as documentUnits lists it. */
export function unitSummaryOf(store: Store, u: Unit): UnitSummary {
  return {
    ref: refOf(u.document, u.segments), source: u.source, target: u.rendering?.text ?? null,
    state: stateOf(u.rendering?.status as StoredState | undefined), stale: unitIsStale(u),
    revision: unitRevision(store, u), renderingId: u.rendering?.id ?? null,
    ...(u.rendering?.note ? { note: u.rendering.note } : {}),
  };
}

/** The translatable units of a document in order, boilerplate left out. */
export function documentUnits(store: Store, slug: string): UnitSummary[] {
  const doc = documentBySlug(store, slug);
  // Three set queries (segments with their renderings, joins, revision numbers), never one per unit,
  // and only the columns a list shows: a 2,000-unit document is listed in milliseconds. The units are
  // grouped as unitsOf groups them (joins, and segments sharing a rendering).
  const rows = store.documents.unitRows(doc.id);
  const revisions = store.renderings.revisionNumbersOfDocument(doc.id);
  const index = new Map(rows.map((r, i) => [r[0], i]));
  const parent = rows.map((_, i) => i);
  const find = (i: number): number => { while (parent[i] !== i) { parent[i] = parent[parent[i]!]!; i = parent[i]!; } return i; };
  const union = (a: number, b: number) => { const ra = find(a), rb = find(b); if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb); };
  for (const [a, b] of store.segmentEdits.joinsOf(doc.id)) {
    const ia = index.get(a), ib = index.get(b);
    if (ia !== undefined && ib !== undefined) union(ia, ib);
  }
  const firstOf = new Map<number, number>();
  rows.forEach((r, i) => {
    if (r[4] === null) return;
    const f = firstOf.get(r[4]);
    if (f === undefined) firstOf.set(r[4], i); else union(f, i);
  });
  const groups = new Map<number, number[]>();
  rows.forEach((_, i) => { const root = find(i); (groups.get(root) ?? groups.set(root, []).get(root)!).push(i); });
  const out: UnitSummary[] = [];
  for (const [, members] of [...groups.entries()].sort((a, b) => a[0] - b[0])) {
    if (members.every((i) => rows[i]![3] === "boilerplate")) continue;
    const texts = members.map((i) => rows[i]![2]);
    const r = members.map((i) => rows[i]!).find((row) => row[4] !== null);
    out.push({
      ref: `${doc.slug}:${members.map((i) => rows[i]![1]).join("+")}`, source: joinSource(texts), target: r ? r[5] : null,
      state: stateOf((r?.[6] ?? undefined) as StoredState | undefined), stale: r ? isStale(r[7]!, texts) : false,
      revision: r ? revisions.get(r[4]!) ?? 1 : 0, renderingId: r ? r[4] : null,
      ...(r?.[8] ? { note: r[8] } : {}),
    });
  }
  return out;
}

/**
 * Saves or confirms one unit inside the caller's transaction (see the module comment). Files are
 * written by the caller with `keepFilesInStep` (the session and `setUnit` do it for you).
 */
export function saveUnitChecked(store: Store, unit: Unit, input: SaveUnitInput, gate: Gate): SaveUnitResult & { readonly touched: Set<string>; readonly suppressions: NewSuppression[]; readonly unit: Unit } {
  const ref = refOf(unit.document, unit.segments);
  const r = unit.rendering;
  const revision = unitRevision(store, unit);
  if (input.baseRevision !== undefined && input.baseRevision !== revision) {
    throw new ConflictError("unit-conflict", { ref, baseRevision: input.baseRevision, revision, text: r?.text ?? "" });
  }
  if (input.source !== undefined && input.source !== unit.source) {
    throw new ConflictError("unit-source-changed", { ref, source: unit.source, was: input.source, revision, text: r?.text ?? "" });
  }
  // A unit imported with inline codes: the English typed carries them as tags ({1}…{/1}, {2/}; see
  // formats/tags.ts), which become the target's markup again; the English stored is without them.
  const coded = codedUnit(store, unit);
  const typed = input.text !== undefined && coded ? soundUntag(input.text.trim(), coded.tagged.codes, coded.tagged.sourceTags) : undefined;
  const text = (typed ? typed.plain : input.text ?? r?.text ?? "").trim();
  const tags = coded ? { source: coded.tagged.sourceTags, target: typed ? typed.tags : coded.tagged.targetTags } : undefined;
  // Invisible characters alone (zero-width spaces, joiners, direction marks, a BOM) are no English
  // either (the test stops at the first visible character).
  if (text === "" || !/[^\s\p{Cf}]/u.test(text)) throw new UsageError(input.text === undefined ? "nothing-to-confirm" : "empty-rendering", { ref });
  const actor = input.actor ?? "admin";
  const from = stateOf(r?.status as StoredState | undefined);
  // (who made the confirmation is read only where the second-person rule asks: a reviewer's review)
  const lastConfirmedBy = r && (r.status === "translated" || r.status === "reviewed") ? (actor === "reviewer" && input.state === "reviewed" ? confirmedBy(store, r.id) : r.author) : null;
  const verdict = transition(from, input.state, actor, { author: input.author, lastConfirmedBy });
  if (!verdict.ok) throw new UsageError("transition-refused", { ref, from, to: input.state, actor, reason: verdict.reason });
  const source = unit.source;
  const document = unit.document.slug;
  const findings = gate.check(document, source, text, tags);
  const open = findings.filter((f) => f.severity === "error" && !f.suppressed);
  const accepted: Array<{ checkId: string; reason: string }> = [];
  const suppressions: NewSuppression[] = [];
  let state: StoredState = input.state;
  let refused = false;
  const now = input.now;
  if (isConfirmation(input.state) && open.length > 0) {
    const reason = input.accept?.trim();
    if (reason) {
      const hash = pairHash(source, text);
      for (const checkId of [...new Set(open.map((f) => f.checkId))]) {
        const s: NewSuppression = {
          document, checkId, pairHash: hash, ref, reason, author: input.author, origin: "file", source, target: text, createdAt: now,
        };
        store.findings.suppress(s);
        gate.remember(s);
        suppressions.push(s);
        accepted.push({ checkId, reason });
      }
    } else {
      state = refusedState(input.state) as StoredState;
      refused = true;
    }
  }
  const marked = accepted.length ? findings.map((f) => (accepted.some((a) => a.checkId === f.checkId) ? { ...f, suppressed: true } : f)) : findings;
  // An accepted confirmation is not copied to identical sentences elsewhere: its suppressions are
  // for this pair only, and a copy would carry the error unsuppressed.
  const saved = saveUnitInTx(store, unit, {
    text, status: state as RenderingStatus, origin: input.origin ?? "manual", author: input.author, now,
    propagate: input.propagate !== false && accepted.length === 0 && !refused,
    ...(input.note !== undefined ? { note: input.note } : {}),
  });
  // the codes follow the English as the translator left them (an export in their format writes them)
  if (coded && typed) {
    const c = coded.codes;
    store.exchange.setCodes(saved.renderingId, { dialect: c.dialect, source: c.source, target: typed.markup, ...(c.data != null ? { data: c.data } : {}), plainSource: c.plainSource, plainTarget: text });
  }
  const touched = new Set<string>([document]);
  for (const p of saved.propagated) touched.add(p.ref.slice(0, p.ref.lastIndexOf(":")));
  const after = store.renderings.revisionNumber(saved.renderingId);
  return { ...saved, requested: input.state, state, refused, findings: marked, accepted, revision: after, files: [], touched, suppressions, unit };
}

/** How keepFilesInStep may avoid reading whole documents: the kept texts and the units each document's saves changed. */
export interface InStepHints {
  readonly files?: FileTexts;
  /** Per document: the ordinals of the units saved (see changedUnits). */
  readonly changed?: ReadonlyMap<string, ReadonlySet<number>>;
  /**
   * Only the files this database last read or wrote and that are unchanged on disk since: any other is
   * left as it is (not refused), and none is created (keepKnownFilesInStep).
   */
  readonly knownOnly?: boolean;
}

/**
 * Rewrites the translations/ file of each named document and, when suppressions were made, upserts
 * them into translations/suppressions.tsv. Atomic writes; call inside the transaction. With `hints`
 * (a server's saves) a document's text comes from the kept records with the saved units' replaced
 * (app/file-texts.ts): the same bytes as reading it whole.
 */
export function keepFilesInStep(store: Store, root: string | undefined, documents: Iterable<string>, suppressions: readonly NewSuppression[] = [], hints: InStepHints = {}): string[] {
  if (!root) return [];
  const written: string[] = [];
  const pending: Array<{ file: string; bytes: Buffer; slug: string; hash: string }> = [];
  const dir = path.join(root, TRANSLATIONS_DIR);
  const kept = hints.files;
  for (const slug of new Set(documents)) {
    const doc = store.documents.bySlug(slug);
    if (!doc) continue;
    const file = path.join(dir, `${slug}${TRANSLATIONS_EXTENSION}`);
    const text = kept ? kept.bytes(store, doc, root, hints.changed?.get(slug)) : documentFileText(store, doc, root);
    const exists = fs.existsSync(file);
    if ((text === null || hints.knownOnly) && !exists) continue;
    // A file this database never read (ingested but never loaded: the English on disk is not in the
    // database), or one changed on disk since it last read or wrote it, is never written over.
    const known = store.projectFiles.hashOf(slug);
    if (exists && known === undefined) {
      if (hints.knownOnly) continue;
      throw new UsageError("translations-file-unread", { file, document: slug });
    }
    if (exists) {
      // The bytes this process last wrote, when the database still records their hash, are compared
      // as they are (the same verdict as hashing the file, without hashing it).
      const last = kept?.written(slug);
      const same = last !== undefined && last.hash === known && fs.readFileSync(file).equals(last.bytes);
      if (!same && projectFileHash(fs.readFileSync(file, "utf8")) !== known) {
        if (hints.knownOnly) continue;
        throw new UsageError("translations-file-changed", { file, document: slug });
      }
    }
    const bytes = typeof text === "string" ? Buffer.from(text, "utf8") : text ?? Buffer.from(documentFileText(store, doc, root, { empty: true })!, "utf8");
    pending.push({ file, bytes, slug, hash: projectFileHash(bytes) });
  }
  // All the documents' files or none (a full disk must not leave some new and some old).
  const list = pending.map((p) => [p.file, p.bytes] as const);
  if (kept) kept.writeAll(list); else writeFilesAtomic(list);
  for (const p of pending) {
    store.projectFiles.record(p.slug, p.hash);
    kept?.wrote(p.slug, { bytes: p.bytes, hash: p.hash });
    written.push(p.file);
  }
  if (suppressions.length) written.push(upsertSuppressionsFile(root, suppressions));
  return written;
}

/**
 * After a re-ingest (`selaras ingest`): rewrites the translations/ files of `documents` that this
 * database has read or written and that are unchanged on disk since, so that their records follow
 * the new sentence numbers, stale sources and orphans. A file the database never read, or one changed
 * on disk (a colleague's records after `git pull`), is left as it is for `translations import`; no
 * file is created. Returns the files written.
 */
export function keepKnownFilesInStep(store: Store, root: string | undefined, documents: Iterable<string>): string[] {
  return keepFilesInStep(store, root, documents, [], { knownOnly: true });
}

/** Per document, the ordinals of the units a save wrote (its own unit and the units propagation wrote to). */
export function changedUnits(results: Iterable<SaveResult>): Map<string, Set<number>> {
  const out = new Map<string, Set<number>>();
  const add = (ref: string) => {
    const at = ref.lastIndexOf(":");
    const slug = ref.slice(0, at);
    let set = out.get(slug);
    if (!set) out.set(slug, set = new Set());
    for (const n of ref.slice(at + 1).split("+")) set.add(Number(n));
  };
  for (const r of results) {
    add(r.ref);
    for (const p of r.propagated) add(p.ref);
  }
  return out;
}

/**
 * Runs a command that changes renderings, joins or splits (`fn`, in one transaction) and rewrites
 * the translations/ files of the documents it names, in the same transaction.
 */
export function inStep<T>(store: Store, root: string | undefined, fn: () => T, documents: (result: T) => Iterable<string>): T {
  return store.transaction(() => {
    const result = fn();
    keepFilesInStep(store, root, documents(result));
    return result;
  });
}

/** Adds (or replaces) suppressions in the project's suppressions file. */
export function upsertSuppressionsFile(root: string, rows: readonly NewSuppression[]): string {
  const file = path.join(root, DEFAULT_SUPPRESSIONS_FILE);
  const same = (a: NewSuppression, b: NewSuppression) => a.document === b.document && a.checkId === b.checkId && a.pairHash === b.pairHash;
  const kept = readSuppressionsFile(file, { missingOk: true }).filter((r) => !rows.some((s) => same(r, s)));
  writeSuppressionsFile(file, [...kept, ...rows]);
  return file;
}

/** Removes one suppression from the project's suppressions file (if it is there). */
export function removeFromSuppressionsFile(root: string, document: string, checkId: string, hash: string): string | null {
  const file = path.join(root, DEFAULT_SUPPRESSIONS_FILE);
  if (!fs.existsSync(file)) return null;
  const rows = readSuppressionsFile(file);
  const kept = rows.filter((r) => !(r.document === document && r.checkId === checkId && r.pairHash === hash));
  if (kept.length === rows.length) return null;
  writeSuppressionsFile(file, kept);
  return file;
}

/**
 * Who made a confirmed rendering's confirmation, for the second-person rule: the author of its
 * newest version that is not a note. A note (the workbench's note, the session's `:note`: a version
 * recorded as only changing the note, as its writer's) confirms nothing, so a reviewer who leaves a
 * note may still review a colleague's English, and a note a colleague leaves does not let the
 * translator review their own; a re-confirmation that also changes the note is a confirmation, its
 * author's. A version saved before notes were recorded so (noteOnly null) is read as a note when it
 * has the same text and state as the one before and another note.
 */
function confirmedBy(store: Store, renderingId: number): string {
  const versions = store.renderings.revisions(renderingId);
  for (let i = versions.length - 1; i > 0; i--) {
    const v = versions[i]!, before = versions[i - 1]!;
    const note = v.noteOnly ?? (v.text === before.text && v.status === before.status && (v.note ?? null) !== (before.note ?? null));
    if (!note) return v.author;
  }
  return versions[0]!.author;
}

/**
 * `selaras translate set <ref> <text>` / the workbench's save: one transaction, files in step.
 * The ref must name a whole unit (`doc:8+9`), never one member of it.
 */
export function setUnit(store: Store, ref: string, input: SaveUnitInput, ctx: LifecycleContext = {}): SaveUnitResult {
  return setUnitSummarized(store, ref, input, ctx).result;
}

/** setUnit, with the unit as documentUnits lists it after the save (what the workbench answers). */
function setUnitSummarized(store: Store, ref: string, input: SaveUnitInput, ctx: LifecycleContext): { result: SaveUnitResult; unit: UnitSummary } {
  return savingTransaction(store, ctx.files, () => {
    const target = resolveUnitRef(store, ref);
    const gate = ctx.gate ?? createGate(store, undefined, ctx.root);
    const { touched, suppressions, unit, ...result } = saveUnitChecked(store, target, input, gate);
    const files = keepFilesInStep(store, ctx.root, touched, suppressions, ctx.files ? { files: ctx.files, changed: changedUnits([result]) } : {});
    return { result: { ...result, files }, unit: savedSummary(store, unit, result.renderingId) };
  });
}

/**
 * A saved unit as documentUnits lists it, read after the saves of its transaction: the same unit
 * (a save changes no segment or join) with its rendering as stored now.
 */
function savedSummary(store: Store, unit: Unit, renderingId: number): UnitSummary {
  const rendering = store.renderings.byId(renderingId);
  return unitSummaryOf(store, rendering ? { ...unit, rendering } : resolveUnitRef(store, refOf(unit.document, unit.segments)));
}

/**
 * One transaction of saves with kept file texts: they are checked against the database first
 * (`begin`), noted current at the end (`settle`, with the change key read inside the transaction,
 * before anyone else may write), and forgotten when the transaction fails.
 */
export function savingTransaction<T>(store: Store, files: FileTexts | undefined, fn: () => T): T {
  if (!files) return store.transaction(fn);
  let key = "";
  try {
    const out = store.transaction(() => {
      files.begin(store);
      const r = fn();
      key = store.changeKey();
      return r;
    });
    files.settle(key);
    return out;
  } catch (e) {
    files.clear();
    throw e;
  }
}

/** One save of a batch (`setUnits`). */
export interface UnitSave {
  readonly ref: string;
  readonly input: SaveUnitInput;
}

/** A save of a batch: its result and the unit as documentUnits lists it after the batch, or its error. */
export type UnitSaveOutcome = { readonly ok: true; readonly result: SaveUnitResult; readonly unit: UnitSummary } | { readonly ok: false; readonly error: unknown };

/**
 * Several saves at once — the workbench's concurrent requests — each EXACTLY as `setUnit` would
 * make it, in the order given: conflict check against the stored revision (a later save of the
 * same unit in the batch sees the earlier one), role, checked confirmation, suppressions. Each save
 * runs in its own savepoint, so a refused or failing one leaves nothing and does not stop the
 * others. Then, in the same transaction, the translations/ file of every document the batch
 * touched is rewritten once (not once per save) and the suppressions file once. Should that step
 * fail (a file changed on disk, a full disk), nothing of the batch is kept and each save is tried
 * again alone with `setUnit`, so only the saves touching that document fail, with its error.
 */
export function setUnits(store: Store, saves: readonly UnitSave[], ctx: LifecycleContext = {}): UnitSaveOutcome[] {
  const alone = (gate: Gate | undefined) => saves.map((s): UnitSaveOutcome => {
    try {
      return { ok: true, ...setUnitSummarized(store, s.ref, s.input, { ...(ctx.root !== undefined ? { root: ctx.root } : {}), ...(gate ? { gate } : {}), ...(ctx.files ? { files: ctx.files } : {}) }) };
    } catch (error) {
      return { ok: false, error };
    }
  });
  if (saves.length <= 1) return alone(ctx.gate);
  try {
    return savingTransaction(store, ctx.files, () => {
      const gate = ctx.gate ?? createGate(store, undefined, ctx.root);
      const done: Array<{ result: SaveUnitResult; unit: Unit; touched: Set<string>; suppressed: boolean } | { error: unknown }> = [];
      const touched = new Set<string>();
      const suppressions: NewSuppression[] = [];
      for (const s of saves) {
        try {
          // a nested transaction is a savepoint: a throw undoes this save only
          const r = store.transaction(() => saveUnitChecked(store, resolveUnitRef(store, s.ref), s.input, gate));
          const { touched: t, suppressions: made, unit, ...result } = r;
          for (const d of t) touched.add(d);
          suppressions.push(...made);
          done.push({ result, unit, touched: t, suppressed: made.length > 0 });
        } catch (error) {
          done.push({ error });
        }
      }
      const saved = done.flatMap((d) => ("result" in d ? [d.result] : []));
      const written = keepFilesInStep(store, ctx.root, touched, suppressions, ctx.files ? { files: ctx.files, changed: changedUnits(saved) } : {});
      const fileOf = (slug: string) => `${slug}${TRANSLATIONS_EXTENSION}`;
      return done.map((d): UnitSaveOutcome => {
        if ("error" in d) return { ok: false, error: d.error };
        const mine = new Set([...d.touched].map(fileOf));
        const files = written.filter((f) => mine.has(path.basename(f)) || (d.suppressed && f.endsWith(DEFAULT_SUPPRESSIONS_FILE)));
        return { ok: true, result: { ...d.result, files }, unit: savedSummary(store, d.unit, d.result.renderingId) };
      });
    });
  } catch {
    // The shared gate may remember suppressions that were rolled back: the saves alone use fresh ones.
    return alone(undefined);
  }
}

/** Is a unit stale (its source changed since its English was saved)? */
export function unitIsStale(unit: Unit): boolean {
  return unit.rendering !== undefined && isStale(unit.rendering.sourceText, unit.segments.map((s) => s.text));
}

export { joinSource };
