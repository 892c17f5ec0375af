/**
 * A reviewer's Ctrl+Enter shows at once: the row's state chip says the state asked for (marked as
 * being saved, `data-asked`) before the server answers, while the row's `data-state` stays the stored
 * one; the answer replaces it — the new state, or, refused (a colleague saved meanwhile: 409), the
 * stored state back. The server's answer is held by route interception: no timing is assumed.
 */
import type { ChildProcess } from "node:child_process";
import { type Browser, type Page, type Route } from "playwright-core";
import { run } from "../helpers/cli";
import { closeWorkbench, PATIENCE_MS, teamWorkbench } from "../helpers/workbench";

jest.setTimeout(120_000);

const DOC = "china-kunci-kesepakatan-senjata";
const FIRST = "Russian President Vladimir Putin and North Korean leader Kim Jong Un toast during their meeting in the far-eastern Russian port of Vladivostok in 2019.";
const THEIRS = "Russian President Vladimir Putin and North Korean leader Kim Jong Un raise a toast during their meeting in the far-eastern Russian port of Vladivostok in 2019.";
let dir: string;
let server: ChildProcess;
let url: string;
let browser: Browser;
let tokens: Record<string, string>;

beforeAll(async () => {
  ({ dir, server, url, browser, tokens } = await teamWorkbench("selaras-round8-confirm-"));
  for (const [n, text] of [[2, "China is key to preventing a possible Russia-North Korea arms deal"], [3, FIRST]] as const) {
    const r = await run(["translate", "set", `${DOC}:${n}`, text, "--status", "translated", "--translator", "ayu"], { cwd: dir });
    if (r.code !== 0) throw new Error(r.stderr);
  }
});
afterAll(() => closeWorkbench(browser, server, dir));

/** Budi's editor in review mode, with his saves (PUT /api/units/…) held until `release`. */
async function reviewer(): Promise<{ page: Page; release: () => void; held: () => number }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const held: Route[] = [];
  let open = false;
  await context.route("**/api/units/*", (route) => { if (open || route.request().method() !== "PUT") void route.continue(); else held.push(route); });
  const page = await context.newPage();
  await page.goto(`${url}documents/${DOC}?lang=en`);
  await page.getByTestId("token").fill(tokens.budi!);
  await page.getByTestId("token").press("Enter");
  await page.getByTestId("review").check();
  return { page, release: () => { open = true; for (const r of held.splice(0)) void r.continue(); }, held: () => held.length };
}

const chip = (page: Page, ref: string) => page.locator(`[id="state-${ref}"]`);

it("the chip says 'reviewed…' before the server answers; the answer makes the row reviewed", async () => {
  const budi = await reviewer();
  const ref = `${DOC}:2`;
  await budi.page.locator(`[data-ref="${ref}"] textarea`).focus();
  await budi.page.keyboard.press("Control+Enter");
  await budi.page.locator(`[data-ref="${ref}"] [data-asked="reviewed"]`).waitFor();
  await expect(chip(budi.page, ref).innerText()).resolves.toBe("reviewed…");
  await expect(chip(budi.page, ref).getAttribute("title")).resolves.toBe("Being saved: the server has not answered yet");
  await expect(budi.page.locator(`[data-ref="${ref}"]`).getAttribute("data-state")).resolves.toBe("translated");
  expect(budi.held()).toBe(1);
  budi.release();
  await budi.page.locator(`[data-ref="${ref}"][data-state="reviewed"]`).waitFor({ timeout: PATIENCE_MS });
  await expect(chip(budi.page, ref).innerText()).resolves.toBe("reviewed");
  await expect(budi.page.locator(`[data-ref="${ref}"] [data-asked]`).count()).resolves.toBe(0);
  await budi.page.context().close();
});

it("refused because a colleague saved meanwhile, the chip goes back to the stored state", async () => {
  const budi = await reviewer();
  const ref = `${DOC}:3`;
  await budi.page.locator(`[data-ref="${ref}"] textarea`).focus();
  await budi.page.keyboard.press("Control+Enter");
  await budi.page.locator(`[data-ref="${ref}"] [data-asked="reviewed"]`).waitFor();
  // Ayu changes the English meanwhile (a new revision): Budi's review of the old one is a conflict
  expect((await run(["translate", "set", ref, THEIRS, "--status", "translated", "--translator", "ayu"], { cwd: dir })).code).toBe(0);
  budi.release();
  await budi.page.locator(`[data-ref="${ref}"] [data-asked]`).waitFor({ state: "detached", timeout: PATIENCE_MS });
  await expect(chip(budi.page, ref).innerText()).resolves.toBe("translated");
  await expect(budi.page.locator(`[data-ref="${ref}"]`).getAttribute("data-state")).resolves.toBe("translated");
  const stored = await run(["translate", "show", ref, "--json"], { cwd: dir });
  expect((JSON.parse(stored.stdout) as { rendering: { status: string; text: string } }).rendering).toMatchObject({ status: "translated", text: THEIRS });
  await budi.page.context().close();
});
