/**
 * The workbench in Indonesian for a newsroom in Jakarta (the real `selaras serve` started with
 * SELARAS_LANG=id, Debian's Chromium in the Asia/Jakarta time zone): the dashboard's states, the
 * editor's filters and a revision's date and clock, the align page's scores with a decimal comma,
 * the audit's severities — each in the one word docs/reference/commands.md#indonesian-terms gives.
 */
import type { ChildProcess } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { type Browser, type Page } from "playwright-core";
import { run, tempDir, REPO } from "../helpers/cli";
import { closeWorkbench, launchChromium, readyProject, startServe } from "../helpers/workbench";

const DOC = "putin-tolak-sanksi-barat";
let dir: string;
let server: ChildProcess;
let url: string;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  dir = tempDir("selaras-e2e-id-");
  await readyProject(dir);
  fs.cpSync(path.join(REPO, "translations"), path.join(dir, "translations"), { recursive: true });
  const r = await run(["translations", "import"], { cwd: dir });
  if (r.code !== 0) throw new Error(r.stderr);
  // the page's language from SELARAS_LANG, on a server whose LANG is English (startServe's default)
  ({ server, url } = await startServe(dir, [], { SELARAS_LANG: "id" }));
  browser = await launchChromium();
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 }, timezoneId: "Asia/Jakarta" });
  page = await ctx.newPage();
}, 120000);

afterAll(() => closeWorkbench(browser, server, dir));

it("the dashboard names the states in Indonesian, 'disejajarkan' for aligned", async () => {
  await page.goto(url);
  await page.locator(".legend-item").first().waitFor();
  expect(await page.evaluate(() => document.documentElement.lang)).toBe("id");
  expect(await page.locator(".legend-item").allInnerTexts()).toEqual(["ditinjau", "diterjemahkan", "draf", "disejajarkan", "belum diterjemahkan"]);
  expect(await page.locator("nav a").allInnerTexts()).toEqual(["Dokumen", "Glosarium", "Audit"]);
});

it("the editor: its filters in the term list's words, a revision dated in Jakarta's time", async () => {
  await page.goto(`${url}documents/${DOC}?ref=${encodeURIComponent(`${DOC}:2`)}`);
  await page.waitForFunction((r) => document.activeElement?.closest("[data-ref]")?.getAttribute("data-ref") === r, `${DOC}:2`);
  expect(await page.locator("select option").allInnerTexts()).toEqual(expect.arrayContaining([
    "Perlu dikerjakan (belum diterjemahkan, draf, disejajarkan, usang)", "Perlu ditinjau (disejajarkan, draf, usang)",
  ]));
  expect(await page.locator('input[aria-label="Cari teks Indonesia atau Inggris"]').count()).toBe(1);
  // translations/putin-tolak-sanksi-barat.translations.txt: changed 2026-11-22T00:10:…Z, 07.10 in Jakarta (UTC+7)
  await page.locator(".rev-head").first().waitFor();
  expect(await page.locator(".rev-head").first().innerText()).toBe("#1 · Selaras corpus translator · ditinjau · 22 Nov 2026, 07.10");
});

it("the align page writes scores and the threshold with a decimal comma", async () => {
  const english = fs.readFileSync(path.join(REPO, "translations", `${DOC}.translations.txt`), "utf8")
    .split("\n").filter((l) => l.startsWith("en: ")).map((l) => l.slice(4)).join("\n");
  await page.goto(`${url}documents/${DOC}/align`);
  await page.fill("textarea", english);
  await page.keyboard.press("Control+Enter");
  await page.locator("td.score").first().waitFor();
  const scores = await page.locator("td.score").allInnerTexts();
  expect(scores.length).toBe(28);
  for (const s of scores) expect(s).toMatch(/^[01],\d\d$/);
  expect(await page.getByText("hanya yang rendah (skor di bawah 0,3)").count()).toBe(1);
});

it("the audit's severity filter says galat, as the CLI does", async () => {
  await page.goto(`${url}audit`);
  await page.locator("option", { hasText: "peringatan" }).first().waitFor({ state: "attached" });
  const options = await page.locator("option").allInnerTexts();
  expect(options).toEqual(expect.arrayContaining(["galat", "peringatan", "info", "diabaikan"]));
  expect(options).not.toContain("kesalahan");
});
