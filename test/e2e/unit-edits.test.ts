/**
 * The workbench's unit edits when the splitter got a sentence wrong, as two translators see them
 * (real `selaras serve`, Debian's Chromium through playwright-core): a caret inside a word cuts at
 * the word's edge; a translated sentence split gives each part its English as a draft; a colleague's
 * page (in Indonesian, 390 px wide) shows the parts live; "Join with next" on the first part makes it
 * the one sentence it was (the split gone from translations/); a cut where two joined segments meet
 * is refused saying why, in the page's language. Read back with `selaras translate show` and the file.
 */
import type { ChildProcess } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { type Browser, type Page } from "playwright-core";
import { run, tempDir } from "../helpers/cli";
import { clickInSource, closeWorkbench, launchChromium, readyProject, startServe } from "../helpers/workbench";

const DOC = "polsek";
const RUN_ON = "Pencuri masuk lewat atap toko sementara penjaga tidur di pos depan mereka membawa kabur uang tunai.";
const ARTICLE = ["Pencurian di Pasar Baru", "Menurut Kapolsek AKP. Budi Santoso kejadian itu terjadi malam hari. Polisi masih menyelidiki kasus itu.", RUN_ON, "Kerugian ditaksir Rp 50 juta."].join("\n\n") + "\n";
const ENGLISH = "The thieves came in through the shop roof while the guard slept at the front post. They made off with the cash.";
let dir: string;
let server: ChildProcess;
let url: string;
let browser: Browser;

beforeAll(async () => {
  dir = tempDir("selaras-e2e-unit-edits-");
  await readyProject(dir, { [`${DOC}.txt`]: ARTICLE });
  ({ server, url } = await startServe(dir));
  browser = await launchChromium();
}, 120000);
afterAll(() => closeWorkbench(browser, server, dir));

const row = (page: Page, ref: string) => page.locator(`[data-ref="${ref}"]`);
const rows = (page: Page) => page.locator("[data-ref]").evaluateAll((els) => els.map((e) => `${e.getAttribute("data-ref")} ${e.getAttribute("data-state")}`));
const file = () => fs.readFileSync(path.join(dir, "translations", `${DOC}.translations.txt`), "utf8");
async function show(ref: string): Promise<{ source: string; rendering: { text: string; status: string } | null }> {
  const r = await run(["translate", "show", ref, "--json"], { cwd: dir });
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout);
}
async function open(page: Page, ref: string, lang?: string) {
  await page.goto(`${url}documents/${DOC}?ref=${encodeURIComponent(ref)}${lang ? `&lang=${lang}` : ""}`);
  await page.waitForFunction((r) => document.activeElement?.closest("[data-ref]")?.getAttribute("data-ref") === r, ref);
}


it("splits a translated sentence at a caret placed inside a word (cut at the word's edge), the English going to both parts as drafts, live on a colleague's page; Join with next undoes it", async () => {
  expect((await run(["translate", "set", `${DOC}:5`, ENGLISH, "--translator", "Ani"], { cwd: dir })).code).toBe(0);
  const ani = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const budi = await browser.newPage({ viewport: { width: 390, height: 844 } });
  await open(ani, `${DOC}:5`);
  await open(budi, `${DOC}:5`, "id");
  // the caret between "me" and "reka": the cut goes before "mereka"
  await clickInSource(ani, `${DOC}:5`, RUN_ON.indexOf("mereka") + 2);
  const button = row(ani, `${DOC}:5`).locator('[data-action="split"]');
  await button.waitFor();
  expect(await button.textContent()).toBe("Split at “pos depan | mereka membawa” (Alt+K)");
  await button.click();
  await row(ani, `${DOC}:6`).waitFor();
  expect(await row(ani, `${DOC}:5`).locator(".msg").textContent()).toBe("Split: the English went to the parts as drafts; check and confirm them.");
  const parts = { first: "Pencuri masuk lewat atap toko sementara penjaga tidur di pos depan", second: "mereka membawa kabur uang tunai." };
  for (const page of [ani, budi]) {
    await page.waitForFunction(({ r, text }) => document.querySelector(`[data-ref="${r}"] .src-text`)?.textContent === text, { r: `${DOC}:6`, text: parts.second });
    expect(await rows(page)).toEqual([`${DOC}:1 untranslated`, `${DOC}:2 untranslated`, `${DOC}:3 untranslated`, `${DOC}:4 untranslated`, `${DOC}:5 draft`, `${DOC}:6 draft`, `${DOC}:7 untranslated`]);
    expect(await row(page, `${DOC}:5`).locator(".src-text").textContent()).toBe(parts.first);
    expect(await row(page, `${DOC}:5`).locator("textarea").inputValue()).toBe("The thieves came in through the shop roof while the guard slept at the front post.");
    expect(await row(page, `${DOC}:6`).locator("textarea").inputValue()).toBe("They made off with the cash.");
  }
  expect(await row(budi, `${DOC}:5`).locator(".chip.s-draft").textContent()).toBe("draf");
  expect(await show(`${DOC}:6`)).toMatchObject({ source: parts.second, rendering: { text: "They made off with the cash.", status: "draft" } });
  expect(file()).toContain(`@ split ${DOC}:5 ${RUN_ON.indexOf("mereka")}\nid: ${RUN_ON}\n`);
  // Join with next on the first part: the one sentence again, both parts' English in one draft.
  await row(ani, `${DOC}:5`).locator('[data-action="join"]').click();
  await ani.waitForFunction(({ r, text }) => document.querySelector(`[data-ref="${r}"] .src-text`)?.textContent === text, { r: `${DOC}:5`, text: RUN_ON });
  expect(await row(ani, `${DOC}:5`).locator(".msg").textContent()).toBe("Joined: one sentence again (the split is undone).");
  expect(await row(ani, `${DOC}:5`).locator("textarea").inputValue()).toBe(ENGLISH);
  await budi.waitForFunction(({ r, text }) => document.querySelector(`[data-ref="${r}"] .src-text`)?.textContent === text, { r: `${DOC}:5`, text: RUN_ON });
  for (const page of [ani, budi]) expect(await rows(page)).toEqual([`${DOC}:1 untranslated`, `${DOC}:2 untranslated`, `${DOC}:3 untranslated`, `${DOC}:4 untranslated`, `${DOC}:5 draft`, `${DOC}:6 untranslated`]);
  expect(await show(`${DOC}:5`)).toMatchObject({ source: RUN_ON, rendering: { text: ENGLISH, status: "draft" } });
  expect(file()).not.toContain("@ split");
  await ani.close();
  await budi.close();
});

it("refuses a cut where two joined segments meet, saying why in the page's language (Unjoin is the way)", async () => {
  const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
  await open(page, `${DOC}:2`, "id");
  await row(page, `${DOC}:2`).locator('[data-action="join"]').click();
  await row(page, `${DOC}:2+3`).waitFor();
  const joint = "Menurut Kapolsek AKP.".length;
  await clickInSource(page, `${DOC}:2+3`, joint + 1);
  await row(page, `${DOC}:2+3`).locator('[data-action="split"]').click();
  const msg = row(page, `${DOC}:2+3`).locator(".msg.error");
  await msg.waitFor();
  expect(await msg.textContent()).toBe(`${DOC}:2+3: titik potong ${joint + 1} berada di antara dua segmen yang digabung; pisahkan gabungannya saja.`);
  expect((await show(`${DOC}:2+3`)).source).toBe("Menurut Kapolsek AKP. Budi Santoso kejadian itu terjadi malam hari.");
  await row(page, `${DOC}:2+3`).locator('[data-action="unjoin"]').click();
  await row(page, `${DOC}:3`).waitFor();
  expect((await rows(page)).slice(1, 3)).toEqual([`${DOC}:2 untranslated`, `${DOC}:3 untranslated`]);
  await page.close();
});
