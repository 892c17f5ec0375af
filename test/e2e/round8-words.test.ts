/**
 * What the workbench tells a newsroom member who cannot go on by themselves, in both languages:
 * an empty project's dashboard names where `selaras ingest` is run and who the admins are; an address
 * that is no page of the workbench is a page (404) that says so, with its skip link and no serious
 * axe violation, instead of the API's JSON; a page's error message starts with a capital letter.
 */
import type { ChildProcess } from "node:child_process";
import * as fs from "node:fs";
import { type Browser, type Page } from "playwright-core";
import { tempDir } from "../helpers/cli";
import { addUsers, closeWorkbench, launchChromium, startServe } from "../helpers/workbench";

jest.setTimeout(120_000);

const AXE = fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
let dir: string;
let server: ChildProcess;
let url: string;
let browser: Browser;
let tokens: Record<string, string>;

beforeAll(async () => {
  // (a project with logins and no article yet: `users add` makes its database)
  dir = tempDir("selaras-round8-words-");
  tokens = await addUsers(dir, [["ayu", "translator"], ["siti", "admin"], ["Dewi Lestari", "admin"]]);
  ({ server, url } = await startServe(dir));
  browser = await launchChromium();
});
afterAll(() => closeWorkbench(browser, server, dir));

async function loggedIn(at: string, who: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, bypassCSP: true });
  const page = await context.newPage();
  await page.goto(`${url}${at}`);
  await page.getByTestId("token").fill(tokens[who]!);
  await page.getByTestId("token").press("Enter");
  return page;
}

interface Violation { id: string; impact: string; nodes: Array<{ target: string[] }> }
async function axe(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: AXE });
  const r = await page.evaluate(async () => (window as unknown as { axe: { run(c: Document, o: object): Promise<{ violations: Violation[] }> } }).axe.run(document, { resultTypes: ["violations"] }));
  return r.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.nodes[0]!.target.join(" ")} (${v.nodes.length})`);
}

const textIs = (page: Page, testId: string, text: string) =>
  page.waitForFunction(([id, t]) => document.querySelector(`[data-testid="${id}"]`)?.textContent === t, [testId, text] as const);

it.each([
  ["en", "No documents yet. An administrator adds articles to this project with: selaras ingest corpus/",
    "Run it in the project folder, on the computer that runs the workbench (selaras serve). The admins here are Dewi Lestari and siti."],
  ["id", "Belum ada dokumen. Admin menambahkan artikel ke proyek ini dengan: selaras ingest corpus/",
    "Jalankan di folder proyek, pada komputer yang menjalankan meja kerja ini (selaras serve). Admin di sini: Dewi Lestari dan siti."],
] as const)("an empty project's dashboard (%s) names the command, where it is run and the admins", async (lang, empty, who) => {
  const page = await loggedIn(`?lang=${lang}`, "ayu");
  await textIs(page, "documents-empty", empty);
  await textIs(page, "documents-empty-who", who);
  await page.context().close();
});

it.each([
  ["en", "Page not found", "There is no page at /users in this workbench.", "Go to the Documents page", "Skip to the page's content", "Selaras workbench"],
  ["id", "Halaman tidak ditemukan", "Tidak ada halaman di /users pada meja kerja ini.", "Buka halaman Dokumen", "Lewati ke isi halaman", "Meja kerja Selaras"],
] as const)("an address that is no page (%s) is a page saying so, with its skip link and no serious axe violation", async (lang, heading, text, back, skip, title) => {
  const page = await loggedIn(`users?lang=${lang}`, "siti");
  await textIs(page, "not-found", text);
  await expect(page.locator("main h1").innerText()).resolves.toBe(heading);
  await expect(page.title()).resolves.toBe(`${heading} · ${title}`);
  await expect(page.locator("main a").innerText()).resolves.toBe(back);
  // opened again (logged in), the first Tab reaches the skip link, which moves the keyboard to the page's content
  await page.reload();
  await textIs(page, "not-found", text);
  await page.keyboard.press("Tab");
  await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe(skip);
  await page.keyboard.press("Enter");
  await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe("content");
  expect(await axe(page)).toEqual([]);
  // (the answer is a 404, the page; a script asking for JSON gets the API's answer as before)
  const asked = await page.context().request.get(`${url}users`, { headers: { accept: "text/html" } });
  expect(asked.status()).toBe(404);
  expect(await asked.text()).toContain('<div id="app"></div>');
  const json = await fetch(`${url}users`);
  expect(json.status).toBe(404);
  expect(await json.json()).toEqual({ code: "not-found", data: { path: "/users" } });
  await page.context().close();
});

it.each([
  ["en", "documents/tidak-ada", "tidak-ada", "No document 'tidak-ada': this project holds no articles yet."],
  ["id", "documents/tidak-ada/align", "Sejajarkan teks bahasa Inggris dengan tidak-ada", "Tidak ada dokumen 'tidak-ada': proyek ini belum berisi artikel."],
] as const)("a document that is not there (%s) is a headed page whose message is a sentence, with no serious axe violation", async (lang, at, heading, message) => {
  const page = await loggedIn(`${at}?lang=${lang}`, "ayu");
  await page.locator("#content .error").waitFor();
  await expect(page.locator("main h1").innerText()).resolves.toBe(heading);
  await expect(page.locator("#content .error").innerText()).resolves.toBe(message);
  expect(await axe(page)).toEqual([]);
  await page.context().close();
});
