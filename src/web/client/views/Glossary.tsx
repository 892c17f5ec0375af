/**
 * The glossary page (`/glossary`): search the concepts (GET /api/glossary?q=, as `selaras glossary
 * list`), read one (GET /api/glossary/<id>), and — admins — add a term: the form first shows what it
 * would change across the corpus (POST /api/glossary/preview, the `--dry-run` of `glossary add`)
 * and writes to glossary/ only when confirmed (POST /api/glossary). `?add=1&source=…&target=…&ref=…`
 * opens the form prefilled (the editor's "add term" on a selection).
 */
import { useEffect, useRef, useState } from "preact/hooks";
import { api, errorText, findingText, type Finding, type TFunction } from "../api";
import { ROWS, ShowMore } from "../components";
import "./pages.css";

interface Form { source: string; text: string; caseSensitive: boolean }
interface Rendering { text: string; status: "preferred" | "admitted" | "forbidden"; caseSensitive: boolean; replacement?: string }
export interface ConceptView {
  id: string; sources: Form[]; renderings: Rendering[]; dnt: boolean; enforce?: string; unverified?: boolean;
  pos?: string; domain?: string; note?: string; example?: string; file?: string; line?: number;
}
interface SearchResult { total: number; concepts: ConceptView[]; files: string[]; defaultFile: string }
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
        <span class="sign">{t(`web.glossary.add.${kind}-finding`)}</span> <a href={unitLink(f.ref)}>{f.ref}</a> · {t(`web.severity.${f.severity}`)}{f.suppressed && ` (${t("web.glossary.add.suppressed")})`} · {f.checkId}: {findingText(t, f)}
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
        <div class="actions"><button type="submit" disabled={busy || !sources.trim()} data-testid="preview">{t("web.glossary.add.preview")}</button></div>
      </form>
      {busy && <p class="hint" role="status">{t("web.glossary.add.previewing")}</p>}
      {error && <p class="error" role="alert">{error}</p>}
      {preview && (
        <div class="preview" data-testid="preview-result">
          <h3>{t("web.glossary.add.preview-heading")}</h3>
          <p class="summary">{t("web.glossary.add.preview-summary", { pairs: preview.dryRun.pairs, added: preview.dryRun.added.length, removed: preview.dryRun.removed.length })}</p>
          <ul class="findings"><PreviewList t={t} list={preview.dryRun.added} kind="added" /><PreviewList t={t} list={preview.dryRun.removed} kind="removed" /></ul>
          <div class="actions">
            <button type="button" class="primary" disabled={busy} onClick={() => void confirm()} data-testid="confirm-add">{t("web.glossary.add.confirm", { file: preview.file })}</button>
            <button type="button" onClick={() => setPreview(null)}>{t("web.glossary.add.cancel")}</button>
          </div>
        </div>
      )}
      {done && <p class="ok" role="status">{done}{from && <> <a href={unitLink(from)}>{t("web.glossary.add.back", { ref: from })}</a></>}</p>}
    </section>
  );
}

export function Glossary({ t, admin }: { t: TFunction; admin: boolean }) {
  const params = new URLSearchParams(location.search);
  const [q, setQ] = useState(params.get("q") ?? "");
  const [result, setResult] = useState<SearchResult | null>(null);
  const [selected, setSelected] = useState<ConceptView | null>(null);
  const [error, setError] = useState("");
  const [adding, setAdding] = useState(params.has("add"));
  const [rows, setRows] = useState(ROWS);
  /** The query typed last: an answer to an older one is not shown. */
  const latest = useRef(q);
  useEffect(() => {
    latest.current = q;
    const timer = setTimeout(() => {
      api<SearchResult>("GET", `/api/glossary?q=${encodeURIComponent(q)}`).then((r) => { if (latest.current === q) { setResult(r); setRows(ROWS); setError(""); } }, (e) => setError(errorText(t, e)));
    }, 150);
    return () => clearTimeout(timer);
  }, [q]);
  useEffect(() => {
    const id = params.get("id");
    if (id) open(id);
  }, []);
  function open(id: string) {
    api<ConceptView>("GET", `/api/glossary/${encodeURIComponent(id)}`).then(setSelected, (e) => setError(errorText(t, e)));
  }
  const preferredOf = (c: ConceptView) => (c.dnt ? c.sources.slice(0, 1) : c.renderings.filter((r) => r.status === "preferred")).map((r) => r.text).join(", ");
  return (
    <main class="glossary">
      <div class="toolbar">
        <h1>{t("web.glossary.heading")}</h1>
        <input type="search" class="gloss-search" placeholder={t("web.glossary.search") as string} value={q} onInput={(e) => setQ((e.target as HTMLInputElement).value)} data-testid="glossary-search" />
        {result && <span class="count" data-testid="glossary-count">{t("web.glossary.count", { count: result.concepts.length, total: result.total })}</span>}
        {admin ? !adding && <button type="button" onClick={() => setAdding(true)}>{t("web.glossary.add.open")}</button> : <span class="hint">{t("web.glossary.add.admin-only")}</span>}
      </div>
      {error && <p class="error" role="alert">{error}</p>}
      <div class="gloss-columns">
        <ul class="concepts">
          {result?.concepts.slice(0, rows).map((c) => (
            <li key={c.id} class={selected?.id === c.id ? "selected" : ""}>
              <button type="button" class="concept-row" data-id={c.id} onClick={() => open(c.id)}>
                <span class="gl-src" lang="id">{c.sources.map((s) => s.text).join(" · ")}</span>
                <span class="arrow"> → </span>
                <span class="gl-tgt" lang="en">{c.dnt ? t("web.glossary.dnt") : preferredOf(c)}</span>
                <code class="cid">{c.id}</code>
              </button>
            </li>
          ))}
          {result && result.concepts.length === 0 && <li class="none">{t("web.glossary.none")}</li>}
          {result && result.concepts.length > rows && <li><ShowMore t={t} shown={rows} total={result.concepts.length} onMore={() => setRows(rows + ROWS)} testId="glossary-more" /></li>}
        </ul>
        <div class="side">
          {adding && admin && result && <AddTerm t={t} files={result.files} defaultFile={result.defaultFile} onAdded={(c) => { setSelected(c); setQ(c.id); }} />}
          {selected ? <Details t={t} c={selected} /> : !adding && <p class="hint">{t("web.glossary.pick")}</p>}
        </div>
      </div>
    </main>
  );
}
