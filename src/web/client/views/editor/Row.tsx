/**
 * One unit row of the editor: the Indonesian (terms highlighted, stale diff, join suggestions), the
 * English `<textarea>`, state chips, findings, join / unjoin / split, the note, review's send-back
 * form and a save conflict. The row keeps the DOM contract: `data-ref`, `data-state`, one textarea.
 */
import type { Ref } from "preact";
import { findingText, type DiffPart, type Finding, type State, type TFunction, type TermHint, type Unit } from "../../api";
import { CheckName, Diff, fitSize } from "../../components";
import { Source } from "./Source";
import { SplitDialog } from "./SplitDialog";
import { suggestionText, type RowSuggestion, type TermSpan } from "./model";

export interface RowStatus { findings: Finding[]; message?: string; kind?: "ok" | "refused" | "error" | "typing"; conflict?: { theirs: string; yours: string; revision: number; diff: DiffPart[]; state?: State; stale?: boolean } }

export interface RowProps {
  t: TFunction;
  unit: Unit;
  focused: boolean;
  review: boolean;
  status: RowStatus | undefined;
  /**
   * The findings of the stored English (the focused row, nothing typed or saved here yet): what its
   * "n findings" chip counts, worded — a reviewer filtering "with findings" reads what each one is.
   */
  storedFindings?: readonly Finding[];
  /** The English as typed (the field's value). */
  english: string;
  spans: readonly TermSpan[] | undefined;
  concepts: Record<string, TermHint>;
  suggestions: readonly RowSuggestion[];
  /** Open findings of the stored English (from the document's findings counts). */
  counts: { error: number; warning: number } | undefined;
  /** The next unit in the document (join target), if any. */
  nextRef: string | null;
  /** The split point set by a caret in this row's Indonesian. */
  splitAt: number | null;
  /** The keyboard split dialog is open on this row. */
  splitOpen: boolean;
  onSplitOpen: () => void;
  onSplitClose: () => void;
  /** Note typed for a unit without English: saved with its English. */
  pendingNote: string | undefined;
  areaRef: Ref<HTMLTextAreaElement>;
  onInput: (el: HTMLTextAreaElement) => void;
  onFocus: (el: HTMLTextAreaElement) => void;
  onKeyDown: (e: KeyboardEvent) => void;
  onInsert: (ref: string, text: string) => void;
  onJoin: (a: string, b: string) => void;
  onUnjoin: () => void;
  onSplit: (offset: number) => void;
  onNote: (note: string) => void;
  onSendBack: (comment: string) => Promise<boolean>;
  onResolve: (keep: "theirs" | "mine") => void;
  /** The English this person had typed when they chose "Use theirs": offered back until put back or dismissed. */
  dropped?: string;
  onRestore: () => void;
  onForget: () => void;
  /** Who else has this unit open (live.ts). */
  present?: readonly string[];
  /** A confirmation of this unit under way: the state asked for, shown in the chip (marked) until the answer. */
  asked?: State;
}

/** A few words either side of the split point, for the button's label. */
function around(text: string, at: number): { before: string; after: string } {
  const before = text.slice(0, at).split(/\s+/).filter(Boolean).slice(-2).join(" ");
  const after = text.slice(at).split(/\s+/).filter(Boolean).slice(0, 2).join(" ");
  return { before, after };
}

const keep = (e: MouseEvent) => e.preventDefault(); // a button that must not take the selection or the caret away

export function Row(p: RowProps) {
  const { t, unit: u, status: st } = p;
  const joined = u.ref.includes("+");
  const findings = st && st.findings.length > 0 ? st.findings : p.storedFindings ?? [];
  // (in a save conflict the chips and `data-state` show the stored unit's state, the colleague's, as the box beside them does)
  const shown = st?.conflict?.state ? { state: st.conflict.state, stale: st.conflict.stale === true } : { state: u.state, stale: u.stale };
  return (
    <div class={`unit s-${shown.state}${shown.stale ? " stale" : ""}${p.focused ? " focused" : ""}`} data-ref={u.ref} data-state={shown.state} data-presence={p.present?.join(", ")}>
      <div class="src">
        <span class="ref">{u.ref}</span>
        <Source t={t} unitRef={u.ref} text={u.source} spans={p.spans} concepts={p.concepts} english={p.english} onInsert={p.onInsert} />
        {u.tags && (
          <div class="tags" data-testid="tags">
            <div class="tagged" lang="id">{u.tags.source}</div>
            <div class="legend">{t("web.editor.tags", { tags: u.tags.codes.map((c) => `${c.tag} ${c.label}`).join(", ") })}</div>
            {u.tags.lost && <div class="lost">{t("web.editor.tags-lost")}</div>}
          </div>
        )}
        {u.stale && u.sourceDiff && u.sourceDiff.length > 0 && <div class="source-diff"><b>{t("web.editor.source-changed")}</b><Diff parts={u.sourceDiff} lang="id" /></div>}
        {p.suggestions.map((s, k) => (
          <div key={k} class="suggest" data-suggest={s.side}>
            <span>{suggestionText(t, s)}</span>{" "}
            <button type="button" class="small" onMouseDown={keep} onClick={() => p.onJoin(s.a, s.b)}>{t("web.editor.join-suggested")}</button>
          </div>
        ))}
      </div>
      <div class="tgt">
        <textarea
          lang="en" rows={2} aria-label={t("web.editor.english", { ref: u.ref })}
          // (a screen reader reads the Indonesian to translate and the unit's state with the field's name)
          aria-describedby={`src-${u.ref} state-${u.ref}`}
          ref={p.areaRef}
          value={p.english}
          onInput={(e) => p.onInput(e.target as HTMLTextAreaElement)}
          onFocus={(e) => p.onFocus(e.target as HTMLTextAreaElement)}
          onKeyDown={(e) => p.onKeyDown(e as unknown as KeyboardEvent)}
        />
        <div class="meta">
          {p.asked && !st?.conflict
            ? <span class={`chip s-${p.asked} asked`} id={`state-${u.ref}`} data-asked={p.asked} title={t("web.editor.saving-state") as string}>{t(`web.state.${p.asked}`)}…</span>
            : <span class={`chip s-${shown.state}`} id={`state-${u.ref}`}>{t(`web.state.${shown.state}`)}</span>}
          {shown.stale && <span class="chip s-stale">{t("web.state.stale")}</span>}
          {p.present && <span class="chip presence" title={t("web.editor.present") as string}><span class="sr-only">{t("web.editor.present")}: </span>{p.present.join(", ")}</span>}
          {p.counts && (p.counts.error > 0 || p.counts.warning > 0) && (
            <span class={`chip ${p.counts.error > 0 ? "f-count-error" : "f-count-warning"}`} data-findings={p.counts.error + p.counts.warning}>{t("web.editor.findings-count", { count: p.counts.error + p.counts.warning })}</span>
          )}
          {/* (said through the page's live region when it is set: Editor's `say`) */}
          {st?.message && <span class={`msg ${st.kind ?? ""}`}>{st.message}</span>}
          <span class="actions">
            {p.nextRef && <button type="button" class="small" data-action="join" title={t("web.editor.join-title")} onMouseDown={keep} onClick={() => p.onJoin(u.ref.split("+")[0]!, p.nextRef!)}>{t("web.editor.join")}</button>}
            {joined && <button type="button" class="small" data-action="unjoin" title={t("web.editor.unjoin-title")} onMouseDown={keep} onClick={p.onUnjoin}>{t("web.editor.unjoin")}</button>}
            {p.splitAt !== null ? (
              <button type="button" class="small" data-action="split" onMouseDown={keep} onClick={() => p.onSplit(p.splitAt!)}>{t("web.editor.split-at", around(u.source, p.splitAt))}</button>
            ) : p.focused && !p.splitOpen && <button type="button" class="small" data-action="split-open" title={t("web.editor.split-hint")} onMouseDown={keep} onClick={p.onSplitOpen}>{t("web.editor.split-open")}</button>}
          </span>
        </div>
        {p.splitOpen && <SplitDialog t={t} source={u.source} start={p.splitAt} onSplit={p.onSplit} onClose={p.onSplitClose} />}
        {findings.length > 0 && (
          <ul class="findings" data-findings-of={st && st.findings.length > 0 ? "typed" : "stored"}>
            {findings.map((f, k) => <li key={k} class={`f-${f.severity}${f.suppressed ? " suppressed" : ""}`}>{t(`web.severity.${f.severity}`)} · <CheckName t={t} id={f.checkId} />: {findingText(t, f)}</li>)}
          </ul>
        )}
        {u.note && !p.focused && <div class="note" data-note>{t("web.editor.note-shown", { note: u.note })}</div>}
        {p.focused && (
          <form class="note-form" onSubmit={(e) => {
            e.preventDefault();
            const input = (e.currentTarget as HTMLFormElement).elements.namedItem("note") as HTMLInputElement;
            p.onNote(input.value.trim());
          }}>
            <input name="note" key={`${u.ref}:${u.revision}`} defaultValue={p.pendingNote ?? u.note ?? ""} placeholder={t("web.editor.note-placeholder")} style={{ flexBasis: `${fitSize(t("web.editor.note-placeholder"), 10)}ch` }} aria-label={t("web.editor.note-label", { ref: u.ref })} />
            <button type="submit" class="small">{t("web.editor.note-save")}</button>
          </form>
        )}
        {/* (a unit not yet confirmed — no English, or a draft already — has nothing to send back) */}
        {/* (the note's and the comment's fields are at least as wide as their placeholder, in either
            language: on a phone the button goes under the field rather than cut the placeholder short) */}
        {p.review && p.focused && u.state !== "untranslated" && u.state !== "draft" && (
          <form class="send-back" onSubmit={(e) => {
            e.preventDefault();
            const input = (e.currentTarget as HTMLFormElement).elements.namedItem("comment") as HTMLInputElement;
            void p.onSendBack(input.value.trim()).then((ok) => { if (ok) input.value = ""; });
          }}>
            <input name="comment" required placeholder={t("web.editor.comment")} style={{ flexBasis: `${fitSize(t("web.editor.comment"), 10)}ch` }} aria-label={t("web.editor.comment")} />
            <button type="submit">{t("web.editor.send-back")}</button>
          </form>
        )}
        {st?.conflict && (
          <div class="conflict">
            <div><b>{t("web.editor.theirs")}</b><p class="theirs" lang="en">{st.conflict.theirs}</p></div>
            <div><b>{t("web.editor.yours")}</b><p class="yours" lang="en">{st.conflict.yours}</p></div>
            <div class="diff-row"><b>{t("web.editor.diff")}</b><Diff parts={st.conflict.diff} lang="en" /></div>
            <button type="button" onClick={() => p.onResolve("theirs")}>{t("web.editor.use-theirs")}</button>
            <button type="button" onClick={() => p.onResolve("mine")}>{t("web.editor.keep-mine")}</button>
          </div>
        )}
        {p.dropped !== undefined && !st?.conflict && (
          <div class="dropped" data-dropped>
            <b>{t("web.editor.dropped")}</b>
            <p class="yours" lang="en">{p.dropped}</p>
            <button type="button" onClick={p.onRestore}>{t("web.editor.restore-mine")}</button>{" "}
            <button type="button" onClick={p.onForget}>{t("web.editor.forget-mine")}</button>
          </div>
        )}
      </div>
    </div>
  );
}
