/**
 * What the workbench says, in page terms first (the real `selaras serve`, Debian's Chromium):
 * an align page for a document that is not there says so at once (not on "Propose beads"); the
 * glossary page offers editing by the session's `may` (the server's own table), not by the role's
 * name; the login page and an empty dashboard say what to do before the administrator's command.
 * A finding names its check by a short name (web.check-name.<id>), the id in the tooltip (English:
 * test/e2e/pages.test.ts and glossary-pages.test.ts; Indonesian here).
 * UPDATE_SCREENSHOTS=<dir> writes the pages at 1280 and 390 px wide, in English and Indonesian.
 */
import type { ChildProcess } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { type Browser, type BrowserContext, type Locator, type Page } from "playwright-core";
import { run, tempDir, REPO } from "../helpers/cli";
import { addUsers, closeWorkbench, launchChromium, readyProject, startServe, stopServe } from "../helpers/workbench";

const DOC = "putin-tolak-sanksi-barat";
const SHOTS = process.env.UPDATE_SCREENSHOTS && process.env.UPDATE_SCREENSHOTS !== "1" ? process.env.UPDATE_SCREENSHOTS : null;
let dir: string;
let server: ChildProcess;
let url: string;
let browser: Browser;
let tokens: Record<string, string>;

beforeAll(async () => {
  dir = tempDir("selaras-e2e-words-");
  await readyProject(dir);
  fs.cpSync(path.join(REPO, "translations"), path.join(dir, "translations"), { recursive: true });
  const r = await run(["translations", "import"], { cwd: dir });
  if (r.code !== 0) throw new Error(r.stderr);
  tokens = await addUsers(dir, [["ayu", "translator"], ["sari", "admin"]]);
  ({ server, url } = await startServe(dir));
  browser = await launchChromium();
}, 120000);

afterAll(() => closeWorkbench(browser, server, dir));

/** The page at both widths: whole, or (`at`) the window around that element. */
async function shoot(page: Page, name: string, at?: Locator): Promise<void> {
  if (!SHOTS) return;
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 800 });
    if (at) await at.evaluate((el) => el.scrollIntoView({ block: "center" }));
    await page.screenshot({ path: path.join(SHOTS, `${name}-${width}.png`), fullPage: !at });
  }
  await page.setViewportSize({ width: 1280, height: 800 });
}

async function loggedIn(name: string): Promise<{ ctx: BrowserContext; page: Page }> {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await ctx.newPage();
  await page.goto(url);
  await page.getByTestId("token").fill(tokens[name]!);
  await page.getByTestId("token").press("Enter");
  await page.locator("main.dashboard").waitFor();
  return { ctx, page };
}

it("the login page says what to do first (ask an administrator), then the command the administrator runs, in either language", async () => {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await ctx.newPage();
  await page.goto(url);
  await expect(page.getByTestId("login-hint").innerText()).resolves.toBe("No token? Ask an administrator for one. They make it with: selaras users add <name> --role translator");
  await expect(page.getByTestId("login-hint").locator("code").innerText()).resolves.toBe("selaras users add <name> --role translator");
  await shoot(page, "login-en");
  await page.goto(`${url}?lang=id`);
  await expect(page.getByTestId("login-hint").innerText()).resolves.toBe("Belum punya token? Mintalah kepada admin. Admin membuatnya dengan: selaras users add <nama> --role translator");
  await shoot(page, "login-id");
  await ctx.close();
});

it("the align page of a document that is not there says so at once, as the editor does: no form, in either language", async () => {
  const { ctx, page } = await loggedIn("ayu");
  const said = async (address: string) => {
    await page.goto(url + address);
    await page.locator("#content .error").waitFor();
    expect(await page.getByTestId("align-english").count()).toBe(0);
    expect(await page.getByRole("button").filter({ hasText: /Propose|Usulkan/ }).count()).toBe(0);
    return page.locator("#content .error").innerText();
  };
  expect(await said("documents/tidak-ada/align")).toBe("No document 'tidak-ada' in this project: the Documents page lists them.");
  expect(await said(`documents/${DOC.slice(0, -1)}x/align`)).toBe(`No document '${DOC.slice(0, -1)}x' in this project (did you mean '${DOC}'?)`);
  // (the document it means is a link to its align page, in the sentence)
  const meant = page.locator("#content .error").getByRole("link");
  await expect(meant.innerText()).resolves.toBe(DOC);
  await expect(meant.getAttribute("href")).resolves.toBe(`/documents/${DOC}/align`);
  await shoot(page, "align-missing-en");
  await meant.click();
  await page.getByTestId("align-english").waitFor();
  expect(page.url()).toBe(`${url}documents/${DOC}/align`);
  // the editor's page of a mistyped document: the same sentence, the link to the editor of the one meant
  await page.goto(`${url}documents/${DOC.slice(0, -1)}x?lang=id`);
  const there = page.locator("#content .error");
  await there.waitFor();
  await expect(there.innerText()).resolves.toBe(`Tidak ada dokumen '${DOC.slice(0, -1)}x' di proyek ini (maksud Anda '${DOC}'?)`);
  await expect(there.getByRole("link").getAttribute("href")).resolves.toBe(`/documents/${DOC}`);
  await shoot(page, "editor-missing-suggested-id");
  await there.getByRole("link").click();
  await page.locator(`[data-ref="${DOC}:1"] textarea`).waitFor();
  expect(await said("documents/tidak-ada/align?lang=id")).toBe("Tidak ada dokumen 'tidak-ada' di proyek ini: halaman Dokumen menampilkan daftarnya.");
  await shoot(page, "align-missing-id");
  // (the way back is the Documents page)
  await expect(page.locator("#content a").getAttribute("href")).resolves.toBe("/");
  // a document that is there: the form, and no error
  await page.goto(`${url}documents/${DOC}/align?lang=en`);
  await page.getByTestId("align-english").waitFor();
  expect(await page.locator("#content .error").count()).toBe(0);
  await ctx.close();
});

it("the glossary page offers editing by the session's `may` (what the server allows), not by the role's name", async () => {
  const { ctx, page } = await loggedIn("sari");
  await page.goto(`${url}glossary`);
  await page.getByRole("button", { name: "Add a term" }).waitFor();
  // the same admin, told by the server that the role may not change the glossary: not offered
  await page.route("**/api/session", async (route) => {
    const real = await (await route.fetch()).json() as { may: string[] };
    await route.fulfill({ json: { ...real, may: real.may.filter((a) => a !== "glossary.edit") } });
  });
  await page.reload();
  await page.getByText("Only an admin may change the glossary.").waitFor();
  expect(await page.getByRole("button", { name: "Add a term" }).count()).toBe(0);
  await ctx.close();

  // a translator whose role the server says may: offered (the page follows the server, whatever the name)
  const t = await loggedIn("ayu");
  await t.page.goto(`${url}glossary`);
  await t.page.getByText("Only an admin may change the glossary.").waitFor();
  await t.page.route("**/api/session", async (route) => {
    const real = await (await route.fetch()).json() as { may: string[] };
    await route.fulfill({ json: { ...real, may: [...real.may, "glossary.edit"] } });
  });
  await t.page.reload();
  await t.page.getByRole("button", { name: "Add a term" }).waitFor();
  await t.ctx.close();
});

it("a finding names its check by its short name in Indonesian, the check's id kept in the tooltip; the audit shows both", async () => {
  const doc = "mengapa-kunjungan-putin-penting";
  const { ctx, page } = await loggedIn("ayu");
  await page.goto(`${url}documents/${doc}?ref=${doc}:30&lang=id`);
  const listed = page.locator(`[data-ref="${doc}:30"] .findings li`);
  await listed.first().waitFor();
  expect(await listed.allInnerTexts()).toEqual([
    "peringatan · Jumlah istilah glosarium: Istilah glosarium “Rusia” muncul 2× di sumber, tetapi hanya 1× diterjemahkan.",
  ]);
  expect(await listed.locator(".check-name").getAttribute("title")).toBe("glossary-count-mismatch");
  await shoot(page, "editor-finding-id", listed.first());
  await page.goto(`${url}audit?check=glossary-count-mismatch&lang=id`);
  const row = page.locator(`tr.finding[data-finding-ref="${doc}:30"]`);
  await row.waitFor({ timeout: 60000 });
  expect(await row.locator("td").last().innerText()).toBe("Jumlah istilah glosarium glossary-count-mismatch");
  expect(await page.getByTestId("audit-check").locator("option:checked").innerText()).toMatch(/^Jumlah istilah glosarium \(\d+\)$/);
  await shoot(page, "audit-id", row);
  // the search finds findings by the check's name as the page shows it (not only by its id)
  await page.getByTestId("audit-check").selectOption("");
  await page.getByRole("searchbox").first().fill("jumlah istilah glosarium");
  await page.waitForFunction(() => { const rows = [...document.querySelectorAll("tr.finding")]; return rows.length > 0 && rows.every((r) => r.getAttribute("data-check") === "glossary-count-mismatch"); }, undefined, { timeout: 60000 });
  await expect(row.locator("td").last().innerText()).resolves.toBe("Jumlah istilah glosarium glossary-count-mismatch");
  await shoot(page, "audit-search-name", row);
  await ctx.close();
});

it("an empty project's dashboard says there are no documents and who adds them, then the command, in either language", async () => {
  const empty = tempDir("selaras-e2e-words-empty-");
  const other = await startServe(empty);
  try {
    const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await ctx.newPage();
    await page.goto(other.url);
    await expect(page.getByTestId("documents-empty").innerText()).resolves.toBe("No documents yet. An administrator adds articles to this project with: selaras ingest corpus/");
    await expect(page.getByTestId("documents-empty").locator("code").innerText()).resolves.toBe("selaras ingest corpus/");
    // (only what to do first: no search box, legend, export menu or table of no documents)
    await expect(page.locator("main").innerText()).resolves.toBe("Documents\n\nNo documents yet. An administrator adds articles to this project with: selaras ingest corpus/\n\nRun it in the project folder, on the computer that runs the workbench (selaras serve).");
    await expect(page.locator("main table, main input, main button").count()).resolves.toBe(0);
    await shoot(page, "dashboard-empty-en");
    await page.goto(`${other.url}?lang=id`);
    await expect(page.getByTestId("documents-empty").innerText()).resolves.toBe("Belum ada dokumen. Admin menambahkan artikel ke proyek ini dengan: selaras ingest corpus/");
    await expect(page.locator("main table, main input, main button").count()).resolves.toBe(0);
    await shoot(page, "dashboard-empty-id");
    await ctx.close();
  } finally {
    await stopServe(other.server);
    fs.rmSync(empty, { recursive: true, force: true });
  }
});
