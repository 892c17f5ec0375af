/**
 * Presence and live updates in the browser: two people (two browser contexts, two logins) on one
 * document of the real `selaras serve`. Ayu opens a unit → Budi's page names her on that row; Ayu
 * confirms → Budi's row shows her English and the new state without a reload; a row Budi is
 * editing keeps his text. UPDATE_SCREENSHOTS=1 rewrites docs/img/presence.png.
 */
import type { ChildProcess } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { type Browser, type BrowserContext, type Page } from "playwright-core";
import { REPO } from "../helpers/cli";
import { closeWorkbench, liveHeard, PATIENCE_MS, recordLive, teamWorkbench } from "../helpers/workbench";

const DOC = "putin-tolak-sanksi-barat";
const EN1 = "Vladimir Putin called for cooperation with North Korea to reject Western sanctions.";
const EN2 = "Putin, who arrived in Pyongyang in the early hours of Wednesday on his first visit in 24 years, is expected to sign a new strategic partnership with Kim Jong Un during his stay.";
let dir: string;
let server: ChildProcess;
let url: string;
let browser: Browser;
const tokens: Record<string, string> = {};

const row = (page: Page, ref: string) => page.locator(`[data-ref="${ref}"]`);

async function loggedIn(name: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await recordLive(context);
  const page = await context.newPage();
  await page.goto(`${url}documents/${DOC}`);
  await page.getByTestId("token").fill(tokens[name]!);
  await page.getByTestId("token").press("Enter");
  await row(page, `${DOC}:1`).locator("textarea").waitFor();
  // (its live stream attached: it hears every save made after this)
  await liveHeard(page, "hello");
  return { context, page };
}

beforeAll(async () => {
  const w = await teamWorkbench("selaras-presence-");
  ({ dir, server, url, browser } = w);
  Object.assign(tokens, w.tokens);
});

afterAll(() => closeWorkbench(browser, server, dir));

it("shows who has a unit open, and another person's confirmation without reload", async () => {
  const a = await loggedIn("ayu");
  const b = await loggedIn("budi");
  const ref = `${DOC}:1`;
  // Budi starts typing in unit 2: a save by someone else must not replace his text there.
  await row(b.page, `${DOC}:2`).locator("textarea").fill("Budi is still writing this one.");

  await row(a.page, ref).locator("textarea").click();
  await row(b.page, ref).and(b.page.locator('[data-presence="ayu"]')).waitFor();
  await expect(row(b.page, ref).locator(".chip.presence").textContent()).resolves.toBe("Has this unit open now: ayu");
  // Ayu does not see herself.
  await expect(row(a.page, ref).getAttribute("data-presence")).resolves.toBeNull();

  await a.page.keyboard.type(EN1);
  await a.page.keyboard.press("Control+Enter");
  await row(a.page, ref).and(a.page.locator('[data-state="translated"]')).waitFor();
  // Budi's page, never reloaded: the row has Ayu's English and the new state.
  await row(b.page, ref).and(b.page.locator('[data-state="translated"]')).waitFor();
  await expect(row(b.page, ref).locator("textarea").inputValue()).resolves.toBe(EN1);
  await expect(row(b.page, ref).locator(".chip").first().textContent()).resolves.toBe("translated");
  // Ayu moved on to unit 2 (Ctrl+Enter moves to the next unit): Budi sees her there now.
  await row(b.page, `${DOC}:2`).and(b.page.locator('[data-presence="ayu"]')).waitFor();
  await expect(row(b.page, ref).getAttribute("data-presence")).resolves.toBeNull();
  await expect(row(b.page, `${DOC}:2`).locator("textarea").inputValue()).resolves.toBe("Budi is still writing this one.");

  // Ayu confirms unit 2, where Budi has unsaved text: his field keeps it (the page does not replace
  // what he typed), and his own save meets the conflict with both texts.
  await a.page.keyboard.type(EN2);
  await a.page.keyboard.press("Control+Enter");
  await row(b.page, `${DOC}:3`).and(b.page.locator('[data-presence="ayu"]')).waitFor();
  await expect(row(b.page, `${DOC}:2`).locator("textarea").inputValue()).resolves.toBe("Budi is still writing this one.");
  await expect(row(b.page, `${DOC}:2`).getAttribute("data-state")).resolves.toBe("untranslated");
  if (process.env.UPDATE_SCREENSHOTS === "1") await b.page.screenshot({ path: path.join(REPO, "docs/img/presence.png") });
  await row(b.page, `${DOC}:2`).locator("textarea").press("Control+Enter");
  await expect(row(b.page, `${DOC}:2`).locator(".conflict .theirs").textContent()).resolves.toBe(EN2);
  await expect(row(b.page, `${DOC}:2`).locator(".conflict .yours").textContent()).resolves.toBe("Budi is still writing this one.");
  // the side panel's history is read again: it says who saved the unit meanwhile (it said "Nothing for this unit")
  await b.page.locator('.history [data-revision="1"]').waitFor();
  await expect(b.page.locator(".history .rev-head").allTextContents()).resolves.toEqual([expect.stringMatching(/^#1 · ayu · translated · /)]);

  // Ayu closes her page: her name goes from Budi's rows.
  await a.context.close();
  await b.page.waitForFunction(() => document.querySelectorAll("[data-presence]").length === 0);
  await b.context.close();
});

it("a unit saved on this page and changed in its translations file by a pull meanwhile shows the pulled English, with nobody acting on the document", async () => {
  const b = await loggedIn("budi");
  const ref = `${DOC}:5`;
  const mine = "He also thanked North Korea for its support for Moscow in the war in Ukraine.";
  const pulled = "He also thanked North Korea for backing Moscow in the war in Ukraine and pledged to support Pyongyang.";
  await row(b.page, ref).locator("textarea").fill(mine);
  await row(b.page, ref).locator("textarea").press("Control+Enter");
  await row(b.page, ref).and(b.page.locator('[data-state="translated"]')).waitFor();
  // (Budi is on the next unit: the server knows someone has the document open)
  await row(b.page, `${DOC}:6`).locator("textarea").click();
  const file = path.join(dir, "translations", `${DOC}.translations.txt`);
  const text = fs.readFileSync(file, "utf8");
  expect(text).toContain(`en: ${mine}\n`);
  fs.writeFileSync(file, text.replace(`en: ${mine}\n`, `en: ${pulled}\n`));
  // loaded by the server (no request about the document needed), and the page shows it: the English
  // Budi saved there was no typing of his to keep
  await expect(row(b.page, ref).locator(".msg").innerText()).resolves.toBe("Confirmed.");
  await b.page.waitForFunction(([r, t]) => document.querySelector<HTMLTextAreaElement>(`[data-ref="${r}"] textarea`)?.value === t, [ref, pulled] as const, { timeout: PATIENCE_MS });
  // (the row no longer says "Confirmed." of English it does not show)
  await expect(row(b.page, ref).locator(".msg").count()).resolves.toBe(0);
  await expect(row(b.page, `${DOC}:6`).locator("textarea").evaluate((el) => el === document.activeElement)).resolves.toBe(true);
  await b.context.close();
}, 60_000);

it("a concept added to glossary/ by hand (the database holds no glossary) shows in the side panel of the unit being typed in, and its check runs, with no reload", async () => {
  const a = await loggedIn("ayu");
  const ref = `${DOC}:2`;
  await row(a.page, ref).locator("textarea").click();
  await a.page.locator("aside.help li").first().waitFor({ state: "attached", timeout: 5000 }).catch(() => undefined);
  expect(await a.page.locator("aside.help").innerText()).not.toContain("dini hari");
  fs.mkdirSync(path.join(dir, "glossary"), { recursive: true });
  fs.writeFileSync(path.join(dir, "glossary", "desk.tsv"), "id\tsource\tpreferred\tadmitted\tforbidden\tflags\tpos\tdomain\tnote\texample\nearly-hours\tdini hari\tearly hours\t\tdawn\t\tnoun\ttime\t\t\n");
  // (the server took the folder's new file: the page was told)
  await liveHeard(a.page, "glossary");
  await row(a.page, ref).locator("textarea").fill("Putin, who arrived in Pyongyang at dawn on Wednesday, is expected to sign a new strategic partnership.");
  await a.page.locator("aside.help li", { hasText: "dini hari" }).waitFor({ timeout: PATIENCE_MS });
  await expect(a.page.locator("aside.help li", { hasText: "dini hari" }).innerText()).resolves.toContain("early hours");
  await row(a.page, ref).getByText("“dawn” is a forbidden rendering; use “early hours”.", { exact: false }).waitFor();
  fs.rmSync(path.join(dir, "glossary"), { recursive: true, force: true });
  await a.context.close();
}, 60_000);
