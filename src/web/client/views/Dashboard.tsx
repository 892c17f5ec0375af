import { useCallback, useEffect, useMemo, useState } from "preact/hooks";
import { api, errorText, type DocRow, type TFunction } from "../api";
import { useFollowChanges } from "../live";
import { namesList, ROWS, ShowMore, useAdmins } from "../components";
import { ExportMenu } from "./Exports";

const BAR: Array<[keyof DocRow, string]> = [["reviewed", "reviewed"], ["translated", "translated"], ["draft", "draft"], ["aligned", "aligned"], ["untranslated", "untranslated"]];

function Progress({ t, d }: { t: TFunction; d: DocRow }) {
  const total = Math.max(1, d.translatable);
  const widths: Record<string, number> = {
    reviewed: d.reviewed, translated: d.translated - d.reviewed, draft: d.draft, aligned: d.aligned, untranslated: d.untranslated,
  };
  return (
    // (the coloured parts in words too: a screen reader, or a person who does not tell the colours apart, hears "12 reviewed, 3 draft, …")
    <div class="bar" role="img" aria-label={t("web.dashboard.progress-label", { percent: d.percent, parts: BAR.filter(([, s]) => widths[s]! > 0).map(([, s]) => `${widths[s]} ${t(`web.state.${s}`)}`).join(", ") }) as string}>
      {BAR.map(([, s]) => widths[s]! > 0 ? <span key={s} class={`seg s-${s}`} style={{ width: `${(100 * widths[s]!) / total}%` }} title={`${t(`web.state.${s}`)}: ${widths[s]}`} /> : null)}
    </div>
  );
}

/** Under an empty project's command: where it is run, and who may (the admins by name; none yet: whoever started the workbench). */
function EmptyWho({ t }: { t: TFunction }) {
  const a = useAdmins();
  const lang = document.documentElement.lang || "en";
  // (the admins named once read: a workbench without logins has none to name)
  const who = a?.loginRequired ? ` ${a.admins.length > 0 ? t("web.dashboard.empty-admins", { count: a.admins.length, admins: namesList(lang, a.admins) }) : t("web.dashboard.empty-no-admin")}` : "";
  return <p data-testid="documents-empty-who">{t("web.dashboard.empty-who")}{who}</p>;
}

export function Dashboard({ t }: { t: TFunction }) {
  const [docs, setDocs] = useState<DocRow[] | null>(null);
  const [error, setError] = useState("");
  const [q, setQ] = useState("");
  const [rows, setRows] = useState(ROWS);
  useEffect(() => { api<DocRow[]>("GET", "/api/documents").then(setDocs, (e) => setError(errorText(t, e))); }, [t]);
  // (counts follow what others do — a colleague's confirmation, a pulled file loaded — read again at
  // most every 2 s; the search, the rows shown and the focus stay; a failed read keeps the last counts)
  useFollowChanges(useCallback(() => { api<DocRow[]>("GET", "/api/documents").then((d) => { setDocs(d); setError(""); }, () => undefined); }, []));
  useEffect(() => setRows(ROWS), [q]);
  const matching = useMemo(() => {
    const words = q.toLowerCase();
    return (docs ?? []).filter((d) => !words || `${d.document} ${d.title}`.toLowerCase().includes(words));
  }, [docs, q]);
  const shown = matching.slice(0, rows);
  // No documents: only what to do first (no search, legend, export of an empty corpus or empty table).
  // (what to do in page terms first; the command, for the administrator, after it: a command's words are not translated)
  if (docs && docs.length === 0) {
    return (
      <main class="dashboard">
        <h1>{t("web.dashboard.heading")}</h1>
        {error && <p class="error" role="alert">{error}</p>}
        <p data-testid="documents-empty">{t("web.dashboard.empty")} <code>selaras ingest corpus/</code></p>
        <EmptyWho t={t} />
      </main>
    );
  }
  return (
    <main class="dashboard">
      <h1>{t("web.dashboard.heading")}</h1>
      {error && <p class="error" role="alert">{error}</p>}
      <div class="toolbar">
        <input type="search" class="search" aria-label={t("web.dashboard.search") as string} placeholder={t("web.dashboard.search") as string} value={q} onInput={(e) => setQ((e.target as HTMLInputElement).value)} />
        <span class="legend">{BAR.map(([, s]) => <span key={s} class="legend-item"><span class={`swatch s-${s}`} />{t(`web.state.${s}`)}</span>)}</span>
        {/* (a row of its own: opened, its long row never pushes the search box about) */}
        <ExportMenu t={t} />
      </div>
      <table class="docs">
        <thead><tr><th>{t("web.dashboard.document")}</th><th>{t("web.dashboard.progress")}</th><th>{t("web.dashboard.words")}</th><th>{t("web.dashboard.stale")}</th></tr></thead>
        <tbody>
          {shown.map((d) => (
            <tr key={d.document} data-document={d.document}>
              <td><a href={`/documents/${encodeURIComponent(d.document)}`} lang={d.title ? "id" : undefined}>{d.title || d.document}</a><div class="slug">{d.document} · <a href={`/documents/${encodeURIComponent(d.document)}/align`}>{t("web.align.link")}</a></div><ExportMenu t={t} document={d.document} /></td>
              <td><Progress t={t} d={d} /><div class="pct">{t("web.dashboard.summary", { done: d.translated, total: d.translatable, percent: d.percent })}</div></td>
              <td class="num">{d.words}</td>
              <td class="num">{d.stale}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <ShowMore t={t} shown={shown.length} total={matching.length} onMore={() => setRows(rows + ROWS)} testId="documents-more" />
    </main>
  );
}
