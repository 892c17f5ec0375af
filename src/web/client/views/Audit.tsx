/**
 * The audit page (`/audit`): the report of `selaras audit` (GET /api/audit: the one audit engine,
 * auditDatabase) rendered by Preact with the CLI's own words (`cli.audit.*`) — the CLI's HTML file
 * carries inline CSS and script, which the workbench's CSP forbids. Every ref links to its unit in
 * the editor; the findings filter by check, severity and words (of the ref, the check, the message
 * as this page words it, the term).
 * The report comes a page at a time (GET /api/audit?limit, then /api/audit/findings and
 * /api/audit/concepts/<id> of the same run): a corpus's report is tens of megabytes.
 */
import { useEffect, useMemo, useRef, useState } from "preact/hooks";
import { api, ApiError, errorText, findingText, type Finding, type TFunction } from "../api";
import { CheckName, fitSize, ROWS, ShowMore } from "../components";
import { unitLink } from "./Glossary";
import { useStoreChanges } from "../live";

interface Listed extends Finding { ref: string; suppressed: boolean }
interface Lists {
  violations: Array<Listed & { offending: string }>;
  forbidden: Array<{ ref: string; text: string }>; untranslated: Array<{ ref: string; text: string }>;
  /** The lists' full lengths (the answer cuts them to a page): violations, those not suppressed, forbidden and untranslated uses. */
  totals: { violations: number; open: number; forbidden: number; untranslated: number };
}
interface ConceptAudit extends Lists {
  id: string; sources: string[]; dnt: boolean; sourceOccurrences: number; compliant: number;
  renderings: Array<{ text: string; status: string; count: number }>;
}
interface Report {
  run: string;
  pairs: number; concepts: number; counts: { error: number; warning: number; info: number; suppressed: number };
  byCheck: Record<string, number>; conceptAudits: ConceptAudit[]; neverSeen: Array<{ id: string; sources: string[] }>;
  conflicts: Array<{ kind: string; text: string; variants: Array<{ text: string; refs: string[] }> }>;
  candidates: Array<{ term: string; kind: string; count: number; examples: Array<{ ref: string; text: string }>; expansion?: string }>;
  /** The candidate terms seen but not listed (absent from a server before it was added). */
  candidatesUnlisted?: { minCount: number; belowMinCount: number; beyondLimit: number };
  /** The first page of the findings that pass the filters; findingsMatched of findingsTotal pass. */
  findings: Listed[]; findingsTotal: number; findingsMatched: number;
}
interface FindingsPage { run: string; offset: number; findings: Listed[]; findingsTotal: number; findingsMatched: number }

const PAGE = 500;
/** How the concepts table can be ordered (the report's own order: most findings first). */
const SORTS = ["findings", "occurrences", "compliance", "id"] as const;
type Sort = (typeof SORTS)[number];
const fold = (s: string) => s.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
/** The concepts that pass the table's filter (every word in the id, a source form or a rendering used), in the order asked for. */
function conceptsShown(all: ConceptAudit[], filter: string, sort: Sort): ConceptAudit[] {
  const words = fold(filter).split(/\s+/).filter(Boolean);
  const hay = (c: ConceptAudit) => fold(`${c.id} ${c.sources.join(" ")} ${c.renderings.map((r) => r.text).join(" ")}`);
  const list = words.length ? all.filter((c) => { const h = hay(c); return words.every((w) => h.includes(w)); }) : [...all];
  const open = (c: ConceptAudit) => c.totals.open + c.totals.forbidden + c.totals.untranslated;
  const rate = (c: ConceptAudit) => (c.sourceOccurrences === 0 ? 1 : c.compliant / c.sourceOccurrences);
  if (sort === "occurrences") list.sort((a, b) => b.sourceOccurrences - a.sourceOccurrences || a.id.localeCompare(b.id));
  else if (sort === "compliance") list.sort((a, b) => rate(a) - rate(b) || b.sourceOccurrences - a.sourceOccurrences || a.id.localeCompare(b.id));
  else if (sort === "id") list.sort((a, b) => a.id.localeCompare(b.id));
  else if (words.length === 0) return all;
  else list.sort((a, b) => open(b) - open(a));
  return list;
}
const Ref = ({ r }: { r: string }) => <a class="ref-link" href={unitLink(r)}><code>{r}</code></a>;
const query = (o: Record<string, string | number | undefined>) =>
  new URLSearchParams(Object.entries(o).filter(([, v]) => v !== undefined && v !== "").map(([k, v]) => [k, String(v)])).toString();

/**
 * A concept's violations, forbidden and untranslated uses: rendered only once opened (a corpus has
 * thousands of concepts), asked of the server then (the page's report carries their totals only).
 */
function ConceptLists({ t, c, run, replaced }: { t: TFunction; c: ConceptAudit; run: string; replaced: (e: ApiError) => void }) {
  const [full, setFull] = useState<Lists | null>(null);
  const [error, setError] = useState("");
  const { totals } = c;
  const cut = c.violations.length < totals.violations || c.forbidden.length < totals.forbidden || c.untranslated.length < totals.untranslated;
  const [opened, setOpened] = useState(false);
  if (totals.violations + totals.forbidden + totals.untranslated === 0) return <>0</>;
  const l = full ?? (cut ? null : c);
  const open = (e: Event) => {
    const now = (e.currentTarget as HTMLDetailsElement).open;
    setOpened(now);
    // (the lists asked for when first opened: the page's report carries none)
    if (now && !l) api<Lists>("GET", `/api/audit/concepts/${encodeURIComponent(c.id)}?${query({ run })}`).then(setFull, (x) => {
      if (x instanceof ApiError && x.body.code === "audit-run-replaced") replaced(x);
      else setError(errorText(t, x));
    });
  };
  return (
    <details onToggle={open}>
      <summary>{totals.open}{totals.open < totals.violations && <small class="sup-count"> (+{totals.violations - totals.open} {t("web.audit.suppressed")})</small>}</summary>
      {opened && l && <>
        {l.violations.map((v, k) => <div key={k} class={`pair${v.suppressed ? " suppressed" : ""}`}><Ref r={v.ref} /> {findingText(t, v)} <small><CheckName t={t} id={v.checkId} /></small></div>)}
        {l.forbidden.map((f, k) => <div key={`f${k}`} class="pair"><a href={unitLink(f.ref)}>{t("cli.audit.forbidden-use", { ref: f.ref, text: f.text })}</a></div>)}
        {l.untranslated.map((u, k) => <div key={`u${k}`} class="pair"><a href={unitLink(u.ref)}>{t("cli.audit.untranslated-use", { ref: u.ref, text: u.text })}</a></div>)}
      </>}
      {opened && !l && !error && <p role="status">…</p>}
      {error && <p class="error" role="alert">{error}</p>}
    </details>
  );
}

export function Audit({ t }: { t: TFunction }) {
  const params = new URLSearchParams(location.search);
  const [report, setReport] = useState<Report | null>(null);
  const [error, setError] = useState("");
  const [check, setCheck] = useState(params.get("check") ?? "");
  const [severity, setSeverity] = useState(params.get("severity") ?? "");
  const [q, setQ] = useState("");
  /** The findings shown (pages of those that pass the filters) and how many pass. */
  const [shown, setShown] = useState<{ findings: Listed[]; matched: number } | null>(null);
  const [audits, setAudits] = useState(0);
  const [rows, setRows] = useState({ concepts: ROWS, conflicts: ROWS, candidates: ROWS, neverSeen: ROWS });
  const [conceptFilter, setConceptFilter] = useState("");
  const [sort, setSort] = useState<Sort>("findings");
  const concepts = useMemo(() => (report ? conceptsShown(report.conceptAudits, conceptFilter, sort) : []), [report, conceptFilter, sort]);
  // (the words are looked for in the messages as this page words them: its language)
  const filters = { check, severity, q: q.trim(), ...(q.trim() ? { lang: document.documentElement.lang || "en" } : {}) };
  const asked = useRef(0);
  /** The run to show again instead of auditing (the one that replaced the run shown: a colleague's audit). */
  const latest = useRef("");
  const fail = (e: unknown) => {
    // (another audit replaced the one shown: go on with that one, or audit again when none is kept)
    if (e instanceof ApiError && e.body.code === "audit-run-replaced") {
      latest.current = String(e.body.data.latest ?? "");
      setAudits((n) => n + 1);
    } else setError(errorText(t, e));
  };
  /**
   * Something the audit read changed since (a save, a pulled translations/ file, a glossary edit),
   * heard live or made between this page's read of the audit and its stream (live.ts): the report is
   * said to be out of date, with a button that audits again (not by itself: an audit of a large
   * corpus takes a while, and the findings the person is reading would move under them).
   */
  const [outdated, setOutdated] = useState(false);
  useStoreChanges("/api/audit", { unit: true, glossary: true, watch: "all" }, () => setOutdated(true));
  // The audit, with the first page of the findings that pass the filters.
  useEffect(() => {
    const my = ++asked.current;
    const run = latest.current;
    latest.current = "";
    api<Report>("GET", `/api/audit?${query({ limit: PAGE, lists: 0, run, ...filters })}`).then((r) => {
      if (my !== asked.current) return;
      setReport(r);
      setShown({ findings: r.findings, matched: r.findingsMatched });
    }, (e) => { if (my === asked.current) setError(errorText(t, e)); });
  }, [audits]);
  /** Findings of the audit shown that pass the filters, from `offset` (0: the filters changed). */
  const page = (offset: number) => {
    if (!report) return;
    const my = ++asked.current;
    api<FindingsPage>("GET", `/api/audit/findings?${query({ run: report.run, offset, limit: PAGE, ...filters })}`).then((p) => {
      if (my !== asked.current) return;
      setShown((s) => ({ findings: offset === 0 || !s ? p.findings : [...s.findings, ...p.findings], matched: p.findingsMatched }));
    }, (e) => { if (my === asked.current) fail(e); });
  };
  // (the filters asked of the server: at once for a menu, a moment after the last key for the words)
  const first = useRef(true);
  useEffect(() => {
    if (first.current) { first.current = false; return; }
    const timer = setTimeout(() => page(0), q ? 250 : 0);
    return () => clearTimeout(timer);
    // (the words again in the other language when it changes)
  }, [check, severity, q, q.trim() ? t : null]);
  // The filters are part of the address (a filtered view can be sent to a colleague).
  useEffect(() => {
    const p = new URLSearchParams();
    const lang = new URLSearchParams(location.search).get("lang");
    if (lang) p.set("lang", lang);
    if (check) p.set("check", check);
    if (severity) p.set("severity", severity);
    history.replaceState(null, "", `/audit${p.toString() ? `?${p.toString()}` : ""}`);
  }, [check, severity]);
  if (error) return <main class="audit"><p class="error" role="alert">{error}</p></main>;
  if (!report || !shown) return <main class="audit"><p role="status">{t("web.audit.running")}</p></main>;
  const a = report;
  const findings = shown.findings;
  const label = (f: Listed) => (f.suppressed ? t("web.audit.suppressed") : t(`web.severity.${f.severity}`));
  return (
    <main class="audit" data-run={a.run}>
      <h1>{t("cli.audit.title")}</h1>
      {outdated && <p class="outdated" role="status" data-testid="audit-outdated">{t("web.audit.outdated")}{" "}
        <button type="button" onClick={() => { setOutdated(false); setAudits((n) => n + 1); }} data-testid="audit-again">{t("web.audit.again")}</button></p>}
      <p class="summary">{t("cli.audit.summary", { pairs: a.pairs, concepts: a.concepts, errors: a.counts.error, warnings: a.counts.warning, suppressed: a.counts.suppressed })}</p>
      {/* (the findings table has a link per finding: the sections are reachable without tabbing through them) */}
      <nav class="sections" aria-label={t("web.audit.sections")}>
        {(["findings", "concepts", "conflicts", "candidates", "never-seen"] as const).map((id) => <a key={id} href={`#${id}`}>{t(`cli.audit.${id}`)}</a>)}
      </nav>

      <section id="findings">
        <h2>{t("cli.audit.findings")} ({a.findingsTotal})</h2>
        <div class="toolbar">
          <label>{t("web.audit.check")}{" "}
            <select value={check} onChange={(e) => setCheck((e.target as HTMLSelectElement).value)} data-testid="audit-check">
              <option value="">{t("web.audit.all-checks")}</option>
              {Object.keys(a.byCheck).map((c) => [c, t(`web.check-name.${c}`, { defaultValue: c }) as string] as const).sort((x, y) => x[1].localeCompare(y[1])).map(([c, name]) => <option key={c} value={c} title={c}>{name} ({a.byCheck[c]})</option>)}
            </select>
          </label>
          <label>{t("web.audit.severity")}{" "}
            <select value={severity} onChange={(e) => setSeverity((e.target as HTMLSelectElement).value)} data-testid="audit-severity">
              <option value="">{t("web.audit.all-severities")}</option>
              {(["error", "warning", "info"] as const).map((s) => <option key={s} value={s}>{t(`web.severity.${s}`)}</option>)}
              <option value="suppressed">{t("web.audit.suppressed")}</option>
            </select>
          </label>
          <input type="search" placeholder={t("cli.audit.filter-placeholder") as string} size={fitSize(t("cli.audit.filter-placeholder") as string)} value={q} onInput={(e) => setQ((e.target as HTMLInputElement).value)} aria-label={t("cli.audit.filter")} />
          <span class="count" data-testid="audit-shown">{t("web.audit.shown", { shown: shown.matched, total: a.findingsTotal })}</span>
        </div>
        {findings.length === 0 ? <p class="none">{t("web.audit.none")}</p> : (
          <table class="docs findings-table">
            <thead><tr><th>{t("cli.audit.col.severity")}</th><th>{t("cli.audit.col.ref")}</th><th>{t("cli.audit.col.message")}</th><th>{t("cli.audit.col.check")}</th></tr></thead>
            <tbody>
              {findings.map((f, k) => (
                <tr key={k} class={`finding f-${f.suppressed ? "suppressed" : f.severity}`} data-check={f.checkId} data-finding-ref={f.ref}>
                  <td>{label(f)}</td><td><Ref r={f.ref} /></td><td>{findingText(t, f)}</td><td><CheckName t={t} id={f.checkId} /> <small class="check-id">{f.checkId}</small></td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <ShowMore t={t} shown={findings.length} total={shown.matched} step={PAGE} onMore={() => page(findings.length)} testId="audit-more" />
      </section>

      <section id="concepts">
        <h2>{t("cli.audit.concepts")} ({a.conceptAudits.length})</h2>
        <div class="toolbar">
          <input type="search" value={conceptFilter} placeholder={t("web.audit.concept-filter") as string} size={fitSize(t("web.audit.concept-filter") as string)} aria-label={t("web.audit.concept-filter")} data-testid="audit-concept-filter"
            onInput={(e) => { setConceptFilter((e.target as HTMLInputElement).value); setRows({ ...rows, concepts: ROWS }); }} />
          <label>{t("web.audit.sort")}{" "}
            <select value={sort} onChange={(e) => setSort((e.target as HTMLSelectElement).value as Sort)} data-testid="audit-concept-sort">
              {SORTS.map((k) => <option key={k} value={k}>{t(`web.audit.sort-by.${k}`)}</option>)}
            </select>
          </label>
          <span class="count" data-testid="audit-concepts-shown">{t("web.audit.concepts-shown", { shown: concepts.length, total: a.conceptAudits.length })}</span>
        </div>
        {/* (data-label: on a narrow screen each concept is a block, every value named by its column) */}
        <table class="docs concept-table">
          <thead><tr><th>{t("cli.audit.col.concept")}</th><th>{t("cli.audit.col.source")}</th><th>{t("cli.audit.col.occurrences")}</th><th>{t("cli.audit.col.renderings")}</th><th>{t("cli.audit.col.compliant")}</th><th>{t("cli.audit.col.violations")}</th></tr></thead>
          <tbody>
            {concepts.slice(0, rows.concepts).map((c) => (
              <tr key={c.id} data-concept={c.id}>
                <td><a href={`/glossary?id=${encodeURIComponent(c.id)}`}><code>{c.id}</code></a>{c.dnt && <small> ({t("cli.audit.dnt")})</small>}</td>
                <td lang="id" data-label={t("cli.audit.col.source")}>{c.sources.join(" / ")}</td>
                <td class="num" data-label={t("cli.audit.col.occurrences")}>{c.sourceOccurrences}</td>
                <td lang="en" data-label={t("cli.audit.col.renderings")}>{c.renderings.map((r) => `${r.text} ×${r.count}`).join(", ")}</td>
                <td class="num" data-label={t("cli.audit.col.compliant")}>{c.compliant}</td>
                <td data-label={t("cli.audit.col.violations")}><ConceptLists key={a.run} t={t} c={c} run={a.run} replaced={fail} /></td>
              </tr>
            ))}
          </tbody>
        </table>
        <ShowMore t={t} shown={rows.concepts} total={concepts.length} onMore={() => setRows({ ...rows, concepts: rows.concepts + ROWS })} />
      </section>

      <section id="conflicts">
        <h2>{t("cli.audit.conflicts")} ({a.conflicts.length})</h2>
        {a.conflicts.slice(0, rows.conflicts).map((c, k) => (
          <div key={k} class="conflict-item"><b>{t(`cli.audit.conflict-kind.${c.kind}`)}</b>: {c.text}
            <ul>{c.variants.map((v, j) => <li key={j}>{v.text} <small>{v.refs.map((r, i) => <span key={r}>{i > 0 && ", "}<Ref r={r} /></span>)}</small></li>)}</ul>
          </div>
        ))}
        <ShowMore t={t} shown={rows.conflicts} total={a.conflicts.length} onMore={() => setRows({ ...rows, conflicts: rows.conflicts + ROWS })} />
      </section>

      <section id="candidates">
        <h2>{t("cli.audit.candidates")} ({a.candidates.length})</h2>
        <table class="docs">
          <thead><tr><th>{t("cli.audit.col.term")}</th><th>{t("cli.audit.col.kind")}</th><th>{t("cli.audit.col.count")}</th><th>{t("cli.audit.col.example")}</th></tr></thead>
          <tbody>{a.candidates.slice(0, rows.candidates).map((c) => (
            <tr key={c.term}><td lang="id">{c.term}</td><td>{c.expansion === undefined ? t(`cli.audit.kind.${c.kind}`) : t("cli.audit.kind-short-for", { kind: t(`cli.audit.kind.${c.kind}`), expansion: c.expansion })}</td><td class="num">{c.count}</td>
              <td>{c.examples.map((e, k) => <div key={k}><Ref r={e.ref} /> <span lang="id">{e.text}</span></div>)}</td></tr>
          ))}</tbody>
        </table>
        <ShowMore t={t} shown={rows.candidates} total={a.candidates.length} onMore={() => setRows({ ...rows, candidates: rows.candidates + ROWS })} />
        {a.candidatesUnlisted && a.candidatesUnlisted.belowMinCount > 0 && <p class="msg" data-testid="candidates-below">{t("web.audit.candidates-below", { count: a.candidatesUnlisted.belowMinCount, min: a.candidatesUnlisted.minCount })}</p>}
        {a.candidatesUnlisted && a.candidatesUnlisted.beyondLimit > 0 && <p class="msg">{t("cli.audit.candidates-beyond", { count: a.candidatesUnlisted.beyondLimit, listed: a.candidates.length })}</p>}
      </section>

      <section id="never-seen">
        <h2>{t("cli.audit.never-seen")} ({a.neverSeen.length})</h2>
        {/* (a glossary of thousands of concepts has thousands never seen: laid out all at once, they took seconds) */}
        <ul>{a.neverSeen.slice(0, rows.neverSeen).map((n) => <li key={n.id}><a href={`/glossary?id=${encodeURIComponent(n.id)}`}><code>{n.id}</code></a> — {n.sources.join(" / ")}</li>)}</ul>
        <ShowMore t={t} shown={rows.neverSeen} total={a.neverSeen.length} onMore={() => setRows({ ...rows, neverSeen: rows.neverSeen + ROWS })} testId="never-seen-more" />
      </section>
    </main>
  );
}
