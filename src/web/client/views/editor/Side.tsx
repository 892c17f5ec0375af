/**
 * The editor's side panel for the focused unit: glossary terms (numbered: Ctrl+Shift+1..9),
 * translation-memory matches (Ctrl+1..9) with their score, the word diff from the match's
 * Indonesian to this unit's and the English with this unit's numbers put in, and the history.
 */
import { useEffect, useState } from "preact/hooks";
import type { Help, History, TFunction, TermHint } from "../../api";
import { Diff } from "../../components";
import { tmLabels } from "../../tm-labels";

/** The glossary renderings offered for a unit, in the order shown (Ctrl+Shift+1..9). */
export function glossaryInserts(terms: readonly TermHint[]): string[] {
  return terms.flatMap((term) => (term.dnt ? [term.source] : [...term.preferred, ...term.admitted]));
}

/** What Ctrl+n inserts for TM match n: the English adapted to this unit's numbers when there is one. */
export function tmInsert(m: Help["tm"][number]): string {
  return m.adapted?.text ?? m.text;
}

const keep = (e: MouseEvent) => e.preventDefault();

/** The window event that opens or closes the panel on a narrow screen (Alt+G in a unit's English: Editor.tsx). */
export const SIDE_TOGGLE = "selaras-side-toggle";

/** `focused`: a unit is focused (else the panel says how to pick one, not "Nothing for this unit" three times). */
export function Side({ t, focused = true, help, history, onInsert }: { t: TFunction; focused?: boolean; help: Help | null; history: History | null; onInsert: (text: string) => void }) {
  let k = 0;
  /** On a narrow screen the panel is a bar at the bottom of the window, opened on demand (open, it covered a third of a phone's screen). */
  const [open, setOpen] = useState(false);
  useEffect(() => {
    const toggle = () => setOpen((o) => !o);
    window.addEventListener(SIDE_TOGGLE, toggle);
    return () => window.removeEventListener(SIDE_TOGGLE, toggle);
  }, []);
  return (
    <aside class={`help${open ? "" : " collapsed"}`}>
      <button type="button" class="side-toggle" aria-expanded={open} onMouseDown={keep} onClick={() => setOpen(!open)}>{t(open ? "web.editor.side-hide" : "web.editor.side-show")}</button>
      {!focused ? <p class="none" data-testid="side-pick">{t("web.editor.side-pick")}</p> : <>
      <h2>{t("web.editor.terms")}</h2>
      {help && help.terms.length ? (
        <ul>{help.terms.map((term) => (
          <li key={term.entry}><span class="term-src" lang="id">{term.source}</span> → {(term.dnt ? [term.source] : [...term.preferred, ...term.admitted]).map((p) => { k++; return <button type="button" class="insert" key={p} lang={term.dnt ? "id" : "en"} data-key={k <= 9 ? `ctrl+shift+${k}` : undefined} onMouseDown={keep} onClick={() => onInsert(p)}>{k <= 9 && <kbd>{k}</kbd>}{p}</button>; })}
            {term.forbidden.length > 0 && <span class="forbidden">{t("web.editor.forbidden", { terms: term.forbidden.join(", ") })}</span>}</li>
        ))}</ul>
      ) : <p class="none">{t("web.editor.none")}</p>}
      <h2>{t("web.editor.tm")}</h2>
      {help && help.tm.length ? (
        <ul class="tm">{help.tm.map((m, i) => (
          <li key={i} data-tm={i + 1}>
            <span class="score">{Math.round(m.similarity * 100)}%</span>{tmLabels(t, m).map((l) => <span key={l} class="tm-state"> · {l}</span>)} <span class="tm-label">{t("web.editor.tm-source-diff")}</span>
            <Diff parts={m.diff ?? []} lang="id" />
            <button type="button" class="insert" lang="en" data-key={i < 9 ? `ctrl+${i + 1}` : undefined} onMouseDown={keep} onClick={() => onInsert(tmInsert(m))}>{i < 9 && <kbd>{i + 1}</kbd>}{tmInsert(m)}</button>
            {m.adapted && <div class="adapted">{t("web.editor.tm-adapted", { text: m.text })}</div>}
          </li>
        ))}</ul>
      ) : <p class="none">{t("web.editor.none")}</p>}
      <h2>{t("web.editor.history")}</h2>
      {history && history.revisions.length ? (
        <ol class="history">{[...history.revisions].reverse().map((r) => (
          <li key={r.revision} data-revision={r.revision}>
            {/* the time in the reader's own zone and language (22 Nov 2026, 07.33 in Jakarta), not UTC cut from the ISO string */}
            <div class="rev-head">{t("web.editor.revision", { revision: r.revision, author: r.author, state: t(`web.state.${r.status}`), time: new Date(r.time) })}</div>
            <Diff parts={r.diff} lang="en" />
            {r.note && <div class="note">{r.note}</div>}
          </li>
        ))}</ol>
      ) : <p class="none">{t("web.editor.none")}</p>}
      </>}
    </aside>
  );
}
