/**
 * The glossary page (`/glossary`): search the concepts (GET /api/glossary?q=, as `selaras glossary
 * list`), read one (GET /api/glossary/<id>), and — admins — add a term: the form first shows what it
 * would change across the corpus (POST /api/glossary/preview, the `--dry-run` of `glossary add`)
 * and writes to glossary/ only when confirmed (POST /api/glossary). `?add=1&source=…&target=…&ref=…`
 * opens the form prefilled (the editor's "add term" on a selection).
 */
import { useEffect, useRef, useState } from "preact/hooks";
import { api, ApiError, errorText, findingText, type Finding, type TFunction } from "../api";
import { CheckName, namesList, ROWS, ShowMore, useAdmins } from "../components";
import { useStoreChanges } from "../live";
import "./pages.css";

interface Form { source: string; text: string; caseSensitive: boolean }
interface Rendering { text: string; status: "preferred" | "admitted" | "forbidden"; caseSensitive: boolean; replacement?: string }
export interface ConceptView {
  id: string; sources: Form[]; renderings: Rendering[]; dnt: boolean; enforce?: string; unverified?: boolean;
  pos?: string; domain?: string; note?: string; example?: string; file?: string; line?: number;
  /** The concept's cells as its file writes them (GET /api/glossary/<id>): what the edit form starts from. */
  cells?: Record<string, string>;
}
/** A page of the search (GET /api/glossary?q=&limit=&offset=): `matched` concepts match, `concepts` holds those loaded so far. */
interface SearchResult { total: number; matched: number; offset: number; concepts: ConceptView[]; files: string[]; defaultFile: string }
interface PreviewFinding extends Finding { ref: string; suppressed: boolean }
interface Preview { file: string; entries: string[]; dryRun: { pairs: number; added: PreviewFinding[]; removed: PreviewFinding[] } }

const ENFORCE = ["error", "warning", "hint"] as const;
/** `a | b` → ["a", "b"] (the forms are written as in the glossary files). */
const splitForms = (s: string) => s.split("|").map((x) => x.trim()).filter(Boolean);
/** A concept id from a term, as `glossary import` makes them: ASCII kebab-case, starting with a letter. */
export function idFromTerm(term: string): string {
  const base = term.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
  return base === "" ? "" : /^[a-z]/.test(base) ? base : `t-${base}`;
}
const docOf = (ref: string) => ref.replace(/:[^:]*$/, "");
export const unitLink = (ref: string) => `/documents/${encodeURIComponent(docOf(ref))}?ref=${encodeURIComponent(ref)}`;

function Details({ t, c }: { t: TFunction; c: ConceptView }) {
  const by = (s: Rendering["status"]) => c.renderings.filter((r) => r.status === s);
  const forms = (list: Array<{ text: string; caseSensitive: boolean }>) =>
    list.map((f, k) => <span key={k} class="form">{k > 0 && <span class="sep"> · </span>}{f.text}{f.caseSensitive && <small class="cs" title={t("web.glossary.case-sensitive")}> Aa</small>}</span>);
  return (
    <section class="concept" data-concept={c.id}>
      <h2><code>{c.id}</code>{c.dnt && <span class="chip dnt">{t("web.glossary.dnt")}</span>}{c.unverified && <span class="chip">{t("web.glossary.unverified")}</span>}</h2>
      <dl>
        <dt>{t("web.glossary.sources")}</dt><dd lang="id" class="sources">{forms(c.sources)}</dd>
        {by("preferred").length > 0 && <><dt>{t("web.glossary.preferred")}</dt><dd lang="en" class="preferred">{forms(by("preferred"))}</dd></>}
        {by("admitted").length > 0 && <><dt>{t("web.glossary.admitted")}</dt><dd lang="en" class="admitted">{forms(by("admitted"))}</dd></>}
        {by("forbidden").length > 0 && <><dt>{t("web.glossary.forbidden")}</dt><dd lang="en" class="forbidden">{by("forbidden").map((r, k) => <span key={k} class="form">{k > 0 && <span class="sep"> · </span>}<span class="bad">{r.text}</span>{r.replacement && <> {t("web.glossary.replacement", { replacement: r.replacement })}</>}</span>)}</dd></>}
        <dt>{t("web.glossary.enforce")}</dt><dd class="enforce">{t(`web.glossary.enforce-level.${c.enforce ?? "error"}`)}</dd>
        {c.pos && <><dt>{t("web.glossary.pos")}</dt><dd>{c.pos}</dd></>}
        {c.domain && <><dt>{t("web.glossary.domain")}</dt><dd>{c.domain}</dd></>}
        {c.note && <><dt>{t("web.glossary.note")}</dt><dd class="note">{c.note}</dd></>}
        {c.example && <><dt>{t("web.glossary.example")}</dt><dd lang="id">{c.example}</dd></>}
        {c.file && <><dt>{t("web.glossary.file")}</dt><dd class="file">{c.line !== undefined ? t("web.glossary.file-line", { file: c.file, line: c.line }) : c.file}</dd></>}
      </dl>
    </section>
  );
}

function PreviewList({ t, list, kind }: { t: TFunction; list: PreviewFinding[]; kind: "added" | "removed" }) {
  return (
    <>{list.map((f, k) => (
      <li key={`${kind}${k}`} class={`${kind} f-${f.severity}${f.suppressed ? " suppressed" : ""}`}>
        <span class="sign">{t(`web.glossary.add.${kind}-finding`)}</span> <a href={unitLink(f.ref)}>{f.ref}</a> · {t(`web.severity.${f.severity}`)}{f.suppressed && ` (${t("web.glossary.add.suppressed")})`} · <CheckName t={t} id={f.checkId} />: {findingText(t, f)}
      </li>
    ))}</>
  );
}

function AddTerm({ t, files, defaultFile, onAdded }: { t: TFunction; files: string[]; defaultFile: string; onAdded: (c: ConceptView) => void }) {
  const params = new URLSearchParams(location.search);
  const from = params.get("ref") ?? "";
  const [id, setId] = useState(idFromTerm(params.get("source") ?? ""));
  const [idTouched, setIdTouched] = useState(false);
  const [sources, setSources] = useState(params.get("source") ?? "");
  const [preferred, setPreferred] = useState(params.get("target") ?? "");
  const [admitted, setAdmitted] = useState("");
  const [forbidden, setForbidden] = useState("");
  const [dnt, setDnt] = useState(false);
  const [enforce, setEnforce] = useState<string>("error");
  const [note, setNote] = useState("");
  const [file, setFile] = useState(defaultFile);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState("");
  const [done, setDone] = useState("");
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => { first.current?.focus(); }, []);
  const moves = usePreviewFocus(preview, done);
  /** Any change makes the preview out of date. */
  const edit = <T,>(set: (v: T) => void) => (v: T) => { set(v); setPreview(null); setDone(""); setError(""); };
  const body = () => ({
    concept: {
      id, sources: splitForms(sources), preferred: splitForms(preferred), admitted: splitForms(admitted), forbidden: splitForms(forbidden),
      dnt, enforce, ...(note.trim() ? { note: note.trim() } : {}),
    },
    file,
  });
  async function doPreview() {
    setBusy(true); setError("");
    try { setPreview(await api<Preview>("POST", "/api/glossary/preview", body())); } catch (e) { setError(errorText(t, e)); } finally { setBusy(false); }
  }
  async function confirm() {
    setBusy(true); setError("");
    try {
      const r = await api<{ file: string; entries: string[]; concept: ConceptView | null }>("POST", "/api/glossary", body());
      setPreview(null);
      setDone(t("web.glossary.add.done", { entry: r.entries[0] ?? id, file: r.file }));
      if (r.concept) onAdded(r.concept);
    } catch (e) { setError(errorText(t, e)); } finally { setBusy(false); }
  }
  const field = (label: string, value: string, set: (v: string) => void, name: string, lang?: string) => (
    <label class="field">{label}<input name={name} lang={lang} value={value} onInput={(e) => edit(set)((e.target as HTMLInputElement).value)} /></label>
  );
  return (
    <section class="add-term" aria-label={t("web.glossary.add.heading")}>
      <h2>{t("web.glossary.add.heading")}</h2>
      {from && <p class="from">{t("web.glossary.add.from-unit", { ref: from })}</p>}
      <form onSubmit={(e) => { e.preventDefault(); void doPreview(); }}>
        <label class="field">{t("web.glossary.add.sources")}
          <input ref={first} name="sources" lang="id" value={sources} onInput={(e) => { const v = (e.target as HTMLInputElement).value; edit(setSources)(v); if (!idTouched) setId(idFromTerm(splitForms(v)[0]?.replace(/^=/, "") ?? "")); }} />
        </label>
        {field(t("web.glossary.add.preferred"), preferred, setPreferred, "preferred", "en")}
        {field(t("web.glossary.add.admitted"), admitted, setAdmitted, "admitted", "en")}
        {field(t("web.glossary.add.forbidden"), forbidden, setForbidden, "forbidden", "en")}
        <p class="hint">{t("web.glossary.add.forms-hint")}</p>
        <label class="field">{t("web.glossary.add.id")}<input name="id" value={id} onInput={(e) => { setIdTouched(true); edit(setId)((e.target as HTMLInputElement).value); }} /></label>
        <label class="check"><input type="checkbox" name="dnt" checked={dnt} onChange={(e) => edit(setDnt)((e.target as HTMLInputElement).checked)} /> {t("web.glossary.add.dnt")}</label>
        <label class="field">{t("web.glossary.add.enforce")}
          <select name="enforce" value={enforce} onChange={(e) => edit(setEnforce)((e.target as HTMLSelectElement).value)}>
            {ENFORCE.map((l) => <option key={l} value={l}>{t(`web.glossary.enforce-level.${l}`)}</option>)}
          </select>
        </label>
        {field(t("web.glossary.add.note"), note, setNote, "note")}
        <label class="field">{t("web.glossary.add.file")}
          <select name="file" value={file} onChange={(e) => edit(setFile)((e.target as HTMLSelectElement).value)}>
            {[...new Set([defaultFile, ...files])].map((f) => <option key={f} value={f}>{f}</option>)}
          </select>
        </label>
        <div class="actions"><button type="submit" ref={moves.submit} disabled={busy || !sources.trim()} data-testid="preview">{t("web.glossary.add.preview")}</button></div>
      </form>
      {busy && <p class="hint" role="status">{t("web.glossary.add.previewing")}</p>}
      {error && <p class="error" role="alert">{error}</p>}
      {preview && (
        <div class="preview" data-testid="preview-result">
          <h3 ref={moves.heading} tabIndex={-1}>{t("web.glossary.add.preview-heading")}</h3>
          <p class="summary">{t("web.glossary.add.preview-summary", { pairs: preview.dryRun.pairs, added: preview.dryRun.added.length, removed: preview.dryRun.removed.length })}</p>
          <ul class="findings"><PreviewList t={t} list={preview.dryRun.added} kind="added" /><PreviewList t={t} list={preview.dryRun.removed} kind="removed" /></ul>
          <div class="actions">
            <button type="button" class="primary" disabled={busy} onClick={() => void confirm()} data-testid="confirm-add">{t("web.glossary.add.confirm", { file: preview.file })}</button>
            <button type="button" onClick={() => { setPreview(null); moves.back(); }}>{t("web.glossary.add.cancel")}</button>
          </div>
        </div>
      )}
      {done && <p class="ok" role="status" tabIndex={-1} ref={moves.done}>{done}{from && <> <a href={unitLink(from)}>{t("web.glossary.add.back", { ref: from })}</a></>}</p>}
    </section>
  );
}

/** The row of the concept list the Tab key stops at: the selected concept's, else the first. */
const rovingIndex = (shown: ConceptView[], selected: string | undefined) => Math.max(0, shown.findIndex((c) => c.id === selected));

/** The cells the edit form changes (lists written as in the files), and the flags it sets. */
const EDIT_CELLS = ["source", "preferred", "admitted", "forbidden", "note", "pos", "domain", "example"] as const;
type EditCell = (typeof EDIT_CELLS)[number];
const flagsOf = (cells: Record<string, string> | undefined) => (cells?.flags ?? "").split(",").map((f) => f.trim().toLowerCase()).filter(Boolean);

/**
 * An admin's change of a concept (`selaras glossary set`): its line in the file that holds it is
 * rewritten, only the cells changed; Preview first shows the findings the change would add and
 * remove across the corpus (PUT /api/glossary/<id> with dryRun), then Save writes it.
 */
function EditTerm({ t, c, onDone, onCancel }: { t: TFunction; c: ConceptView; onDone: (c: ConceptView | null, message: string) => void; onCancel: () => void }) {
  const start = c.cells ?? {};
  const startFlags = flagsOf(c.cells);
  const startEnforce = ENFORCE.find((l) => startFlags.includes(l)) ?? "error";
  const [cells, setCells] = useState<Record<EditCell, string>>(Object.fromEntries(EDIT_CELLS.map((k) => [k, start[k] ?? ""])) as Record<EditCell, string>);
  const [dnt, setDnt] = useState(c.dnt);
  const [enforce, setEnforce] = useState<string>(startEnforce);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState("");
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => { first.current?.focus(); }, []);
  const moves = usePreviewFocus(preview, "");
  /** What changed, as `glossary set` takes it: only the cells and flags that differ from the file. */
  const body = () => {
    const changed = Object.fromEntries(EDIT_CELLS.filter((k) => cells[k].trim() !== (start[k] ?? "").trim()).map((k) => [k, cells[k].trim()]));
    return {
      ...(Object.keys(changed).length ? { cells: changed } : {}),
      ...(dnt !== c.dnt ? { dnt } : {}),
      ...(enforce !== startEnforce ? { enforce } : {}),
    };
  };
  const changed = Object.keys(body()).length > 0;
  const set = (k: EditCell) => (e: Event) => { const v = (e.target as HTMLInputElement).value; setCells((x) => ({ ...x, [k]: v })); setPreview(null); setError(""); };
  async function doPreview() {
    setBusy(true); setError("");
    try { setPreview(await api<Preview>("PUT", `/api/glossary/${encodeURIComponent(c.id)}`, { ...body(), dryRun: true })); } catch (e) { setError(errorText(t, e)); } finally { setBusy(false); }
  }
  async function save() {
    setBusy(true); setError("");
    try {
      const r = await api<{ file: string; entries: string[]; concept: ConceptView | null }>("PUT", `/api/glossary/${encodeURIComponent(c.id)}`, body());
      onDone(r.concept, t("web.glossary.edit.done", { entry: c.id, file: r.file }));
    } catch (e) { setError(errorText(t, e)); setBusy(false); }
  }
  const label = (k: EditCell) => t(k === "source" || k === "pos" || k === "domain" || k === "example" ? `web.glossary.edit.${k}` : `web.glossary.add.${k}`);
  return (
    <section class="add-term edit-term" aria-label={t("web.glossary.edit.heading", { id: c.id })} data-editing={c.id}>
      <h2>{t("web.glossary.edit.heading", { id: c.id })}</h2>
      <form onSubmit={(e) => { e.preventDefault(); void doPreview(); }}>
        {EDIT_CELLS.map((k, i) => (
          <label key={k} class="field">{label(k)}
            <input ref={i === 0 ? first : undefined} name={k} lang={k === "source" || k === "example" ? "id" : k === "note" || k === "pos" || k === "domain" ? undefined : "en"} value={cells[k]} onInput={set(k)} />
          </label>
        ))}
        <p class="hint">{t("web.glossary.add.forms-hint")}</p>
        <label class="check"><input type="checkbox" name="dnt" checked={dnt} onChange={(e) => { setDnt((e.target as HTMLInputElement).checked); setPreview(null); }} /> {t("web.glossary.add.dnt")}</label>
        <label class="field">{t("web.glossary.add.enforce")}
          <select name="enforce" value={enforce} onChange={(e) => { setEnforce((e.target as HTMLSelectElement).value); setPreview(null); }}>
            {ENFORCE.map((l) => <option key={l} value={l}>{t(`web.glossary.enforce-level.${l}`)}</option>)}
          </select>
        </label>
        <div class="actions">
          <button type="submit" ref={moves.submit} disabled={busy || !changed} data-testid="edit-preview">{t("web.glossary.add.preview")}</button>
          <button type="button" onClick={onCancel}>{t("web.glossary.add.cancel")}</button>
          {!changed && <span class="hint">{t("web.glossary.edit.unchanged")}</span>}
        </div>
      </form>
      {busy && <p class="hint" role="status">{t("web.glossary.edit.previewing")}</p>}
      {error && <p class="error" role="alert">{error}</p>}
      {preview && (
        <div class="preview" data-testid="edit-preview-result">
          <h3 ref={moves.heading} tabIndex={-1}>{t("web.glossary.add.preview-heading")}</h3>
          <p class="summary">{t("web.glossary.add.preview-summary", { pairs: preview.dryRun.pairs, added: preview.dryRun.added.length, removed: preview.dryRun.removed.length })}</p>
          <ul class="findings"><PreviewList t={t} list={preview.dryRun.added} kind="added" /><PreviewList t={t} list={preview.dryRun.removed} kind="removed" /></ul>
          <div class="actions">
            <button type="button" class="primary" disabled={busy} onClick={() => void save()} data-testid="confirm-edit">{t("web.glossary.edit.confirm", { file: preview.file })}</button>
            <button type="button" onClick={() => { setPreview(null); moves.back(); }}>{t("web.glossary.add.cancel")}</button>
          </div>
        </div>
      )}
    </section>
  );
}

/** An admin's removal of a concept (`selaras glossary remove`): the preview of what it changes first (DELETE …?dryRun=1), then the removal. */
function RemoveTerm({ t, c, onDone, onCancel }: { t: TFunction; c: ConceptView; onDone: (message: string) => void; onCancel: () => void }) {
  const [preview, setPreview] = useState<Preview | null>(null);
  const [busy, setBusy] = useState(true);
  const [error, setError] = useState("");
  const url = `/api/glossary/${encodeURIComponent(c.id)}`;
  // (its "Remove…" button is gone once it opens: the keyboard goes to its heading, not to the page's body)
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => { heading.current?.focus(); }, []);
  useEffect(() => {
    api<Preview>("DELETE", `${url}?dryRun=1`).then(setPreview, (e) => setError(errorText(t, e))).finally(() => setBusy(false));
  }, [c.id]);
  async function remove() {
    setBusy(true); setError("");
    try {
      const r = await api<{ file: string }>("DELETE", url);
      onDone(t("web.glossary.remove.done", { entry: c.id, file: r.file }));
    } catch (e) { setError(errorText(t, e)); setBusy(false); }
  }
  return (
    <section class="add-term remove-term" aria-label={t("web.glossary.remove.heading", { id: c.id })} data-removing={c.id}>
      <h2 ref={heading} tabIndex={-1}>{t("web.glossary.remove.heading", { id: c.id })}</h2>
      {busy && !preview && <p class="hint" role="status">{t("web.glossary.remove.previewing")}</p>}
      {error && <p class="error" role="alert">{error}</p>}
      {preview && (
        <div class="preview" data-testid="remove-preview-result">
          <p class="summary">{t("web.glossary.add.preview-summary", { pairs: preview.dryRun.pairs, added: preview.dryRun.added.length, removed: preview.dryRun.removed.length })}</p>
          <ul class="findings"><PreviewList t={t} list={preview.dryRun.added} kind="added" /><PreviewList t={t} list={preview.dryRun.removed} kind="removed" /></ul>
        </div>
      )}
      <div class="actions">
        {preview && <button type="button" class="primary" disabled={busy} onClick={() => void remove()} data-testid="confirm-remove">{t("web.glossary.remove.confirm", { file: preview.file })}</button>}
        <button type="button" onClick={onCancel}>{t("web.glossary.add.cancel")}</button>
      </div>
    </section>
  );
}

/**
 * The keyboard through an add or edit form's preview: its button is disabled while the preview is
 * made (the browser drops the focus of a disabled button), so the preview's heading takes it when it
 * comes; its Cancel gives it back to the Preview button; the "added" message takes it after a confirm.
 */
function usePreviewFocus(preview: unknown, done: string) {
  const heading = useRef<HTMLHeadingElement>(null);
  const submit = useRef<HTMLButtonElement>(null);
  const doneRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => { if (preview) heading.current?.focus(); }, [preview]);
  useEffect(() => { if (done) doneRef.current?.focus(); }, [done]);
  return { heading, submit, done: doneRef, back: () => setTimeout(() => submit.current?.focus(), 0) };
}

/** For a person who may not change the glossary: whom to ask, and how one becomes an admin (the command, for whoever runs the workbench). */
function AskAdmin({ t, me }: { t: TFunction; me: string }) {
  const a = useAdmins();
  if (!a || !a.loginRequired) return null;
  // (a name with a space quoted, as a shell reads it)
  const name = /^[A-Za-z0-9._-]+$/.test(me) ? me : `"${me}"`;
  const lang = document.documentElement.lang || "en";
  return (
    <p class="hint ask-admin" data-testid="glossary-ask-admin">
      {a.admins.length > 0 ? t("web.glossary.add.ask-admin", { count: a.admins.length, admins: namesList(lang, a.admins) }) : t("web.glossary.add.no-admin")}{" "}
      {t("web.glossary.add.become-admin")} <code>selaras users add {name} --role admin --reset</code>
    </p>
  );
}

const searchUrl = (q: string, offset: number) => `/api/glossary?q=${encodeURIComponent(q)}&limit=${ROWS}&offset=${offset}`;

/** `me`: the person's name (the command that makes them an admin names them). */
export function Glossary({ t, admin, me }: { t: TFunction; admin: boolean; me: string }) {
  const params = new URLSearchParams(location.search);
  const [q, setQ] = useState(params.get("q") ?? "");
  const [result, setResult] = useState<SearchResult | null>(null);
  const [selected, setSelected] = useState<ConceptView | null>(null);
  const [error, setError] = useState("");
  const [adding, setAdding] = useState(params.has("add"));
  /** An admin changing or removing the selected concept. */
  const [mode, setMode] = useState<"edit" | "remove" | null>(null);
  const [message, setMessage] = useState("");
  /**
   * Where the keyboard goes once an edit or a removal closes (its form is gone, and the focus with it):
   * the message saying what was done, or the button that opened the form.
   */
  const focusAfter = useRef<string | null>(null);
  useEffect(() => {
    const sel = focusAfter.current;
    if (!sel) return;
    const el = document.querySelector<HTMLElement>(sel);
    if (el) { focusAfter.current = null; el.focus(); }
  });
  /** Bumped after a change: the list is read again. */
  const [version, setVersion] = useState(0);
  /** The query typed last: an answer to an older one is not shown. */
  const latest = useRef(q);
  useEffect(() => {
    latest.current = q;
    const timer = setTimeout(() => {
      api<SearchResult>("GET", searchUrl(q, 0)).then((r) => { if (latest.current === q) { setResult(r); setError(""); } }, (e) => setError(errorText(t, e)));
    }, 150);
    return () => clearTimeout(timer);
  }, [q, version]);
  useEffect(() => {
    const id = params.get("id");
    if (id) open(id);
  }, []);
  // The glossary changed (a colleague's edit, a `glossary` command or a pulled glossary/ folder), heard
  // live or made between this page's first read of the list and its stream (live.ts): the list is read
  // again, and the concept shown unless it is being edited or removed (a removed one goes).
  const shownNow = useRef<{ id: string | undefined; mode: typeof mode }>({ id: undefined, mode: null });
  shownNow.current = { id: selected?.id, mode };
  useStoreChanges("/api/glossary", { glossary: true }, () => {
    setVersion((v) => v + 1);
    const { id, mode: now } = shownNow.current;
    if (id === undefined || now !== null) return;
    api<ConceptView>("GET", `/api/glossary/${encodeURIComponent(id)}`).then((c) => { if (shownNow.current.id === id) setSelected(c); },
      (e) => { if (e instanceof ApiError && e.status === 404 && shownNow.current.id === id) setSelected(null); });
  });
  /** The next page of the list (a glossary of 50,000 concepts is not sent whole: 15 MB). */
  function more() {
    if (!result) return;
    const asked = q;
    api<SearchResult>("GET", searchUrl(q, result.concepts.length)).then((r) => {
      if (latest.current === asked) setResult((was) => (was && was.concepts.length === r.offset ? { ...r, concepts: [...was.concepts, ...r.concepts] } : was));
    }, (e) => setError(errorText(t, e)));
  }
  function open(id: string) {
    setMode(null); setMessage("");
    api<ConceptView>("GET", `/api/glossary/${encodeURIComponent(id)}`).then(setSelected, (e) => setError(errorText(t, e)));
  }
  /**
   * The list is one stop of the Tab key (a glossary has hundreds of concepts: the selected concept's
   * buttons came after all of them); ↑/↓, Home/End move in it, Enter opens.
   */
  const listKeys = (e: KeyboardEvent) => {
    const rows = [...((e.currentTarget as HTMLElement).closest(".concepts")?.querySelectorAll<HTMLButtonElement>(".concept-row") ?? [])];
    const at = rows.indexOf(e.currentTarget as HTMLButtonElement);
    const to = e.key === "ArrowDown" ? at + 1 : e.key === "ArrowUp" ? at - 1 : e.key === "Home" ? 0 : e.key === "End" ? rows.length - 1 : null;
    if (to === null || !rows[to]) return;
    e.preventDefault();
    for (const r of rows) r.tabIndex = -1;
    rows[to].tabIndex = 0;
    rows[to].focus();
  };
  const preferredOf = (c: ConceptView) => (c.dnt ? c.sources.slice(0, 1) : c.renderings.filter((r) => r.status === "preferred")).map((r) => r.text).join(", ");
  return (
    <main class="glossary">
      <div class="toolbar">
        <h1>{t("web.glossary.heading")}</h1>
        <input type="search" class="gloss-search" aria-label={t("web.glossary.search") as string} placeholder={t("web.glossary.search-placeholder") as string} value={q} onInput={(e) => setQ((e.target as HTMLInputElement).value)} data-testid="glossary-search" />
        {result && <span class="count" data-testid="glossary-count">{t("web.glossary.count", { count: result.matched, total: result.total })}</span>}
        {admin ? !adding && <button type="button" onClick={() => setAdding(true)}>{t("web.glossary.add.open")}</button> : <span class="hint" data-testid="glossary-admin-only">{t("web.glossary.add.admin-only")}</span>}
      </div>
      {!admin && <AskAdmin t={t} me={me} />}
      {error && <p class="error" role="alert">{error}</p>}
      <div class="gloss-columns">
        <ul class="concepts">
          {result?.concepts.map((c, k) => (
            <li key={c.id} class={selected?.id === c.id ? "selected" : ""}>
              <button type="button" class="concept-row" data-id={c.id} onClick={() => open(c.id)}
                tabIndex={k === rovingIndex(result.concepts, selected?.id) ? 0 : -1} onKeyDown={listKeys}
                aria-current={selected?.id === c.id ? "true" : undefined}>
                <span class="gl-src" lang="id">{c.sources.map((s) => s.text).join(" · ")}</span>
                <span class="arrow"> → </span>
                <span class="gl-tgt" lang="en">{c.dnt ? t("web.glossary.dnt") : preferredOf(c)}</span>
                <code class="cid">{c.id}</code>
              </button>
            </li>
          ))}
          {result && result.matched === 0 && <li class="none">{t("web.glossary.none")}</li>}
          {result && result.matched > result.concepts.length && <li><ShowMore t={t} shown={result.concepts.length} total={result.matched} onMore={more} testId="glossary-more" /></li>}
        </ul>
        <div class="side">
          {adding && admin && result && <AddTerm t={t} files={result.files} defaultFile={result.defaultFile} onAdded={(c) => { setSelected(c); setQ(c.id); }} />}
          {message && <p class="ok" role="status" tabIndex={-1} data-testid="glossary-message">{message}</p>}
          {selected && admin && mode === "edit" && <EditTerm key={selected.id} t={t} c={selected}
            onDone={(c, m) => { focusAfter.current = "[data-testid=glossary-message]"; setMode(null); setMessage(m); setVersion((v) => v + 1); if (c) setSelected(c); }}
            onCancel={() => { focusAfter.current = "[data-testid=edit-concept]"; setMode(null); }} />}
          {selected && admin && mode === "remove" && <RemoveTerm key={selected.id} t={t} c={selected}
            onDone={(m) => { focusAfter.current = "[data-testid=glossary-message]"; setMode(null); setMessage(m); setSelected(null); setVersion((v) => v + 1); }}
            onCancel={() => { focusAfter.current = "[data-testid=remove-concept]"; setMode(null); }} />}
          {selected && admin && mode === null && (
            <div class="actions concept-actions">
              <button type="button" onClick={() => { setMessage(""); setMode("edit"); }} data-testid="edit-concept">{t("web.glossary.edit.open")}</button>
              <button type="button" onClick={() => { setMessage(""); setMode("remove"); }} data-testid="remove-concept">{t("web.glossary.remove.open")}</button>
            </div>
          )}
          {selected && mode !== "edit" ? <Details t={t} c={selected} /> : !selected && !adding && !message && <p class="hint">{t("web.glossary.pick")}</p>}
        </div>
      </div>
    </main>
  );
}
