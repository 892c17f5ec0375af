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
  expect(await page.locator('input[aria-label="Cari teks Indonesia atau Inggris"]').count()).toBe(1);
  // translations/putin-tolak-sanksi-barat.translations.txt: changed 2026-11-22T00:10:…Z, 07.10 in Jakarta (UTC+7)
  await page.locator(".rev-head").first().waitFor();
  expect(await page.locator(".rev-head").first().innerText()).toBe("#1 · Selaras corpus translator · ditinjau · 22 Nov 2026, 07.10");
  // (the menu names each filter; the states it keeps are said beside it once chosen, and read with it: aria-describedby)
  const filter = page.getByRole("combobox", { name: "Tampilkan" });
  expect(await filter.locator("option").allInnerTexts()).toEqual(["Semua unit", "Perlu dikerjakan", "Belum diterjemahkan", "Perlu ditinjau", "Ada temuan"]);
  expect((await filter.boundingBox())!.width).toBeLessThan(200);
  expect(await page.getByTestId("filter-states").count()).toBe(0);
  await filter.selectOption({ label: "Perlu dikerjakan" });
  expect(await page.getByTestId("filter-states").innerText()).toBe("status: belum diterjemahkan, draf, disejajarkan, usang");
  await filter.selectOption({ label: "Perlu ditinjau" });
  expect(await page.getByTestId("filter-states").innerText()).toBe("status: disejajarkan, draf, usang");
  expect(await filter.getAttribute("aria-describedby")).toBe("filter-states");
  await filter.selectOption({ label: "Semua unit" });
});

it("a save the server refuses before reading it (English over 100,000 characters) is worded in Indonesian, not the validator's English", async () => {
  await page.goto(`${url}documents/${DOC}?ref=${encodeURIComponent(`${DOC}:3`)}`);
  const field = page.getByRole("textbox", { name: `Bahasa Inggris untuk ${DOC}:3`, exact: true });
  await field.waitFor();
  await field.fill("a".repeat(100001));
  await page.keyboard.press("Control+Enter");
  const msg = page.locator(`[data-ref="${DOC}:3"] .msg`);
  await msg.waitFor();
  expect(await msg.innerText()).toBe("Permintaan tidak valid: terjemahan bahasa Inggris lebih dari 100.000 karakter.");
  // (nothing a translator typed is lost: the text stays in the field)
  expect((await field.inputValue()).length).toBe(100001);
});

it("a save conflict: the row's state chip shows the stored state, the colleague's, beside \"Disimpan orang lain\"", async () => {
  const ref = `${DOC}:5`;
  await page.goto(`${url}documents/${DOC}?ref=${encodeURIComponent(ref)}`);
  const row = page.locator(`[data-ref="${ref}"]`);
  const field = page.getByRole("textbox", { name: `Bahasa Inggris untuk ${ref}`, exact: true });
  await field.waitFor();
  expect(await row.locator(".meta .chip").first().innerText()).toBe("ditinjau");
  await field.fill("Mine, typed over the reviewed English.");
  const shown = JSON.parse((await run(["translate", "show", ref, "--json"], { cwd: dir })).stdout) as { rendering: { text: string } };
  const theirs = `${shown.rendering.text} (checked)`;
  const set = await run(["translate", "set", ref, theirs, "--status", "translated", "--translator", "budi"], { cwd: dir });
  expect([set.code, set.stderr]).toEqual([0, ""]);
  await field.focus();
  await page.keyboard.press("Control+Enter");
  await row.locator(".conflict").waitFor();
  expect(await row.locator(".conflict .theirs").innerText()).toBe(theirs);
  expect(await row.locator(".meta .chip").first().innerText()).toBe("diterjemahkan");
  // (and the row's data-state, what a script or a style reads: the stored state, not the page's old one)
  expect(await row.getAttribute("data-state")).toBe("translated");
  // (the field keeps what was typed; Use theirs puts theirs in it, the chip still theirs)
  expect(await field.inputValue()).toBe("Mine, typed over the reviewed English.");
  await row.getByRole("button", { name: "Pakai milik mereka" }).click();
  await row.locator(".conflict").waitFor({ state: "detached" });
  expect(await row.locator(".meta .chip").first().innerText()).toBe("diterjemahkan");
});

it("a document that is not there is said in page terms, in either language: no command to run", async () => {
  const said = async (address: string) => {
    await page.goto(url + address);
    await page.locator("#content .error").waitFor();
    return page.locator("#content .error").innerText();
  };
  expect(await said("documents/tidak-ada")).toBe("Tidak ada dokumen 'tidak-ada' di proyek ini: halaman Dokumen menampilkan daftarnya.");
  expect(await said(`documents/${DOC.slice(0, -1)}x`)).toBe(`Tidak ada dokumen '${DOC.slice(0, -1)}x' di proyek ini (maksud Anda '${DOC}'?)`);
  expect(await said("documents/tidak-ada?lang=en")).toBe("No document 'tidak-ada' in this project: the Documents page lists them.");
  expect(await page.locator("#content").innerText()).not.toContain("selaras ");
  await page.goto(`${url}?lang=id`);
  // (the language an address names is remembered as the page is read: the next page is Indonesian at once)
  expect(await page.evaluate(() => localStorage.getItem("selaras-lang"))).toBe("id");
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

it("the audit's severity filter says kesalahan, as the CLI does", async () => {
  await page.goto(`${url}audit`);
  await page.locator("option", { hasText: "peringatan" }).first().waitFor({ state: "attached" });
  const options = await page.locator("option").allInnerTexts();
  expect(options).toEqual(expect.arrayContaining(["kesalahan", "peringatan", "info", "diabaikan"]));
  expect(options).not.toContain("galat");
});

it("at 1280 and 800 px no menu cuts an option and no search field its placeholder; the opened corpus export stays under the search box", async () => {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const p = await ctx.newPage();
  /** Each visible menu option and placeholder (in the page's <main>) wider than its field leaves room for: "text (needs > has px)". */
  const cut = () => p.evaluate(() => {
    const measure = document.createElement("canvas").getContext("2d")!;
    const out: string[] = [];
    for (const el of document.querySelectorAll<HTMLSelectElement | HTMLInputElement>("main select, main input[placeholder]")) {
      if (!el.offsetParent) continue;
      const cs = getComputedStyle(el);
      measure.font = cs.font;
      const texts = el instanceof HTMLSelectElement ? [...el.options].map((o) => o.text) : [el.placeholder];
      // (a menu's arrow takes about 20 px)
      const room = el.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight) - (el instanceof HTMLSelectElement ? 20 : 0);
      for (const t of texts) if (measure.measureText(t).width > room) out.push(`${t} (${Math.round(measure.measureText(t).width)} > ${Math.round(room)} px)`);
    }
    // and no button breaks a word of its label (squeezed beside a field: "Kembalikan ke draf" letter by letter)
    for (const b of document.querySelectorAll<HTMLButtonElement>("main button")) {
      if (!b.offsetParent) continue;
      const cs = getComputedStyle(b);
      measure.font = cs.font;
      const room = b.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight);
      const longest = Math.max(...b.innerText.split(/\s+/).map((w) => measure.measureText(w).width));
      if (longest > room + 0.5) out.push(`button ${b.innerText} (${Math.round(longest)} > ${Math.round(room)} px)`);
    }
    return out;
  });
  const found: Record<string, string[]> = {};
  for (const width of [1280, 800]) {
    await p.setViewportSize({ width, height: 900 });
    await p.goto(url);
    await p.locator('details[data-export="corpus"] summary').click();
    await p.locator('details[data-export="corpus"] select').waitFor();
    found[`${width} dashboard`] = await cut();
    const search = (await p.getByRole("searchbox", { name: "Cari dokumen" }).boundingBox())!;
    const exports = (await p.locator('details[data-export="corpus"]').boundingBox())!;
    expect(search.y + search.height).toBeLessThanOrEqual(exports.y);
    await p.goto(`${url}documents/${DOC}`);
    await p.locator("textarea").first().waitFor();
    found[`${width} editor`] = await cut();
    // (review mode on a reviewed unit: its note and send-back forms beside their fields)
    await p.getByTestId("review").check();
    await p.getByRole("textbox", { name: `Bahasa Inggris untuk ${DOC}:3`, exact: true }).focus();
    await p.locator("form.send-back").waitFor();
    found[`${width} review`] = await cut();
    await p.goto(`${url}audit`);
    await p.getByTestId("audit-concept-filter").waitFor();
    found[`${width} audit`] = await cut();
    await p.goto(`${url}glossary`);
    await p.locator(".concept-row").first().waitFor();
    found[`${width} glossary`] = await cut();
  }
  expect(found).toEqual({
    "1280 dashboard": [], "1280 editor": [], "1280 review": [], "1280 audit": [], "1280 glossary": [],
    "800 dashboard": [], "800 editor": [], "800 review": [], "800 audit": [], "800 glossary": [],
  });
  await ctx.close();
}, 120000);
