/**
 * Splitting from the keyboard: a slider over the places between the words of the Indonesian
 * (←/→ move the cut, Enter splits, Esc closes), with the two parts shown as they would become.
 */
import { useLayoutEffect, useRef, useState } from "preact/hooks";
import type { TFunction } from "../../api";

/** Offsets where a cut may go: the start of each run of spaces between two words. */
export function cutPoints(text: string): number[] {
  const out: number[] = [];
  const re = /\s+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) if (m.index > 0 && m.index + m[0].length < text.length) out.push(m.index);
  return out;
}

/** The first cut after a clause mark (, ; : —) past the first quarter, else the middle one. */
function initialCut(text: string, points: number[]): number {
  const i = points.findIndex((p) => p > text.length / 4 && /[,;:—–]$/.test(text.slice(0, p)));
  return i >= 0 ? i : Math.floor(points.length / 2);
}

export function SplitDialog({ t, source, start, onSplit, onClose }: { t: TFunction; source: string; start: number | null; onSplit: (offset: number) => void; onClose: () => void }) {
  const points = cutPoints(source);
  const [i, setI] = useState(() => {
    const near = start === null ? -1 : points.findIndex((p) => p >= start);
    return near >= 0 ? near : initialCut(source, points);
  });
  const input = useRef<HTMLInputElement>(null);
  // focused before the chooser is painted: a key pressed as soon as it shows goes to it
  useLayoutEffect(() => { input.current?.focus(); }, []);
  if (points.length === 0) return <div class="split-dialog" role="dialog"><span>{t("web.editor.split-none")}</span> <button type="button" class="small" onClick={onClose}>{t("web.editor.split-cancel")}</button></div>;
  const at = points[Math.min(i, points.length - 1)]!;
  return (
    <div class="split-dialog" role="dialog" aria-label={t("web.editor.split-dialog")}>
      <input ref={input} type="range" min={0} max={points.length - 1} value={i} aria-label={t("web.editor.split-dialog")}
        onInput={(e) => setI(Number((e.target as HTMLInputElement).value))}
        onKeyDown={(e) => {
          if (e.key === "Enter") { e.preventDefault(); onSplit(at); }
          else if (e.key === "Escape") { e.preventDefault(); e.stopPropagation(); onClose(); }
        }} />
      <div class="split-preview" lang="id"><span class="part">{source.slice(0, at).trimEnd()}</span><span class="cut-mark" aria-hidden="true"> | </span><span class="part">{source.slice(at).trimStart()}</span></div>
      <button type="button" class="small" data-action="split-confirm" onClick={() => onSplit(at)}>{t("web.editor.split-confirm")}</button>{" "}
      <button type="button" class="small" onClick={onClose}>{t("web.editor.split-cancel")}</button>
      <span class="hint small-hint"> {t("web.editor.split-keys")}</span>
    </div>
  );
}
