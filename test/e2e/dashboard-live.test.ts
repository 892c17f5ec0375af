/**
 * An open dashboard follows what others do without a reload: a colleague confirms a unit in the
 * editor, a pulled translations/ file of a document nobody has open is loaded — the document's row
 * says the new counts, while the person's search (typed, focused) stays as it was.
 */
import type { ChildProcess } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { type Browser, type BrowserContext, type Page } from "playwright-core";
import { REPO } from "../helpers/cli";
import { closeWorkbench, liveHeard, PATIENCE_MS, recordLive, teamWorkbench } from "../helpers/workbench";

jest.setTimeout(120_000);

const DOC = "mengapa-kunjungan-putin-penting";
let dir: string;
let server: ChildProcess;
let url: string;
let browser: Browser;
const tokens: Record<string, string> = {};

async function loggedIn(name: string, at: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await recordLive(context);
  const page = await context.newPage();
  await page.goto(`${url}${at}`);
  await page.getByTestId("token").fill(tokens[name]!);
  await page.getByTestId("token").press("Enter");
  return { context, page };
}

/** The shipped translations/ file's records of the given units, as text. */
function shippedRecords(ordinals: readonly number[]): string {
  const text = fs.readFileSync(path.join(REPO, "translations", `${DOC}.translations.txt`), "utf8");
  return ordinals.map((n) => new RegExp(`^@ ${DOC}:${n}\\n(?:[a-z]+: [^\\n]*\\n)+`, "m").exec(text)![0]).join("\n");
}

beforeAll(async () => {
  const w = await teamWorkbench("selaras-dashboard-live-");
  ({ dir, server, url, browser } = w);
  Object.assign(tokens, w.tokens);
});

afterAll(() => closeWorkbench(browser, server, dir));

it("an open dashboard (in Indonesian) shows a colleague's confirmation and a pulled file's records without a reload, keeping the search typed in it", async () => {
  const budi = await loggedIn("budi", "?lang=id");
  const summary = budi.page.locator(`tr[data-document="${DOC}"] .pct`);
  await summary.waitFor();
  // (the dashboard's live stream attached: it hears every change made after this)
  await liveHeard(budi.page, "hello");
  const total = Number(/^0 dari (\d+) segmen dikonfirmasi/.exec(await summary.innerText())![1]);
  // Budi narrows the list to the document, the search box keeps the focus
  const search = budi.page.getByRole("searchbox");
  await search.focus();
  await budi.page.keyboard.type("putin-penting");
  await expect(budi.page.locator("tr[data-document]").count()).resolves.toBe(1);

  // Ayu confirms unit 1 in the editor (keyboard: the text typed, Ctrl+Enter)
  const ayu = await loggedIn("ayu", `documents/${DOC}`);
  const one = ayu.page.locator(`[data-ref="${DOC}:1"] textarea`);
  await one.waitFor();
  await one.focus();
  await ayu.page.keyboard.insertText("Why is Putin's latest visit to North Korea so important?");
  await ayu.page.keyboard.press("Control+Enter");
  await ayu.page.locator(`[data-ref="${DOC}:1"][data-state="translated"]`).waitFor();
  await budi.page.waitForFunction(([sel, t]) => document.querySelector(sel)?.textContent?.startsWith(t), [`tr[data-document="${DOC}"] .pct`, `1 dari ${total} segmen dikonfirmasi`] as const, { timeout: PATIENCE_MS });
  await ayu.context.close();

  // a colleague's records of units 2 and 3 pulled into the document's file (nobody has it open)
  const file = path.join(dir, "translations", `${DOC}.translations.txt`);
  const written = fs.readFileSync(file, "utf8");
  fs.writeFileSync(`${file}.git-tmp`, `${written.trimEnd()}\n\n${shippedRecords([2, 3])}`);
  fs.renameSync(`${file}.git-tmp`, file);
  await budi.page.waitForFunction(([sel, t]) => document.querySelector(sel)?.textContent?.startsWith(t), [`tr[data-document="${DOC}"] .pct`, `3 dari ${total} segmen dikonfirmasi`] as const, { timeout: PATIENCE_MS });
  await expect(budi.page.locator(`tr[data-document="${DOC}"] .bar`).getAttribute("aria-label")).resolves.toMatch(/: 2 ditinjau, 1 diterjemahkan, \d+ belum diterjemahkan$/);
  // (the search stayed, with the focus, and the list it narrows)
  await expect(search.inputValue()).resolves.toBe("putin-penting");
  await expect(search.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
  await expect(budi.page.locator("tr[data-document]").count()).resolves.toBe(1);
  await budi.context.close();
});
