/**
 * Round nine's words in the page: a "no such document" page offers no skip link to an English field
 * it does not have (only the one to the main content); a refusal of an action that is for admins names
 * them (the server's `admins`, GET /api/admins' list), in both languages; every error message the
 * page shows ends with a full stop.
 */
import type { ChildProcess } from "node:child_process";
import { type Browser, type BrowserContext, type Page } from "playwright-core";
import { closeWorkbench, readyWorkbench } from "../helpers/workbench";

jest.setTimeout(120_000);

const DOC = "putin-tolak-sanksi-barat";
let dir: string;
let server: ChildProcess;
let url: string;
let browser: Browser;
let tokens: Record<string, string>;

beforeAll(async () => {
  ({ dir, server, url, browser, tokens } = await readyWorkbench("selaras-round9-words-", [["ayu", "translator"], ["cici", "admin"], ["dewi", "admin"]]));
});
afterAll(() => closeWorkbench(browser, server, dir));

async function loggedIn(who: string, path: string, context?: BrowserContext): Promise<Page> {
  const page = await (context ?? await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  await page.goto(`${url}${path}`);
  await page.getByTestId("token").fill(tokens[who]!);
  await page.getByTestId("token").press("Enter");
  return page;
}
const skipLinks = (page: Page) => page.locator("a.skip").allTextContents();

it.each([["en", "Skip to the page's content", "Skip to the English field"], ["id", "Lewati ke isi halaman", "Lewati ke kolom bahasa Inggris"]])(
  "a document that is not there offers only the skip link to the main content; one that is offers both (%s)", async (lang, main, english) => {
    const missing = await loggedIn("ayu", `documents/tidak-ada?lang=${lang}`);
    await missing.locator("main.editor p.error").waitFor();
    expect(await skipLinks(missing)).toEqual([main]);
    // (the one link there is goes where it says: the main content takes the keyboard)
    await missing.locator("a.skip").focus();
    await missing.keyboard.press("Enter");
    await expect(missing.evaluate(() => document.activeElement?.id)).resolves.toBe("content");
    await missing.context().close();

    const there = await loggedIn("ayu", `documents/${DOC}?lang=${lang}`);
    await there.locator(`[data-ref="${DOC}:1"] textarea`).waitFor();
    expect(await skipLinks(there)).toEqual([main, english]);
    await there.context().close();
  });

it.each([
  ["en", "ayu (translator) may not do this: glossary.edit is for admins; ask one of them (cici and dewi)."],
  ["id", "ayu (penerjemah) tidak boleh melakukan ini: glossary.edit hanya untuk admin; mintalah kepada salah satu admin (cici dan dewi)."],
])("a translator's glossary change refused names the admins to ask (%s)", async (lang, said) => {
  // (a page that still offers the form — read before her role was lowered: its session's `may` as then)
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  for (const at of ["**/api/session", "**/api/login"]) {
    await context.route(at, async (route) => {
      const res = await route.fetch();
      const body = await res.json() as { may?: string[] };
      void route.fulfill({ response: res, json: { ...body, ...(body.may ? { may: [...body.may, "glossary.edit"] } : {}) } });
    });
  }
  const page = await loggedIn("ayu", `glossary?lang=${lang}`, context);
  await page.locator(".gloss-search").waitFor();
  await page.locator(".glossary button", { hasText: lang === "en" ? "Add a term" : "Tambah istilah" }).first().click();
  const form = page.locator(".add-term");
  await form.locator('input[name="sources"]').fill("tekanan");
  await form.locator('input[name="preferred"]').fill("pressure");
  await page.getByTestId("preview").click();
  const error = form.locator("p.error");
  await error.waitFor();
  await expect(error.textContent()).resolves.toBe(said);
  await context.close();
});
