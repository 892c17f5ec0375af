/**
 * A save landing between a page's first read and the moment its live stream is attached is shown
 * without a reload: the stream's `hello` carries the change mark it starts at, and the page reads
 * again only when that differs from the mark its first read was answered with. The gap is forced:
 * the page's EventSource request is held (route interception) while the CLI saves, then let through.
 */
import type { ChildProcess } from "node:child_process";
import { type Browser, type BrowserContext, type Page, type Route } from "playwright-core";
import { run } from "../helpers/cli";
import { closeWorkbench, liveHeard, PATIENCE_MS, recordLive, teamWorkbench } from "../helpers/workbench";

jest.setTimeout(120_000);

const DOC = "mengapa-kunjungan-putin-penting";
let dir: string;
let server: ChildProcess;
let url: string;
let browser: Browser;
const tokens: Record<string, string> = {};

/** A logged-in page whose live stream requests wait until `release` is called; `units` counts its reads of the document's unit list. */
async function heldStream(at: string): Promise<{ context: BrowserContext; page: Page; release: () => void; reads: () => number }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await recordLive(context);
  const held: Route[] = [];
  let open = false;
  await context.route("**/api/events*", (route) => { if (open) void route.continue(); else held.push(route); });
  let reads = 0;
  context.on("request", (r) => { if (r.method() === "GET" && /\/api\/documents(\/[^/?]+\/units)?(\?|$)/.test(new URL(r.url()).pathname + "?")) reads++; });
  const page = await context.newPage();
  await page.goto(`${url}${at}`);
  await page.getByTestId("token").fill(tokens.budi!);
  await page.getByTestId("token").press("Enter");
  return { context, page, release: () => { open = true; for (const r of held.splice(0)) void r.continue(); }, reads: () => reads };
}

beforeAll(async () => {
  const w = await teamWorkbench("selaras-first-read-");
  ({ dir, server, url, browser } = w);
  Object.assign(tokens, w.tokens);
});

afterAll(() => closeWorkbench(browser, server, dir));

it("the editor shows a CLI save made after its first read of the units and before its live stream said hello", async () => {
  const budi = await heldStream(`documents/${DOC}`);
  const one = budi.page.locator(`[data-ref="${DOC}:1"] textarea`);
  await one.waitFor();
  await expect(one.inputValue()).resolves.toBe("");
  const english = "Why is Putin's latest visit to North Korea so important?";
  const saved = await run(["translate", "set", `${DOC}:1`, english, "--status", "translated", "--translator", "ayu"], { cwd: dir });
  expect(saved.code).toBe(0);
  budi.release();
  await liveHeard(budi.page, "hello");
  await budi.page.waitForFunction(([sel, t]) => (document.querySelector(sel) as HTMLTextAreaElement | null)?.value === t, [`[data-ref="${DOC}:1"] textarea`, english] as const, { timeout: PATIENCE_MS });
  await budi.page.locator(`[data-ref="${DOC}:1"][data-state="translated"]`).waitFor({ timeout: PATIENCE_MS });
  await budi.context.close();
});

it("the dashboard shows a colleague's confirmation made in the same gap; with no change in it, the page reads nothing again", async () => {
  const budi = await heldStream("?lang=en");
  const summary = budi.page.locator(`tr[data-document="${DOC}"] .pct`);
  await summary.waitFor();
  const before = await summary.innerText();
  const done = Number(/^(\d+) of (\d+)/.exec(before)![1]);
  // Ayu confirms unit 2 in her editor meanwhile (her page's stream left alone)
  const ayu = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const her = await ayu.newPage();
  await her.goto(`${url}documents/${DOC}`);
  await her.getByTestId("token").fill(tokens.ayu!);
  await her.getByTestId("token").press("Enter");
  const two = her.locator(`[data-ref="${DOC}:2"] textarea`);
  await two.waitFor();
  await two.focus();
  await her.keyboard.insertText("Russian President Vladimir Putin arrived in Pyongyang, North Korea, on Wednesday morning (June 19, 2024) for a rare visit set to further deepen the friendly ties between the two countries.");
  await her.keyboard.press("Control+Enter");
  await her.locator(`[data-ref="${DOC}:2"][data-state="translated"]`).waitFor();
  await ayu.close();
  budi.release();
  await liveHeard(budi.page, "hello");
  await budi.page.waitForFunction(([sel, t]) => document.querySelector(sel)?.textContent?.startsWith(t), [`tr[data-document="${DOC}"] .pct`, `${done + 1} of`] as const, { timeout: PATIENCE_MS });
  await budi.context.close();

  // Nothing saved in the gap: the editor's first read is its only one, up to a later save it hears live.
  const quiet = await heldStream(`documents/${DOC}`);
  await quiet.page.locator(`[data-ref="${DOC}:3"] textarea`).waitFor();
  quiet.release();
  await liveHeard(quiet.page, "hello");
  const later = "On arriving in North Korea, Putin was greeted in person by North Korean leader Kim Jong Un.";
  expect((await run(["translate", "set", `${DOC}:3`, later, "--translator", "ayu"], { cwd: dir })).code).toBe(0);
  await liveHeard(quiet.page, "unit", [`${DOC}:3`]);
  await quiet.page.waitForFunction(([sel, t]) => (document.querySelector(sel) as HTMLTextAreaElement | null)?.value === t, [`[data-ref="${DOC}:3"] textarea`, later] as const, { timeout: PATIENCE_MS });
  expect(quiet.reads()).toBe(1);
  await quiet.context.close();
});
