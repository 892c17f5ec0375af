/**
 * The workbench's glossary, audit and export pages end to end: the real `selaras serve` (a child
 * process) and Debian's Chromium through playwright-core. Search the glossary and open a concept;
 * select a term in the editor, add it with its preview, confirm, find it in glossary/ and as a hint
 * in the editor; follow an audit finding to its unit; download an export and compare its bytes with
 * `selaras export`. UPDATE_SCREENSHOTS=1 rewrites docs/img/glossary.png and audit.png.
 */
import type { ChildProcess } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { type Browser, type Page } from "playwright-core";
import { run, tempDir, REPO } from "../helpers/cli";
import { closeWorkbench, launchChromium, readyProject, startServe } from "../helpers/workbench";

const DOC = "putin-tolak-sanksi-barat";
const KIM = "kunjungan-kim-ke-rusia-senjata";
const SHOTS = process.env.UPDATE_SCREENSHOTS === "1" ? path.join(REPO, "docs/img") : null;
const PRESSURE_EN = "In an article published in the North Korean state newspaper Rodong Sinmun before his arrival, Putin said Moscow would seek to work with Pyongyang against Western pressure over Russia's invasion of Ukraine and North Korea's nuclear and ballistic missile programmes.";
let dir: string;
let server: ChildProcess;
let url: string;
let browser: Browser;
/** The unit of the Kim article whose Indonesian says "tekanan", given an English with "stress". */
let stressRef: string;

const row = (page: Page, ref: string) => page.locator(`[data-ref="${ref}"]`);
/** Selects `word` in a unit's Indonesian, as a person dragging over it would. */
const selectInSource = (page: Page, ref: string, word: string) => row(page, ref).locator(".src").evaluate((src, w) => {
  const walker = document.createTreeWalker(src, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const at = (n.textContent ?? "").indexOf(w);
    if (at < 0) continue;
    const range = document.createRange();
    range.setStart(n, at);
    range.setEnd(n, at + w.length);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
    return;
  }
  throw new Error(`no ${w} in the source`);
}, word);

beforeAll(async () => {
  dir = tempDir("selaras-e2e-gloss-");
  await readyProject(dir);
  ({ server, url } = await startServe(dir));
  // Two renderings, written by the CLI beside the running server: "pressure" for "tekanan" in the
  // Putin article, "stress" for it in the Kim article (a term forbidding "stress" will find it).
  expect((await run(["translate", "set", `${DOC}:3`, PRESSURE_EN, "--status", "draft"], { cwd: dir })).code).toBe(0);
  const units = await (await fetch(`${url}api/documents/${KIM}/units`)).json() as Array<{ ref: string; source: string }>;
  stressRef = units.find((u) => u.source.includes("menghadapi tekanan dari kerja sama"))!.ref;
  const kimEn = "“It would be a win-win deal for both, because Putin is cornered over depleted weapons stocks while Kim faces stress from trilateral cooperation between South Korea, the U.S. and Japan,” said Nam Sung-wook, a former director of a think tank.";
  expect((await run(["translate", "set", stressRef, kimEn, "--status", "draft"], { cwd: dir })).code).toBe(0);
  browser = await launchChromium();
});

afterAll(() => closeWorkbench(browser, server, dir));

it("searches the glossary and opens a concept with its terms, level, note and file", async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(url);
  await page.getByRole("link", { name: "Glossary" }).click();
  await page.waitForURL(`${url}glossary`);
  await page.getByTestId("glossary-search").fill("korut");
  await page.getByTestId("glossary-count").and(page.getByText(/^1 of \d+ concepts$/)).waitFor();
  await page.locator('.concept-row[data-id="north-korea"]').click();
  const details = page.locator('.concept[data-concept="north-korea"]');
  await details.waitFor();
  await expect(details.locator(".sources").textContent()).resolves.toBe("Korea Utara · Korut Aa");
  await expect(details.locator(".preferred").textContent()).resolves.toBe("North Korea Aa");
  await expect(details.locator(".forbidden").textContent()).resolves.toBe("Northern Korea → use North Korea");
  await expect(details.locator(".enforce").textContent()).resolves.toBe("error (key term)");
  await expect(details.locator(".file").textContent()).resolves.toBe("glossary/geo.tsv, line 4");
  expect(await page.locator(".concept-row").count()).toBe(1);
  // in Indonesian
  await page.getByTestId("lang").selectOption("id");
  await page.getByRole("heading", { name: "Glosarium" }).waitFor();
  await expect(details.locator(".enforce").textContent()).resolves.toBe("kesalahan (istilah kunci)");
  await expect(details.locator(".forbidden").textContent()).resolves.toBe("Northern Korea → gunakan North Korea");
  await page.getByTestId("lang").selectOption("en");
  await page.close();
});

it("adds a term from a selection in the editor: preview, confirm, written to glossary/, shown as a hint", async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const ref = `${DOC}:3`;
  await page.goto(`${url}documents/${DOC}?ref=${encodeURIComponent(ref)}`);
  const unit = row(page, ref);
  await page.waitForFunction((r) => document.activeElement?.closest("[data-ref]")?.getAttribute("data-ref") === r, ref);
  // The row's glossary highlights arrive after the row (GET …/terms) and redraw its Indonesian,
  // which drops a selection made before them: a person selects the text they see drawn.
  await unit.locator("mark.term").first().waitFor();
  // Select "pressure" in the English, then "tekanan" in the Indonesian.
  await unit.locator("textarea").evaluate((el: HTMLTextAreaElement) => { const at = el.value.indexOf("pressure"); el.setSelectionRange(at, at + "pressure".length); });
  // A row redrawn under the selection (its highlights or a live update arriving) drops it, as it
  // would for a person, who then selects again: so do that, a few times at most.
  const button = page.getByTestId("add-term");
  for (let tries = 0; ; tries++) {
    await selectInSource(page, ref, "tekanan");
    try { await button.waitFor({ timeout: 3000 }); break; } catch (e) { if (tries >= 4) throw e; }
  }
  await expect(button.textContent()).resolves.toBe("Add “tekanan” to the glossary");
  await button.click();
  await page.waitForURL(/\/glossary\?/);
  const form = page.locator(".add-term");
  await expect(form.locator('input[name="sources"]').inputValue()).resolves.toBe("tekanan");
  await expect(form.locator('input[name="preferred"]').inputValue()).resolves.toBe("pressure");
  await expect(form.locator('input[name="id"]').inputValue()).resolves.toBe("tekanan");
  await form.locator('input[name="id"]').fill("pressure");
  await form.locator('input[name="forbidden"]').fill("stress");
  await form.locator('select[name="enforce"]').selectOption("warning");
  await form.locator('input[name="note"]').fill("Political pressure, not stress.");
  const before = fs.readdirSync(path.join(dir, "glossary")).sort();
  await page.getByTestId("preview").click();
  const preview = page.getByTestId("preview-result");
  await preview.waitFor();
  await expect(preview.locator(".summary").textContent()).resolves.toBe("Over 2 renderings, findings added: 1, removed: 0. Nothing has been written yet.");
  await expect(preview.locator("li.added").textContent()).resolves.toBe(`new ${stressRef} · warning · Forbidden glossary rendering: “stress” is a forbidden rendering; use “pressure”.`);
  await expect(preview.locator("li.added .check-name").getAttribute("title")).resolves.toBe("glossary-forbidden-term");
  // the preview wrote nothing
  expect(fs.readdirSync(path.join(dir, "glossary")).sort()).toEqual(before);
  if (SHOTS) await page.screenshot({ path: path.join(SHOTS, "glossary.png") });
  await page.getByTestId("confirm-add").click();
  await page.getByText("pressure was added to glossary/terms.tsv; the database is in step.").waitFor();
  expect(fs.readFileSync(path.join(dir, "glossary", "terms.tsv"), "utf8"))
    .toBe("id\tsource\tpreferred\tadmitted\tforbidden\tflags\tpos\tdomain\tnote\texample\npressure\ttekanan\tpressure\t\tstress\twarning\t\t\tPolitical pressure, not stress.\n");
  await page.locator('.concept[data-concept="pressure"] .file').waitFor();
  await expect(page.locator('.concept[data-concept="pressure"] .file').textContent()).resolves.toBe("glossary/terms.tsv, line 2");
  // back to the unit: the new term is among its glossary hints
  await page.getByRole("link", { name: `Back to ${ref}` }).click();
  await page.waitForURL(/\/documents\//);
  await page.locator(".help li", { hasText: "tekanan" }).waitFor();
  await expect(page.locator(".help li", { hasText: "tekanan" }).locator("button.insert").first().textContent()).resolves.toMatch(/pressure$/);
  await page.close();
});

it("the audit page lists the findings; a finding's link opens its unit in the editor", async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(url);
  await page.getByRole("link", { name: "Audit" }).click();
  await page.waitForURL(`${url}audit`);
  await page.locator(".findings-table").waitFor();
  const cli = JSON.parse((await run(["audit", "--format", "json"], { cwd: dir })).stdout) as { findings: unknown[] };
  await expect(page.getByTestId("audit-shown").textContent()).resolves.toBe(`${cli.findings.length} of ${cli.findings.length} findings`);
  // words of a message, as the page words it: the server finds them (among every finding, not only those loaded)
  await page.getByPlaceholder("concept, term, ref or text").fill("forbidden rendering");
  await page.waitForFunction((n) => document.querySelectorAll("tr.finding").length === n, 1);
  await expect(page.locator("tr.finding").getAttribute("data-finding-ref")).resolves.toBe(stressRef);
  await page.getByPlaceholder("concept, term, ref or text").fill("");
  await page.waitForFunction((n) => document.querySelectorAll("tr.finding").length === n, cli.findings.length);
  await page.getByTestId("audit-check").selectOption("glossary-forbidden-term");
  // (the filtered page comes from the server: wait for it, then read it)
  await page.waitForFunction((n) => document.querySelectorAll("tr.finding").length === n, 1);
  await expect(page.getByTestId("audit-shown").textContent()).resolves.toBe(`1 of ${cli.findings.length} findings`);
  // The filter is written to the URL by an effect after the render: wait for it rather than read it at once.
  await page.waitForURL(`${url}audit?check=glossary-forbidden-term`);
  const finding = page.locator(`tr[data-finding-ref="${stressRef}"]`);
  await expect(finding.textContent()).resolves.toBe(`warning${stressRef}“stress” is a forbidden rendering; use “pressure”.Forbidden glossary rendering glossary-forbidden-term`);
  if (SHOTS) {
    await page.getByTestId("audit-check").selectOption("");
    await page.waitForFunction((n) => document.querySelectorAll("tr.finding").length === n, cli.findings.length);
    await page.screenshot({ path: path.join(SHOTS, "audit.png") });
    await page.getByTestId("audit-check").selectOption("glossary-forbidden-term");
    await page.waitForFunction((n) => document.querySelectorAll("tr.finding").length === n, 1);
  }
  await finding.getByRole("link").click();
  await page.waitForURL(`${url}documents/${KIM}?ref=${encodeURIComponent(stressRef)}`);
  await page.waitForFunction((r) => document.activeElement?.closest("[data-ref]")?.getAttribute("data-ref") === r, stressRef);
  await page.close();
});

it("the audit page counts a concept's findings as the CLI's report does: those not suppressed, then \"+n suppressed\"", async () => {
  // "Northern Korea" (forbidden for "Korea Utara") in two renderings; one of them suppressed
  const units = await (await fetch(`${url}api/documents/${KIM}/units`)).json() as Array<{ ref: string; source: string; target: string | null }>;
  const korea = units.filter((u) => u.source.includes("Korea Utara") && u.ref !== stressRef).slice(0, 2);
  expect(korea).toHaveLength(2);
  for (const u of korea) expect((await run(["translate", "set", u.ref, `Northern Korea said so ${u.ref.split(":")[1]} times.`, "--status", "draft"], { cwd: dir })).code).toBe(0);
  expect((await run(["check", "ignore", korea[0]!.ref, "glossary-forbidden-term", "--reason", "quoted as written"], { cwd: dir })).code).toBe(0);
  const report = JSON.parse((await run(["audit", "--format", "json"], { cwd: dir })).stdout) as { conceptAudits: Array<{ id: string; violations: Array<{ ref: string; suppressed: boolean }> }> };
  const nk = report.conceptAudits.find((c) => c.id === "north-korea")!;
  const open = nk.violations.filter((v) => !v.suppressed).length;
  expect(nk.violations.filter((v) => v.suppressed).map((v) => v.ref)).toEqual([korea[0]!.ref]);
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${url}audit`);
  const summary = page.locator('tr[data-concept="north-korea"] details summary');
  await expect(summary.textContent()).resolves.toBe(`${open} (+1 suppressed)`);
  // opened, its lists come from the server (the page's report carries the totals only): the CLI's, the suppressed one marked
  const pairs = page.locator('tr[data-concept="north-korea"] details .pair');
  await expect(pairs.count()).resolves.toBe(0);
  await summary.click();
  await page.locator('tr[data-concept="north-korea"] details .pair.suppressed').waitFor();
  const shown = await pairs.evaluateAll((els) => els.map((e) => [e.querySelector("code")?.textContent ?? "", e.classList.contains("suppressed")]));
  expect(shown.slice(0, nk.violations.length)).toEqual(nk.violations.map((v) => [v.ref, v.suppressed]));
  // a colleague opening the audit with nothing changed shares the page's run; after a save, their
  // audit replaces the run the page shows: the page goes on with that run (no third audit), its
  // concept's lists asked of it
  const mine = await page.locator("main.audit").getAttribute("data-run");
  expect((await (await fetch(`${url}api/audit?limit=1`)).json() as { run: string }).run).toBe(mine);
  expect((await run(["translate", "set", korea[1]!.ref, `Northern Korea said so ${korea[1]!.ref.split(":")[1]} times, again.`, "--status", "draft"], { cwd: dir })).code).toBe(0);
  const theirs = (await (await fetch(`${url}api/audit?limit=1`)).json() as { run: string }).run;
  expect(theirs).not.toBe(mine);
  const other = page.locator("tr[data-concept] details summary").filter({ hasNotText: /^0$/ }).last();
  await other.click();
  await page.waitForFunction((r) => document.querySelector("main.audit")?.getAttribute("data-run") === r, theirs);
  const nkRow = page.locator('tr[data-concept="north-korea"] details');
  await nkRow.locator("summary").click();
  await nkRow.locator(".pair.suppressed").waitFor();
  await expect(page.locator("main.audit").getAttribute("data-run")).resolves.toBe(theirs);
  await page.close();
});

it("downloads an export from the dashboard: the bytes `selaras export` writes", async () => {
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  await page.goto(url);
  const menu = page.locator(`details[data-export="${DOC}"]`);
  await menu.locator("summary").click();
  await menu.locator("select").selectOption("all");
  const [download] = await Promise.all([page.waitForEvent("download"), menu.locator('a[data-format="tmx"]').click()]);
  expect(download.suggestedFilename()).toBe(`${DOC}.tmx`);
  const got = fs.readFileSync((await download.path())!);
  const out = path.join(dir, "cli-export.tmx");
  expect((await run(["export", "--format", "tmx", "--doc", DOC, "--status", "all", "--out", out], { cwd: dir })).code).toBe(0);
  expect(got.equals(fs.readFileSync(out))).toBe(true);
  expect(got.toString("utf8")).toContain("Western pressure");
  // the corpus, Moses English side, confirmed units only (none yet: an empty file, as the CLI writes)
  const corpus = page.locator('details[data-export="corpus"]');
  await corpus.locator("summary").click();
  const [moses] = await Promise.all([page.waitForEvent("download"), corpus.locator('a[data-format="moses-en"]').click()]);
  expect(moses.suggestedFilename()).toBe("corpus.en");
  expect((await run(["export", "--format", "moses", "--out", path.join(dir, "m")], { cwd: dir })).code).toBe(0);
  expect(fs.readFileSync((await moses.path())!).equals(fs.readFileSync(path.join(dir, "m.en")))).toBe(true);
  await context.close();
});

it("a translator (logged in) searches the glossary but is offered no add form and no add-term button", async () => {
  const r = await run(["users", "add", "tari", "--role", "translator"], { cwd: dir });
  expect(r.code).toBe(0);
  const token = /: (\S+)$/m.exec(r.stdout)![1]!;
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${url}glossary`);
  await page.getByTestId("token").fill(token);
  await page.getByRole("button", { name: "Log in" }).click();
  await page.getByText("Only an admin may change the glossary.").waitFor();
  await page.getByTestId("glossary-search").fill("pressure");
  await page.locator('.concept-row[data-id="pressure"]').click();
  await page.locator('.concept[data-concept="pressure"]').waitFor();
  expect(await page.getByRole("button", { name: "Add a term" }).count()).toBe(0);
  expect(await page.locator(".add-term").count()).toBe(0);
  // the editor offers no "add term" on a selection
  const ref = `${DOC}:3`;
  await page.goto(`${url}documents/${DOC}?ref=${encodeURIComponent(ref)}`);
  await page.waitForFunction((x) => document.activeElement?.closest("[data-ref]")?.getAttribute("data-ref") === x, ref);
  await page.locator(".help li", { hasText: "tekanan" }).waitFor();
  await row(page, ref).locator("mark.term").first().waitFor();
  await selectInSource(page, ref, "tekanan");
  expect(await page.evaluate(() => getSelection()!.toString())).toBe("tekanan");
  expect(await page.getByTestId("add-term").count()).toBe(0);
  await context.close();
});
