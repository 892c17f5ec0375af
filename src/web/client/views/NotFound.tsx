/**
 * An address that is none of the workbench's pages (a mistyped link, an old bookmark): the server
 * answers 404 with the page, and the page says so — the address, and the way on — in the person's
 * language, under the usual header (its navigation, its skip link).
 */
import type { TFunction } from "../api";

export function NotFound({ t }: { t: TFunction }) {
  let path = location.pathname;
  try { path = decodeURIComponent(path); } catch { /* (not UTF-8 once decoded: the address as it is) */ }
  return (
    <main class="not-found">
      <h1>{t("web.not-found.heading")}</h1>
      <p class="error" role="alert" data-testid="not-found">{t("web.not-found.text", { path })}</p>
      <p><a href="/">{t("web.not-found.documents")}</a></p>
    </main>
  );
}
