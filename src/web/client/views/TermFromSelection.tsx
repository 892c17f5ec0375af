/**
 * "Add term" from the editor: when Indonesian text of a unit is selected, a button offers to add it
 * to the glossary. It opens the glossary page's form prefilled with the selection, the English
 * selected in that unit's field (else its whole English) and the unit's ref (to come back to).
 * Rendered once by the editor; it finds the unit from the selection (`[data-ref] .src`).
 */
import { useEffect, useState } from "preact/hooks";
import type { TFunction } from "../api";

interface Picked { ref: string; source: string; target: string }

function pick(): Picked | null {
  const sel = window.getSelection();
  const text = sel?.toString().replace(/\s+/g, " ").trim() ?? "";
  if (!sel || sel.rangeCount === 0 || text === "" || text.length > 200) return null;
  const node = sel.getRangeAt(0).commonAncestorContainer;
  const el = node instanceof Element ? node : node.parentElement;
  const src = el?.closest(".src");
  const row = src?.closest("[data-ref]");
  if (!src || !row || src.querySelector(".ref")?.contains(el ?? null)) return null;
  const area = row.querySelector("textarea");
  const english = area && area.selectionEnd > area.selectionStart ? area.value.slice(area.selectionStart, area.selectionEnd) : area?.value ?? "";
  return { ref: row.getAttribute("data-ref") ?? "", source: text, target: english.replace(/\s+/g, " ").trim() };
}

export function TermFromSelection({ t }: { t: TFunction }) {
  const [picked, setPicked] = useState<Picked | null>(null);
  useEffect(() => {
    const update = () => setPicked(pick());
    document.addEventListener("selectionchange", update);
    return () => document.removeEventListener("selectionchange", update);
  }, []);
  if (!picked) return null;
  const href = `/glossary?${new URLSearchParams({ add: "1", source: picked.source, target: picked.target, ref: picked.ref }).toString()}`;
  return (
    <div class="term-from-selection" role="toolbar">
      <a class="button" href={href} title={t("web.add-term.title")} data-testid="add-term" onMouseDown={(e) => e.preventDefault()}>
        {t("web.add-term.button", { text: picked.source })}
      </a>
    </div>
  );
}
