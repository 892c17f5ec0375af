/**
 * Alignment review (`/documents/<slug>/align`): paste or upload an English text for a stored
 * document, see the beads the aligner proposes (Indonesian | English, with scores; low ones
 * highlighted), fix them (merge with the next bead, split, move an English sentence to the bead
 * above or below, leave sentences unpaired), then Confirm: the beads are stored as `aligned` units
 * (POST /api/documents/<slug>/align, as `selaras align --doc`) and the editor opens.
 * Keyboard: ↑/↓ (or k/j) move between beads, m merge with the next, s split, u unpair,
 * Alt+↑ / Alt+↓ move the bead's first English sentence up / its last one down, Ctrl+Enter confirms.
 */
import { memo } from "preact/compat";
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from "preact/hooks";
import { api, errorText, suggestedDocument, type DocRow, type TFunction } from "../api";
import { SuggestedError } from "../components";
import { useStoreChanges } from "../live";
import "./align.css";

/** `foldedInto`: on a segment without counterpart, the English sentences (0-based) of another bead that say it too. */
interface ProposedBead { segments: number[]; sentences: number[]; score: number; low: boolean; kept: boolean; current: string | null; moved?: true; foldedInto?: number[] }
interface Proposal {
  document: string; file: string; threshold: number; low: number; kept: number;
  /** Percent of either side in beads scoring at least the threshold; below minPaired: notTranslation. */
  paired: number; minPaired: number; notTranslation: boolean;
  /** The English reads as Indonesian (this share of its function words are Indonesian, in percent). */
  notEnglish: boolean; indonesianWords: number;
  segments: Array<{ ordinal: number; ref: string; text: string }>; sentences: string[]; beads: ProposedBead[];
}
/** A bead as the person edits it (score and flags looked up from the proposal: an edited bead has none). */
interface Bead { segments: number[]; sentences: number[] }
/** What POST /api/documents/<slug>/align answers (the fields shown). */
interface Applied { created: number; replaced: number; unchanged: number; kept: number; beads: Array<{ segments: number[]; status: string }> }

const key = (b: Bead) => `${b.segments.join(",")}|${b.sentences.join(",")}`;

/** Beads after an edit: a bead left empty on both sides disappears. */
const tidy = (beads: Bead[]) => beads.filter((b) => b.segments.length > 0 || b.sentences.length > 0);

/** The edits, pure: each takes the beads and a bead's index and returns the new beads. */
export const edits = {
  merge(beads: Bead[], i: number): Bead[] {
    const a = beads[i], b = beads[i + 1];
    if (!a || !b) return beads;
    return [...beads.slice(0, i), { segments: [...a.segments, ...b.segments], sentences: [...a.sentences, ...b.sentences] }, ...beads.slice(i + 2)];
  },
  /** Splits off the first segment and the first sentence of a merged bead. */
  split(beads: Bead[], i: number): Bead[] {
    const b = beads[i];
    if (!b || (b.segments.length < 2 && b.sentences.length < 2)) return beads;
    const head = { segments: b.segments.length > 1 ? b.segments.slice(0, 1) : b.segments, sentences: b.sentences.length > 1 ? b.sentences.slice(0, 1) : b.sentences };
    const rest = { segments: b.segments.length > 1 ? b.segments.slice(1) : [], sentences: b.sentences.length > 1 ? b.sentences.slice(1) : [] };
    return [...beads.slice(0, i), head, rest, ...beads.slice(i + 1)];
  },
  /** The bead's first English sentence joins the bead above. */
  up(beads: Bead[], i: number): Bead[] {
    const b = beads[i], prev = beads[i - 1];
    if (!b || !prev || b.sentences.length === 0) return beads;
    return tidy([...beads.slice(0, i - 1), { ...prev, sentences: [...prev.sentences, b.sentences[0]!] }, { ...b, sentences: b.sentences.slice(1) }, ...beads.slice(i + 1)]);
  },
  /** The bead's last English sentence joins the bead below. */
  down(beads: Bead[], i: number): Bead[] {
    const b = beads[i], next = beads[i + 1];
    if (!b || !next || b.sentences.length === 0) return beads;
    return tidy([...beads.slice(0, i), { ...b, sentences: b.sentences.slice(0, -1) }, { ...next, sentences: [b.sentences[b.sentences.length - 1]!, ...next.sentences] }, ...beads.slice(i + 2)]);
  },
  /** Indonesian and English of the bead left without counterpart (two beads). */
  unpair(beads: Bead[], i: number): Bead[] {
    const b = beads[i];
    if (!b || b.segments.length === 0 || b.sentences.length === 0) return beads;
    return [...beads.slice(0, i), { segments: b.segments, sentences: [] }, { segments: [], sentences: b.sentences }, ...beads.slice(i + 1)];
  },
};
type Edit = keyof typeof edits;

interface RowHandlers {
  act(edit: Edit, i: number): void;
  key(e: KeyboardEvent, i: number): void;
  focus(i: number): void;
}
type RowWords = Record<"none" | "edited" | "low" | "moved" | "moved-title" | "folded-chip" | "folded-title" | Edit | `${Edit}-title`, string> & {
  kept(text: string): string; score(score: number): string; folded(sentences: number[]): string;
};
interface RowProps {
  b: Bead; i: number; x: ProposedBead | undefined; focused: boolean; hasNext: boolean;
  p: Proposal; segmentOf: Map<number, Proposal["segments"][number]>; words: RowWords; handlers: RowHandlers;
}

/** One bead; re-rendered only when its own props change (a move of the focus re-renders two rows, not thousands). */
const BeadRow = memo(function BeadRow({ b, i, x, focused, hasNext, p, segmentOf, words: w, handlers: h }: RowProps) {
  const unpaired = b.segments.length === 0 || b.sentences.length === 0;
  const cls = ["bead", x?.low ? "low" : "", x?.kept ? "kept" : "", x ? "" : "edited", unpaired ? "unpaired" : "", focused ? "focused" : ""].filter(Boolean).join(" ");
  const button = (edit: Edit, disabled: boolean) => (
    <button type="button" tabIndex={-1} title={w[`${edit}-title`]} disabled={disabled} onClick={() => h.act(edit, i)}>{w[edit]}</button>
  );
  return (
    <tr class={cls} tabIndex={0} data-bead={i} data-segments={b.segments.join(",")} data-sentences={b.sentences.join(",")}
      onFocus={() => h.focus(i)} onKeyDown={(e) => h.key(e as unknown as KeyboardEvent, i)}>
      <td class="num">{i + 1}</td>
      <td class="id" lang="id">{b.segments.length === 0 ? <span class="none">{w.none}</span>
        : b.segments.map((o) => { const s = segmentOf.get(o); return <p key={o}><span class="ref">{s?.ref}</span> {s?.text}</p>; })}</td>
      <td class="en" lang="en">{b.sentences.length === 0 ? <span class="none">{w.none}</span>
        : b.sentences.map((j) => <p key={j}><span class="ref">{j + 1}</span> {p.sentences[j]}</p>)}
        {x?.kept && <p class="kept-note">{w.kept(x.current ?? "")}</p>}
        {b.sentences.length === 0 && x?.foldedInto && <p class="folded-note" data-folded={x.foldedInto.join(",")}>
          <span class="chip folded" title={w["folded-title"]}>{w["folded-chip"]}</span> <span class="folded-text">{w.folded(x.foldedInto)}</span></p>}</td>
      <td class="num score">{x ? w.score(x.score) : <span class="chip edited">{w.edited}</span>}{x?.low && <span class="chip low">{w.low}</span>}{x?.moved && <span class="chip moved" title={w["moved-title"]}>{w.moved}</span>}</td>
      <td class="bead-actions">
        {button("merge", !hasNext)}
        {button("split", b.segments.length < 2 && b.sentences.length < 2)}
        {button("up", i === 0 || b.sentences.length === 0)}
        {button("down", !hasNext || b.sentences.length === 0)}
        {button("unpair", unpaired)}
      </td>
    </tr>
  );
});

/** The document's segments by state, in words ("3 aligned, 2 translated, 7 untranslated"; reviewed ones apart from the translated). */
function docParts(t: TFunction, d: DocRow): string {
  const n: Array<[string, number]> = [["reviewed", d.reviewed], ["translated", d.translated - d.reviewed], ["draft", d.draft], ["aligned", d.aligned], ["untranslated", d.untranslated]];
  return n.filter(([, k]) => k > 0).map(([s, k]) => `${k} ${t(`web.state.${s}`)}`).join(", ");
}

export function Align({ t, slug }: { t: TFunction; slug: string }) {
  const [english, setEnglish] = useState("");
  const [name, setName] = useState<string | undefined>(undefined);
  const [proposal, setProposal] = useState<Proposal | null>(null);
  /** The text (and file name) the proposal was made from: Confirm stores that text, whatever the field holds now. */
  const [proposed, setProposed] = useState<{ english: string; name?: string; presplit: boolean } | null>(null);
  const [presplit, setPresplit] = useState(false);
  const [beads, setBeads] = useState<Bead[]>([]);
  const [focus, setFocus] = useState(0);
  const [onlyLow, setOnlyLow] = useState(false);
  const [error, setError] = useState("");
  const [busy, setBusy] = useState(false);
  const [applied, setApplied] = useState<Applied | null>(null);
  /** The document could not be read (no such document): said instead of the form, as the editor page does. */
  const [missing, setMissing] = useState("");
  const [suggested, setSuggested] = useState<string | null>(null);
  /** The document's units as they are now (counts by state): followed live. */
  const [doc, setDoc] = useState<DocRow | null>(null);
  /** The document's units changed since the proposal shown was made (a colleague's alignment, a save). */
  const [changedSince, setChangedSince] = useState(false);
  const stateUrl = `/api/documents/${encodeURIComponent(slug)}/align`;
  useEffect(() => {
    setMissing("");
    api<DocRow>("GET", stateUrl).then(setDoc, (e) => { setMissing(errorText(t, e)); setSuggested(suggestedDocument(e)); });
  }, [slug]);
  // A colleague's pairing (or any save, join or split of this document), heard live or made between the
  // first read and the stream (live.ts): the counts read again, and a proposal shown is said to be older.
  const hasProposal = useRef(false);
  useStoreChanges(stateUrl, { unit: true, document: slug }, () => {
    api<DocRow>("GET", stateUrl).then(setDoc, () => undefined);
    if (hasProposal.current) setChangedSince(true);
  });
  const table = useRef<HTMLTableElement>(null);
  /** Set by a move or an edit: the bead whose row takes the keyboard focus once rendered. */
  const focusTo = useRef<number | null>(null);
  /** The beads as of the last edit (a second key before the page re-renders edits these, not the rendered ones). */
  const current = useRef<Bead[]>([]);
  function update(next: Bead[]) { current.current = next; setBeads(next); }
  /** The beads before each edit (and before "Back to the proposal"), newest last: Undo (`z`, Ctrl+Z) takes one step back. */
  const undoStack = useRef<Array<{ beads: Bead[]; focus: number }>>([]);
  const [undos, setUndos] = useState(0);
  function remember(beadsBefore: Bead[], at: number) { undoStack.current.push({ beads: beadsBefore, focus: at }); setUndos(undoStack.current.length); }
  function undo() {
    const last = undoStack.current.pop();
    if (!last) return;
    setUndos(undoStack.current.length);
    update(last.beads);
    moveTo(Math.min(last.focus, last.beads.length - 1));
  }
  function moveTo(i: number) { focusTo.current = i; setFocus(i); }

  /** The English was changed since the proposal: its sentences may no longer be the ones the beads name. */
  const stale = proposed !== null && (proposed.english !== english || proposed.presplit !== presplit);
  const segmentOf = useMemo(() => new Map((proposal?.segments ?? []).map((s) => [s.ordinal, s])), [proposal]);
  const byKey = useMemo(() => new Map((proposal?.beads ?? []).map((b) => [key(b), b])), [proposal]);
  const info = (b: Bead) => byKey.get(key(b));
  const isLow = (b: Bead) => info(b)?.low ?? false;
  const shown = useMemo(() => beads.map((b, i) => [b, i] as const).filter(([b]) => !onlyLow || isLow(b)), [beads, onlyLow, byKey]);

  // A layout effect: the focus is back on a row right after the re-render, before the next key
  // arrives (an edited bead's row is a new element, and the one that had the focus is gone).
  useLayoutEffect(() => {
    const want = focusTo.current;
    const el = want === null ? null : table.current?.querySelector<HTMLElement>(`tr[data-bead="${want}"]`);
    if (el) { focusTo.current = null; el.focus(); el.scrollIntoView({ block: "nearest" }); }
  }, [focus, beads]);

  async function preview() {
    setError("");
    setBusy(true);
    try {
      const p = await api<Proposal>("POST", `/api/documents/${encodeURIComponent(slug)}/align/preview`, { english, presplit, ...(name ? { name } : {}) });
      setProposal(p);
      hasProposal.current = true;
      setChangedSince(false);
      setProposed({ english, presplit, ...(name ? { name } : {}) });
      update(p.beads.map((b) => ({ segments: b.segments, sentences: b.sentences })));
      undoStack.current = [];
      setUndos(0);
      moveTo(0);
    } catch (e) {
      setError(errorText(t, e));
    } finally {
      setBusy(false);
    }
  }

  async function confirm() {
    if (!proposal || !proposed || busy || stale) return;
    setError("");
    setBusy(true);
    try {
      const r = await api<Applied>("POST", `/api/documents/${encodeURIComponent(slug)}/align`, { ...proposed, beads: current.current });
      // Units a person had already translated were left as they were: say which before moving on.
      if (r.kept > 0) { setApplied(r); setBusy(false); }
      else location.assign(`/documents/${encodeURIComponent(slug)}`);
    } catch (e) {
      setError(errorText(t, e));
      setBusy(false);
    }
  }

  function apply(edit: Edit, i: number) {
    const before = current.current;
    const next = edits[edit](before, i);
    if (next === before) return;
    remember(before, i);
    update(next);
    moveTo(Math.min(edit === "up" ? Math.max(0, i - (next.length < before.length ? 1 : 0)) : i, next.length - 1));
  }

  function onRowKey(e: KeyboardEvent, i: number) {
    const pos = shown.findIndex(([, k]) => k === i);
    const k = e.key;
    if ((k === "ArrowDown" || k === "j") && !e.altKey) { e.preventDefault(); const n = shown[pos + 1]; if (n) moveTo(n[1]); }
    else if ((k === "ArrowUp" || k === "k") && !e.altKey) { e.preventDefault(); const n = shown[pos - 1]; if (n) moveTo(n[1]); }
    else if (k === "ArrowUp" && e.altKey) { e.preventDefault(); apply("up", i); }
    else if (k === "ArrowDown" && e.altKey) { e.preventDefault(); apply("down", i); }
    else if (k === "m") { e.preventDefault(); apply("merge", i); }
    else if (k === "s") { e.preventDefault(); apply("split", i); }
    else if (k === "u") { e.preventDefault(); apply("unpair", i); }
    else if ((k === "z" && !e.ctrlKey && !e.metaKey) || ((k === "z" || k === "Z") && (e.ctrlKey || e.metaKey) && !e.shiftKey)) { e.preventDefault(); undo(); }
    else if (k === "Enter" && e.ctrlKey) { e.preventDefault(); void confirm(); }
  }

  /** Stable across renders (rows are memoized): they call the current functions. */
  const latest = useRef({ apply, onRowKey, setFocus });
  latest.current = { apply, onRowKey, setFocus };
  const handlers = useMemo<RowHandlers>(() => ({
    act: (edit, i) => latest.current.apply(edit, i),
    key: (e, i) => latest.current.onRowKey(e, i),
    focus: (i) => latest.current.setFocus(i),
  }), []);
  /** The row's words, looked up once per language (not once per row). */
  const words = useMemo<RowWords>(() => ({
    none: t("web.align.no-counterpart"), edited: t("web.align.edited"), low: t("web.align.low"), moved: t("web.align.moved"), "moved-title": t("web.align.moved-title"),
    "folded-chip": t("web.align.folded-chip"), "folded-title": t("web.align.folded-title"),
    kept: (text: string) => t("web.align.kept", { text }),
    // (the English sentences as the rows number them, from 1)
    folded: (sentences: number[]) => t("web.align.folded", { count: sentences.length, sentences: sentences.map((j) => j + 1).join(", ") }),
    score: (score: number) => t("web.align.score-value", { score }),
    ...Object.fromEntries((["merge", "split", "up", "down", "unpair"] as const).flatMap((k) => [[k, t(`web.align.${k}`)], [`${k}-title`, t(`web.align.${k}-title`)]])),
  }) as RowWords, [t]);

  async function upload(file: File | undefined) {
    if (!file) return;
    setEnglish(await file.text());
    setName(file.name);
  }

  const p = proposal;
  const low = beads.filter(isLow).length;
  /** Beads shown as moved: left as the aligner proposed them out of order. */
  const moved = beads.filter((b) => info(b)?.moved === true).length;
  const edited = beads.filter((b) => !info(b)).length;
  if (missing) return <main class="align"><h1>{t("web.align.heading", { document: slug })}</h1><p class="error" role="alert" data-testid="align-missing"><SuggestedError text={missing} suggestion={suggested} href={(d) => `/documents/${encodeURIComponent(d)}/align`} /></p><a href="/">{t("web.editor.back")}</a></main>;
  return (
    <main class="align">
      <div class="toolbar">
        <a href={`/documents/${encodeURIComponent(slug)}`}>{t("web.align.back")}</a>
        <h1>{t("web.align.heading", { document: slug })}</h1>
      </div>
      {doc && <p class="hint" data-testid="align-state">{t("web.align.state", { total: doc.translatable, parts: docParts(t, doc) })}</p>}
      {changedSince && p && !applied && !busy && <p class="warning" role="status" data-testid="align-changed">{t("web.align.changed")}{" "}
        <button type="button" disabled={busy || english.trim() === ""} onClick={() => void preview()}>{t("web.align.preview-again")}</button></p>}
      {error && <p class="error" role="alert">{error}</p>}
      {applied && (
        <p class="applied" role="status" data-testid="align-applied">
          {t("web.align.applied", { created: applied.created, replaced: applied.replaced, unchanged: applied.unchanged, kept: applied.kept,
            segments: applied.beads.filter((b) => b.status === "kept").map((b) => b.segments.join("+")).join(", ") })}{" "}
          <a href={`/documents/${encodeURIComponent(slug)}`} ref={(el) => el?.focus()}>{t("web.align.open-editor")}</a>
        </p>
      )}
      <section class="align-input">
        <label for="align-english">{t("web.align.paste")}</label>
        <textarea id="align-english" lang="en" rows={p ? 4 : 12} value={english} data-testid="align-english"
          onInput={(e) => { setEnglish((e.target as HTMLTextAreaElement).value); setName(undefined); }}
          onKeyDown={(e) => { if (e.key === "Enter" && e.ctrlKey) { e.preventDefault(); void preview(); } }} />
        <div class="toolbar">
          {/* (the browser's own file button speaks the browser's language, not the page's: it is hidden, this label is the button) */}
          <label class="upload"><input type="file" class="file-input" accept=".txt,text/plain" data-testid="align-file" onChange={(e) => void upload((e.target as HTMLInputElement).files?.[0])} /><span class="file-button">{t("web.align.upload")}</span></label>
          {name && <span class="hint">{t("web.align.file", { name })}</span>}
          <label><input type="checkbox" checked={presplit} data-testid="align-presplit" onChange={(e) => setPresplit((e.target as HTMLInputElement).checked)} /> {t("web.align.presplit")}</label>
          <button type="button" disabled={busy || english.trim() === ""} onClick={() => void preview()}>{t("web.align.preview")}</button>
          <span class="hint">{t("web.align.preview-key")}</span>
        </div>
      </section>
      {p && (
        <section class="align-review">
          <div class="toolbar">
            <span class="count" role="status">{t("web.align.summary", { beads: beads.length, segments: p.segments.length, sentences: p.sentences.length, low, moved, kept: p.kept, edited })}</span>
            <label><input type="checkbox" checked={onlyLow} data-testid="only-low" onChange={(e) => setOnlyLow((e.target as HTMLInputElement).checked)} /> {t("web.align.only-low", { threshold: p.threshold })}</label>
            <button type="button" disabled={busy || undos === 0} onClick={undo} data-testid="align-undo" title={t("web.align.undo-title")}>{t("web.align.undo")}</button>
            <button type="button" disabled={busy || edited === 0} onClick={() => { remember(current.current, focus); update(p.beads.map((b) => ({ segments: b.segments, sentences: b.sentences }))); moveTo(0); }}>{t("web.align.reset")}</button>
            {stale && <span class="msg" role="status">{t("web.align.stale")}</span>}
            <button type="button" class="primary" disabled={busy || stale || applied !== null} onClick={() => void confirm()} data-testid="align-confirm">{t("web.align.confirm")}</button>
          </div>
          {p.notEnglish && <p class="warning" role="alert" data-testid="align-not-english">{t("web.align.not-english", { share: p.indonesianWords })}</p>}
          {!p.notEnglish && p.notTranslation && <p class="warning" role="alert" data-testid="align-not-translation">{t("web.align.not-translation", { document: slug, share: p.paired, min: p.minPaired, score: p.threshold })}</p>}
          <p class="hint">{t("web.align.keys")}</p>
          <table class="beads" ref={table} role="grid" aria-label={t("web.align.table") as string}>
            <thead><tr><th class="num">#</th><th>{t("web.align.indonesian")}</th><th>{t("web.align.english")}</th><th class="num">{t("web.align.score")}</th><th>{t("web.align.actions")}</th></tr></thead>
            <tbody>
              {shown.map(([b, i]) => (
                <BeadRow key={`${b.segments[0] ?? "-"}:${b.sentences[0] ?? "-"}`} b={b} i={i} x={info(b)} focused={i === focus} hasNext={i + 1 < beads.length} p={p} segmentOf={segmentOf} words={words} handlers={handlers} />
              ))}
            </tbody>
          </table>
          {shown.length === 0 && <p class="none">{t("web.align.no-low")}</p>}
        </section>
      )}
    </main>
  );
}
