/**
 * The workbench page (Preact, bundled by esbuild at build time; see src/web/build.ts). Its words
 * come from the CLI's i18next resources (`web.*`, `error.*`, `check.*`), fetched from
 * /api/i18n/<lang>. Every text is rendered through Preact, which escapes it.
 *
 * Files: api.ts (types, fetch wrapper, i18n), components.tsx (shared bits), views/*.tsx (one per
 * page); this file holds the shell (header, language, login) and the router.
 */
import { render } from "preact";
import { useEffect, useLayoutEffect, useState } from "preact/hooks";
import { api, loadT, LOGIN_REQUIRED_EVENT, mayDo, mayMoveTo, startLang, type Session, type TFunction } from "./api";
import { Login } from "./views/Login";
import { Dashboard } from "./views/Dashboard";
import { Editor, SKIP_TO_ENGLISH } from "./views/Editor";
import { Align } from "./views/Align";
import { Glossary } from "./views/Glossary";
import { Audit } from "./views/Audit";
import { NotFound } from "./views/NotFound";
import "./app.css";

/** Remembers the page's language in this browser, and in the address when it names one (a reload or a copied link keeps it). */
function remember(lang: string): void {
  localStorage.setItem("selaras-lang", lang);
  const u = new URL(location.href);
  if (u.searchParams.has("lang") && u.searchParams.get("lang") !== lang) { u.searchParams.set("lang", lang); history.replaceState(history.state, "", u); }
}

function App() {
  const [lang, setLang] = useState(startLang);
  const [t, setT] = useState<TFunction | null>(null);
  const [session, setSession] = useState<Session | null>(null);
  useEffect(() => {
    void loadT(lang).then((fn) => setT(() => fn));
    remember(lang);
  }, [lang]);
  /**
   * A language chosen in the menu is remembered as it is chosen, not in the effect after the next
   * paint: a link followed at once (a person's next click; a test on a loaded machine) opened the
   * next page in the language chosen before.
   */
  const choose = (chosen: string) => { remember(chosen); setLang(chosen); };
  useEffect(() => { void api<Session>("GET", "/api/session").then(setSession); }, []);
  // Esc closes the open disclosure the keyboard is in (an export menu, an audit concept's list) and
  // gives the focus back to its summary: a keyboard user is never left inside a menu with no way out.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== "Escape" || e.defaultPrevented) return;
      const d = (document.activeElement as HTMLElement | null)?.closest?.("details[open]") as HTMLDetailsElement | null;
      if (!d) return;
      d.open = false;
      d.querySelector("summary")?.focus();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, []);
  // The session ended while a page was open (expired, token renewed, user logged out elsewhere): the
  // login form goes over the page, which stays mounted — what was typed in it is not lost.
  const [ended, setEnded] = useState(false);
  /** Where the keyboard was when the session ended (a row's English): it goes back there after logging in. */
  const [before, setBefore] = useState<HTMLElement | null>(null);
  useEffect(() => {
    const on = () => { setBefore((b) => b ?? (document.activeElement as HTMLElement | null)); setEnded(true); };
    window.addEventListener(LOGIN_REQUIRED_EVENT, on);
    return () => window.removeEventListener(LOGIN_REQUIRED_EVENT, on);
  }, []);
  // Logged in again: the keyboard goes back where it was as soon as the page is drawn without `inert`
  // (an inert element takes no focus: a timer set at the login could run before that render, and the
  // focus then fell to the page's body), in the same commit as that render (a layout effect: no key
  // pressed meanwhile goes elsewhere)
  const [refocus, setRefocus] = useState<HTMLElement | null>(null);
  useLayoutEffect(() => {
    if (ended || !refocus) return;
    if (refocus.isConnected) refocus.focus();
    setRefocus(null);
  }, [ended, refocus]);
  // Logged in from the login page: the token field went away with the form, and the focus with it
  // (to the page's body; Tab then went on from where the field was). The page's content takes it: a
  // screen reader reads the page, the next Tab is its first control (a page that focuses a unit
  // itself, `?ref=`, does so once its units are read).
  const [arrived, setArrived] = useState(false);
  useLayoutEffect(() => {
    if (!arrived) return;
    setArrived(false);
    if (!document.activeElement || document.activeElement === document.body) document.getElementById("content")?.focus();
  }, [arrived]);
  // (the editor's English fields are there: read, and the document is — the second skip link goes to them)
  const [fields, setFields] = useState(false);
  const m = /^\/documents\/([^/]+)\/?$/.exec(location.pathname);
  const al = /^\/documents\/([^/]+)\/align\/?$/.exec(location.pathname);
  // (an address that is none of the pages: the server answered 404 with this page, which says so)
  const unknown = !m && !al && !["/", "/glossary", "/audit"].includes(location.pathname);
  // The window's title names the page (a screen reader reads it first, and it tells tabs apart).
  const loggedOut = !!session && session.loginRequired && !session.user;
  const pageName = !t ? "" : loggedOut ? t("web.login.heading") : unknown ? t("web.not-found.heading") : al ? t("web.align.heading", { document: decodeURIComponent(al[1]!) })
    : m ? decodeURIComponent(m[1]!) : location.pathname === "/glossary" ? t("web.glossary.heading") : location.pathname === "/audit" ? t("cli.audit.title") : t("web.dashboard.heading");
  useEffect(() => { if (t) document.title = t("web.page-title", { page: pageName, title: t("web.title") }); }, [t, pageName]);
  if (!t || !session) return null;
  async function logout() {
    await api("POST", "/api/logout");
    setSession({ user: null, loginRequired: true, may: [] });
  }
  return (
    <div class="app">
      <a class="skip" href="#content" inert={ended && !!session.user} onClick={(e) => { e.preventDefault(); document.getElementById("content")?.focus(); }}>{t("web.skip")}</a>
      {m && !loggedOut && fields && <a class="skip" href="#content" inert={ended && !!session.user} onClick={(e) => { e.preventDefault(); window.dispatchEvent(new Event(SKIP_TO_ENGLISH)); }}>{t("web.skip-english")}</a>}
      <header class="top" inert={ended && !!session.user}>
        <a class="brand" href="/">{t("web.title")}</a>
        <nav class="nav">
          <a href="/" aria-current={location.pathname === "/" ? "page" : undefined}>{t("web.nav.documents")}</a>
          <a href="/glossary" aria-current={location.pathname === "/glossary" ? "page" : undefined}>{t("web.nav.glossary")}</a>
          <a href="/audit" aria-current={location.pathname === "/audit" ? "page" : undefined}>{t("web.nav.audit")}</a>
        </nav>
        {session.loginRequired && session.user && (
          <span class="who">{t("web.login.as", { name: session.user.name, role: t(`web.role.${session.user.role}`, { defaultValue: session.user.role }) })} <button type="button" onClick={() => void logout()}>{t("web.login.logout")}</button></span>
        )}
        <label class="lang">
          {t("web.language")}{" "}
          <select value={lang} onChange={(e) => choose((e.target as HTMLSelectElement).value)} data-testid="lang">
            <option value="en" lang="en">English</option>
            <option value="id" lang="id">Bahasa Indonesia</option>
          </select>
        </label>
      </header>
      {/* (inert under the login asked for over it: Tab stays in that dialog, not in the page it covers) */}
      <div id="content" tabIndex={-1} inert={ended && !!session.user}>
      {session.loginRequired && !session.user ? <Login t={t} onDone={(s) => { setSession(s); setArrived(true); }} />
        : unknown ? <NotFound t={t} />
        : al ? <Align t={t} slug={decodeURIComponent(al[1]!)} />
        : m ? <Editor t={t} slug={decodeURIComponent(m[1]!)} mayReview={mayMoveTo(session, "reviewed")} onFields={setFields} />
        : location.pathname === "/glossary" ? <Glossary t={t} admin={mayDo(session, "glossary.edit")} me={session.user?.name ?? ""} />
        : location.pathname === "/audit" ? <Audit t={t} />
        : <Dashboard t={t} />}
      </div>
      <div id="announce" class="sr-only" aria-live="polite" />
      {ended && session.user && <div class="relogin-backdrop" role="dialog" aria-modal="true" aria-label={t("web.login.heading")}><Login t={t} expired onDone={(s) => {
        setEnded(false); setSession(s);
        setRefocus(before);
        setBefore(null);
      }} /></div>}
    </div>
  );
}

render(<App />, document.getElementById("app")!);
