/**
 * The editor (`/documents/<slug>`, `?ref=<ref>` focuses a unit): one row per unit (views/editor/Row.tsx),
 * rendered windowed (only rows near the viewport are in the DOM: editor/useWindowList.ts), the side
 * panel for the focused unit (editor/Side.tsx). Keyboard first; every change goes through the API
 * (save/confirm, join, unjoin, split, note), after which the unit list is read again when refs change.
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from "preact/hooks";
import { api, ApiError, autosize, encodeRef, errorText, needsWork, suggestedDocument, type DiffPart, type Finding, type Help, type History, type State, type TFunction, type Unit } from "../api";
import { spacedInsert } from "./editor/spacing";
import { FILTERS, FILTER_STATES, joinableNext, keepUnit, refMembers, suggestionsByUnit, type DocTerms, type Filter, type FindingCounts, type Suggestion } from "./editor/model";
import { Row, type RowStatus } from "./editor/Row";
import { wordEdge } from "./editor/cut";
import { Side, SIDE_TOGGLE, glossaryInserts, tmInsert } from "./editor/Side";
import { selectionInSource } from "./editor/Source";
import { useWindowList } from "./editor/useWindowList";
import { TermFromSelection } from "./TermFromSelection";
import { mergeLive, useLive, type LiveUnit } from "../live";
import { announce, SuggestedError } from "../components";

const KEYS = ["confirm", "move", "copy-source", "tm", "glossary", "side", "join", "unjoin", "split", "help"] as const;

/**
 * Where the window's visible part ends for the rows: on a narrow window (a phone, 200% zoom) the side
 * panel is a bar stuck to the bottom of the window, over the rows; a field under it is not visible.
 */
/** What a confirmation says once saved: a review says it was reviewed, not confirmed. */
const confirmedKey = (state: string): string => (state === "reviewed" ? "web.editor.confirmed-review" : "web.editor.confirmed");

function visibleBottom(): number {
  const side = document.querySelector("aside.help");
  return side && matchMedia("(max-width: 760px)").matches ? Math.min(window.innerHeight, side.getBoundingClientRect().top) : window.innerHeight;
}

/** The event main.tsx's editor skip link sends: the Editor moves the focus to an English field. */
export const SKIP_TO_ENGLISH = "selaras:skip-to-english";

/** `mayReview`: the person's role may confirm to reviewed (the session's `may`): only then is review mode offered. */
export function Editor({ t, slug, mayReview, onFields }: { t: TFunction; slug: string; mayReview: boolean; onFields?: (shown: boolean) => void }) {
  const [units, setUnits] = useState<Unit[] | null>(null);
  const [error, setError] = useState("");
  // (whether the page holds English fields: main.tsx offers "Skip to the English field" only then —
  // not on a "no such document" page, whose skip link goes to the main content)
  const hasFields = !error && !!units && units.length > 0;
  useEffect(() => { onFields?.(hasFields); }, [hasFields, onFields]);
  /** The document a missing one's "did you mean" names (a link to it). */
  const [suggested, setSuggested] = useState<string | null>(null);
  const [status, setStatus] = useState<Record<string, RowStatus>>({});
  const [focusRef, setFocusRef] = useState<string | null>(null);
  const [filter, setFilter] = useState<Filter>("all");
  const [query, setQuery] = useState("");
  const [review, setReview] = useState(false);
  // (logged in again as someone who may not review: review mode ends with the offer)
  useEffect(() => { if (!mayReview) setReview(false); }, [mayReview]);
  const [terms, setTerms] = useState<DocTerms>({ concepts: {}, units: {} });
  /** Counts the glossary's changes announced live: the side panel's help is read again at each. */
  const [glossaryTurn, setGlossaryTurn] = useState(0);
  const [suggestions, setSuggestions] = useState<Suggestion[]>([]);
  const [counts, setCounts] = useState<FindingCounts>({});
  const [splitPoint, setSplitPoint] = useState<{ ref: string; offset: number } | null>(null);
  /** The unit whose keyboard split dialog is open. */
  const [splitOpen, setSplitOpen] = useState<string | null>(null);
  const [keysShown, setKeysShown] = useState(false);
  const keysShownRef = useRef(false);
  keysShownRef.current = keysShown;
  const keysButton = useRef<HTMLButtonElement>(null);
  const keysDialog = useRef<HTMLDivElement>(null);
  /** Where the focus was when `?` opened the list (it goes back there), else the list's button. */
  const keysFrom = useRef<HTMLElement | null>(null);
  const closeKeys = () => {
    setKeysShown(false);
    // (back where the list was opened from: the control `?` was pressed in, or its button; focus
    // outside the list, a field the person went on typing in, stays where it is)
    const from = keysFrom.current;
    keysFrom.current = null;
    if (document.activeElement?.closest(".keys") || document.activeElement === document.body) (from?.isConnected ? from : keysButton.current)?.focus();
  };
  const [helpState, setHelp] = useState<Help | null>(null);
  const [historyState, setHistory] = useState<History | null>(null);
  /**
   * What a person had typed in a row when they chose "Use theirs" in a save conflict: shown under the
   * row until they put it back in the field or dismiss it (a misclick must not lose their words).
   */
  const [dropped, setDropped] = useState<Record<string, string>>({});
  const droppedRef = useRef(dropped);
  droppedRef.current = dropped;
  const typing = useRef<Map<string, ReturnType<typeof setTimeout>>>(new Map());
  const saves = useRef<Map<string, number>>(new Map());
  /**
   * Saves answered, per unit: a findings-as-you-type answer for text typed while a save was under way,
   * arriving after that save's answer, updates the findings but keeps what the save said ("Saved. What
   * you typed while it was saving is kept…": under load it came ~400 ms later and wiped that message).
   */
  const answered = useRef<Map<string, number>>(new Map());
  const areas = useRef<Map<string, HTMLTextAreaElement>>(new Map());
  /** What is typed in each field (kept while a row is out of the window and unmounted). */
  const texts = useRef<Map<string, string>>(new Map());
  /**
   * The Indonesian each typed text was written for (the row's source when typing began): sent with
   * the save, which the server refuses (`unit-source-changed`) when the unit reads otherwise now; and
   * how a re-read unit list (an article ingested again: a sentence inserted renumbers the units) moves
   * typed text to the unit that still has that Indonesian.
   */
  const typedFor = useRef<Map<string, string>>(new Map());
  /**
   * The revision each typed text was based on (the row's revision when typing began). A re-read unit
   * list (a join elsewhere, an ingest, an alignment) brings newer revisions, but the typed text was
   * not written on them: its save must meet the conflict with what someone else saved meanwhile,
   * not replace it unseen.
   */
  const baseOf = useRef<Map<string, number>>(new Map());
  const busy = useRef<Set<string>>(new Set());
  /** Confirmations under way, by ref: the state asked for, which the row's chip shows until the server answers. */
  const [asked, setAsked] = useState<ReadonlyMap<string, State>>(new Map());
  const lastLive = useRef<Map<string, LiveUnit>>(new Map());
  /** Notes typed for units without English: sent with their next save. */
  const pendingNotes = useRef<Map<string, string>>(new Map());
  /** A unit to give the keyboard focus once its row is rendered. */
  const pendingFocus = useRef<string | null>(null);
  /** Joins, unjoins and splits this page made (their live events are its own), and how many are under way. */
  const ownChanges = useRef<Set<string>>(new Set());
  const restructuring = useRef(0);
  const unitsRef = useRef<Unit[]>([]);
  unitsRef.current = units ?? [];

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const tag = (e.target as HTMLElement | null)?.tagName;
      // `?` opens the list and puts the focus in it (a screen reader reads it; Esc closes it), as its
      // button does; `?` again, or Esc, closes it and gives the focus back where it was
      if (e.key === "?" && tag !== "TEXTAREA" && tag !== "INPUT") {
        e.preventDefault();
        if (keysShownRef.current) closeKeys();
        else {
          keysFrom.current = document.activeElement instanceof HTMLElement && document.activeElement !== document.body ? document.activeElement : null;
          setKeysShown(true);
          setTimeout(() => keysDialog.current?.focus(), 0);
        }
      } else if (e.key === "Escape" && keysShownRef.current) closeKeys();
    };
    // A caret in a row's Indonesian marks where Split cuts it (a selection of words is the glossary
    // page's "add a term": TermFromSelection).
    const onSelect = () => {
      const s = selectionInSource();
      if (!s) return;
      // (a caret inside a word cuts at the nearer edge of the word: a word is never cut in two)
      const at = s.start === s.end ? wordEdge(s.source, s.start) : -1;
      if (s.start === s.end) setSplitPoint((p) => (p && p.ref === s.ref && p.offset === at ? p : { ref: s.ref, offset: at }));
      else setSplitPoint(null);
    };
    // Read when a person ends a selection (mouse or keyboard), not on every selection change: a row
    // re-rendered under the caret (its terms arriving) moves the selection without anyone asking.
    document.addEventListener("keydown", onKey);
    document.addEventListener("mouseup", onSelect);
    document.addEventListener("keyup", onSelect);
    return () => { document.removeEventListener("keydown", onKey); document.removeEventListener("mouseup", onSelect); document.removeEventListener("keyup", onSelect); };
  }, []);

  // Leaving the page (closing the tab, a link, a reload) with English typed and not saved: the
  // browser asks first ("Leave site? Changes you made may not be saved") instead of dropping it.
  useEffect(() => {
    const onLeave = (e: BeforeUnloadEvent) => {
      const byRef = new Map(unitsRef.current.map((u) => [u.ref, u]));
      for (const [ref, text] of texts.current) {
        const u = byRef.get(ref);
        if (text.trim() !== "" && text !== (u?.target ?? "")) { e.preventDefault(); e.returnValue = ""; return; }
      }
      // (an English set aside by "Use theirs" and neither put back nor dismissed: still the person's words)
      if (Object.keys(droppedRef.current).length > 0) { e.preventDefault(); e.returnValue = ""; }
    };
    window.addEventListener("beforeunload", onLeave);
    return () => window.removeEventListener("beforeunload", onLeave);
  }, []);

  /** Reads the unit list (and what goes with it) again; `focus` names the unit to focus afterwards. */
  function load(focus?: string) {
    const base = `/api/documents/${encodeURIComponent(slug)}`;
    api<Unit[]>("GET", `${base}/units`).then((us) => {
      forgetStored(unitsRef.current, us);
      const moved = followTyped(unitsRef.current, us);
      const want = focus !== undefined ? moved.get(focus) ?? focus : undefined;
      setUnits(us);
      if (want) {
        // The unit itself, the unit it is now part of (joined), or its first part (unjoined, split).
        const u = us.find((x) => x.ref === want || refMembers(x.ref).includes(want)) ?? us.find((x) => refMembers(want).includes(refMembers(x.ref)[0]!));
        if (u) { setFocusRef(u.ref); pendingFocus.current = u.ref; }
      }
    }, (e) => { setError(errorText(t, e)); setSuggested(suggestedDocument(e)); });
    api<Suggestion[]>("GET", `${base}/suggestions`).then(setSuggestions, () => setSuggestions([]));
    api<DocTerms>("GET", `${base}/terms`).then(setTerms, () => undefined);
    api<FindingCounts>("GET", `${base}/findings`).then(setCounts, () => undefined);
  }
  useEffect(() => { load(new URLSearchParams(location.search).get("ref") ?? undefined); }, [slug]);

  /**
   * A field's text that is only the English as this page last had it stored (a save of its own, the
   * field left as it was), not typed since, follows the unit's English when the list is read again and
   * the unit was saved elsewhere meanwhile (another revision: a command beside the server, a pulled
   * translations file) — as a live save does (mergeLive). It was kept as if typed: the field went on
   * showing the old English, and its next save met a conflict with text nobody typed.
   */
  function forgetStored(before: readonly Unit[], after: readonly Unit[]): void {
    const was = new Map(before.map((u) => [u.ref, u]));
    const now = new Map(after.map((u) => [u.ref, u]));
    const gone: string[] = [];
    for (const [ref, text] of [...texts.current]) {
      const old = was.get(ref), fresh = now.get(ref);
      if (!old || !fresh || busy.current.has(ref) || text !== (old.target ?? "") || fresh.revision === old.revision) continue;
      texts.current.delete(ref); typedFor.current.delete(ref); baseOf.current.delete(ref);
      gone.push(ref);
    }
    // (and what the row said of that save — "Reviewed.", its findings — is about English it no longer shows)
    if (gone.length) setStatus((prev) => { const next = { ...prev }; for (const ref of gone) if (next[ref]?.kind === "ok") delete next[ref]; return next; });
  }

  /**
   * Typed, unsaved text whose unit reads another Indonesian in the new list (`after`) goes with its
   * Indonesian to the unit that has it now (a sentence inserted or removed before it renumbered the
   * units), with its note and row status; text that finds no such unit stays on its ref (its save is
   * then refused as `unit-source-changed`, and nothing is lost). Returns old ref → new ref.
   */
  function followTyped(before: readonly Unit[], after: readonly Unit[]): Map<string, string> {
    const moved = new Map<string, string>();
    const now = new Map(after.map((u) => [u.ref, u]));
    const was = new Map(before.map((u) => [u.ref, u]));
    const lifted: Array<{ from: string; source: string; text: string; base?: number; note?: string; status?: RowStatus }> = [];
    for (const [ref, text] of texts.current) {
      const source = typedFor.current.get(ref);
      const old = was.get(ref);
      if (source === undefined || !old || text === (old.target ?? "") || now.get(ref)?.source === source) continue;
      const to = after.find((u) => u.source === source);
      if (!to) continue;
      lifted.push({ from: ref, source, text, ...(baseOf.current.has(ref) ? { base: baseOf.current.get(ref)! } : {}), ...(pendingNotes.current.has(ref) ? { note: pendingNotes.current.get(ref)! } : {}), ...(status[ref] ? { status: status[ref] } : {}) });
      moved.set(ref, to.ref);
    }
    // A unit holding typed text of its own that stays there takes no other text.
    const staying = new Set([...texts.current.keys()].filter((r) => !moved.has(r)));
    for (let i = lifted.length - 1; i >= 0; i--) {
      const to = moved.get(lifted[i]!.from)!;
      if (staying.has(to) && (texts.current.get(to) ?? "") !== (was.get(to)?.target ?? "")) { moved.delete(lifted[i]!.from); lifted.splice(i, 1); }
    }
    for (const l of lifted) { texts.current.delete(l.from); typedFor.current.delete(l.from); baseOf.current.delete(l.from); pendingNotes.current.delete(l.from); }
    const statusMoves: Record<string, RowStatus | undefined> = {};
    for (const l of lifted) {
      const to = moved.get(l.from)!;
      texts.current.set(to, l.text);
      typedFor.current.set(to, l.source);
      if (l.base !== undefined) baseOf.current.set(to, l.base);
      if (l.note !== undefined) pendingNotes.current.set(to, l.note);
      statusMoves[l.from] = undefined;
      if (l.status) statusMoves[to] = l.status;
    }
    if (lifted.length) setStatus((prev) => { const next = { ...prev }; for (const [k, v] of Object.entries(statusMoves)) { if (v) next[k] = v; else delete next[k]; } return next; });
    return moved;
  }

  // Presence and saves by others, live (src/web/client/live.ts).
  const present = useLive(slug, {
    unit: (lu, me) => {
      // Someone else saved the unit this person is on: said (politely) — its English may change under them.
      const on = (document.activeElement as HTMLElement | null)?.closest?.("[data-ref]")?.getAttribute("data-ref");
      const was = unitsRef.current.find((x) => x.ref === lu.ref);
      if (on === lu.ref && lu.author !== me && !busy.current.has(lu.ref) && was && lu.revision > was.revision) {
        announce(t("web.editor.live-saved", { author: lu.author ?? "?", ref: lu.ref, state: t(`web.state.${lu.state}`, { defaultValue: lu.state }) }));
      }
      // (the newest save seen of each unit: one that comes while this page's own save of the unit is
      // under way is applied when that save has its answer, not dropped)
      const had = lastLive.current.get(lu.ref);
      if (!had || had.revision < lu.revision) lastLive.current.set(lu.ref, lu);
      setUnits((prev) => mergeLive(prev, lu, texts.current, busy.current));
    },
    // Units joined / unjoined / split elsewhere: read them again, keeping the row being worked on focused.
    // This page's own change is left to `restructure`, which reads them and focuses the unit it made
    // (the event can come before or after the answer to its request).
    changed: (e) => {
      // A colleague's confirmed record from a translations file (a pull, an import) the checks refused was
      // kept as a draft: said on its row, naming the file, and to a screen reader — the state it asked
      // for must not change silently.
      if (e.kind === "changed" && e.drafted?.length) {
        // (with the findings that refused it listed under the row, as a refused save's are)
        const said = Object.fromEntries(e.drafted.map((d) => [d.ref, t(d.file ? "web.editor.pulled-drafted" : "web.editor.pulled-drafted-unnamed", {
          count: d.findings.filter((f) => f.severity === "error" && !f.suppressed).length, author: d.author ?? "?", file: d.file ?? "", state: t(`web.state.${d.requested}`, { defaultValue: d.requested }),
        })]));
        const found = new Map(e.drafted.map((d) => [d.ref, d.findings]));
        setStatus((prev) => {
          const next = { ...prev };
          for (const [ref, message] of Object.entries(said)) next[ref] = { findings: found.get(ref) ?? [], kind: "refused", message };
          return next;
        });
        for (const [ref, message] of Object.entries(said)) announce(t("web.editor.announce", { ref, message }));
      }
      if (restructuring.current > 0) return;
      if (e.kind !== "changed" && ownChanges.current.delete(`${e.kind} ${e.ref}`)) return;
      load((document.activeElement as HTMLElement | null)?.closest?.("[data-ref]")?.getAttribute("data-ref") ?? undefined);
    },
    // The glossary changed (its files pulled, a sync, an edit): every row's term highlights and findings
    // counts, and the side panel, follow it (they were read only when the units were).
    glossary: () => {
      const base = `/api/documents/${encodeURIComponent(slug)}`;
      api<DocTerms>("GET", `${base}/terms`).then(setTerms, () => undefined);
      api<FindingCounts>("GET", `${base}/findings`).then(setCounts, () => undefined);
      setGlossaryTurn((n) => n + 1);
    },
  });
  const shown = useMemo(() => (units ?? []).filter((u) => keepUnit(u, filter, query, counts, texts.current.get(u.ref))), [units, filter, query, counts]);
  const focusIndex = focusRef === null ? -1 : shown.findIndex((u) => u.ref === focusRef);
  /** Where the unit being worked on was in the list shown (the row that takes its place when it leaves). */
  const lastIndex = useRef(-1);
  if (focusIndex >= 0) lastIndex.current = focusIndex;
  const filterSelect = useRef<HTMLSelectElement>(null);
  // The unit being worked on left the list shown while its field had the focus (confirmed in "Has
  // findings" or "Untranslated" with no other unit needing work shown, its findings fixed, a
  // colleague's save): the focus went with its row, to the page's body. It goes to the row that took
  // its place (else the one before), or to the filter when none is left — never to nowhere.
  useEffect(() => {
    if (focusRef === null || focusIndex >= 0 || units === null) return;
    const at = document.activeElement;
    if (at && at !== document.body) return;
    const to = shown[Math.min(lastIndex.current, shown.length - 1)];
    if (to) focusUnit(to.ref);
    else filterSelect.current?.focus();
  }, [shown, focusRef]);
  const focused = focusIndex >= 0 ? shown[focusIndex] : undefined;
  const { virtualizer, container } = useWindowList(shown.length, (i) => shown[i]?.ref ?? String(i), focusIndex);
  const byUnit = useMemo(() => suggestionsByUnit(units ?? [], suggestions), [units, suggestions]);
  const nextOf = useMemo(() => joinableNext(units ?? []), [units]);

  // The keyboard is never left on the page's body when what held it goes away: a conflict's "Use theirs",
  // a set-aside English's "Dismiss", a note saved with Enter (its field is made again), a suggested
  // join's button. It goes back to the English field of the row it was in.
  const lastFocus = useRef<{ el: Element; ref: string } | null>(null);
  useEffect(() => {
    const on = (e: FocusEvent) => {
      const ref = (e.target as HTMLElement | null)?.closest?.("[data-ref]")?.getAttribute("data-ref");
      lastFocus.current = ref ? { el: e.target as Element, ref } : null;
    };
    document.addEventListener("focusin", on);
    return () => document.removeEventListener("focusin", on);
  }, []);
  useEffect(() => {
    const was = lastFocus.current;
    if (!was || was.el.isConnected || (document.activeElement && document.activeElement !== document.body)) return;
    const el = areas.current.get(was.ref);
    if (el?.isConnected) el.focus({ preventScroll: true });
  });

  // Give the focus to a unit asked for (deep link, Alt+↑/↓, Ctrl+Enter, after a join) once its row exists.
  useLayoutEffect(() => {
    const ref = pendingFocus.current;
    if (!ref) return;
    const i = shown.findIndex((u) => u.ref === ref);
    if (i < 0) return;
    const el = areas.current.get(ref);
    if (!el) { virtualizer.scrollToIndex(i, { align: "center" }); return; }
    pendingFocus.current = null;
    el.focus({ preventScroll: true });
    const r = el.closest("[data-ref]")!.getBoundingClientRect();
    const f = el.getBoundingClientRect();
    if (r.top < 0 || r.bottom > window.innerHeight || f.bottom > visibleBottom()) virtualizer.scrollToIndex(i, { align: r.height > window.innerHeight / 2 ? "start" : "center" });
  });

  // Only what belongs to the focused unit (a reply for the unit focused before is not shown).
  const help = helpState && focused && helpState.ref === focused.ref ? helpState : null;
  const history = historyState && focused && historyState.ref === focused.ref ? historyState : null;
  useEffect(() => {
    if (!focused) { setHelp(null); setHistory(null); return; }
    // (a reply that comes after the focus or the revision moved on is dropped: arriving last, the
    // help of the unit just confirmed would replace the next unit's, and its panel stay empty)
    let live = true;
    const keep = <T,>(set: (v: T | null) => void) => [(v: T) => { if (live) set(v); }, () => { if (live) set(null); }] as const;
    api<Help>("GET", `/api/units/${encodeRef(focused.ref)}/help`).then(...keep<Help>(setHelp));
    api<History>("GET", `/api/units/${encodeRef(focused.ref)}/history`).then(...keep<History>(setHistory));
    return () => { live = false; };
  }, [focused?.ref, focused?.revision, glossaryTurn]);

  // The page's second skip link ("Skip to the English field", main.tsx): the English of the unit being
  // worked on, else the first shown unit that needs work (in review mode: not yet reviewed), else the first.
  useEffect(() => {
    const go = (): void => {
      const pending = (x: Unit) => (review ? x.state !== "reviewed" || x.stale : needsWork(x));
      const u = shown.find((x) => x.ref === focusRef) ?? shown.find(pending) ?? shown[0];
      if (u) focusUnit(u.ref);
    };
    window.addEventListener(SKIP_TO_ENGLISH, go);
    return () => window.removeEventListener(SKIP_TO_ENGLISH, go);
  });
  function focusUnit(ref: string) {
    setFocusRef(ref);
    pendingFocus.current = ref;
    const el = areas.current.get(ref);
    if (el) { el.focus({ preventScroll: true }); el.closest("[data-ref]")?.scrollIntoView({ block: "nearest" }); pendingFocus.current = null; }
  }
  /** One unit changed (a save here; a save by someone else, for live updates); `load()` when refs change (join/unjoin/split). */
  function replace(u: Unit) {
    setUnits((prev) => prev && prev.map((x) => (x.ref === u.ref ? u : x)));
  }
  /** A row's message, shown under it and said once to a screen reader (the page's polite live region). */
  const say = (ref: string, s: RowStatus) => {
    setStatus((prev) => ({ ...prev, [ref]: s }));
    if (s.message) announce(t("web.editor.announce", { ref, message: s.message }));
  };
  const countFindings = (ref: string, findings: Finding[]) => setCounts((c) => {
    const open = findings.filter((f) => !f.suppressed);
    const next = { ...c };
    if (open.length === 0) delete next[ref];
    else next[ref] = { error: open.filter((f) => f.severity === "error").length, warning: open.filter((f) => f.severity === "warning").length };
    return next;
  });

  async function save(u: Unit, confirm: boolean, baseRevision = baseOf.current.get(u.ref) ?? u.revision, comment?: string): Promise<boolean> {
    const target = texts.current.get(u.ref) ?? u.target ?? "";
    if (busy.current.has(u.ref)) return false;
    busy.current.add(u.ref);
    // (a confirmation shows the state asked for in the row's chip at once, marked as being saved; the
    // answer replaces it — the stored state, a refusal's draft — and the row's `data-state` is the stored one throughout)
    if (confirm) setAsked((m) => new Map(m).set(u.ref, review ? "reviewed" : "translated"));
    // A save supersedes any findings-as-you-type request still pending for this unit.
    const pending = typing.current.get(u.ref);
    if (pending) { clearTimeout(pending); typing.current.delete(u.ref); }
    saves.current.set(u.ref, (saves.current.get(u.ref) ?? 0) + 1);
    const note = comment ?? pendingNotes.current.get(u.ref);
    const source = typedFor.current.get(u.ref) ?? u.source;
    /** Typed in the field while the save was under way: kept (and left unsaved), never replaced by what was saved. */
    const typedSince = () => (texts.current.get(u.ref) ?? u.target ?? "") !== target;
    const requested: State = confirm ? (review ? "reviewed" : "translated") : "draft";
    /** The save to make again with this base revision (this very English is stored already: its answer was lost). */
    let again: number | undefined;
    try {
      const r = await api<{ unit: Unit; findings: Finding[]; state: State }>("PUT", `/api/units/${encodeRef(u.ref)}`, { target, baseRevision, source, confirm, review: confirm && review, ...(note !== undefined ? { note } : {}) });
      replace(r.unit);
      pendingNotes.current.delete(u.ref);
      const more = typedSince();
      if (more) { typedFor.current.set(u.ref, r.unit.source); baseOf.current.set(u.ref, r.unit.revision); }
      else { texts.current.set(u.ref, r.unit.target ?? ""); typedFor.current.delete(u.ref); baseOf.current.delete(u.ref); }
      countFindings(u.ref, r.findings);
      say(u.ref, { findings: r.findings, kind: "ok", message: t(more ? "web.editor.typing-kept" : confirm ? confirmedKey(requested) : comment !== undefined ? "web.editor.sent-back" : "web.editor.saved") });
      return !more;
    } catch (e) {
      if (e instanceof ApiError && e.status === 422) {
        const b = e.body as unknown as { unit: Unit; findings: Finding[] };
        replace(b.unit);
        // Stored as a draft: the field's text (this one, or what was typed since) builds on that revision.
        baseOf.current.set(u.ref, b.unit.revision);
        pendingNotes.current.delete(u.ref);
        countFindings(u.ref, b.findings);
        say(u.ref, { findings: b.findings, kind: "refused", message: t("web.editor.refused") });
      } else if (e instanceof ApiError && e.status === 409 && e.body.code === "unit-source-changed") {
        // The unit reads another Indonesian now: the page reads the units again (the typed text
        // follows its Indonesian if that moved), and a second save of this text is the person's choice.
        const d = e.body.data as { source: string };
        if (!(texts.current.has(u.ref))) texts.current.set(u.ref, target);
        say(u.ref, { findings: [], kind: "error", message: t("web.editor.source-moved") });
        load(u.ref);
        if (typedFor.current.get(u.ref) === source) typedFor.current.set(u.ref, d.source);
      } else if (e instanceof ApiError && e.status === 409 && e.body.code === "unit-conflict" && (e.body.data as { text: string }).text === target.trim() && comment === undefined) {
        // The stored English is this English (a save whose answer was lost on the way, retried; or
        // someone saved the same words): no conflict to show. In the state asked for, it is saved;
        // else it is saved again on the stored revision.
        let fresh: Unit;
        try { fresh = await api<Unit>("GET", `/api/units/${encodeRef(u.ref)}`); } catch (x) {
          say(u.ref, { findings: [], kind: "error", message: errorText(t, x) });
          return false;
        }
        if (fresh.state === requested && !fresh.stale) {
          replace(fresh);
          pendingNotes.current.delete(u.ref);
          if (!typedSince()) { texts.current.set(u.ref, fresh.target ?? ""); typedFor.current.delete(u.ref); baseOf.current.delete(u.ref); }
          else baseOf.current.set(u.ref, fresh.revision);
          say(u.ref, { findings: [], kind: "ok", message: t(confirm ? confirmedKey(requested) : "web.editor.saved") });
          return !typedSince();
        }
        again = fresh.revision;
      } else if (e instanceof ApiError && e.status === 409 && e.body.code === "unit-conflict") {
        const d = e.body.data as { text: string; yours: string; revision: number; diff: DiffPart[]; state?: State; stale?: boolean };
        say(u.ref, { findings: [], kind: "error", message: t("web.editor.conflict", { revision: d.revision }), conflict: { theirs: d.text, yours: d.yours, revision: d.revision, diff: d.diff, ...(d.state ? { state: d.state, stale: d.stale === true } : {}) } });
        // The row keeps the revision its English was written on (the conflict's base), so the side
        // panel would go on showing the history read before the other save: read again, it names
        // who saved and when (the panel of another unit focused meanwhile is left as it is).
        api<History>("GET", `/api/units/${encodeRef(u.ref)}/history`).then((h) => setHistory((prev) => (prev === null || prev.ref === h.ref ? h : prev)), () => undefined);
      } else {
        say(u.ref, { findings: [], kind: "error", message: errorText(t, e) });
      }
      if (again === undefined) return false;
    } finally {
      busy.current.delete(u.ref);
      setAsked((m) => { if (!m.has(u.ref)) return m; const n = new Map(m); n.delete(u.ref); return n; });
      answered.current.set(u.ref, (answered.current.get(u.ref) ?? 0) + 1);
      // Someone else's save that came meanwhile (its event was held back while this one was under
      // way), newer than what this save stored: the row shows it, unless the field holds typing.
      const seen = lastLive.current.get(u.ref);
      if (seen) setUnits((prev) => mergeLive(prev, seen, texts.current, busy.current));
    }
    return save(u, confirm, again, comment);
  }

  /** Findings as you type: the pair checks on the text in the field, 400 ms after the last key. */
  function checkSoon(ref: string, target: string) {
    const prev = typing.current.get(ref);
    if (prev) clearTimeout(prev);
    // (the saves answered when this text was typed: one answered since spoke about this very text)
    const seen = answered.current.get(ref) ?? 0;
    typing.current.set(ref, setTimeout(() => {
      typing.current.delete(ref);
      if (target.trim() === "") return;
      const seq = saves.current.get(ref) ?? 0;
      api<Help>("GET", `/api/units/${encodeRef(ref)}/help?target=${encodeURIComponent(target)}`).then((h) => {
        // (the unit's glossary terms as the server reads them now: a glossary changed meanwhile — in the
        // folder, beside the server — shows in the side panel without moving off the unit)
        setHelp((cur) => (cur && cur.ref === h.ref ? { ...cur, terms: h.terms, ...(h.spans ? { spans: h.spans } : {}) } : cur));
        if ((texts.current.get(ref) ?? "") !== target || (saves.current.get(ref) ?? 0) !== seq) return;
        const saidSince = (answered.current.get(ref) ?? 0) !== seen;
        setStatus((s) => (s[ref]?.conflict ? s : { ...s, [ref]: saidSince ? { ...s[ref], findings: h.findings } : { findings: h.findings, kind: "typing" } }));
      }, () => undefined);
    }, 400));
  }

  /** English typed and not saved (a join, unjoin or split would renumber the unit under it). */
  const unsaved = (u: Unit | undefined) => !!u && texts.current.has(u.ref) && (texts.current.get(u.ref) ?? "") !== (u.target ?? "");
  /** Runs a join / unjoin / split, then reads the units again and focuses `focusOf(result)`. */
  async function restructure<T>(at: Unit, involved: Array<Unit | undefined>, call: () => Promise<T>, focusOf: (r: T) => string, done: string | ((r: T) => string), eventOf: (r: T) => string) {
    if (involved.some(unsaved)) { say(at.ref, { findings: [], kind: "error", message: t("web.editor.unsaved-first") }); return; }
    restructuring.current++;
    try {
      const r = await call();
      ownChanges.current.add(eventOf(r));
      for (const u of involved) if (u) { texts.current.delete(u.ref); typedFor.current.delete(u.ref); baseOf.current.delete(u.ref); pendingNotes.current.delete(u.ref); }
      const ref = focusOf(r);
      setSplitPoint(null);
      setSplitOpen(null);
      load(ref);
      say(ref, { findings: [], kind: "ok", message: t(typeof done === "string" ? done : done(r)) });
    } catch (e) {
      say(at.ref, { findings: [], kind: "error", message: errorText(t, e) });
    } finally {
      restructuring.current--;
    }
  }
  const unitOfMember = (ref: string) => unitsRef.current.find((u) => refMembers(u.ref).includes(ref));
  function join(at: Unit, a: string, b: string) {
    void restructure(at, [unitOfMember(a), unitOfMember(b)], () => api<{ ref: string; unsplit?: boolean }>("POST", `/api/units/${encodeRef(a)}/join`, { with: b }), (r) => r.ref, (r) => (r.unsplit ? "web.editor.unsplit" : "web.editor.joined"), (r) => `joined ${r.ref}`);
  }
  function unjoin(u: Unit) {
    void restructure(u, [u], () => api<{ unit: string; refs: string[]; firstRef: string }>("POST", `/api/units/${encodeRef(u.ref)}/unjoin`), (r) => r.refs[0] ?? r.firstRef, "web.editor.unjoined", (r) => `unjoined ${r.unit}`);
  }
  function split(u: Unit, offset: number) {
    void restructure(u, [u], () => api<{ units: [string, string]; drafts: unknown[] }>("POST", `/api/units/${encodeRef(u.ref)}/split`, { offset }), (r) => r.units[0],
      (r) => (r.units[0] === r.units[1] ? "web.editor.split-covered" : r.drafts.length > 0 ? "web.editor.split-drafts" : "web.editor.split-done"), (r) => `split ${r.units[0]}`);
  }
  async function saveNote(u: Unit, note: string) {
    if (u.target === null) {
      pendingNotes.current.set(u.ref, note);
      say(u.ref, { findings: status[u.ref]?.findings ?? [], kind: "ok", message: t("web.editor.note-pending") });
      return;
    }
    try {
      const r = await api<Unit>("PUT", `/api/units/${encodeRef(u.ref)}/note`, { note, baseRevision: u.revision });
      replace({ ...r, ...(u.sourceDiff ? { sourceDiff: u.sourceDiff } : {}) });
      say(u.ref, { findings: status[u.ref]?.findings ?? [], kind: "ok", message: t(note === "" ? "web.editor.note-removed" : "web.editor.note-saved") });
    } catch (e) {
      say(u.ref, { findings: [], kind: "error", message: errorText(t, e) });
    }
  }

  async function onKey(e: KeyboardEvent, u: Unit) {
    const i = shown.findIndex((x) => x.ref === u.ref);
    if (e.key === "Escape" && splitOpen === u.ref) {
      // Esc pressed in the English while the cut chooser is open (before it took the focus)
      e.preventDefault();
      setSplitOpen(null);
    } else if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      if (await save(u, true)) {
        const pending = (x: Unit) => (review ? x.state !== "reviewed" || x.stale : needsWork(x));
        const list = shown.map((x) => (x.ref === u.ref ? { ...x, state: (review ? "reviewed" : "translated") as State, stale: false } : x));
        let next = list.findIndex((x, j) => j > i && pending(x));
        if (next < 0) next = list.findIndex((x, j) => j !== i && pending(x));
        if (next >= 0) focusUnit(list[next]!.ref);
      }
    } else if (e.ctrlKey && e.code === "Space") {
      e.preventDefault();
      insert(u.ref, u.source);
    } else if (e.ctrlKey && /^Digit[1-9]$/.test(e.code)) {
      const n = Number(e.code.slice(5)) - 1;
      const m = help?.tm[n];
      const text = e.shiftKey ? glossaryInserts(help?.terms ?? [])[n] : m && tmInsert(m);
      // (kept from the browser even with no match n: Ctrl+n switched to browser tab n, away from the
      // unit, only when the unit had fewer matches — the same key did two unrelated things)
      e.preventDefault();
      if (text !== undefined) insert(u.ref, text);
    } else if (e.altKey && (e.key === "ArrowDown" || e.key === "ArrowUp")) {
      e.preventDefault();
      const j = Math.max(0, Math.min(shown.length - 1, i + (e.key === "ArrowDown" ? 1 : -1)));
      if (shown[j]) focusUnit(shown[j]!.ref);
    } else if (e.altKey && e.code === "KeyJ") {
      e.preventDefault();
      if (e.shiftKey) { if (u.ref.includes("+")) unjoin(u); }
      else { const next = nextOf.get(u.ref); if (next) join(u, refMembers(u.ref)[0]!, next); }
    } else if (e.altKey && e.code === "KeyG") {
      // (the side panel, a bar at the bottom of a narrow screen, opened or closed without leaving the
      // field: reached by Tab it came only after every row below this one)
      e.preventDefault();
      window.dispatchEvent(new Event(SIDE_TOGGLE));
    } else if (e.altKey && e.code === "KeyK") {
      e.preventDefault();
      if (splitPoint && splitPoint.ref === u.ref) split(u, splitPoint.offset);
      else setSplitOpen(u.ref);
    }
  }

  async function resolveConflict(u: Unit, keep: "theirs" | "mine") {
    const c = status[u.ref]?.conflict;
    if (!c) return;
    const fresh = await api<Unit>("GET", `/api/units/${encodeRef(u.ref)}`);
    if (keep === "theirs") {
      const mine = texts.current.get(u.ref) ?? c.yours;
      if (mine.trim() !== "" && mine !== (fresh.target ?? "")) setDropped((d) => ({ ...d, [u.ref]: mine }));
      texts.current.set(u.ref, fresh.target ?? "");
      typedFor.current.delete(u.ref);
      baseOf.current.delete(u.ref);
      replace(fresh);
      say(u.ref, { findings: [] });
    } else {
      // What the field holds now: the person may have merged the two texts by hand since the conflict.
      const mine = texts.current.get(u.ref) ?? c.yours;
      texts.current.set(u.ref, mine);
      replace({ ...fresh, target: mine });
      await save({ ...fresh, target: mine }, false, fresh.revision);
    }
  }

  /** Puts the English set aside by "Use theirs" back in the field, unsaved, written on the revision the row shows now. */
  function restoreDropped(u: Unit) {
    const mine = droppedRef.current[u.ref];
    if (mine === undefined) return;
    typedFor.current.set(u.ref, u.source);
    baseOf.current.set(u.ref, u.revision);
    texts.current.set(u.ref, mine);
    forgetDropped(u.ref);
    pendingFocus.current = u.ref;
    setFocusRef(u.ref);
    const el = areas.current.get(u.ref);
    if (el) { el.value = mine; autosize(el); el.focus(); }
    checkSoon(u.ref, mine);
  }
  const forgetDropped = (ref: string) => setDropped((d) => { const rest = { ...d }; delete rest[ref]; return rest; });

  /** The person changed a field's text: kept, with the Indonesian it is written for (as the row shows it now). */
  function typed(u: Unit, value: string) {
    const before = texts.current.get(u.ref);
    if (before === undefined || before === (u.target ?? "") || !typedFor.current.has(u.ref)) { typedFor.current.set(u.ref, u.source); baseOf.current.set(u.ref, u.revision); }
    texts.current.set(u.ref, value);
  }

  /** Puts text at the caret of a unit's field (focusing that unit). */
  function insert(ref: string, text: string) {
    const el = areas.current.get(ref);
    if (!el) return;
    if (ref !== focusRef) setFocusRef(ref);
    const start = el.selectionStart ?? el.value.length, end = el.selectionEnd ?? el.value.length;
    // (spaced as a writer spaces it: `Monday.` + `East Jakarta` → `Monday. East Jakarta`)
    const put = spacedInsert(el.value, start, end, text);
    el.value = put.value;
    const u = unitsRef.current.find((x) => x.ref === ref);
    if (u) typed(u, el.value); else texts.current.set(ref, el.value);
    autosize(el);
    el.focus();
    el.setSelectionRange(put.caret, put.caret);
    checkSoon(ref, el.value);
  }

  // (headed by the document's name, as the window's title: the page's one heading, which a screen reader jumps to)
  if (error) return <main class="editor"><h1>{slug}</h1><p class="error" role="alert"><SuggestedError text={error} suggestion={suggested} href={(d) => `/documents/${encodeURIComponent(d)}`} /></p><a href="/">{t("web.editor.back")}</a></main>;
  if (!units) return <main class="editor"><p>{t("web.loading")}</p></main>;
  const done = units.filter((u) => !needsWork(u)).length;
  const items = virtualizer.getVirtualItems();
  const margin = virtualizer.options.scrollMargin;
  return (
    <main class="editor">
      <TermFromSelection t={t} />
      <div class="toolbar">
        <a href="/">{t("web.editor.back")}</a>
        <h1>{slug}</h1>
        <span class="count">{t("web.editor.count", { done, total: units.length })}</span>
        <a href={`/documents/${encodeURIComponent(slug)}/align`} data-testid="align-link">{t("web.align.link")}</a>
        <select ref={filterSelect} value={filter} aria-label={t("web.editor.filter")} data-testid="filter" aria-describedby={FILTER_STATES[filter] ? "filter-states" : undefined} onChange={(e) => setFilter((e.target as HTMLSelectElement).value as Filter)}>
          {FILTERS.map((f) => <option key={f} value={f}>{t(`web.editor.filter-${f}`)}</option>)}
        </select>
        {FILTER_STATES[filter] && <span class="hint" id="filter-states" data-testid="filter-states">{t("web.editor.filter-states", { states: FILTER_STATES[filter]!.map((s) => t(`web.state.${s}`)).join(", ") })}</span>}
        <input type="search" class="search" value={query} placeholder={t("web.editor.search")} aria-label={t("web.editor.search")} data-testid="search"
          onInput={(e) => setQuery((e.target as HTMLInputElement).value)} />
        {(filter !== "all" || query.trim() !== "") && <span class="count" data-testid="shown">{t("web.editor.shown", { count: shown.length })}</span>}
        {mayReview && <label class="review"><input type="checkbox" checked={review} onChange={(e) => setReview((e.target as HTMLInputElement).checked)} data-testid="review" /> {t("web.editor.review-mode")}</label>}
        <span class="hint" id="editor-keys-hint">{t(review ? "web.editor.keys-review" : "web.editor.keys")}</span>
        <button type="button" class="keys-open" ref={keysButton} aria-expanded={keysShown} data-testid="keys-open"
          onClick={() => { keysFrom.current = null; setKeysShown(!keysShown); if (!keysShown) setTimeout(() => keysDialog.current?.focus(), 0); }}>{t("web.keys.open")}</button>
      </div>
      {keysShown && (
        <div class="keys" role="dialog" aria-labelledby="keys-title" tabIndex={-1} ref={keysDialog}>
          <h2 id="keys-title">{t("web.keys.title")}</h2>
          <button type="button" class="small keys-close" onClick={closeKeys}>{t("web.keys.close")}</button>
          <table><tbody>
            {KEYS.map((k) => <tr key={k}><th>{t(`web.keys.${k}-key`)}</th><td>{t(`web.keys.${k}`)}</td></tr>)}
          </tbody></table>
        </div>
      )}
      <div class="columns">
        <div class="units" ref={container} style={{ height: `${virtualizer.getTotalSize()}px` }}>
          {shown.length === 0 && <p class="none">{t("web.editor.nothing-shown")}</p>}
          {items.map((item) => {
            const u = shown[item.index];
            if (!u) return null;
            return (
              <div key={u.ref} class="slot" data-index={item.index} ref={virtualizer.measureElement} style={{ transform: `translateY(${item.start - margin}px)` }}>
                <Row
                  t={t} unit={u} focused={u.ref === focusRef} review={review} status={status[u.ref]} asked={asked.get(u.ref)}
                  storedFindings={help && help.ref === u.ref && !status[u.ref] ? help.findings : undefined}
                  english={texts.current.get(u.ref) ?? u.target ?? ""}
                  spans={terms.units[u.ref]} concepts={terms.concepts} suggestions={byUnit.get(u.ref) ?? []} counts={counts[u.ref]}
                  nextRef={nextOf.get(u.ref) ?? null}
                  present={present[u.ref]}
                  splitAt={splitPoint && splitPoint.ref === u.ref ? splitPoint.offset : null}
                  pendingNote={pendingNotes.current.get(u.ref)}
                  areaRef={(el: HTMLTextAreaElement | null) => { if (el) areas.current.set(u.ref, el); else if (areas.current.get(u.ref)?.isConnected !== true) areas.current.delete(u.ref); }}
                  onInput={(el) => { typed(u, el.value); autosize(el); checkSoon(u.ref, el.value); }}
                  onFocus={(el) => { if (focusRef !== u.ref) setFocusRef(u.ref); autosize(el); }}
                  onKeyDown={(e) => void onKey(e, u)}
                  onInsert={insert}
                  onJoin={(a, b) => join(u, a, b)}
                  onUnjoin={() => unjoin(u)}
                  onSplit={(offset) => split(u, offset)}
                  splitOpen={splitOpen === u.ref}
                  onSplitOpen={() => setSplitOpen(u.ref)}
                  onSplitClose={() => { setSplitOpen(null); areas.current.get(u.ref)?.focus(); }}
                  onNote={(note) => void saveNote(u, note)}
                  onSendBack={(comment) => save(u, false, undefined, comment)}
                  onResolve={(keep) => void resolveConflict(u, keep)}
                  dropped={dropped[u.ref]}
                  onRestore={() => restoreDropped(u)}
                  onForget={() => forgetDropped(u.ref)}
                />
              </div>
            );
          })}
        </div>
        <Side t={t} focused={focused !== null && focused !== undefined} help={help} history={history} onInsert={(text) => { if (focused) insert(focused.ref, text); }} />
      </div>
    </main>
  );
}
