/**
 * "Add term" from the editor: when Indonesian text of a unit is selected, a button offers to add it
 * to the glossary. It opens the glossary page's form prefilled with the selection, the English
 * last selected in that unit's field (else its whole English) and the unit's ref (to come back to).
 * Rendered once by the editor, for admins; it finds the unit from the selection (`[data-ref] .src`).
 */
import { useEffect, useRef, useState } from "preact/hooks";
import { api, mayDo, type Session, type TFunction } from "../api";

interface Picked { ref: string; source: string; target: string }

/** The English last selected in a unit's field (the field may lose its selection once the Indonesian is selected). */
interface English { ref: string; text: string }

function selectedEnglish(): English | null {
  const el = document.activeElement;
  if (!(el instanceof HTMLTextAreaElement) || el.selectionEnd <= el.selectionStart) return null;
  const ref = el.closest("[data-ref]")?.getAttribute("data-ref");
  return ref ? { ref, text: el.value.slice(el.selectionStart, el.selectionEnd).replace(/\s+/g, " ").trim() } : null;
}

function pick(english: English | null): Picked | null {
  const sel = window.getSelection();
  const text = sel?.toString().replace(/\s+/g, " ").trim() ?? "";
  if (!sel || sel.rangeCount === 0 || text === "" || text.length > 200) return null;
  const node = sel.getRangeAt(0).commonAncestorContainer;
  const el = node instanceof Element ? node : node.parentElement;
  const src = el?.closest(".src");
  const row = src?.closest("[data-ref]");
  if (!src || !row || src.querySelector(".ref")?.contains(el ?? null)) return null;
  const ref = row.getAttribute("data-ref") ?? "";
  const whole = (row.querySelector("textarea")?.value ?? "").replace(/\s+/g, " ").trim();
  return { ref, source: text, target: english && english.ref === ref && english.text ? english.text : whole };
}

export function TermFromSelection({ t }: { t: TFunction }) {
  const [picked, setPicked] = useState<Picked | null>(null);
  const english = useRef<English | null>(null);
  /** Only a role that may change the glossary (the session's `may`: the server's own table) is offered it. */
  const [admin, setAdmin] = useState(false);
  useEffect(() => { api<Session>("GET", "/api/session").then((s) => setAdmin(mayDo(s, "glossary.edit")), () => setAdmin(false)); }, []);
  useEffect(() => {
    const update = () => {
      const e = selectedEnglish();
      if (e) english.current = e;
      setPicked(pick(english.current));
    };
    document.addEventListener("selectionchange", update);
    document.addEventListener("select", update, true);
    return () => { document.removeEventListener("selectionchange", update); document.removeEventListener("select", update, true); };
  }, []);
  if (!picked || !admin) return null;
  const href = `/glossary?${new URLSearchParams({ add: "1", source: picked.source, target: picked.target, ref: picked.ref }).toString()}`;
  return (
    <div class="term-from-selection" role="toolbar">
      <a class="button" href={href} title={t("web.add-term.title")} data-testid="add-term" onMouseDown={(e) => e.preventDefault()}>
        {t("web.add-term.button", { text: picked.source })}
      </a>
    </div>
  );
}
