/**
 * The workbench's other pages as a newsroom's reviewer, terminologist and admin use them, end to end
 * (the real `selaras serve`, Debian's Chromium through playwright-core), on a project made from the
 * shipped corpus with its translations imported and three users (admin, reviewer, translator):
 * `?lang=id`, a phone-wide screen, a save conflict's "Use theirs" that keeps the typed English
 * recoverable, a glossary concept edited and removed from the page (the file and the audit follow),
 * review mode by role, and the dashboard's figures against `selaras status`.
 */
import type { ChildProcess } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { type Browser, type BrowserContext, type Page } from "playwright-core";
import { run, tempDir, REPO } from "../helpers/cli";
import { closeWorkbench, launchChromium, readyProject, startServe } from "../helpers/workbench";

const DOC = "putin-tolak-sanksi-barat";
const USERS = { ana: "admin", budi: "reviewer", ayu: "translator" } as const;
type Name = keyof typeof USERS;
let dir: string;
let server: ChildProcess;
let url: string;
let browser: Browser;
const tokens: Partial<Record<Name, string>> = {};

const row = (page: Page, ref: string) => page.locator(`[data-ref="${ref}"]`);
async function cli(args: string[]): Promise<string> {
  const r = await run(args, { cwd: dir });
  if (r.code !== 0) throw new Error(`selaras ${args.join(" ")} exited ${r.code}: ${r.stderr}`);
  return r.stdout;
}
interface Shown { ref: string; state: string; revision: number; rendering: { text: string; note: string | null } | null }
const show = async (ref: string) => JSON.parse(await cli(["translate", "show", ref, "--json"])) as Shown;

/** A browser context logged in as `name` (the session cookie set through the context's own requests). */
async function as(name: Name, viewport = { width: 1280, height: 900 }, lang?: string): Promise<BrowserContext> {
  const ctx = await browser.newContext({ viewport });
  if (lang) await ctx.addInitScript((l) => localStorage.setItem("selaras-lang", l), lang);
  const html = await (await ctx.request.get(url)).text();
  const csrf = /name="selaras-csrf" content="([0-9a-f]+)"/.exec(html)![1]!;
  const res = await ctx.request.post(`${url}api/login`, { data: { token: tokens[name] }, headers: { "x-selaras-csrf": csrf } });
  expect(res.status()).toBe(200);
  return ctx;
}
async function openUnit(page: Page, ref: string) {
  await page.goto(`${url}documents/${DOC}?ref=${encodeURIComponent(ref)}`);
  await page.waitForFunction((r) => document.activeElement?.closest("[data-ref]")?.getAttribute("data-ref") === r, ref);
}

beforeAll(async () => {
  dir = tempDir("selaras-e2e-pages-");
  await readyProject(dir);
  fs.cpSync(path.join(REPO, "translations"), path.join(dir, "translations"), { recursive: true });
  await cli(["translations", "import"]);
  for (const [name, role] of Object.entries(USERS)) tokens[name as Name] = /: (\S+)\s*$/.exec((await cli(["users", "add", name, "--role", role])).trim())![1]!;
  ({ server, url } = await startServe(dir));
  browser = await launchChromium();
}, 120000);

afterAll(() => closeWorkbench(browser, server, dir));

it("?lang=id opens any page in Indonesian and is remembered; choosing English renames the address's language", async () => {
  const ctx = await as("ana");
  const page = await ctx.newPage();
  await page.goto(`${url}glossary?lang=id`);
  await page.getByRole("heading", { name: "Glosarium", level: 1 }).waitFor();
  expect(await page.evaluate(() => document.documentElement.lang)).toBe("id");
  expect(await page.getByRole("navigation").innerText()).toBe("Dokumen\nGlosarium\nAudit");
  // remembered: the next page without the parameter is in Indonesian too
  await page.goto(`${url}documents/${DOC}/align`);
  await page.getByText("Unggah berkas teks…", { exact: true }).waitFor();
  // (the browser's own file button, in the browser's language, is not what a person sees)
  expect(await page.getByTestId("align-file").evaluate((el) => el.getBoundingClientRect().width)).toBeLessThanOrEqual(1);
  await page.goto(`${url}?lang=id`);
  await page.getByTestId("lang").waitFor();
  // English chosen, and what a link followed at once would find, read in the same turn as the choice:
  // the language is remembered as it is chosen (it was remembered in an effect after the next paint,
  // and a page opened before that came up in Indonesian)
  expect(await page.evaluate(() => {
    const menu = document.querySelector<HTMLSelectElement>('[data-testid="lang"]')!;
    menu.value = "en";
    menu.dispatchEvent(new Event("change", { bubbles: true }));
    return [localStorage.getItem("selaras-lang"), new URL(location.href).searchParams.get("lang")];
  })).toEqual(["en", "en"]);
  await page.getByRole("heading", { name: "Documents", level: 1 }).waitFor();
  expect(new URL(page.url()).searchParams.get("lang")).toBe("en");
  // an unknown language in the address is ignored
  await page.goto(`${url}?lang=xx`);
  await page.getByRole("heading", { name: "Documents", level: 1 }).waitFor();
  await ctx.close();
});

it("on a 390 px screen no page is wider than the screen, and the editor's rows are not covered by its side panel", async () => {
  const ctx = await as("ana", { width: 390, height: 800 });
  const page = await ctx.newPage();
  for (const p of ["", "glossary?id=north-korea", "audit", `documents/${DOC}`, `documents/${DOC}/align`]) {
    await page.goto(`${url}${p}`);
    await page.locator("main h1").first().waitFor();
    await page.waitForLoadState("networkidle");
    expect([p, await page.evaluate(() => document.documentElement.scrollWidth)]).toEqual([p, 390]);
  }
  // the audit's findings stack, one block each: no sideways scrolling, each message as wide as its finding
  await page.goto(`${url}audit`);
  const findings = page.locator(".findings-table tr.finding");
  await findings.first().waitFor();
  expect(await page.locator(".findings-table").evaluate((t) => t.scrollWidth - t.clientWidth)).toBe(0);
  const narrow = await findings.evaluateAll((rows) => rows.filter((r) => {
    const cell = r.children[2] as HTMLElement;
    return cell.scrollWidth > cell.clientWidth || cell.getBoundingClientRect().width < r.getBoundingClientRect().width - 20;
  }).length);
  expect([await findings.count() > 0, narrow]).toEqual([true, 0]);
  // and its concepts: one block each, every value after its column's name, nothing out of sight to the right
  expect(await page.locator("table.concept-table").evaluate((t) => t.scrollWidth - t.clientWidth)).toBe(0);
  const cells = page.locator('table.concept-table tr[data-concept="north-korea"] td');
  expect(await cells.evaluateAll((tds) => tds.map((td) => getComputedStyle(td, "::before").content)))
    .toEqual(["none", '"Source forms: "', '"Occurrences: "', '"Renderings used: "', '"Compliant pairs: "', '"Findings: "']);
  expect(await cells.evaluateAll((tds) => tds.every((td) => td.getBoundingClientRect().width === tds[0]!.getBoundingClientRect().width))).toBe(true);
  if (process.env.SHOTS_390) await page.screenshot({ path: `${process.env.SHOTS_390}/audit-390.png` });
  // the glossary's search placeholder fits its field, in both languages
  // (Indonesian first: ?lang= is remembered, and the page after this one reads English)
  for (const lang of ["id", "en"]) {
    await page.goto(`${url}glossary?lang=${lang}`);
    const search = page.getByTestId("glossary-search");
    await search.waitFor();
    const cut = await search.evaluate((el: HTMLInputElement) => {
      const cs = getComputedStyle(el);
      const m = document.createElement("canvas").getContext("2d")!;
      m.font = cs.font;
      return m.measureText(el.placeholder).width - (el.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight));
    });
    expect([lang, cut <= 0]).toEqual([lang, true]);
    if (process.env.SHOTS_390) await page.screenshot({ path: `${process.env.SHOTS_390}/glossary-390-${lang}.png` });
  }
  // a document's export menu opened: its table still fits (no sideways scrolling inside it)
  await page.goto(url);
  await page.locator("tr[data-document] .export-menu summary").first().click();
  await page.locator("tr[data-document] .export-body select").first().waitFor();
  expect(await page.locator("table.docs").evaluate((t) => t.scrollWidth - t.clientWidth)).toBe(0);
  await openUnit(page, `${DOC}:1`);
  const box = (await row(page, `${DOC}:1`).locator("textarea").boundingBox())!;
  expect(box.width).toBeGreaterThan(300);
  // the middle of the focused row's English is the English field, not the side panel over it
  expect(await page.evaluate(([x, y]) => document.elementFromPoint(x!, y!)?.tagName, [box.x + box.width / 2, box.y + box.height / 2])).toBe("TEXTAREA");
  // the side panel is a bar at the bottom of the window until opened
  const toggle = page.getByRole("button", { name: "Glossary, memory and history ▴" });
  expect(await toggle.getAttribute("aria-expanded")).toBe("false");
  expect((await page.locator("aside.help").boundingBox())!.height).toBeLessThan(60);
  expect(await page.locator("aside.help h2").first().isVisible()).toBe(false);
  await toggle.click();
  await page.locator("aside.help h2", { hasText: "Glossary" }).waitFor();
  expect(await page.getByRole("button", { name: "Hide glossary, memory and history ▾" }).getAttribute("aria-expanded")).toBe("true");
  expect(await page.evaluate(() => document.activeElement?.closest("[data-ref]")?.getAttribute("data-ref"))).toBe(`${DOC}:1`);
  await ctx.close();
});

it("a save conflict's Use theirs keeps what was typed under the row: put back in the field, it saves over theirs", async () => {
  const ref = `${DOC}:7`;
  const ctx = await as("ana");
  const page = await ctx.newPage();
  await openUnit(page, ref);
  const before = await show(ref);
  const mine = `${before.rendering!.text} (mine)`;
  await page.keyboard.press("Control+A");
  await page.keyboard.type(mine);
  const theirs = `${before.rendering!.text} (checked)`;
  await cli(["translate", "set", ref, theirs, "--status", "translated", "--translator", "budi"]);
  await page.keyboard.press("Control+Enter");
  await row(page, ref).locator(".conflict").waitFor();
  // the word diff from theirs to yours keeps the word taken out apart from the word put in, on the
  // screen and for a screen reader (it read "(checkedmine)")
  const diff = row(page, ref).locator(".diff-row .diff");
  expect(await diff.textContent()).toBe(`${before.rendering!.text} (checked mine)`);
  expect(await diff.innerText()).toBe(`${before.rendering!.text} (checked mine)`);
  expect(await diff.ariaSnapshot()).toBe(`- paragraph:\n  - text: ${before.rendering!.text} (\n  - deletion: checked\n  - insertion: mine\n  - text: )`);
  await row(page, ref).getByRole("button", { name: "Use theirs" }).click();
  await row(page, ref).locator(".conflict").waitFor({ state: "detached" });
  expect(await row(page, ref).locator("textarea").inputValue()).toBe(theirs);
  const dropped = row(page, ref).locator("[data-dropped]");
  expect(await dropped.locator("b").textContent()).toBe("Your English, set aside when you chose theirs (not saved):");
  expect(await dropped.locator(".yours").textContent()).toBe(mine);
  expect(await show(ref)).toMatchObject({ revision: before.revision + 1, rendering: { text: theirs } });
  await dropped.getByRole("button", { name: "Put mine back in the field" }).click();
  await dropped.waitFor({ state: "detached" });
  expect(await row(page, ref).locator("textarea").inputValue()).toBe(mine);
  expect(await page.evaluate(() => document.activeElement?.tagName)).toBe("TEXTAREA");
  // written on theirs now: confirming saves it as the next revision, no second conflict
  await page.keyboard.press("Control+Enter");
  await row(page, ref).locator(".msg.ok").waitFor();
  expect(await row(page, ref).locator(".conflict").count()).toBe(0);
  await expect(show(ref)).resolves.toMatchObject({ state: "translated", revision: before.revision + 2, rendering: { text: mine } });
  // Dismiss lets it go
  await row(page, ref).locator("textarea").focus();
  await page.keyboard.press("Control+A");
  await page.keyboard.type("A third text.");
  await cli(["translate", "set", ref, theirs, "--status", "translated", "--translator", "budi"]);
  await page.keyboard.press("Control+Enter");
  await row(page, ref).getByRole("button", { name: "Use theirs" }).click();
  await row(page, ref).locator("[data-dropped] .yours", { hasText: "A third text." }).waitFor();
  await row(page, ref).getByRole("button", { name: "Dismiss" }).click();
  await row(page, ref).locator("[data-dropped]").waitFor({ state: "detached" });
  expect(await row(page, ref).locator("textarea").inputValue()).toBe(theirs);
  await ctx.close();
});

it("an admin edits a concept from the glossary page: preview, save; the file's line and the audit change", async () => {
  const geo = path.join(dir, "glossary", "geo.tsv");
  const line = /^the-west\t.*$/m.exec(fs.readFileSync(geo, "utf8"))![0];
  const ctx = await as("ana");
  const page = await ctx.newPage();
  await page.goto(`${url}glossary?id=the-west`);
  await page.getByTestId("edit-concept").click();
  const form = page.locator('[data-editing="the-west"]');
  expect(await form.locator('input[name="admitted"]').inputValue()).toBe("Western | =West | =Westerners");
  await form.locator('input[name="admitted"]').fill("=West | =Westerners");
  await form.getByTestId("edit-preview").click();
  const preview = form.getByTestId("edit-preview-result");
  await preview.waitFor();
  expect(await preview.locator(".summary").textContent()).toBe("Over 115 renderings, findings added: 3, removed: 0. Nothing has been written yet.");
  expect(await preview.locator("li.added a").allTextContents()).toEqual(["mengapa-kunjungan-putin-penting:18", `${DOC}:1`, `${DOC}:3`]);
  expect(fs.readFileSync(geo, "utf8")).toContain(line);
  await preview.getByRole("button", { name: "Save to geo.tsv" }).click();
  expect(await page.getByTestId("glossary-message").textContent()).toBe("the-west was changed in glossary/geo.tsv; the database is in step.");
  const cells = line.split("\t");
  cells[3] = "=West | =Westerners";
  expect(/^the-west\t.*$/m.exec(fs.readFileSync(geo, "utf8"))![0]).toBe(cells.join("\t"));
  expect(await page.locator('.concept[data-concept="the-west"] .admitted').textContent()).toBe("West Aa · Westerners Aa");
  // the audit page names the three renderings that say "Western" for "Barat"
  await page.goto(`${url}audit?check=glossary-term-missing`);
  await page.locator(`tr[data-finding-ref="${DOC}:1"]`).waitFor();
  const refs = await page.locator("tr.finding").evaluateAll((trs) => trs.filter((tr) => tr.textContent!.includes("the West")).map((tr) => tr.getAttribute("data-finding-ref")));
  // (china-kunci-kesepakatan-senjata:15 had it before: "Barat" left out)
  expect(refs).toEqual(["china-kunci-kesepakatan-senjata:15", "mengapa-kunjungan-putin-penting:18", `${DOC}:1`, `${DOC}:3`]);
  await ctx.close();
});

it("an admin removes a concept from the glossary page: its line goes, the list and the audit no longer have it", async () => {
  const people = path.join(dir, "glossary", "people.tsv");
  const text = fs.readFileSync(people, "utf8");
  const ctx = await as("ana");
  const page = await ctx.newPage();
  await page.goto(`${url}glossary?id=xi-jinping`);
  await page.getByTestId("remove-concept").click();
  const confirm = page.getByTestId("confirm-remove");
  await confirm.waitFor();
  expect(await confirm.textContent()).toBe("Remove from people.tsv");
  expect(fs.readFileSync(people, "utf8")).toBe(text);
  await confirm.click();
  expect(await page.getByTestId("glossary-message").textContent()).toBe("xi-jinping was removed from glossary/people.tsv; the database is in step.");
  expect(fs.readFileSync(people, "utf8")).toBe(text.replace(/^xi-jinping\t.*\n/m, ""));
  await page.getByTestId("glossary-search").fill("xi-jinping");
  await page.getByTestId("glossary-count").and(page.getByText(/^0 of \d+ concepts$/)).waitFor();
  expect(JSON.parse(await cli(["glossary", "list", "--json"])).some((c: { id: string }) => c.id === "xi-jinping")).toBe(false);
  await page.goto(`${url}audit`);
  await page.locator("#never-seen").waitFor();
  expect(await page.locator('#concepts a[href="/glossary?id=xi-jinping"], #never-seen a[href="/glossary?id=xi-jinping"]').count()).toBe(0);
  await ctx.close();
});

it("a translator sees no glossary changes to make and may not mark a unit reviewed; a reviewer reviews and sends back with a comment", async () => {
  for (const k of [4, 5, 6]) {
    const ref = `${DOC}:${k}`;
    await cli(["translate", "set", ref, (await show(ref)).rendering!.text, "--status", "translated", "--translator", "ana"]);
  }
  const tctx = await as("ayu");
  const t = await tctx.newPage();
  // who is logged in, in the page's language
  await t.goto(`${url}?lang=id`);
  await t.locator(".who").waitFor();
  expect(await t.locator(".who").innerText()).toBe("ayu (penerjemah) Keluar");
  await t.getByTestId("lang").selectOption("en");
  await t.locator(".who", { hasText: "Log out" }).waitFor();
  expect(await t.locator(".who").innerText()).toBe("ayu (translator) Log out");
  await t.goto(`${url}glossary?id=north-korea`);
  await t.locator('.concept[data-concept="north-korea"]').waitFor();
  expect(await t.getByRole("button", { name: /^(Add a term|Edit|Remove…)$/ }).count()).toBe(0);
  expect(await t.getByText("Only an admin may change the glossary.").count()).toBe(1);
  // a translator is not offered review mode (it would only be refused on saving): Ctrl+Enter confirms
  await openUnit(t, `${DOC}:6`);
  expect(await t.getByTestId("review").count()).toBe(0);
  expect(await t.getByText("Review mode").count()).toBe(0);
  expect(await t.locator("#editor-keys-hint").textContent()).toBe("Ctrl+Enter confirms and moves to the next unit that needs work · Alt+↑/↓ moves · ? shows every shortcut");
  await tctx.close();

  const rctx = await as("budi");
  const r = await rctx.newPage();
  await openUnit(r, `${DOC}:4`);
  expect(await r.getByTestId("review").count()).toBe(1);
  await r.getByTestId("review").check();
  await row(r, `${DOC}:4`).locator("textarea").focus();
  await r.keyboard.press("Control+Enter");
  await row(r, `${DOC}:4`).and(r.locator('[data-state="reviewed"]')).waitFor();
  await r.waitForFunction((ref) => document.activeElement?.closest("[data-ref]")?.getAttribute("data-ref") === ref, `${DOC}:5`);
  expect((await show(`${DOC}:4`)).state).toBe("reviewed");
  await row(r, `${DOC}:5`).getByRole("textbox", { name: "Comment for the translator" }).fill("Check the date against the source.");
  await row(r, `${DOC}:5`).getByRole("button", { name: "Send back to draft" }).click();
  await row(r, `${DOC}:5`).and(r.locator('[data-state="draft"]')).waitFor();
  expect(await show(`${DOC}:5`)).toMatchObject({ state: "draft", rendering: { note: "Check the date against the source." } });
  // a draft (and a unit with no English) has nothing to send back: its row, focused, offers its note only
  await row(r, `${DOC}:5`).locator("textarea").focus();
  await row(r, `${DOC}:5`).locator("form.note-form").waitFor();
  expect(await row(r, `${DOC}:5`).locator("form.send-back").count()).toBe(0);
  await row(r, `${DOC}:4`).locator("textarea").focus();
  await row(r, `${DOC}:4`).locator("form.send-back").waitFor();
  await rctx.close();
});

it("the dashboard's figures are `selaras status --json`'s", async () => {
  const ctx = await as("budi");
  const page = await ctx.newPage();
  await page.goto(url);
  await page.locator("tr[data-document]").first().waitFor();
  const status = JSON.parse(await cli(["status", "--json"])) as Array<{ document: string; translated: number; translatable: number; percent: number; words: number; stale: number }>;
  for (const s of status) {
    const tr = page.locator(`tr[data-document="${s.document}"]`);
    expect([s.document, await tr.locator(".pct").textContent(), await tr.locator("td.num").allTextContents()])
      .toEqual([s.document, `${s.translated} of ${s.translatable} segments confirmed (${s.percent}%)`, [String(s.words), String(s.stale)]]);
  }
  await ctx.close();
});

it("the audit's concepts filter and sort on the page; a glossary of hundreds never seen shows them 200 at a time", async () => {
  // 300 concepts no rendering meets, written beside the server (as `glossary add` from another terminal would)
  const lines = ["id\tsource\tpreferred\tadmitted\tforbidden\tflags\tpos\tdomain\tnote\texample"];
  for (let i = 0; i < 300; i++) lines.push(`gen-${String(i).padStart(3, "0")}\tkatabaru${i}\tnewterm ${i}\t\t\twarning\t\t\t\t`);
  fs.writeFileSync(path.join(dir, "glossary", "zz-generated.tsv"), `${lines.join("\n")}\n`);
  await cli(["glossary", "sync"]);
  const audit = JSON.parse(await cli(["audit", "--format", "json"])) as { conceptAudits: Array<{ id: string; sources: string[]; sourceOccurrences: number }>; neverSeen: unknown[] };
  const ctx = await as("budi");
  const page = await ctx.newPage();
  await page.goto(`${url}audit`);
  await page.locator("#never-seen").waitFor();
  expect(await page.locator("#never-seen li").count()).toBe(200);
  const more = page.getByTestId("never-seen-more");
  expect(await more.textContent()).toBe(`Show ${audit.neverSeen.length - 200} more (of ${audit.neverSeen.length})`);
  await more.click();
  expect(await page.locator("#never-seen li").count()).toBe(audit.neverSeen.length);
  const shownIds = () => page.locator("#concepts tbody tr").evaluateAll((trs) => trs.map((tr) => tr.getAttribute("data-concept")));
  await page.getByTestId("audit-concept-filter").fill("korea");
  await page.getByTestId("audit-concept-sort").selectOption("occurrences");
  const korea = audit.conceptAudits.filter((c) => `${c.id} ${c.sources.join(" ")}`.toLowerCase().includes("korea"))
    .sort((a, b) => b.sourceOccurrences - a.sourceOccurrences || a.id.localeCompare(b.id)).map((c) => c.id);
  expect(korea.slice(0, 3)).toEqual(["north-korea", "south-korea", "korea"]);
  expect(await shownIds()).toEqual(korea);
  expect(await page.getByTestId("audit-concepts-shown").textContent()).toBe(`${korea.length} of ${audit.conceptAudits.length} concepts`);
  await page.getByTestId("audit-concept-sort").selectOption("id");
  expect(await shownIds()).toEqual([...korea].sort());
  await ctx.close();
});

it("keyboard only: the glossary list is one Tab stop (↑/↓ move, Enter opens), so the opened concept's Edit comes next", async () => {
  const ctx = await as("ana");
  const page = await ctx.newPage();
  await page.goto(`${url}glossary`);
  const focused = () => page.evaluate(() => document.activeElement?.getAttribute("data-id") ?? document.activeElement?.textContent ?? null);
  // (a few concepts: a list longer than 200 has its "Show more" button after it)
  await page.getByTestId("glossary-search").fill("korea");
  await page.getByTestId("glossary-count").and(page.getByText(/^14 of \d+ concepts$/)).waitFor();
  const ids = await page.locator(".concept-row").evaluateAll((bs) => bs.slice(0, 3).map((b) => b.getAttribute("data-id")));
  await page.keyboard.press("Tab");
  expect(await focused()).toBe("Add a term");
  await page.keyboard.press("Tab");
  expect(await focused()).toBe(ids[0]);
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  expect(await focused()).toBe(ids[2]);
  await page.keyboard.press("Enter");
  await page.locator(`.concept[data-concept="${ids[2]}"]`).waitFor();
  await page.keyboard.press("Tab");
  expect(await focused()).toBe("Edit");
  await page.keyboard.press("Shift+Tab");
  expect(await focused()).toBe(ids[2]);
  await ctx.close();
});

it("a reviewer filters a document to the units with findings, goes through them with Alt+↓ and reads each finding in its row", async () => {
  const doc = "mengapa-kunjungan-putin-penting";
  const ctx = await as("budi");
  const page = await ctx.newPage();
  const counts = await (await ctx.request.get(`${url}api/documents/${doc}/findings`)).json() as Record<string, { error: number; warning: number }>;
  await page.goto(`${url}documents/${doc}`);
  await page.locator("[data-ref]").first().waitFor();
  await page.getByTestId("filter").selectOption("findings");
  const units = await (await ctx.request.get(`${url}api/documents/${doc}/units`)).json() as Array<{ ref: string }>;
  const withFindings = units.map((u) => u.ref).filter((r) => counts[r]);
  expect(withFindings).toContain(`${doc}:30`);
  await page.getByTestId("shown").and(page.getByText(`${withFindings.length} units shown`)).waitFor();
  await row(page, withFindings[0]!).locator("textarea").focus();
  for (const [k, ref] of withFindings.entries()) {
    if (k > 0) await page.keyboard.press("Alt+ArrowDown");
    await page.waitForFunction((r) => document.activeElement?.closest("[data-ref]")?.getAttribute("data-ref") === r, ref);
    const listed = row(page, ref).locator('.findings[data-findings-of="stored"] li');
    await listed.first().waitFor();
    expect(await listed.count()).toBe(counts[ref]!.error + counts[ref]!.warning);
  }
  expect(await row(page, `${doc}:30`).locator(".findings li").allTextContents()).toEqual([
    "warning · Glossary term count: Glossary term “Rusia” occurs 2× in the source but is rendered only 1× in the target.",
  ]);
  // (the check's id, as docs/checks.md and `selaras check` name it, is kept for whoever looks it up)
  expect(await row(page, `${doc}:30`).locator(".findings li .check-name").getAttribute("title")).toBe("glossary-count-mismatch");
  await ctx.close();
});

it("alignment review: a wrong link fixed by hand, then undone a step at a time (z, the Undo button), and 'Back to the proposal' undone too", async () => {
  const doc = "putin-butuh-senjata-kim";
  const ctx = await as("ayu");
  const page = await ctx.newPage();
  const units = await (await ctx.request.get(`${url}api/documents/${doc}/units`)).json() as Array<{ target: string | null }>;
  await page.goto(`${url}documents/${doc}/align`);
  await page.locator("textarea").fill(units.map((u) => u.target).filter(Boolean).join("\n\n"));
  await page.keyboard.press("Control+Enter");
  await page.locator("tr[data-bead]").first().waitFor();
  const beads = () => page.locator("tr[data-bead]").evaluateAll((trs) => trs.map((tr) => `${tr.getAttribute("data-segments")}|${tr.getAttribute("data-sentences")}`));
  const focusedBead = () => page.evaluate(() => document.activeElement?.getAttribute("data-bead"));
  const proposed = await beads();
  const undo = page.getByTestId("align-undo");
  expect(await undo.isDisabled()).toBe(true);
  await page.locator('tr[data-bead="1"]').focus();
  await page.keyboard.press("m");
  const merged = await beads();
  expect(merged.length).toBe(proposed.length - 1);
  await page.keyboard.press("u");
  const unpaired = await beads();
  expect(unpaired).not.toEqual(merged);
  await page.keyboard.press("z");
  expect(await beads()).toEqual(merged);
  expect(await focusedBead()).toBe("1");
  await page.keyboard.press("Control+z");
  expect(await beads()).toEqual(proposed);
  expect(await undo.isDisabled()).toBe(true);
  // an edit, Back to the proposal, then Undo: the edit is back
  await page.locator('tr[data-bead="2"]').focus();
  await page.keyboard.press("m");
  const edited = await beads();
  await page.getByRole("button", { name: "Back to the proposal" }).click();
  expect(await beads()).toEqual(proposed);
  await undo.click();
  expect(await beads()).toEqual(edited);
  expect(await page.locator(".align-review .hint").first().textContent()).toBe("Keys on a bead: ↑/↓ move · m merge with the next · s split · u leave unpaired · Alt+↑ first English sentence to the bead above · Alt+↓ last English sentence to the bead below · z undo · Ctrl+Enter confirm");
  await ctx.close();
});
