/**
 * A team after a `git pull` (files written by rename, as git writes them) while two people have one
 * document open, one page in English and one in Indonesian: a concept pulled into glossary/ marks
 * its term in every row's Indonesian on both pages with no reload and no typing; a colleague's
 * reviewed record pulled into translations/ that the checks refuse (the pulled glossary forbids its
 * word) is kept as a draft, and both pages say so on its row, each in its language — and so is one
 * loaded by `translations import` run beside the server.
 * TEAM_SCREENSHOTS=<folder> writes the pages' screenshots there (1280 px wide).
 */
import type { ChildProcess } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { type Browser, type BrowserContext, type Page } from "playwright-core";
import { run, tempDir, REPO } from "../helpers/cli";
import { addUsers, closeWorkbench, launchChromium, liveHeard, PATIENCE_MS, recordLive, startServe } from "../helpers/workbench";

jest.setTimeout(120_000);

const DOC = "putin-tolak-sanksi-barat";
const PULLED = "Putin, who arrived in Pyongyang at dawn on Wednesday on his first visit in 24 years, is expected to sign a new strategic partnership with Kim Jong Un during his stay.";
let dir: string;
let server: ChildProcess;
let url: string;
let browser: Browser;
const tokens: Record<string, string> = {};

const row = (page: Page, ref: string) => page.locator(`[data-ref="${ref}"]`);
const shot = async (page: Page, name: string) => {
  const to = process.env.TEAM_SCREENSHOTS;
  if (to) await page.screenshot({ path: path.join(to, `${name}.png`) });
};

/** As git writes a file: the new bytes in a file beside it, renamed over the old one. */
function pull(rel: string, text: string): void {
  const file = path.join(dir, rel);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(`${file}.git-tmp`, text);
  fs.renameSync(`${file}.git-tmp`, file);
}

async function loggedIn(name: string, lang: "en" | "id"): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await recordLive(context);
  const page = await context.newPage();
  await page.goto(`${url}documents/${DOC}?lang=${lang}`);
  await page.getByTestId("token").fill(tokens[name]!);
  await page.getByTestId("token").press("Enter");
  await row(page, `${DOC}:1`).locator("textarea").waitFor();
  // (its live stream attached: it hears every change made after this)
  await liveHeard(page, "hello");
  return { context, page };
}

beforeAll(async () => {
  dir = tempDir("selaras-team-pull-");
  // (the glossary kept only in glossary/: the database holds none, the workbench reads the folder)
  for (const f of ["corpus", "glossary", "translations"]) fs.cpSync(path.join(REPO, f), path.join(dir, f), { recursive: true });
  for (const args of [["ingest", "corpus"], ["translations", "import"]]) expect((await run(args, { cwd: dir })).code).toBe(0);
  Object.assign(tokens, await addUsers(dir, [["ayu", "translator"], ["budi", "reviewer"]]));
  ({ server, url } = await startServe(dir));
  browser = await launchChromium();
});

afterAll(() => closeWorkbench(browser, server, dir));

it("a pulled glossary concept marks its term in every row on both pages; a pulled reviewed record the checks refuse is said to be kept as a draft, in each page's language", async () => {
  const a = await loggedIn("ayu", "en");
  const b = await loggedIn("budi", "id");
  // Ayu works on unit 3; Budi reads unit 2 (its side panel open), typing nothing.
  await row(a.page, `${DOC}:3`).locator("textarea").click();
  await row(b.page, `${DOC}:2`).locator("textarea").click();
  await b.page.locator("aside.help li", { hasText: "Pyongyang" }).first().waitFor();
  expect(await b.page.locator("aside.help").innerText()).not.toContain("dini hari");
  const mark = (p: Page) => row(p, `${DOC}:2`).locator('mark.term[data-entry="early-hours"]');
  await expect(mark(a.page).count()).resolves.toBe(0);

  pull("glossary/desk.tsv", "id\tsource\tpreferred\tadmitted\tforbidden\tflags\tpos\tdomain\tnote\texample\nearly-hours\tdini hari\tearly hours\t\tdawn\t\tnoun\ttime\t\t\n");
  for (const p of [a.page, b.page]) await mark(p).waitFor({ timeout: PATIENCE_MS });
  await expect(mark(a.page).innerText()).resolves.toBe("dini hari");
  await expect(mark(b.page).innerText()).resolves.toBe("dini hari");
  // (and the side panel of the unit Budi has open names the concept, though he typed nothing)
  await b.page.locator("aside.help li", { hasText: "dini hari" }).waitFor({ timeout: PATIENCE_MS });
  await expect(b.page.locator("aside.help li", { hasText: "dini hari" }).innerText()).resolves.toContain("early hours");
  await shot(a.page, "1-glossary-pulled-en");

  const file = `translations/${DOC}.translations.txt`;
  const text = fs.readFileSync(path.join(dir, file), "utf8");
  const changed = text.replace(/^(@ putin-tolak-sanksi-barat:2\nid: [^\n]*\n)en: [^\n]*\nstatus: reviewed\nauthor: [^\n]*/m, `$1en: ${PULLED}\nstatus: reviewed\nauthor: citra`);
  expect(changed).not.toBe(text);
  pull(file, changed);
  const two = (p: Page) => row(p, `${DOC}:2`);
  for (const p of [a.page, b.page]) {
    await p.waitForFunction(([r, t]) => document.querySelector<HTMLTextAreaElement>(`[data-ref="${r}"] textarea`)?.value === t, [`${DOC}:2`, PULLED] as const, { timeout: PATIENCE_MS });
    await two(p).and(p.locator('[data-state="draft"]')).waitFor();
  }
  await expect(two(a.page).locator(".msg").innerText()).resolves.toBe("citra's record in translations/putin-tolak-sanksi-barat.translations.txt asked for “reviewed”: kept as a draft because of 1 finding");
  await expect(two(b.page).locator(".msg").innerText()).resolves.toBe("Entri dari citra di translations/putin-tolak-sanksi-barat.translations.txt meminta status “ditinjau”: disimpan sebagai draf karena ada 1 temuan");
  await expect(two(b.page).locator("[data-findings]").innerText()).resolves.toBe("1 temuan");
  // (and which finding, under the row, as a refused save's)
  await two(a.page).getByText("“dawn” is a forbidden rendering; use “early hours”.", { exact: false }).waitFor();
  // (the pulled English is kept, as a draft: nothing a translator wrote is lost)
  const show = JSON.parse((await run(["translate", "show", `${DOC}:2`, "--json"], { cwd: dir })).stdout) as { rendering: { text: string; status: string; author: string } };
  expect(show.rendering).toMatchObject({ text: PULLED, status: "draft", author: "citra" });
  // the people's places are kept: Ayu is still in unit 3, Budi in unit 2
  await expect(row(a.page, `${DOC}:3`).locator("textarea").evaluate((el) => el === document.activeElement)).resolves.toBe(true);
  await expect(row(b.page, `${DOC}:2`).locator("textarea").evaluate((el) => el === document.activeElement)).resolves.toBe(true);
  await shot(a.page, "2-record-drafted-en");
  await shot(b.page, "3-record-drafted-id");
  await a.context.close();
  await b.context.close();
});

it("a reviewed record loaded by `translations import` run beside the server, that the checks keep as a draft, is said on its row on both pages, each in its language", async () => {
  const a = await loggedIn("ayu", "en");
  const b = await loggedIn("budi", "id");
  await row(a.page, `${DOC}:3`).locator("textarea").click();
  await row(b.page, `${DOC}:5`).locator("textarea").click();
  const file = `translations/${DOC}.translations.txt`;
  const text = fs.readFileSync(path.join(dir, file), "utf8");
  // (the glossary pulled above forbids “dawn” for “dini hari”: Dewi's reviewed record of unit 2 uses it)
  const record = "Putin, who reached Pyongyang at dawn on Wednesday for his first visit in 24 years, is expected to sign a new strategic partnership with Kim Jong Un while there.";
  const changed = text.replace(/^(@ putin-tolak-sanksi-barat:2\nid: [^\n]*\n)en: [^\n]*\nstatus: [^\n]*\nauthor: [^\n]*/m, `$1en: ${record}\nstatus: reviewed\nauthor: dewi`);
  expect(changed).not.toBe(text);
  // written outside translations/ (a colleague's file sent by mail), loaded by a person's command
  fs.writeFileSync(path.join(dir, "citra.translations.txt"), changed);
  expect((await run(["translations", "import", "citra.translations.txt"], { cwd: dir })).code).toBe(1);
  const two = (p: Page) => row(p, `${DOC}:2`);
  for (const p of [a.page, b.page]) {
    await p.waitForFunction(([r, t]) => document.querySelector<HTMLTextAreaElement>(`[data-ref="${r}"] textarea`)?.value === t, [`${DOC}:2`, record] as const, { timeout: PATIENCE_MS });
    await two(p).and(p.locator('[data-state="draft"]')).waitFor();
  }
  await expect(two(a.page).locator(".msg").innerText()).resolves.toBe("dewi's record in citra.translations.txt asked for “reviewed”: kept as a draft because of 1 finding");
  await expect(two(b.page).locator(".msg").innerText()).resolves.toBe("Entri dari dewi di citra.translations.txt meminta status “ditinjau”: disimpan sebagai draf karena ada 1 temuan");
  // the people's places are kept
  await expect(row(a.page, `${DOC}:3`).locator("textarea").evaluate((el) => el === document.activeElement)).resolves.toBe(true);
  await expect(row(b.page, `${DOC}:5`).locator("textarea").evaluate((el) => el === document.activeElement)).resolves.toBe(true);
  await a.context.close();
  await b.context.close();
});
