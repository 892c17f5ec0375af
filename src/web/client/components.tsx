/** Small components shared by the views. */
import { useEffect, useState } from "preact/hooks";
import { api, type DiffPart, type TFunction } from "./api";

/**
 * Rows a long list shows at first and adds at each "more" (dashboard documents, glossary concepts,
 * audit concepts and conflicts): a corpus has thousands, and laying them all out took seconds.
 */
export const ROWS = 200;

/** "Show n more (of total)" under a list that shows `shown` of `total` rows, `step` more at a time; nothing once all are shown. */
export function ShowMore({ t, shown, total, step = ROWS, onMore, testId }: { t: TFunction; shown: number; total: number; step?: number; onMore: () => void; testId?: string }) {
  if (total <= shown) return null;
  return <button type="button" class="more" data-testid={testId} onClick={onMore}>{t("web.more", { count: Math.min(step, total - shown), total })}</button>;
}

/**
 * A check named as people read it ("Forbidden glossary rendering", web.check-name.<id>), its id
 * (`glossary-forbidden-term`, as docs/checks.md and `selaras check` name it) kept in the title for
 * whoever looks it up.
 */
/**
 * An error message whose "did you mean 'x'?" names a document that is there: that name as a link to
 * it (`href`), the rest as text. No suggestion (or the message does not quote it): the text as it is.
 */
export function SuggestedError({ text, suggestion, href }: { text: string; suggestion: string | null; href: (document: string) => string }) {
  const quoted = suggestion ? `'${suggestion}'` : "";
  const at = quoted ? text.lastIndexOf(quoted) : -1;
  if (!suggestion || at < 0) return <>{text}</>;
  return <>{text.slice(0, at + 1)}<a href={href(suggestion)} data-testid="suggested-document">{suggestion}</a>{text.slice(at + quoted.length - 1)}</>;
}

export function CheckName({ t, id }: { t: TFunction; id: string }) {
  return <span class="check-name" title={id} data-check-id={id}>{t(`web.check-name.${id}`, { defaultValue: id })}</span>;
}

/**
 * A word diff: insertions as <ins>, deletions as <del>; `lang`: the language of its words (a screen
 * reader's pronunciation). A word replaced by another is a deletion next to an insertion with no
 * space between them (`Russia` → `Budi` before `'s`): a space is put between the two (`.diff-gap`),
 * so that neither the eye nor a screen reader reads them as one word (`RussiaBudi's`).
 */
export function Diff({ parts, lang }: { parts: DiffPart[]; lang?: "id" | "en" }) {
  const out = [];
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i]!;
    const before = parts[i - 1];
    if (before && before.kind !== "same" && p.kind !== "same" && before.kind !== p.kind && /\S$/u.test(before.text) && /^\S/u.test(p.text)) out.push(<span key={`gap${i}`} class="diff-gap"> </span>);
    out.push(p.kind === "added" ? <ins key={i}>{p.text}</ins> : p.kind === "removed" ? <del key={i}>{p.text}</del> : <span key={i}>{p.text}</span>);
  }
  return <p class="diff" lang={lang}>{out}</p>;
}

/**
 * Says `text` to a screen reader through the page's one polite live region (#announce, in main.tsx):
 * a save, a confirm, a join or a refusal is heard once, without moving the focus. The region is
 * emptied first, so the same words said twice (two units confirmed) are heard twice.
 */
export function announce(text: string): void {
  const el = document.getElementById("announce");
  if (!el) return;
  el.textContent = "";
  setTimeout(() => { el.textContent = text; }, 50);
}

/**
 * A text field's `size` (in characters) that shows its whole placeholder, in either language (an
 * Indonesian one is often half again as long as the English); CSS keeps it within its container.
 */
export function fitSize(placeholder: string, least = 20): number {
  return Math.max(least, [...placeholder].length + 4);
}

/** Who the workbench's admins are (GET /api/admins); `loginRequired` false: no users, everyone is the local user. */
export interface Admins { readonly admins: string[]; readonly loginRequired: boolean }
/** The admins, read once when the page that names them is shown (null until read, or when the read failed). */
export function useAdmins(wanted = true): Admins | null {
  const [admins, setAdmins] = useState<Admins | null>(null);
  useEffect(() => { if (wanted) api<Admins>("GET", "/api/admins").then(setAdmins, () => undefined); }, [wanted]);
  return admins;
}
/** The admins' names as a list in the page's language ("ayu, budi and siti" / "ayu, budi dan siti"). */
export function namesList(lang: string, names: readonly string[]): string {
  return new Intl.ListFormat(lang, { type: "conjunction" }).format(names);
}
