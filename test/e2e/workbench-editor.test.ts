/**
 * The editor end to end (real `selaras serve`, Debian's Chromium through playwright-core): join and
 * unjoin from the page, a suggested join for a suspect fragment, split at a caret in the Indonesian,
 * a glossary highlight that inserts its rendering, the filters and the search box, notes, and a
 * 2,000-unit document rendered windowed where `?ref=<doc>:1900` focuses that row. What the page did
 * is read back with `selaras translate show` (and the API) while the server runs.
 * UPDATE_SCREENSHOTS=1 rewrites docs/img/editor-join.png.
 */
import type { ChildProcess } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { type Browser, type Page } from "playwright-core";
import { run, tempDir, REPO } from "../helpers/cli";
import { clickInSource, closeWorkbench, launchChromium, readyProject, startServe } from "../helpers/workbench";

const SHOTS = process.env.UPDATE_SCREENSHOTS === "1" ? path.join(REPO, "docs/img") : null;
const CHINA = "china-kunci-kesepakatan-senjata";
const MENGAPA = "mengapa-kunjungan-putin-penting";
const PUTIN = "putin-tolak-sanksi-barat";
const BIG = "laporan-panjang";
const BUDGET = "anggaran-negara";
const LINKED = "berita-bertaut";
// A sentence a printed page cut (a PDF pasted): `… mencatat` / `- 2 -` / the running head / `bahwa …`.
const CUT = "laporan-terpotong";
const CUT_TITLE = "Laporan Program Sekolah Ramah Anak Tahun 2026";
const CUT_PAGE = "Program Sekolah Ramah Anak di Kabupaten Sleman dilaksanakan di 146 satuan pendidikan pada tahun 2026, naik dari 112 satuan pendidikan.\n"
  + "Pelaksanaan program didukung anggaran sebesar Rp3,8 miliar dari APBD Kabupaten Sleman dan dana hibah Pemerintah Daerah Istimewa Yogyakarta.\n";
const CUT_FIRST = "Meski demikian, tim evaluasi mencatat", CUT_SECOND = "bahwa sebagian kasus tidak dilaporkan karena siswa takut melapor.";
const ROAD = "perbaikan-jalan";
let dir: string;
let server: ChildProcess;
let url: string;
let browser: Browser;

interface Shown { ref: string; state: string; source: string; rendering: { text: string; note: string | null } | null }
async function show(ref: string): Promise<Shown> {
  const r = await run(["translate", "show", ref, "--json"], { cwd: dir });
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as Shown;
}
const apiGet = async <T,>(p: string): Promise<T> => (await fetch(`${url}${p}`)).json() as Promise<T>;
const refs = async (doc: string) => (await apiGet<Array<{ ref: string }>>(`api/documents/${doc}/units`)).map((u) => u.ref);
const row = (page: Page, ref: string) => page.locator(`[data-ref="${ref}"]`);
const focusedRef = (page: Page) => page.evaluate(() => document.activeElement?.closest("[data-ref]")?.getAttribute("data-ref") ?? null);
async function open(page: Page, doc: string, ref: string) {
  await page.goto(`${url}documents/${doc}?ref=${encodeURIComponent(ref)}`);
  await page.waitForFunction((r) => document.activeElement?.closest("[data-ref]")?.getAttribute("data-ref") === r, ref);
}

/** A document of `n` one-sentence paragraphs made from the corpus's sentences (numbered, so each is its own). */
function longDocument(n: number): string {
  const sentences: string[] = [];
  for (const f of fs.readdirSync(path.join(REPO, "corpus")).sort()) {
    for (const line of fs.readFileSync(path.join(REPO, "corpus", f), "utf8").split("\n").slice(2)) {
      for (const s of line.trim().split(/(?<=[.!?])\s+/)) if (s.length > 30 && /^\p{Lu}/u.test(s) && s.endsWith(".")) sentences.push(s);
    }
  }
  const out = ["Laporan Panjang", ""];
  for (let i = 0; i < n; i++) {
    const s = sentences[i % sentences.length]!;
    out.push(`Catatan nomor ${i + 1} menyebutkan bahwa ${s[0]!.toLowerCase()}${s.slice(1)}`, "");
  }
  return out.join("\n");
}

beforeAll(async () => {
  dir = tempDir("selaras-e2e-editor-");
  await readyProject(dir, {
    [`${BIG}.txt`]: longDocument(2000),
    // Two sentences that differ only in a number (the memory offers one's English for the other).
    // One sentence with a number (a wrong one is refused: a finding to fix in the "Has findings" filter).
    [`${ROAD}.txt`]: "Perbaikan Jalan\n\nPerbaikan jalan sepanjang 12 kilometer selesai bulan ini.\n",
    [`${BUDGET}.txt`]: "Anggaran Negara\n\nAnggaran pertahanan naik menjadi Rp 750 miliar tahun ini.\n\nAnggaran pertahanan naik menjadi Rp 800 miliar tahun ini.\n",
    // A related link between two sentences of a paragraph: a boilerplate segment (:3), not a unit of the page.
    [`${LINKED}.txt`]: "Berita Bertaut\n\nHujan turun sejak pagi. (Baca juga: Banjir Rendam Jakarta) Warga diminta waspada. Petugas siaga.\n",
    [`${CUT}.txt`]: `${CUT_TITLE}\n\n${CUT_PAGE}\nHasil evaluasi menunjukkan laporan perundungan turun. ${CUT_FIRST}\n\n- 2 -\n\n${CUT_TITLE}\n\n${CUT_SECOND} Untuk itu, setiap sekolah memasang kotak pengaduan.\n\n${CUT_PAGE}`,
  });
  ({ server, url } = await startServe(dir));
  browser = await launchChromium();
}, 120000);

afterAll(() => closeWorkbench(browser, server, dir));

it("joins two units with Alt+J and unjoins them with the button; translate show and the API agree", async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const a = `${CHINA}:6`, b = `${CHINA}:7`, joined = `${CHINA}:6+7`;
  const [sa, sb] = [(await show(a)).source, (await show(b)).source];
  await open(page, CHINA, a);
  // English typed and not saved blocks the join (it would renumber the unit under it): nothing is lost.
  await page.keyboard.type("China is seen as key");
  await page.keyboard.press("Alt+KeyJ");
  await row(page, a).locator(".msg", { hasText: "Save your English first" }).waitFor();
  expect(await row(page, a).locator("textarea").inputValue()).toBe("China is seen as key");
  expect(await refs(CHINA)).toContain(a);
  await row(page, a).locator("textarea").fill("");
  await page.keyboard.press("Alt+KeyJ");
  await row(page, joined).waitFor();
  await page.waitForFunction((r) => document.activeElement?.closest("[data-ref]")?.getAttribute("data-ref") === r, joined);
  expect(await row(page, joined).locator(".msg").textContent()).toBe("Joined.");
  expect(await row(page, a).count()).toBe(0);
  expect((await show(joined)).source).toBe(`${sa} ${sb}`);
  expect(await refs(CHINA)).toContain(joined);
  await row(page, joined).locator('[data-action="unjoin"]').click();
  await row(page, a).waitFor();
  await row(page, b).waitFor();
  expect(await focusedRef(page)).toBe(a);
  expect(await row(page, joined).count()).toBe(0);
  expect((await show(a)).source).toBe(sa);
  expect(await refs(CHINA)).toEqual(expect.arrayContaining([a, b]));
  await page.close();
});

it("joins over a boilerplate segment alone between two units (a 'Baca juga' link), as segments join does: Alt+J makes doc:2+4 without the link", async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  expect(await refs(LINKED)).toEqual([`${LINKED}:1`, `${LINKED}:2`, `${LINKED}:4`, `${LINKED}:5`]);
  await open(page, LINKED, `${LINKED}:2`);
  for (const r of [`${LINKED}:1`, `${LINKED}:2`, `${LINKED}:4`]) expect(await row(page, r).locator('[data-action="join"]').count()).toBe(1);
  await page.keyboard.press("Alt+KeyJ");
  await row(page, `${LINKED}:2+4`).waitFor();
  expect(await row(page, `${LINKED}:2+4`).locator(".msg").textContent()).toBe("Joined.");
  expect(await refs(LINKED)).toEqual([`${LINKED}:1`, `${LINKED}:2+4`, `${LINKED}:5`]);
  expect((await show(`${LINKED}:2+4`)).source).toBe("Hujan turun sejak pagi. Warga diminta waspada.");
  await page.close();
});

it("offers Join with next over a printed page's number and running head when the row above has no final stop (a sentence the page cut); Alt+J joins it whole", async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  expect((await refs(CUT)).slice(3, 6)).toEqual([`${CUT}:4`, `${CUT}:5`, `${CUT}:8`]);
  await open(page, CUT, `${CUT}:5`);
  expect(await row(page, `${CUT}:5`).locator('[data-action="join"]').count()).toBe(1);
  // (the finished sentence before it joins its neighbour only)
  expect(await row(page, `${CUT}:4`).locator('[data-action="join"]').count()).toBe(1);
  await page.keyboard.press("Alt+KeyJ");
  await row(page, `${CUT}:5+8`).waitFor();
  expect(await row(page, `${CUT}:5+8`).locator(".msg").textContent()).toBe("Joined.");
  expect((await show(`${CUT}:5+8`)).source).toBe(`${CUT_FIRST} ${CUT_SECOND}`);
  expect((await refs(CUT)).slice(3, 6)).toEqual([`${CUT}:4`, `${CUT}:5+8`, `${CUT}:9`]);
  await page.close();
});

it("shows the join suggested for a suspect fragment with its reason; one click joins", async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const suggested = await apiGet<Array<{ refs: [string, string]; reason: string }>>(`api/documents/${CHINA}/suggestions`);
  expect(suggested[0]).toEqual(expect.objectContaining({ refs: [`${CHINA}:8`, `${CHINA}:9`], reason: "starts-with-connector" }));
  await open(page, CHINA, `${CHINA}:8`);
  // (the reason is said of the unit it describes: :9, "Di mana Putin …"; on :8 it names the next unit)
  await expect(row(page, `${CHINA}:8`).locator('.suggest[data-suggest="next"] span').textContent()).resolves.toBe("Looks like one sentence with the next unit (the next unit starts with a connecting word).");
  await expect(row(page, `${CHINA}:9`).locator('.suggest[data-suggest="previous"] span').textContent()).resolves.toBe("Looks like one sentence with the previous unit (starts with a connecting word).");
  if (SHOTS) await page.screenshot({ path: path.join(SHOTS, "editor-join.png") });
  await row(page, `${CHINA}:9`).getByRole("button", { name: "Join them" }).click();
  await row(page, `${CHINA}:8+9`).waitFor();
  expect(await refs(CHINA)).toContain(`${CHINA}:8+9`);
  // The suggestion is gone once the two are one unit.
  expect(await row(page, `${CHINA}:8+9`).locator(".suggest").count()).toBe(0);
  expect((await apiGet<Array<{ refs: string[] }>>(`api/documents/${CHINA}/suggestions`)).map((s) => s.refs)).not.toContainEqual([`${CHINA}:8`, `${CHINA}:9`]);
  await page.close();
});

it("splits a unit where the caret is in its Indonesian", async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const ref = `${MENGAPA}:3`;
  const source = (await show(ref)).source;
  const at = source.indexOf(", ") + 1;
  await open(page, MENGAPA, ref);
  // (after the glossary terms are highlighted: they re-render the text)
  await row(page, ref).locator("mark.term").first().waitFor();
  // Click in the Indonesian just before the character at `at` (after the comma): the caret goes there.
  await clickInSource(page, ref, at);
  const button = row(page, ref).locator('[data-action="split"]');
  await button.waitFor();
  expect(await button.textContent()).toBe("Split at “Korea Utara, | Putin disambut” (Alt+K)");
  await button.click();
  await page.waitForFunction((r) => document.querySelector(`[data-ref="${r}"] .src-text`)?.textContent === "Sesampainya di Korea Utara,", ref);
  expect((await show(ref)).source).toBe(source.slice(0, at).trimEnd());
  expect((await show(`${MENGAPA}:4`)).source).toBe(source.slice(at).trimStart());
  expect(await focusedRef(page)).toBe(ref);
  await page.close();
});

it("highlights glossary terms in the rows; clicking one inserts its rendering; a forbidden rendering is marked", async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const terms = await apiGet<{ concepts: Record<string, { preferred: string[]; forbidden: string[] }>; units: Record<string, Array<{ start: number; end: number; entry: string }>> }>(`api/documents/${PUTIN}/terms`);
  const ref = `${PUTIN}:1`;
  const source = (await show(ref)).source;
  const span = terms.units[ref]!.find((s) => source.slice(s.start, s.end) === "Korea Utara")!;
  const rendering = terms.concepts[span.entry]!.preferred[0]!;
  await open(page, PUTIN, ref);
  const mark = row(page, ref).locator(`mark.term[data-entry="${span.entry}"]`);
  await mark.waitFor();
  expect(await mark.textContent()).toBe("Korea Utara");
  expect(await mark.getAttribute("title")).toContain(`Use: ${rendering}`);
  await page.keyboard.type("Putin sought cooperation with ");
  await mark.click();
  expect(await row(page, ref).locator("textarea").inputValue()).toBe(`Putin sought cooperation with ${rendering}`);
  // Every visible row has its terms highlighted, not only the focused one.
  expect(await row(page, `${PUTIN}:2`).locator("mark.term").count()).toBeGreaterThan(0);
  // A forbidden rendering typed into the English marks the term.
  const forbidden = Object.entries(terms.concepts).find(([entry, c]) => c.forbidden.length > 0 && Object.entries(terms.units).some(([r, spans]) => r === ref && spans.some((s) => s.entry === entry)));
  expect(forbidden).toBeDefined();
  expect(await row(page, ref).locator("mark.term-forbidden").count()).toBe(0);
  await row(page, ref).locator("textarea").fill(`Putin and ${forbidden![1].forbidden[0]}`);
  await row(page, ref).locator(`mark.term-forbidden[data-entry="${forbidden![0]}"]`).waitFor();
  await page.close();
});

it("filters by text in either language, by state and by findings; notes are saved and shown", async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const units = await apiGet<Array<{ ref: string; source: string }>>(`api/documents/${PUTIN}/units`);
  const withPyongyang = units.filter((u) => u.source.toLowerCase().includes("pyongyang")).map((u) => u.ref);
  expect(withPyongyang.length).toBeGreaterThan(1);
  await open(page, PUTIN, `${PUTIN}:2`);
  // Translate :2 (with a number the checks refuse) and :3, to have states and findings to filter by.
  await page.keyboard.type("Putin arrived in Pyongyang on his first visit in 25 years.");
  await page.keyboard.press("Control+Enter");
  await row(page, `${PUTIN}:2`).locator(".f-error").first().waitFor();
  await page.fill('[data-testid="search"]', "PYONGYANG");
  await page.waitForFunction((n) => document.querySelectorAll("[data-ref]").length === n, withPyongyang.length);
  expect(await page.locator("[data-ref]").evaluateAll((els) => els.map((e) => e.getAttribute("data-ref")))).toEqual(withPyongyang);
  // English counts too: "first visit" is only in the English of :2.
  await page.fill('[data-testid="search"]', "first visit");
  await page.waitForFunction(() => document.querySelectorAll("[data-ref]").length === 1);
  expect(await page.locator("[data-ref]").getAttribute("data-ref")).toBe(`${PUTIN}:2`);
  await page.fill('[data-testid="search"]', "");
  await page.selectOption('[data-testid="filter"]', "findings");
  await page.waitForFunction(() => document.querySelectorAll("[data-ref]").length === 1);
  expect(await page.locator("[data-ref]").getAttribute("data-ref")).toBe(`${PUTIN}:2`);
  await expect(page.locator(`[data-ref="${PUTIN}:2"] [data-findings]`).textContent()).resolves.toMatch(/^\d+ findings?$/);
  await page.selectOption('[data-testid="filter"]', "review");
  await page.waitForFunction(() => document.querySelectorAll("[data-ref]").length === 1);
  expect(await page.locator("[data-ref]").getAttribute("data-state")).toBe("draft");
  await page.selectOption('[data-testid="filter"]', "untranslated");
  await page.locator('[data-testid="shown"]', { hasText: `${units.length - 1} units shown` }).waitFor();
  expect(await page.locator('[data-ref][data-state="untranslated"]').count()).toBe(await page.locator("[data-ref]").count());
  await page.selectOption('[data-testid="filter"]', "all");
  await page.waitForFunction((n) => document.querySelectorAll("[data-ref]").length >= Math.min(n, 5), units.length);
  // A note on the draft: saved as a new revision, state kept, shown on the row and by translate show.
  await row(page, `${PUTIN}:2`).locator("textarea").focus();
  await row(page, `${PUTIN}:2`).locator('input[name="note"]').fill("Source says 24 years; check with the desk.");
  await row(page, `${PUTIN}:2`).getByRole("button", { name: "Save note" }).click();
  await row(page, `${PUTIN}:2`).locator(".msg", { hasText: "Note saved." }).waitFor();
  expect(await show(`${PUTIN}:2`)).toMatchObject({ state: "draft", rendering: { text: "Putin arrived in Pyongyang on his first visit in 25 years.", note: "Source says 24 years; check with the desk." } });
  await row(page, `${PUTIN}:3`).locator("textarea").focus();
  await expect(row(page, `${PUTIN}:2`).locator("[data-note]").textContent()).resolves.toBe("Note: Source says 24 years; check with the desk.");
  await page.close();
});

it("a unit fixed and confirmed in the 'Has findings' filter, the last one shown, leaves the focus on the filter, not on the page's body", async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await open(page, ROAD, `${ROAD}:2`);
  // (a number the source does not have: refused, kept as a draft with its finding)
  await page.keyboard.type("Repairs to a 15-kilometre stretch of road end this month.");
  await page.keyboard.press("Control+Enter");
  await row(page, `${ROAD}:2`).locator(".f-error").first().waitFor();
  await page.selectOption('[data-testid="filter"]', "findings");
  await page.waitForFunction(() => document.querySelectorAll("[data-ref]").length === 1);
  await row(page, `${ROAD}:2`).locator("textarea").focus();
  await page.keyboard.press("Control+A");
  await page.keyboard.type("Repairs to a 12-kilometre stretch of road end this month.");
  await page.keyboard.press("Control+Enter");
  // confirmed: no finding left, the row leaves the list; no unit needing work is shown to move to
  await page.locator("p", { hasText: "No unit matches this filter." }).waitFor();
  await expect(show(`${ROAD}:2`)).resolves.toMatchObject({ state: "translated" });
  await page.waitForFunction(() => document.activeElement?.getAttribute("data-testid") === "filter");
  // (and back to every unit from there: the keyboard is where the person can use it)
  await page.keyboard.press("Home");
  await page.locator("[data-ref]").first().waitFor();
  expect(await page.locator('[data-testid="filter"]').inputValue()).toBe("all");
  await page.close();
});

it("a 2,000-unit document renders only the rows near the viewport; ?ref=<doc>:1900 focuses that row, Alt+↓ and Ctrl+Enter move on", async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const units = await apiGet<Array<{ ref: string; source: string }>>(`api/documents/${BIG}/units`);
  const all = units.map((u) => u.ref);
  expect(all.length).toBeGreaterThanOrEqual(2000);
  const target = `${BIG}:1900`;
  // A unit after 1900 and an English for it that the checks pass: its numbers and its glossary
  // terms' renderings (asked of the help route, as findings-as-you-type does).
  const terms = await apiGet<{ concepts: Record<string, { preferred: string[]; dnt: boolean }>; units: Record<string, Array<{ start: number; end: number; entry: string }>> }>(`api/documents/${BIG}/terms`);
  const englishFor = (u: { ref: string; source: string }) => {
    const words = (terms.units[u.ref] ?? []).map((sp) => { const c = terms.concepts[sp.entry]!; return c.dnt || c.preferred.length === 0 ? u.source.slice(sp.start, sp.end) : c.preferred[0]!; });
    return `Note ${[...(u.source.match(/\d+/g) ?? []), ...words].join(", ")}.`;
  };
  let next = -1;
  for (let i = 1901; i < units.length && next < 0; i++) {
    const help = await apiGet<{ findings: Array<{ severity: string }> }>(`api/units/${encodeURIComponent(units[i]!.ref)}/help?target=${encodeURIComponent(englishFor(units[i]!))}`);
    if (!help.findings.some((f) => f.severity === "error")) next = i;
  }
  const nextRef = units[next]!.ref, english = englishFor(units[next]!);
  await open(page, BIG, target);
  const inDom = await page.locator("[data-ref]").count();
  expect(inDom).toBeLessThan(80);
  const box = await row(page, target).boundingBox();
  expect(box!.y).toBeGreaterThanOrEqual(0);
  expect(box!.y + box!.height).toBeLessThanOrEqual(900);
  await page.keyboard.press("Alt+ArrowDown");
  expect(await focusedRef(page)).toBe(`${BIG}:1901`);
  // Alt+↓ to the chosen unit, confirm it; the focus moves to the next unit that needs work.
  while ((await focusedRef(page)) !== nextRef) await page.keyboard.press("Alt+ArrowDown");
  await page.keyboard.type(english);
  await page.keyboard.press("Control+Enter");
  await page.waitForFunction((r) => { const f = document.activeElement?.closest("[data-ref]")?.getAttribute("data-ref"); return f && f !== r; }, nextRef);
  expect(await focusedRef(page)).toBe(units[next + 1]!.ref);
  expect(await show(nextRef)).toMatchObject({ state: "translated", rendering: { text: english } });
  // Scrolling to the end brings the last rows into the DOM (and the first ones out).
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await row(page, all[all.length - 1]!).waitFor();
  expect(await row(page, all[0]!).count()).toBe(0);
  expect(await page.locator("[data-ref]").count()).toBeLessThan(80);
  await page.close();
});

it("shows a memory match with the word diff of its Indonesian; Ctrl+1 inserts its English with this sentence's numbers", async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const units = await apiGet<Array<{ ref: string; source: string }>>(`api/documents/${BUDGET}/units`);
  const [first, second] = units.filter((u) => u.source.startsWith("Anggaran pertahanan"));
  await open(page, BUDGET, first!.ref);
  await page.keyboard.type("The defence budget rose to Rp 750 billion this year.");
  // The first unit's help, asked for again once it is confirmed, answers late (as on a busy
  // server): after the next unit's. Its late reply must not replace the next unit's help.
  const firstHelp = `/api/units/${encodeURIComponent(first!.ref)}/help`;
  let asked = false;
  await page.route((u) => u.pathname === firstHelp, async (route) => { asked = true; await new Promise((r) => setTimeout(r, 700)); await route.continue(); });
  const late = page.waitForResponse((r) => new URL(r.url()).pathname === firstHelp);
  late.catch(() => undefined);
  await page.keyboard.press("Control+Enter");
  await page.waitForFunction((r) => document.activeElement?.closest("[data-ref]")?.getAttribute("data-ref") === r, second!.ref);
  const match = page.locator('.help .tm li[data-tm="1"]');
  await match.waitFor();
  // (when the page asked for it again, as it does: once its reply is in)
  if (asked) await late;
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  expect(await match.count()).toBe(1);
  expect(await match.locator(".diff del").allTextContents()).toEqual(["750"]);
  expect(await match.locator(".diff ins").allTextContents()).toEqual(["800"]);
  expect(await match.locator(".adapted").textContent()).toBe("numbers put in from this sentence (the memory has: The defence budget rose to Rp 750 billion this year.)");
  await page.keyboard.press("Control+Digit1");
  expect(await row(page, second!.ref).locator("textarea").inputValue()).toBe("The defence budget rose to Rp 800 billion this year.");
  await page.close();
});

it("splits from the keyboard: Alt+K opens the cut chooser, ←/→ move the cut between words, Enter splits", async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const units = await apiGet<Array<{ ref: string; source: string }>>(`api/documents/${MENGAPA}/units`);
  const unit = units.filter((u) => !u.ref.includes("+")).at(-1)!;
  // The third place between two words.
  const spaces = [...unit.source.matchAll(/\s+/g)].map((m) => m.index!).filter((i) => i > 0);
  const at = spaces[2]!;
  await open(page, MENGAPA, unit.ref);
  await page.keyboard.press("Alt+KeyK");
  const dialog = row(page, unit.ref).getByRole("dialog", { name: "Where to split the Indonesian" });
  await dialog.waitFor();
  await page.keyboard.press("Home");
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowRight");
  await expect(dialog.locator(".split-preview .part").allTextContents()).resolves.toEqual([unit.source.slice(0, at).trimEnd(), unit.source.slice(at).trimStart()]);
  await page.keyboard.press("Enter");
  await page.waitForFunction(({ r, text }) => document.querySelector(`[data-ref="${r}"] .src-text`)?.textContent === text, { r: unit.ref, text: unit.source.slice(0, at).trimEnd() });
  expect(await focusedRef(page)).toBe(unit.ref);
  const [n] = unit.ref.split(":").slice(-1);
  expect((await show(`${MENGAPA}:${Number(n) + 1}`)).source).toBe(unit.source.slice(at).trimStart());
  // Esc closes the chooser without splitting, back in the English.
  await page.keyboard.press("Alt+KeyK");
  await row(page, unit.ref).getByRole("dialog").waitFor();
  await page.keyboard.press("Escape");
  await row(page, unit.ref).getByRole("dialog").waitFor({ state: "detached" });
  expect(await focusedRef(page)).toBe(unit.ref);
  await page.close();
});

it("with no unit focused the side panel says how to pick one (not 'Nothing for this unit' three times); a click shows the unit's", async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${url}documents/${BUDGET}`);
  const pick = page.getByTestId("side-pick");
  await pick.waitFor();
  expect(await pick.textContent()).toBe("Click a unit, or move to one with Alt+↑/↓, to see its glossary terms, translation memory and history.");
  expect(await page.locator(".help p.none").count()).toBe(1);
  const units = await apiGet<Array<{ ref: string; source: string }>>(`api/documents/${BUDGET}/units`);
  const [, second] = units.filter((u) => u.source.startsWith("Anggaran pertahanan"));
  await row(page, second!.ref).locator("textarea").click();
  await pick.waitFor({ state: "detached" });
  expect(await page.locator(".help h2").allTextContents()).toEqual(["Glossary", "Translation memory", "History"]);
  await page.goto(`${url}documents/${BUDGET}?lang=id`);
  await pick.waitFor();
  expect(await pick.textContent()).toBe("Klik sebuah unit, atau pindah ke sana dengan Alt+↑/↓, untuk melihat istilah glosarium, memori terjemahan, dan riwayatnya.");
  await page.close();
});
