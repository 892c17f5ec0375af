/**
 * The audit page (`/audit`): the report of `selaras audit` (GET /api/audit: the one audit engine,
 * auditDatabase) rendered by Preact with the CLI's own words (`cli.audit.*`) — the CLI's HTML file
 * carries inline CSS and script, which the workbench's CSP forbids. Every ref links to its unit in
 * the editor; the findings filter by check, severity and text.
 */
import { useEffect, useMemo, useState } from "preact/hooks";
import { api, errorText, findingText, type Finding, type TFunction } from "../api";
import { unitLink } from "./Glossary";

interface Listed extends Finding { ref: string; suppressed: boolean }
interface ConceptAudit {
  id: string; sources: string[]; dnt: boolean; sourceOccurrences: number; compliant: number;
  renderings: Array<{ text: string; status: string; count: number }>;
  violations: Array<Listed & { source: string; target: string; offending: string }>;
  forbidden: Array<{ ref: string; text: string }>; untranslated: Array<{ ref: string; text: string }>;
}
interface Report {
  pairs: number; concepts: number; counts: { error: number; warning: number; info: number; suppressed: number };
  byCheck: Record<string, number>; conceptAudits: ConceptAudit[]; neverSeen: Array<{ id: string; sources: string[] }>;
  conflicts: Array<{ kind: string; text: string; variants: Array<{ text: string; refs: string[] }> }>;
  candidates: Array<{ term: string; kind: string; count: number; examples: Array<{ ref: string; text: string }> }>;
  findings: Listed[];
}

const PAGE = 500;
/** A concept's violations not suppressed (the count the CLI's reports give; the suppressed ones follow it as "+n suppressed"). */
const open = (c: { violations: ReadonlyArray<{ suppressed: boolean }> }): number => c.violations.filter((v) => !v.suppressed).length;
const Ref = ({ r }: { r: string }) => <a class="ref-link" href={unitLink(r)}><code>{r}</code></a>;

export function Audit({ t }: { t: TFunction }) {
  const params = new URLSearchParams(location.search);
  const [report, setReport] = useState<Report | null>(null);
  const [error, setError] = useState("");
  const [check, setCheck] = useState(params.get("check") ?? "");
  const [severity, setSeverity] = useState(params.get("severity") ?? "");
  const [q, setQ] = useState("");
  const [limit, setLimit] = useState(PAGE);
  useEffect(() => { api<Report>("GET", "/api/audit").then(setReport, (e) => setError(errorText(t, e))); }, []);
  const findings = useMemo(() => {
    if (!report) return [];
    const text = q.trim().toLowerCase();
    return report.findings.filter((f) =>
      (!check || f.checkId === check)
      && (!severity || (severity === "suppressed" ? f.suppressed : f.severity === severity && !f.suppressed))
      && (!text || `${f.ref} ${f.checkId} ${findingText(t, f)}`.toLowerCase().includes(text)));
  }, [report, check, severity, q, t]);
  useEffect(() => setLimit(PAGE), [check, severity, q]);
  // The filters are part of the address (a filtered view can be sent to a colleague).
  useEffect(() => {
    const p = new URLSearchParams();
    if (check) p.set("check", check);
    if (severity) p.set("severity", severity);
    history.replaceState(null, "", `/audit${p.toString() ? `?${p.toString()}` : ""}`);
  }, [check, severity]);
  if (error) return <main class="audit"><p class="error" role="alert">{error}</p></main>;
  if (!report) return <main class="audit"><p role="status">{t("web.audit.running")}</p></main>;
  const a = report;
  const label = (f: Listed) => (f.suppressed ? t("web.audit.suppressed") : t(`web.severity.${f.severity}`));
  return (
    <main class="audit">
      <h1>{t("cli.audit.title")}</h1>
      <p class="summary">{t("cli.audit.summary", { pairs: a.pairs, concepts: a.concepts, errors: a.counts.error, warnings: a.counts.warning, suppressed: a.counts.suppressed })}</p>

      <section id="findings">
        <h2>{t("cli.audit.findings")} ({a.findings.length})</h2>
        <div class="toolbar">
          <label>{t("web.audit.check")}{" "}
            <select value={check} onChange={(e) => setCheck((e.target as HTMLSelectElement).value)} data-testid="audit-check">
              <option value="">{t("web.audit.all-checks")}</option>
              {Object.keys(a.byCheck).sort().map((c) => <option key={c} value={c}>{c} ({a.byCheck[c]})</option>)}
            </select>
          </label>
          <label>{t("web.audit.severity")}{" "}
            <select value={severity} onChange={(e) => setSeverity((e.target as HTMLSelectElement).value)} data-testid="audit-severity">
              <option value="">{t("web.audit.all-severities")}</option>
              {(["error", "warning", "info"] as const).map((s) => <option key={s} value={s}>{t(`web.severity.${s}`)}</option>)}
              <option value="suppressed">{t("web.audit.suppressed")}</option>
            </select>
          </label>
          <input type="search" placeholder={t("cli.audit.filter-placeholder") as string} value={q} onInput={(e) => setQ((e.target as HTMLInputElement).value)} aria-label={t("cli.audit.filter")} />
          <span class="count" data-testid="audit-shown">{t("web.audit.shown", { shown: findings.length, total: a.findings.length })}</span>
        </div>
        {findings.length === 0 ? <p class="none">{t("web.audit.none")}</p> : (
          <table class="docs findings-table">
            <thead><tr><th>{t("cli.audit.col.severity")}</th><th>{t("cli.audit.col.ref")}</th><th>{t("cli.audit.col.message")}</th><th>{t("cli.audit.col.check")}</th></tr></thead>
            <tbody>
              {findings.slice(0, limit).map((f, k) => (
                <tr key={k} class={`finding f-${f.suppressed ? "suppressed" : f.severity}`} data-check={f.checkId} data-finding-ref={f.ref}>
                  <td>{label(f)}</td><td><Ref r={f.ref} /></td><td>{findingText(t, f)}</td><td><small>{f.checkId}</small></td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {findings.length > limit && <button type="button" onClick={() => setLimit(limit + PAGE)}>{t("web.audit.more", { count: Math.min(PAGE, findings.length - limit) })}</button>}
      </section>

      <section id="concepts">
        <h2>{t("cli.audit.concepts")} ({a.conceptAudits.length})</h2>
        <table class="docs">
          <thead><tr><th>{t("cli.audit.col.concept")}</th><th>{t("cli.audit.col.source")}</th><th>{t("cli.audit.col.occurrences")}</th><th>{t("cli.audit.col.renderings")}</th><th>{t("cli.audit.col.compliant")}</th><th>{t("cli.audit.col.violations")}</th></tr></thead>
          <tbody>
            {a.conceptAudits.map((c) => (
              <tr key={c.id} data-concept={c.id}>
                <td><a href={`/glossary?id=${encodeURIComponent(c.id)}`}><code>{c.id}</code></a>{c.dnt && <small> ({t("cli.audit.dnt")})</small>}</td>
                <td lang="id">{c.sources.join(" / ")}</td>
                <td class="num">{c.sourceOccurrences}</td>
                <td lang="en">{c.renderings.map((r) => `${r.text} ×${r.count}`).join(", ")}</td>
                <td class="num">{c.compliant}</td>
                <td>{c.violations.length + c.forbidden.length + c.untranslated.length > 0 ? (
                  <details><summary>{open(c)}{open(c) < c.violations.length && <small class="sup-count"> (+{c.violations.length - open(c)} {t("web.audit.suppressed")})</small>}</summary>
                    {c.violations.map((v, k) => <div key={k} class={`pair${v.suppressed ? " suppressed" : ""}`}><Ref r={v.ref} /> {findingText(t, v)} <small>{v.checkId}</small></div>)}
                    {c.forbidden.map((f, k) => <div key={`f${k}`} class="pair"><a href={unitLink(f.ref)}>{t("cli.audit.forbidden-use", { ref: f.ref, text: f.text })}</a></div>)}
                    {c.untranslated.map((u, k) => <div key={`u${k}`} class="pair"><a href={unitLink(u.ref)}>{t("cli.audit.untranslated-use", { ref: u.ref, text: u.text })}</a></div>)}
                  </details>) : 0}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section id="conflicts">
        <h2>{t("cli.audit.conflicts")} ({a.conflicts.length})</h2>
        {a.conflicts.map((c, k) => (
          <div key={k} class="conflict-item"><b>{t(`cli.audit.conflict-kind.${c.kind}`)}</b>: {c.text}
            <ul>{c.variants.map((v, j) => <li key={j}>{v.text} <small>{v.refs.map((r, i) => <span key={r}>{i > 0 && ", "}<Ref r={r} /></span>)}</small></li>)}</ul>
          </div>
        ))}
      </section>

      <section id="candidates">
        <h2>{t("cli.audit.candidates")} ({a.candidates.length})</h2>
        <table class="docs">
          <thead><tr><th>{t("cli.audit.col.term")}</th><th>{t("cli.audit.col.kind")}</th><th>{t("cli.audit.col.count")}</th><th>{t("cli.audit.col.example")}</th></tr></thead>
          <tbody>{a.candidates.map((c) => (
            <tr key={c.term}><td lang="id">{c.term}</td><td>{t(`cli.audit.kind.${c.kind}`)}</td><td class="num">{c.count}</td>
              <td>{c.examples.map((e, k) => <div key={k}><Ref r={e.ref} /> <span lang="id">{e.text}</span></div>)}</td></tr>
          ))}</tbody>
        </table>
      </section>

      <section id="never-seen">
        <h2>{t("cli.audit.never-seen")} ({a.neverSeen.length})</h2>
        <ul>{a.neverSeen.map((n) => <li key={n.id}><a href={`/glossary?id=${encodeURIComponent(n.id)}`}><code>{n.id}</code></a> — {n.sources.join(" / ")}</li>)}</ul>
      </section>
    </main>
  );
}
