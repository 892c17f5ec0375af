/**
 * A unit's Indonesian with its glossary terms highlighted (tooltip: the renderings; click inserts the
 * preferred one; a forbidden rendering found in the English marks the term). The text lives in one
 * element (`.src-text`) whose character offsets are the source's (`selectionInSource`): a caret
 * placed in it is the split point (a selection of words: the glossary page's TermFromSelection).
 */
import type { TFunction, TermHint } from "../../api";
import { cleanSpans, forbiddenUsed, termInsert, type TermSpan } from "./model";

export interface SourceProps {
  t: TFunction;
  unitRef: string;
  text: string;
  spans: readonly TermSpan[] | undefined;
  concepts: Record<string, TermHint>;
  /** The English as typed (to mark a forbidden rendering in it). */
  english: string;
  onInsert: (ref: string, text: string) => void;
}

function tooltip(t: TFunction, term: TermHint): string {
  const parts = [term.dnt ? t("web.editor.term-dnt") : t("web.editor.term-preferred", { terms: term.preferred.join(", ") })];
  if (term.admitted.length) parts.push(t("web.editor.term-admitted", { terms: term.admitted.join(", ") }));
  if (term.forbidden.length) parts.push(t("web.editor.forbidden", { terms: term.forbidden.join(", ") }));
  if (term.note) parts.push(term.note);
  parts.push(t("web.editor.term-click"));
  return parts.join("\n");
}

export function Source({ t, unitRef, text, spans, concepts, english, onInsert }: SourceProps) {
  const out: preact.ComponentChildren[] = [];
  let at = 0;
  cleanSpans(spans).forEach((s, k) => {
    if (s.start > at) out.push(text.slice(at, s.start));
    const term = concepts[s.entry];
    const surface = text.slice(s.start, s.end);
    const insert = termInsert(term, surface);
    const bad = forbiddenUsed(term, english);
    out.push(
      <mark key={`t${k}`} class={`term${term?.dnt ? " dnt" : ""}${bad.length ? " term-forbidden" : ""}`} data-entry={s.entry} title={term ? tooltip(t, term) : undefined}
        onClick={(e) => {
          // A click that selects text (a drag) is a selection, not an insert.
          const sel = window.getSelection();
          if (insert === undefined || (sel && !sel.isCollapsed)) return;
          e.preventDefault();
          onInsert(unitRef, insert);
        }}>
        {surface}
      </mark>,
    );
    at = s.end;
  });
  if (at < text.length) out.push(text.slice(at));
  return <span class="src-text" lang="id" id={`src-${unitRef}`} data-src={unitRef}>{out}</span>;
}

/** Where the page's selection sits inside a `.src-text` element, as offsets of the source text. */
export function selectionInSource(): { ref: string; start: number; end: number; text: string; source: string } | null {
  const sel = window.getSelection();
  if (!sel || sel.rangeCount === 0) return null;
  const range = sel.getRangeAt(0);
  const host = (range.startContainer instanceof Element ? range.startContainer : range.startContainer.parentElement)?.closest<HTMLElement>(".src-text");
  if (!host || !host.contains(range.endContainer)) return null;
  const offset = (node: Node, off: number) => {
    const r = document.createRange();
    r.setStart(host, 0);
    r.setEnd(node, off);
    return r.toString().length;
  };
  const start = offset(range.startContainer, range.startOffset);
  const end = offset(range.endContainer, range.endOffset);
  const source = host.textContent ?? "";
  return { ref: host.dataset.src ?? "", start, end, text: source.slice(start, end), source };
}
