import { useEffect, useMemo, useRef, useState } from "preact/hooks";
import { api, ApiError, autosize, encodeRef, errorText, findingText, needsWork, type DiffPart, type Finding, type Help, type History, type State, type TFunction, type Unit } from "../api";
import { Diff } from "../components";

interface RowStatus { findings: Finding[]; message?: string; kind?: "ok" | "refused" | "error" | "typing"; conflict?: { theirs: string; yours: string; revision: number; diff: DiffPart[] } }

export function Editor({ t, slug }: { t: TFunction; slug: string }) {
  const [units, setUnits] = useState<Unit[] | null>(null);
  const [error, setError] = useState("");
  const [status, setStatus] = useState<Record<string, RowStatus>>({});
  const [focus, setFocus] = useState(0);
  const [filter, setFilter] = useState<"all" | "work">("all");
  const [review, setReview] = useState(false);
  const typing = useRef<Map<string, ReturnType<typeof setTimeout>>>(new Map());
  const saves = useRef<Map<string, number>>(new Map());
  const [keysShown, setKeysShown] = useState(false);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const tag = (e.target as HTMLElement | null)?.tagName;
      if (e.key === "?" && tag !== "TEXTAREA" && tag !== "INPUT") { e.preventDefault(); setKeysShown((v) => !v); }
      else if (e.key === "Escape") setKeysShown(false);
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, []);
  const [helpState, setHelp] = useState<Help | null>(null);
  const [historyState, setHistory] = useState<History | null>(null);
  const areas = useRef<Map<string, HTMLTextAreaElement>>(new Map());
  const texts = useRef<Map<string, string>>(new Map());
  const busy = useRef<Set<string>>(new Set());

  useEffect(() => {
    api<Unit[]>("GET", `/api/documents/${encodeURIComponent(slug)}/units`).then((us) => {
      setUnits(us);
      const want = new URLSearchParams(location.search).get("ref");
      if (want) {
        const i = us.findIndex((u) => u.ref === want || refMembers(u.ref).includes(want));
        if (i >= 0) setTimeout(() => focusUnit(us, i), 0);
      }
    }, (e) => setError(errorText(t, e)));
  }, [slug]);

  const shown = useMemo(() => (units ?? []).filter((u) => filter === "all" || needsWork(u)), [units, filter]);
  const focused = shown[focus];
  // Only what belongs to the focused unit (a reply for the unit focused before is not shown).
  const help = helpState && focused && helpState.ref === focused.ref ? helpState : null;
  const history = historyState && focused && historyState.ref === focused.ref ? historyState : null;
  useEffect(() => {
    if (!focused) { setHelp(null); setHistory(null); return; }
    api<Help>("GET", `/api/units/${encodeRef(focused.ref)}/help`).then(setHelp, () => setHelp(null));
    api<History>("GET", `/api/units/${encodeRef(focused.ref)}/history`).then(setHistory, () => setHistory(null));
  }, [focused?.ref, focused?.revision]);

  function refMembers(ref: string): string[] {
    const m = /^(.*):(\d+(?:\+\d+)*)$/.exec(ref);
    return m ? m[2]!.split("+").map((n) => `${m[1]}:${n}`) : [ref];
  }
  function focusUnit(list: Unit[], i: number) {
    const u = list[i];
    if (!u) return;
    setFocus(i);
    const el = areas.current.get(u.ref);
    if (el) { el.focus(); el.scrollIntoView({ block: "nearest" }); }
  }
  function replace(u: Unit) {
    setUnits((prev) => prev && prev.map((x) => (x.ref === u.ref ? u : x)));
  }

  async function save(u: Unit, confirm: boolean, baseRevision = u.revision, note?: string): Promise<boolean> {
    const target = texts.current.get(u.ref) ?? u.target ?? "";
    if (busy.current.has(u.ref)) return false;
    busy.current.add(u.ref);
    // A save supersedes any findings-as-you-type request still pending for this unit.
    const pending = typing.current.get(u.ref);
    if (pending) { clearTimeout(pending); typing.current.delete(u.ref); }
    saves.current.set(u.ref, (saves.current.get(u.ref) ?? 0) + 1);
    try {
      const r = await api<{ unit: Unit; findings: Finding[]; state: State }>("PUT", `/api/units/${encodeRef(u.ref)}`, { target, baseRevision, confirm, review: confirm && review, ...(note !== undefined ? { note } : {}) });
      replace(r.unit);
      texts.current.set(u.ref, r.unit.target ?? "");
      setStatus((s) => ({ ...s, [u.ref]: { findings: r.findings, kind: "ok", message: t(confirm ? "web.editor.confirmed" : note !== undefined ? "web.editor.sent-back" : "web.editor.saved") as string } }));
      return true;
    } catch (e) {
      if (e instanceof ApiError && e.status === 422) {
        const b = e.body as unknown as { unit: Unit; findings: Finding[] };
        replace(b.unit);
        setStatus((s) => ({ ...s, [u.ref]: { findings: b.findings, kind: "refused", message: t("web.editor.refused") as string } }));
      } else if (e instanceof ApiError && e.status === 409 && e.body.code === "unit-conflict") {
        const d = e.body.data as { text: string; yours: string; revision: number; diff: DiffPart[] };
        setStatus((s) => ({ ...s, [u.ref]: { findings: [], kind: "error", message: t("web.editor.conflict", { revision: d.revision }) as string, conflict: { theirs: d.text, yours: d.yours, revision: d.revision, diff: d.diff } } }));
      } else {
        setStatus((s) => ({ ...s, [u.ref]: { findings: [], kind: "error", message: errorText(t, e) } }));
      }
      return false;
    } finally {
      busy.current.delete(u.ref);
    }
  }

  /** Findings as you type: the pair checks on the text in the field, 400 ms after the last key. */
  function checkSoon(ref: string, target: string) {
    const prev = typing.current.get(ref);
    if (prev) clearTimeout(prev);
    typing.current.set(ref, setTimeout(() => {
      typing.current.delete(ref);
      if (target.trim() === "") return;
      const seq = saves.current.get(ref) ?? 0;
      api<Help>("GET", `/api/units/${encodeRef(ref)}/help?target=${encodeURIComponent(target)}`).then((h) => {
        if ((texts.current.get(ref) ?? "") !== target || (saves.current.get(ref) ?? 0) !== seq) return;
        setStatus((s) => (s[ref]?.conflict ? s : { ...s, [ref]: { findings: h.findings, kind: "typing" } }));
      }, () => undefined);
    }, 400));
  }

  async function onKey(e: KeyboardEvent, i: number) {
    const u = shown[i]!;
    if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      if (await save(u, true)) {
        const pending = (x: Unit) => (review ? x.state !== "reviewed" || x.stale : needsWork(x));
        const list = shown.map((x) => (x.ref === u.ref ? { ...x, state: (review ? "reviewed" : "translated") as State, stale: false } : x));
        let next = list.findIndex((x, j) => j > i && pending(x));
        if (next < 0) next = list.findIndex((x, j) => j !== i && pending(x));
        if (next >= 0) focusUnit(list, next);
      }
    } else if (e.ctrlKey && e.code === "Space") {
      e.preventDefault();
      insert(u.source);
    } else if (e.ctrlKey && /^Digit[1-9]$/.test(e.code)) {
      const n = Number(e.code.slice(5)) - 1;
      const text = e.shiftKey ? glossaryInserts()[n] : help?.tm[n]?.text;
      if (text !== undefined) { e.preventDefault(); insert(text); }
    } else if (e.altKey && (e.key === "ArrowDown" || e.key === "ArrowUp")) {
      e.preventDefault();
      focusUnit(shown, Math.max(0, Math.min(shown.length - 1, i + (e.key === "ArrowDown" ? 1 : -1))));
    }
  }

  async function resolveConflict(u: Unit, keep: "theirs" | "mine") {
    const c = status[u.ref]?.conflict;
    if (!c) return;
    const fresh = await api<Unit>("GET", `/api/units/${encodeRef(u.ref)}`);
    if (keep === "theirs") {
      texts.current.set(u.ref, fresh.target ?? "");
      replace(fresh);
      setStatus((s) => ({ ...s, [u.ref]: { findings: [] } }));
    } else {
      texts.current.set(u.ref, c.yours);
      replace({ ...fresh, target: c.yours });
      await save({ ...fresh, target: c.yours }, false, fresh.revision);
    }
  }

  /** The glossary renderings offered for the focused unit, in the order shown (Ctrl+Shift+1..9). */
  function glossaryInserts(): string[] {
    return (help?.terms ?? []).flatMap((term) => (term.dnt ? [term.source] : [...term.preferred, ...term.admitted]));
  }

  function insert(text: string) {
    if (!focused) return;
    const el = areas.current.get(focused.ref);
    if (!el) return;
    const start = el.selectionStart ?? el.value.length, end = el.selectionEnd ?? el.value.length;
    el.value = el.value.slice(0, start) + text + el.value.slice(end);
    texts.current.set(focused.ref, el.value);
    autosize(el);
    el.focus();
    el.setSelectionRange(start + text.length, start + text.length);
  }

  if (error) return <main class="editor"><p class="error" role="alert">{error}</p><a href="/">{t("web.editor.back")}</a></main>;
  if (!units) return <main class="editor"><p>{t("web.loading")}</p></main>;
  const done = units.filter((u) => !needsWork(u)).length;
  return (
    <main class="editor">
      <div class="toolbar">
        <a href="/">{t("web.editor.back")}</a>
        <h1>{slug}</h1>
        <span class="count">{t("web.editor.count", { done, total: units.length })}</span>
        <select value={filter} onChange={(e) => { setFilter((e.target as HTMLSelectElement).value as "all" | "work"); setFocus(0); }}>
          <option value="all">{t("web.editor.filter-all")}</option>
          <option value="work">{t("web.editor.filter-work")}</option>
        </select>
        <label class="review"><input type="checkbox" checked={review} onChange={(e) => setReview((e.target as HTMLInputElement).checked)} data-testid="review" /> {t("web.editor.review-mode")}</label>
        <span class="hint">{t(review ? "web.editor.keys-review" : "web.editor.keys")}</span>
      </div>
      {keysShown && (
        <div class="keys" role="dialog" aria-label={t("web.keys.title")}>
          <h2>{t("web.keys.title")}</h2>
          <table><tbody>
            {(["confirm", "move", "copy-source", "tm", "glossary", "help"] as const).map((k) => (
              <tr key={k}><th>{t(`web.keys.${k}-key`)}</th><td>{t(`web.keys.${k}`)}</td></tr>
            ))}
          </tbody></table>
        </div>
      )}
      <div class="columns">
        <div class="units">
          {shown.map((u, i) => {
            const st = status[u.ref];
            return (
              <div key={u.ref} class={`unit s-${u.state}${u.stale ? " stale" : ""}${i === focus ? " focused" : ""}`} data-ref={u.ref} data-state={u.state}>
                <div class="src" lang="id"><span class="ref">{u.ref}</span>{u.source}
                  {u.stale && u.sourceDiff && u.sourceDiff.length > 0 && <div class="source-diff"><b>{t("web.editor.source-changed")}</b><Diff parts={u.sourceDiff} /></div>}</div>
                <div class="tgt">
                  <textarea
                    lang="en" rows={2} aria-label={t("web.editor.english", { ref: u.ref }) as string}
                    ref={(el) => { if (el) areas.current.set(u.ref, el); else areas.current.delete(u.ref); }}
                    value={texts.current.get(u.ref) ?? u.target ?? ""}
                    onInput={(e) => { const el = e.target as HTMLTextAreaElement; texts.current.set(u.ref, el.value); autosize(el); checkSoon(u.ref, el.value); }}
                    onFocus={(e) => { setFocus(i); autosize(e.target as HTMLTextAreaElement); }}
                    onKeyDown={(e) => void onKey(e as unknown as KeyboardEvent, i)}
                  />
                  <div class="meta">
                    <span class={`chip s-${u.state}`}>{t(`web.state.${u.state}`)}</span>
                    {u.stale && <span class="chip s-stale">{t("web.state.stale")}</span>}
                    {st?.message && <span class={`msg ${st.kind ?? ""}`} role="status">{st.message}</span>}
                  </div>
                  {st && st.findings.length > 0 && (
                    <ul class="findings">
                      {st.findings.map((f, k) => <li key={k} class={`f-${f.severity}${f.suppressed ? " suppressed" : ""}`}>{t(`web.severity.${f.severity}`)} · {f.checkId}: {findingText(t, f)}</li>)}
                    </ul>
                  )}
                  {review && i === focus && (
                    <form class="send-back" onSubmit={(e) => {
                      e.preventDefault();
                      const input = (e.currentTarget as HTMLFormElement).elements.namedItem("comment") as HTMLInputElement;
                      void save(u, false, u.revision, input.value.trim()).then((ok) => { if (ok) input.value = ""; });
                    }}>
                      <input name="comment" required placeholder={t("web.editor.comment") as string} aria-label={t("web.editor.comment") as string} />
                      <button type="submit">{t("web.editor.send-back")}</button>
                    </form>
                  )}
                  {st?.conflict && (
                    <div class="conflict">
                      <div><b>{t("web.editor.theirs")}</b><p class="theirs">{st.conflict.theirs}</p></div>
                      <div><b>{t("web.editor.yours")}</b><p class="yours">{st.conflict.yours}</p></div>
                      <div class="diff-row"><b>{t("web.editor.diff")}</b><Diff parts={st.conflict.diff} /></div>
                      <button type="button" onClick={() => void resolveConflict(u, "theirs")}>{t("web.editor.use-theirs")}</button>
                      <button type="button" onClick={() => void resolveConflict(u, "mine")}>{t("web.editor.keep-mine")}</button>
                    </div>
                  )}
                </div>
              </div>
            );
          })}
        </div>
        <aside class="help">
          <h2>{t("web.editor.terms")}</h2>
          {help && help.terms.length ? (
            <ul>{(() => { let k = 0; return help.terms.map((term) => (
              <li key={term.entry}><span class="term-src">{term.source}</span> → {(term.dnt ? [term.source] : [...term.preferred, ...term.admitted]).map((p) => { k++; return <button type="button" class="insert" key={p} data-key={k <= 9 ? `ctrl+shift+${k}` : undefined} onMouseDown={(e) => e.preventDefault()} onClick={() => insert(p)}>{k <= 9 && <kbd>{k}</kbd>}{p}</button>; })}
                {term.forbidden.length > 0 && <span class="forbidden">{t("web.editor.forbidden", { terms: term.forbidden.join(", ") })}</span>}</li>
            )); })()}</ul>
          ) : <p class="none">{t("web.editor.none")}</p>}
          <h2>{t("web.editor.tm")}</h2>
          {help && help.tm.length ? (
            <ul>{help.tm.map((m, k) => (
              <li key={k}><span class="score">{Math.round(m.similarity * 100)}%</span> <span class="tm-src">{m.sourceText}</span><br />
                <button type="button" class="insert" onMouseDown={(e) => e.preventDefault()} onClick={() => insert(m.text)}>{k < 9 && <kbd>{k + 1}</kbd>}{m.text}</button></li>
            ))}</ul>
          ) : <p class="none">{t("web.editor.none")}</p>}
          <h2>{t("web.editor.history")}</h2>
          {history && history.revisions.length ? (
            <ol class="history">{[...history.revisions].reverse().map((r) => (
              <li key={r.revision} data-revision={r.revision}>
                <div class="rev-head">{t("web.editor.revision", { revision: r.revision, author: r.author, state: t(`web.state.${r.status}`), time: r.time.slice(0, 16).replace("T", " ") })}</div>
                <Diff parts={r.diff} />
                {r.note && <div class="note">{r.note}</div>}
              </li>
            ))}</ol>
          ) : <p class="none">{t("web.editor.none")}</p>}
        </aside>
      </div>
    </main>
  );
}
