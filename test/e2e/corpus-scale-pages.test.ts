/**
 * The dashboard of a corpus with more documents than it lists at once (the real `selaras serve`,
 * Debian's Chromium): the first 200 documents, then 200 more at a time; the search looks through
 * all of them; a document's export menu makes its links when it is opened. (Listing 25,000
 * documents at once took 19 s to lay out and 650,000 elements.) The glossary page likewise lists
 * 200 concepts, then 200 more at a time.
 */
import type { ChildProcess } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { type Browser } from "playwright-core";
import { run, tempDir } from "../helpers/cli";
import { closeWorkbench, launchChromium, readyProject, startServe } from "../helpers/workbench";

const EXTRA = 200;
const EXTRA_CONCEPTS = 300;
let dir: string;
let server: ChildProcess;
let url: string;
let browser: Browser;

beforeAll(async () => {
  dir = tempDir("selaras-e2e-dash-");
  // 200 short articles beside the shipped five (their slugs, berita-000…, sort before them)
  const extra: Record<string, string> = {};
  for (let i = 0; i < EXTRA; i++) extra[`berita-${String(i).padStart(3, "0")}.txt`] = `Berita ${i}\n\nPresiden tiba di Jakarta pada pukul ${i % 24}.00. Ia disambut para menteri.\n`;
  await readyProject(dir, extra);
  // and 300 more concepts in a glossary file of their own
  const rows = Array.from({ length: EXTRA_CONCEPTS }, (_x, i) => `istilah-${String(i).padStart(3, "0")}\tistilah nomor ${i}\tterm number ${i}\t\t\t\t\t\t\t`);
  fs.writeFileSync(path.join(dir, "glossary", "extra.tsv"), ["id\tsource\tpreferred\tadmitted\tforbidden\tflags\tpos\tdomain\tnote\texample", ...rows, ""].join("\n"));
  expect((await run(["glossary", "sync"], { cwd: dir })).code).toBe(0);
  ({ server, url } = await startServe(dir));
  browser = await launchChromium();
}, 120_000);

afterAll(() => closeWorkbench(browser, server, dir));

it("lists 200 documents, then the rest on request; the search finds documents past them; export links once opened", async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(url);
  const rows = page.locator("tbody tr[data-document]");
  await rows.first().waitFor();
  await expect(rows.count()).resolves.toBe(200);
  await expect(rows.last().getAttribute("data-document")).resolves.toBe("berita-199");
  const more = page.getByTestId("documents-more");
  await expect(more.textContent()).resolves.toBe("Show 5 more (of 205)");
  // the search looks through every document, not only those listed
  await page.getByPlaceholder("Search documents").fill("putin-");
  await page.waitForFunction(() => document.querySelectorAll("tbody tr[data-document]").length < 200);
  await expect(rows.evaluateAll((els) => els.map((e) => e.getAttribute("data-document")))).resolves.toEqual(["mengapa-kunjungan-putin-penting", "putin-butuh-senjata-kim", "putin-tolak-sanksi-barat"]);
  await expect(more.count()).resolves.toBe(0);
  await page.getByPlaceholder("Search documents").fill("");
  await page.waitForFunction(() => document.querySelectorAll("tbody tr[data-document]").length === 200);
  await more.click();
  await page.waitForFunction(() => document.querySelectorAll("tbody tr[data-document]").length === 205);
  await expect(more.count()).resolves.toBe(0);
  // a document's export menu: no links until it is opened, then the document's downloads
  const menu = page.locator('details[data-export="putin-tolak-sanksi-barat"]');
  await expect(menu.locator("a.download").count()).resolves.toBe(0);
  await menu.locator("summary").click();
  await expect(menu.locator('a[data-format="tmx"]').getAttribute("href")).resolves.toBe("/api/export?format=tmx&document=putin-tolak-sanksi-barat");
  await expect(menu.locator("a.download").count()).resolves.toBe(8);
  await page.close();
});

it("the glossary page lists 200 concepts, then the rest on request, each page asked of the server; the search finds those past them", async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  /** The next search the page makes: its query and how many concepts the server sent. */
  const search = () => page.waitForResponse((r) => /\/api\/glossary\?/.test(r.url()))
    .then(async (r) => ({ url: new URL(r.url()).search, concepts: ((await r.json()) as { concepts: unknown[] }).concepts.length }));
  const first = search();
  await page.goto(`${url}glossary`);
  const rows = page.locator(".concept-row");
  await rows.first().waitFor();
  const total = Number(/of (\d+) concepts/.exec((await page.getByTestId("glossary-count").textContent()) ?? "")![1]);
  expect(total).toBeGreaterThan(EXTRA_CONCEPTS);
  await expect(rows.count()).resolves.toBe(200);
  await expect(first).resolves.toEqual({ url: "?q=&limit=200&offset=0", concepts: 200 });
  const more = page.getByTestId("glossary-more");
  await expect(more.textContent()).resolves.toBe(`Show 200 more (of ${total})`);
  const second = search();
  await more.click();
  await page.waitForFunction((n) => document.querySelectorAll(".concept-row").length === n, Math.min(400, total));
  await expect(second).resolves.toEqual({ url: "?q=&limit=200&offset=200", concepts: Math.min(200, total - 200) });
  // the rows in the glossary's order, the second page after the first
  const ids = await rows.evaluateAll((els) => els.map((e) => e.getAttribute("data-id")));
  expect(new Set(ids).size).toBe(ids.length);
  expect(ids.slice(0, 3)).toEqual((await (await page.request.get(`${url}api/glossary?limit=3`)).json() as { concepts: Array<{ id: string }> }).concepts.map((c) => c.id));
  // a search: those that match, wherever they were in the list
  await page.getByTestId("glossary-search").fill("istilah-299");
  await page.getByTestId("glossary-count").and(page.getByText(`1 of ${total} concepts`)).waitFor();
  await expect(rows.count()).resolves.toBe(1);
  await expect(more.count()).resolves.toBe(0);
  await page.close();
});
