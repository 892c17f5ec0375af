/**
 * The workbench end to end: the real `selaras serve` (a child process), real Chromium (Debian's, through
 * playwright-core), keyboard only; results read back with `selaras translate show` while the server
 * runs (one database, two processes). UPDATE_SCREENSHOTS=1 rewrites docs/img/*.png.
 */
import type { ChildProcess } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { type Browser, type Page } from "playwright-core";
import { run, tempDir, REPO } from "../helpers/cli";
import { closeWorkbench, launchChromium, readyProject, startServe } from "../helpers/workbench";

const DOC = "putin-tolak-sanksi-barat";
const SHOTS = process.env.UPDATE_SCREENSHOTS === "1" ? path.join(REPO, "docs/img") : null;
let dir: string;
let server: ChildProcess;
let url: string;
let browser: Browser;

const english = [
  "Vladimir Putin called for cooperation with North Korea to reject Western sanctions.",
  "Putin, who arrived in Pyongyang in the early hours of Wednesday on his first visit in 24 years, is expected to sign a new strategic partnership with Kim Jong Un during his stay.",
  "In an article published in the North Korean state newspaper Rodong Sinmun before his arrival, Putin said Moscow would seek to work with Pyongyang against Western pressure over Russia's invasion of Ukraine and North Korea's nuclear and ballistic missile programmes.",
];

async function show(ref: string): Promise<{ state: string; revision: number; rendering: { text: string } | null }> {
  const r = await run(["translate", "show", ref, "--json"], { cwd: dir });
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout);
}

const row = (page: Page, ref: string) => page.locator(`[data-ref="${ref}"]`);
/** The unit whose English field has the keyboard focus. */
const focusedRef = (page: Page) => page.evaluate(() => document.activeElement?.closest("[data-ref]")?.getAttribute("data-ref") ?? null);

beforeAll(async () => {
  dir = tempDir("selaras-e2e-");
  await readyProject(dir);
  ({ server, url } = await startServe(dir));
  browser = await launchChromium();
});

afterAll(() => closeWorkbench(browser, server, dir));

it("serve prints its URL on loopback", () => {
  expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
});

it("the dashboard lists the documents with progress bars", async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(url);
  await page.locator(`tr[data-document="${DOC}"]`).waitFor();
  expect(await page.locator("tr[data-document]").count()).toBe(5);
  await expect(page.locator(`tr[data-document="${DOC}"] .pct`).textContent()).resolves.toBe("0 of 28 segments confirmed (0%)");
  if (SHOTS) await page.screenshot({ path: path.join(SHOTS, "dashboard.png"), fullPage: true });
  await page.close();
});

it("translates three units with the keyboard alone; translate show sees them while the server runs", async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${url}documents/${DOC}?ref=${encodeURIComponent(`${DOC}:1`)}`);
  await row(page, `${DOC}:1`).locator("textarea").waitFor();
  await page.waitForFunction((ref) => document.activeElement?.closest("[data-ref]")?.getAttribute("data-ref") === ref, `${DOC}:1`);
  for (let i = 0; i < 3; i++) {
    const ref = `${DOC}:${i + 1}`;
    expect(await focusedRef(page)).toBe(ref);
    await page.keyboard.type(english[i]!);
    await page.keyboard.press("Control+Enter");
    await row(page, ref).and(page.locator('[data-state="translated"]')).waitFor();
    await page.waitForFunction((r) => document.activeElement?.closest("[data-ref]")?.getAttribute("data-ref") !== r, ref);
  }
  expect(await focusedRef(page)).toBe(`${DOC}:4`);
  await expect(row(page, `${DOC}:2`).locator(".chip").first().textContent()).resolves.toBe("translated");
  // Alt+↑ / Alt+↓ move between units.
  await page.keyboard.press("Alt+ArrowUp");
  expect(await focusedRef(page)).toBe(`${DOC}:3`);
  await page.keyboard.press("Alt+ArrowDown");
  await page.keyboard.press("Alt+ArrowDown");
  expect(await focusedRef(page)).toBe(`${DOC}:5`);
  for (let i = 0; i < 3; i++) {
    const unit = await show(`${DOC}:${i + 1}`);
    expect(unit).toMatchObject({ state: "translated", revision: 1, rendering: { text: english[i] } });
  }
  expect(fs.readFileSync(path.join(dir, "translations", `${DOC}.translations.txt`), "utf8")).toContain(english[2]);
  if (SHOTS) {
    await page.keyboard.press("Alt+ArrowUp");
    await page.keyboard.type("“We will develop trade and mutual settlement mechanisms not controlled by the West");
    await page.screenshot({ path: path.join(SHOTS, "editor.png") });
  }
  await page.close();
});

it("a confirmation the checks refuse stays a draft, its findings shown in the row", async () => {
  const page = await browser.newPage();
  const ref = `${DOC}:6`;
  await page.goto(`${url}documents/${DOC}?ref=${encodeURIComponent(ref)}`);
  await page.waitForFunction((r) => document.activeElement?.closest("[data-ref]")?.getAttribute("data-ref") === r, ref);
  await page.keyboard.type("On Tuesday, North Korea reaffirmed its support for Russia's invasion 2 times, which Kim called a “holy war.”");
  await page.keyboard.press("Control+Enter");
  // (the findings-as-you-type list may show the error before the save's answer: wait for the answer)
  await row(page, ref).and(page.locator('[data-state="draft"]')).waitFor();
  await row(page, ref).locator(".f-error").first().waitFor();
  expect(await row(page, ref).getAttribute("data-state")).toBe("draft");
  expect(await focusedRef(page)).toBe(ref);
  await expect(row(page, ref).locator(".msg").textContent()).resolves.toBe("Not confirmed: the checks found an error. Your English is kept as a draft.");
  expect(await show(ref)).toMatchObject({ state: "draft", rendering: { text: "On Tuesday, North Korea reaffirmed its support for Russia's invasion 2 times, which Kim called a “holy war.”" } });
  await page.close();
});

it("two people on one unit: the later save gets the conflict with both texts, nothing is lost", async () => {
  const ref = `${DOC}:7`;
  const a = await (await browser.newContext()).newPage();
  const b = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  for (const p of [a, b]) {
    await p.goto(`${url}documents/${DOC}?ref=${encodeURIComponent(ref)}`);
    await p.waitForFunction((r) => document.activeElement?.closest("[data-ref]")?.getAttribute("data-ref") === r, ref);
  }
  const theirs = "Putin's visit, which the Kremlin said would include a concert in his honour, comes amid growing concern in the West about deepening trade and military cooperation between Moscow and Pyongyang.";
  const mine = "Putin's visit comes amid growing Western concern about deeper trade and military ties between Moscow and Pyongyang.";
  // Both type at once; A confirms first. (Had B not typed yet, A's save would simply appear in B's
  // row: live updates. A row with unsaved text of B's is left alone, and B's save meets the conflict.)
  await b.keyboard.type(mine);
  await a.keyboard.type(theirs);
  await a.keyboard.press("Control+Enter");
  await row(a, ref).and(a.locator('[data-state="translated"]')).waitFor();
  await b.keyboard.press("Control+Enter");
  await row(b, ref).locator(".conflict").waitFor();
  await expect(row(b, ref).locator(".conflict .theirs").textContent()).resolves.toBe(theirs);
  await expect(row(b, ref).locator(".conflict .yours").textContent()).resolves.toBe(mine);
  expect(await show(ref)).toMatchObject({ state: "translated", revision: 1, rendering: { text: theirs } });
  if (SHOTS) await b.screenshot({ path: path.join(SHOTS, "conflict.png") });
  // Keeping mine saves it over theirs as a new revision (a draft): theirs stays in the history.
  await row(b, ref).getByRole("button", { name: "Keep mine (as a draft)" }).click();
  await row(b, ref).and(b.locator('[data-state="draft"]')).waitFor();
  expect(await show(ref)).toMatchObject({ state: "draft", revision: 2, rendering: { text: mine } });
  // The side panel lists both revisions, newest first, each with its word diff.
  await b.locator('.history li[data-revision="2"]').waitFor();
  expect(await b.locator(".history li").count()).toBe(2);
  const history = await run(["history", ref, "--json"], { cwd: dir });
  expect((JSON.parse(history.stdout) as { revisions: Array<{ text: string }> }).revisions.map((r) => r.text)).toEqual([theirs, mine]);
  await a.context().close();
  await b.context().close();
});

it("shows a number finding while typing, before any save", async () => {
  const page = await browser.newPage();
  const units = (await (await fetch(`${url}api/documents/${DOC}/units`)).json()) as Array<{ ref: string; source: string }>;
  const unit = units.find((u) => u.source.includes("11.000 kontainer"))!;
  await page.goto(`${url}documents/${DOC}?ref=${encodeURIComponent(unit.ref)}`);
  await page.waitForFunction((r) => document.activeElement?.closest("[data-ref]")?.getAttribute("data-ref") === r, unit.ref);
  await page.keyboard.type("US State Department spokesman Matthew Miller said on Monday that North Korea had supplied Russia with “dozens of ballistic missiles and more than 1,000 containers of munitions.”");
  const findings = row(page, unit.ref).locator(".findings .f-error", { has: page.locator('[data-check-id="number-mismatch"]') });
  await findings.first().waitFor();
  const texts = await findings.allTextContents();
  expect(texts.some((t) => t.includes("“11.000”"))).toBe(true);
  expect(texts.some((t) => t.includes("“1,000”"))).toBe(true);
  expect(await show(unit.ref)).toMatchObject({ state: "untranslated", rendering: null });
  await page.close();
});

it("review mode: Ctrl+Enter marks a translated unit reviewed; a comment sends one back to draft", async () => {
  const page = await browser.newPage();
  const ref = `${DOC}:1`;
  await page.goto(`${url}documents/${DOC}?ref=${encodeURIComponent(ref)}`);
  await page.waitForFunction((r) => document.activeElement?.closest("[data-ref]")?.getAttribute("data-ref") === r, ref);
  await page.check('[data-testid="review"]');
  await page.locator(`[data-ref="${ref}"] textarea`).focus();
  await page.keyboard.press("Control+Enter");
  await row(page, ref).and(page.locator('[data-state="reviewed"]')).waitFor();
  // (the row says what was done: reviewed, not "Confirmed.")
  expect(await row(page, ref).locator(".msg").textContent()).toBe("Reviewed.");
  expect(await show(ref)).toMatchObject({ state: "reviewed", revision: 2, rendering: { text: english[0] } });
  // A reviewer sends a unit back to draft with a comment.
  const back = `${DOC}:2`;
  // Confirming moved the keyboard to the next unit not yet reviewed.
  await page.waitForFunction((r) => document.activeElement?.closest("[data-ref]")?.getAttribute("data-ref") === r, back);
  await row(page, back).locator('input[name="comment"]').fill("Say “for the first time in 24 years”.");
  await row(page, back).getByRole("button", { name: "Send back to draft" }).click();
  await row(page, back).and(page.locator('[data-state="draft"]')).waitFor();
  expect(await show(back)).toMatchObject({ state: "draft", revision: 2, rendering: { text: english[1], note: "Say “for the first time in 24 years”." } });
  await page.close();
});

it("inserts a glossary rendering with Ctrl+Shift+1 and the source with Ctrl+Space; ? lists the shortcuts", async () => {
  const page = await browser.newPage();
  const ref = `${DOC}:5`;
  await page.goto(`${url}documents/${DOC}?ref=${encodeURIComponent(ref)}`);
  await page.waitForFunction((r) => document.activeElement?.closest("[data-ref]")?.getAttribute("data-ref") === r, ref);
  const first = page.locator('.help [data-key="ctrl+shift+1"]');
  await first.waitFor();
  const rendering = (await first.textContent())!.replace(/^1/, "");
  expect(rendering.length).toBeGreaterThan(0);
  // (typed without the space: the insertion puts it after the word, as a writer would)
  await page.keyboard.type("He also thanked");
  await page.keyboard.press("Control+Shift+Digit1");
  const field = row(page, ref).locator("textarea");
  expect(await field.inputValue()).toBe(`He also thanked ${rendering}`);
  await field.fill("");
  await page.keyboard.press("Control+Space");
  expect(await field.inputValue()).toBe("Ia juga berterima kasih kepada Korea Utara atas dukungannya bagi Moskow dalam perang di Ukraina dan berjanji untuk mendukung Pyongyang menghadapi “tekanan, pemerasan, dan ancaman militer” dari AS.");
  await page.locator("h1").click();
  await page.keyboard.press("?");
  await page.getByRole("dialog", { name: "Keyboard shortcuts" }).waitFor();
  await expect(page.getByRole("dialog").locator("tr").count()).resolves.toBe(10);
  await page.close();
});

it("speaks Indonesian when switched", async () => {
  const page = await browser.newPage();
  await page.goto(url);
  await page.locator("h1").waitFor();
  await page.selectOption('[data-testid="lang"]', "id");
  await page.locator("h1", { hasText: "Dokumen" }).waitFor();
  await expect(page.locator(`tr[data-document="${DOC}"] .pct`).textContent()).resolves.toMatch(/^\d+ dari 28 segmen dikonfirmasi/);
  await page.close();
});
