/**
 * The workbench for a translator who never touches the mouse, or who uses a screen reader, or works
 * at 200% zoom (the real `selaras serve`, Debian's Chromium through playwright-core):
 * - axe-core (its source injected into each page) finds no serious or critical violation on any page
 *   (sign-in, document list, editor, review mode, alignment, glossary, audit) in English and in
 *   Indonesian, at 1280 px, 390 px and 200% zoom (a 1280 × 900 window zoomed to 200% lays the page
 *   out in 640 × 450 CSS pixels at 2 device pixels each);
 * - a real job done with the keyboard alone (no pointer event reaches the page): log in, open a
 *   document, translate and confirm three units, join two, read the shortcuts, open the glossary
 *   and find a term; where the focus goes after each step and what the live region says;
 * - a colleague's save of the unit being worked on is said politely, and the focus stays put.
 */
import type { ChildProcess } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import type { Browser, BrowserContext, Locator, Page } from "playwright-core";
import { run, tempDir, REPO } from "../helpers/cli";
import { closeWorkbench, launchChromium, liveHeard, PATIENCE_MS, readyProject, recordLive, startServe, until } from "../helpers/workbench";

const DOC = "putin-tolak-sanksi-barat";
/** A new article (no translations): the keyboard job's document. */
const NEW = "banjir-jakarta";
const ARTICLE = [
  "Banjir Rendam Ribuan Rumah di Jakarta",
  "Hujan deras mengguyur Jakarta sejak Senin malam.",
  "Banjir merendam ribuan rumah di lima kelurahan.",
  "Pemerintah provinsi membuka dua puluh posko pengungsian.",
  "Warga diminta waspada terhadap hujan susulan.",
  "Petugas terus memantau ketinggian air di pintu air Manggarai.",
].join("\n\n") + "\n";
// (budi reviews: review mode, which the keyboard test below goes through, is offered only to a role that may review)
const USERS = { ana: "admin", ayu: "translator", budi: "reviewer" } as const;
type Name = keyof typeof USERS;

let dir: string;
let server: ChildProcess;
let url: string;
let browser: Browser;
const tokens: Partial<Record<Name, string>> = {};
const AXE = fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

async function cli(args: string[]): Promise<string> {
  const r = await run(args, { cwd: dir });
  if (r.code !== 0) throw new Error(`selaras ${args.join(" ")} exited ${r.code}: ${r.stderr}`);
  return r.stdout;
}
const csrfOf = async (ctx: BrowserContext) => /name="selaras-csrf" content="([0-9a-f]+)"/.exec(await (await ctx.request.get(url)).text())![1]!;

/** A context logged in as `name` through its own requests (axe's pages; the keyboard job logs in by keyboard). */
async function as(name: Name, o: { width: number; height: number; scale: number }): Promise<BrowserContext> {
  // (bypassCSP: the page's CSP allows only its own scripts; axe's source is added as an inline script)
  const ctx = await browser.newContext({ viewport: { width: o.width, height: o.height }, deviceScaleFactor: o.scale, bypassCSP: true });
  const res = await ctx.request.post(`${url}api/login`, { data: { token: tokens[name] }, headers: { "x-selaras-csrf": await csrfOf(ctx) } });
  expect(res.status()).toBe(200);
  return ctx;
}

interface Violation { id: string; impact: string; nodes: Array<{ target: string[] }> }
/** axe's serious and critical violations of the page as it is now: "rule: first element (n)". */
async function axe(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: AXE });
  const r = await page.evaluate(async () => (window as unknown as { axe: { run(c: Document, o: object): Promise<{ violations: Violation[] }> } }).axe.run(document, { resultTypes: ["violations"] }));
  return r.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.nodes[0]!.target.join(" ")} (${v.nodes.length})`);
}

beforeAll(async () => {
  dir = tempDir("selaras-e2e-a11y-");
  await readyProject(dir, { [`${NEW}.txt`]: ARTICLE });
  fs.cpSync(path.join(REPO, "translations"), path.join(dir, "translations"), { recursive: true });
  await cli(["translations", "import"]);
  for (const [name, role] of Object.entries(USERS)) tokens[name as Name] = /: (\S+)\s*$/.exec((await cli(["users", "add", name, "--role", role])).trim())![1]!;
  ({ server, url } = await startServe(dir));
  browser = await launchChromium();
}, 120000);

const SIZES = [
  { label: "1280 px", width: 1280, height: 900, scale: 1 },
  { label: "390 px", width: 390, height: 844, scale: 1 },
  { label: "200% zoom", width: 640, height: 450, scale: 2 },
];
const WORDS = {
  en: { login: "Log in", documents: "Documents", glossary: "Glossary", audit: "Selaras glossary audit", title: "Selaras workbench", align: `Align an English text with ${DOC}` },
  id: { login: "Masuk", documents: "Dokumen", glossary: "Glosarium", audit: "Audit glosarium Selaras", title: "Meja kerja Selaras", align: `Sejajarkan teks bahasa Inggris dengan ${DOC}` },
};
type Lang = keyof typeof WORDS;
type Size = (typeof SIZES)[number];

/**
 * One language at one size: every page visited (each in a context of its own, as a person would in
 * a new window), its axe findings and window title. Each page's <html lang> is asserted on the way.
 */
async function scanPages(lang: Lang, size: Size): Promise<{ found: Record<string, string[]>; titles: Record<string, string> }> {
  const w = WORDS[lang];
  const found: Record<string, string[]> = {};
  const titles: Record<string, string> = {};
  // Sign-in: a context that is not logged in.
  const out = await browser.newContext({ viewport: { width: size.width, height: size.height }, deviceScaleFactor: size.scale, bypassCSP: true });
  const login = await out.newPage();
  await login.goto(`${url}?lang=${lang}`);
  await login.getByRole("heading", { name: w.login, level: 1 }).waitFor();
  found.login = await axe(login);
  titles.login = await login.title();
  expect(await login.evaluate(() => document.documentElement.lang)).toBe(lang);
  await out.close();

  const ctx = await as("ana", size);
  const page = await ctx.newPage();
  const pages: Array<[string, string, string]> = [
    ["documents", "", w.documents], ["editor", `documents/${DOC}?ref=${encodeURIComponent(`${DOC}:1`)}&`, DOC], ["review", `documents/${DOC}?ref=${encodeURIComponent(`${DOC}:1`)}&`, DOC],
    ["align", `documents/${DOC}/align`, w.align], ["glossary", "glossary?id=north-korea&", w.glossary], ["audit", "audit", w.audit],
  ];
  for (const [name, p, heading] of pages) {
    await page.goto(`${url}${p}${p.endsWith("&") ? "" : "?"}lang=${lang}`);
    await page.getByRole("heading", { name: heading, level: 1 }).waitFor();
    await page.waitForLoadState("networkidle");
    if (name === "editor" || name === "review") await page.getByRole("textbox", { name: lang === "en" ? `English for ${DOC}:1` : `Bahasa Inggris untuk ${DOC}:1`, exact: true }).waitFor();
    if (name === "review") { await page.getByTestId("review").check(); await page.locator("form.send-back").waitFor(); }
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
    found[name] = await axe(page);
    titles[name] = await page.title();
  }
  await ctx.close();
  return { found, titles };
}

/**
 * The six scans (two languages × three sizes), two at a time: a scan mostly waits (for pages, for
 * the network to go quiet), so two overlap on two cores. They change nothing on the server (an admin
 * only reads), and a person's own presence is not shown to them, so one scan cannot see another.
 * Started by the first axe test; each test awaits its own, and every one is settled before the
 * tests after them (which do change things) begin, and before the browser closes.
 */
const SCAN_CONCURRENCY = 2;
let scans: Map<string, Promise<Awaited<ReturnType<typeof scanPages>>>> | undefined;
function scanned(lang: Lang, size: Size): Promise<Awaited<ReturnType<typeof scanPages>>> {
  if (!scans) {
    const jobs = (["en", "id"] as const).flatMap((l) => SIZES.map((s) => [l, s] as const));
    const settle: Array<{ resolve: (v: Awaited<ReturnType<typeof scanPages>>) => void; reject: (e: unknown) => void }> = [];
    scans = new Map(jobs.map(([l, s], i) => {
      const p = new Promise<Awaited<ReturnType<typeof scanPages>>>((resolve, reject) => { settle[i] = { resolve, reject }; });
      p.catch(() => undefined); // (its test reports it)
      return [`${l} ${s.label}`, p];
    }));
    let next = 0;
    const worker = async () => {
      while (next < jobs.length) {
        const i = next++;
        try { settle[i]!.resolve(await scanPages(...jobs[i]!)); } catch (e) { settle[i]!.reject(e); }
      }
    };
    for (let k = 0; k < SCAN_CONCURRENCY; k++) void worker();
  }
  return scans.get(`${lang} ${size.label}`)!;
}

afterAll(async () => {
  await Promise.allSettled([...(scans?.values() ?? [])]);
  await closeWorkbench(browser, server, dir);
});

describe.each(["en", "id"] as const)("axe on every page, ?lang=%s", (lang) => {
  const w = WORDS[lang];
  it.each(SIZES)("at $label: no serious or critical violation; the window's title names the page; <html lang> is the page's language", async (size) => {
    const { found, titles } = await scanned(lang, size);
    expect(found).toEqual({ login: [], documents: [], editor: [], review: [], align: [], glossary: [], audit: [] });
    expect(titles).toEqual({
      login: `${w.login} · ${w.title}`, documents: `${w.documents} · ${w.title}`, editor: `${DOC} · ${w.title}`, review: `${DOC} · ${w.title}`,
      align: `${w.align} · ${w.title}`, glossary: `${w.glossary} · ${w.title}`, audit: `${w.audit} · ${w.title}`,
    });
  }, 180000);
});

it("at 200% zoom the focused English field is not left under the side panel's bar (deep link, Alt+↓, Tab)", async () => {
  const ctx = await as("ana", SIZES[2]!);
  const page = await ctx.newPage();
  /** How far the focused field's bottom is below the top of the side panel's bar (≤ 0: clear of it). */
  const under = () => page.evaluate(() => document.activeElement!.getBoundingClientRect().bottom - document.querySelector("aside.help")!.getBoundingClientRect().top);
  const on = (ref: string) => page.waitForFunction((r) => document.activeElement?.getAttribute("aria-label") === `English for ${r}`, ref);
  await page.goto(`${url}documents/${DOC}?ref=${encodeURIComponent(`${DOC}:1`)}`);
  // (the field is scrolled clear of the bar after the focus moves: asked until it is, or PATIENCE_MS pass)
  const clear = () => until(under, (d) => d <= 0);
  await on(`${DOC}:1`);
  const seen: number[] = [await clear()];
  await page.keyboard.press("Alt+ArrowDown");
  await on(`${DOC}:2`);
  seen.push(await clear());
  // Tab from unit 2's field through its buttons and note to unit 3's field
  await tabTo(page, page.getByRole("textbox", { name: `English for ${DOC}:3`, exact: true }));
  seen.push(await clear());
  expect(seen.map((d) => d <= 0)).toEqual([true, true, true]);
  await ctx.close();
}, 60000);

it("Indonesian and English words outside the rows carry their language too (side panel, history, the dashboard's titles), in the Indonesian page", async () => {
  const ctx = await as("ana", SIZES[0]!);
  const page = await ctx.newPage();
  await page.goto(`${url}documents/${DOC}?ref=${encodeURIComponent(`${DOC}:1`)}&lang=id`);
  await page.locator("aside.help .term-src").first().waitFor();
  await page.locator("aside.help ol.history .diff").first().waitFor();
  const langs = (sel: string) => page.locator(sel).evaluateAll((els) => [...new Set(els.map((e) => (e.closest("[lang]") as HTMLElement).lang))]);
  expect({
    page: await page.evaluate(() => document.documentElement.lang),
    terms: await langs("aside.help .term-src"),
    renderings: await langs("aside.help button.insert"),
    history: await langs("aside.help ol.history .diff"),
  }).toEqual({ page: "id", terms: ["id"], renderings: ["en"], history: ["en"] });
  await page.goto(`${url}?lang=id`);
  await page.locator("tr[data-document] td a").first().waitFor();
  expect(await page.getByRole("link", { name: "Banjir Rendam Ribuan Rumah di Jakarta", exact: true }).getAttribute("lang")).toBe("id");
  await ctx.close();
}, 60000);

it("in the editor the second Tab stop (shown when it has the focus) skips header and toolbar to the English of the unit being worked on; Tab runs header, toolbar, units", async () => {
  const ctx = await as("ana", SIZES[0]!);
  const page = await ctx.newPage();
  const open = async (lang: "en" | "id") => {
    await page.goto(`${url}documents/${DOC}?lang=${lang}`);
    await page.getByRole("heading", { name: DOC, level: 1 }).waitFor();
    await page.waitForLoadState("networkidle");
  };
  await open("en");
  // The Tab order from the top of the page: the two skip links, the header, the editor's toolbar, the first unit.
  const order: string[] = [];
  const tree: string[] = [];
  for (let n = 0; n < 15 && !order.at(-1)?.startsWith("textarea"); n++) {
    await page.keyboard.press("Tab");
    order.push(await focused(page));
    // (and what a screen reader is given for it: its role and accessible name in the accessibility tree)
    tree.push(await inTree(page));
    if (n === 1) {
      // (shown on the page while it has the focus, not left above the window)
      const box = (await page.locator(":focus").boundingBox())!;
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.height).toBeGreaterThan(10);
    }
  }
  expect(order).toEqual([
    `a "Skip to the page's content"`, `a "Skip to the English field"`, `a "Selaras workbench"`, `a "Documents"`, `a "Glossary"`, `a "Audit"`,
    `button "Log out"`, `select "EnglishBahasa Indonesia"`, `a "← Documents"`, `a "Align an English text"`, `select "Show"`,
    `input "Search Indonesian or English"`, `input ""`, `button "Keyboard shortcuts (?)"`, `textarea "English for ${DOC}:1"`,
  ]);
  expect(tree).toEqual([
    `link "Skip to the page's content"`, `link "Skip to the English field"`, `link "Selaras workbench"`, `link "Documents"`, `link "Glossary"`, `link "Audit"`,
    `button "Log out"`, `combobox "Language"`, `link "← Documents"`, `link "Align an English text"`, `combobox "Show"`,
    `searchbox "Search Indonesian or English"`, `checkbox "Review mode"`, `button "Keyboard shortcuts (?)"`, `textbox "English for ${DOC}:1"`,
  ]);
  // Two presses and Enter: the first unit's English (every unit reviewed: none needs work first).
  await open("en");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  await page.waitForFunction((r) => document.activeElement?.getAttribute("aria-label") === `English for ${r}`, `${DOC}:1`);
  // Working on unit 3, then the link reached from the header (a screen reader's list of links: the
  // focus straight to it, through no other row): Enter gives unit 3's English back.
  await page.keyboard.press("Alt+ArrowDown");
  await page.keyboard.press("Alt+ArrowDown");
  await page.waitForFunction((r) => document.activeElement?.getAttribute("aria-label") === `English for ${r}`, `${DOC}:3`);
  await page.getByRole("link", { name: "Selaras workbench" }).focus();
  await page.keyboard.press("Shift+Tab");
  expect(await focused(page)).toBe(`a "Skip to the English field"`);
  await page.keyboard.press("Enter");
  await page.waitForFunction((r) => document.activeElement?.getAttribute("aria-label") === `English for ${r}`, `${DOC}:3`);
  // In Indonesian, and not on the other pages (no English field there).
  await open("id");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab");
  expect(await focused(page)).toBe(`a "Lewati ke kolom bahasa Inggris"`);
  // (the review checkbox, reached by Tab, has its label as its name in Indonesian too)
  await tabTo(page, page.getByRole("checkbox", { name: "Mode tinjauan", exact: true }));
  expect(await inTree(page)).toBe(`checkbox "Mode tinjauan"`);
  await page.goto(`${url}?lang=id`);
  await page.getByRole("heading", { name: "Dokumen", level: 1 }).waitFor();
  expect(await page.locator("a.skip").allTextContents()).toEqual(["Lewati ke isi halaman"]);
  await ctx.close();
}, 60000);

/** Presses Tab (Shift+Tab with `back`) until `target` has the focus; fails after `limit` presses. */
async function tabTo(page: Page, target: Locator, back = false, limit = 60): Promise<number> {
  for (let n = 0; n < limit; n++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return n;
    await page.keyboard.press(back ? "Shift+Tab" : "Tab");
  }
  throw new Error(`${String(target)} not reached in ${limit} presses of ${back ? "Shift+Tab" : "Tab"}`);
}
/** The focused element's role-ish description: `textbox "English for …"`. */
const focused = (page: Page) => page.evaluate(() => {
  const e = document.activeElement as HTMLElement;
  return `${e.tagName.toLowerCase()} "${e.getAttribute("aria-label") ?? e.textContent?.trim() ?? ""}"`;
});
/** The focused element as the accessibility tree has it: its role and accessible name (`checkbox "Review mode"`; a menu's options left out). */
const inTree = async (page: Page) => /^- (\w+(?: "(?:[^"\\]|\\.)*")?)/.exec((await page.locator(":focus").ariaSnapshot()).split("\n")[0]!)?.[1] ?? "";
/** What the page's polite live region says, once it says `expected` (or after PATIENCE_MS: what it says then). */
async function announced(page: Page, expected: string): Promise<string | null> {
  await page.waitForFunction((x) => document.getElementById("announce")?.textContent === x, expected, { timeout: PATIENCE_MS }).catch(() => undefined);
  return page.locator("#announce").textContent();
}
/** Pointer events that reached the page (counted across page loads in sessionStorage). */
const pointerEvents = (page: Page) => page.evaluate(() => Number(sessionStorage.getItem("pointer-events") ?? "0"));

describe("keyboard only", () => {
  let ctx: BrowserContext;
  let page: Page;
  const english = (ref: string) => page.getByRole("textbox", { name: `English for ${ref}`, exact: true });
  beforeAll(async () => {
    ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await recordLive(ctx);
    // Every mouse / pointer event is counted: the job must be done without one.
    await ctx.addInitScript(() => {
      for (const type of ["pointerdown", "mousedown", "mouseup", "dblclick", "contextmenu"]) {
        window.addEventListener(type, () => sessionStorage.setItem("pointer-events", String(Number(sessionStorage.getItem("pointer-events") ?? "0") + 1)), true);
      }
    });
    page = await ctx.newPage();
  });
  afterAll(() => ctx.close());

  it("logs in, opens a document, translates and confirms three units, joins two, reads the shortcuts, finds a term in the glossary", async () => {
    await page.goto(url);
    await page.getByRole("heading", { name: "Log in", level: 1 }).waitFor();
    // The first Tab stop is the skip link; the token field is reached by Tab.
    await page.keyboard.press("Tab");
    expect(await focused(page)).toBe(`a "Skip to the page's content"`);
    await tabTo(page, page.getByRole("textbox", { name: "Login token" }));
    await page.keyboard.type(tokens.ayu!);
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { name: "Documents", level: 1 }).waitFor();
    expect(await page.title()).toBe("Documents · Selaras workbench");
    // Each document's progress in words (not only coloured parts): the shipped article is all reviewed, the new one untranslated.
    // (the list comes after the heading: waited for, not read at once)
    await page.getByRole("img", { name: "0% confirmed: 6 untranslated" }).waitFor();
    expect(await page.getByRole("img", { name: /% confirmed/ }).evaluateAll((els) => els.map((e) => e.getAttribute("aria-label")))).toEqual(expect.arrayContaining([
      "100% confirmed: 28 reviewed", "0% confirmed: 6 untranslated",
    ]));

    // The document's link, reached by Tab, opened by Enter.
    await tabTo(page, page.getByRole("link", { name: "Banjir Rendam Ribuan Rumah di Jakarta" }));
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { name: NEW, level: 1 }).waitFor();
    expect(await page.title()).toBe(`${NEW} · Selaras workbench`);

    // The first unit's English: the field is described by the Indonesian it translates and its state.
    await tabTo(page, english(`${NEW}:1`));
    expect(await english(`${NEW}:1`).evaluate((el) => el.getAttribute("aria-describedby")!.split(" ").map((id) => document.getElementById(id)!.textContent).join(" | ")))
      .toBe("Banjir Rendam Ribuan Rumah di Jakarta | untranslated");
    expect(await page.locator(`[id="src-${NEW}:1"]`).getAttribute("lang")).toBe("id");
    expect(await english(`${NEW}:1`).getAttribute("lang")).toBe("en");

    // Three units typed and confirmed with Ctrl+Enter: each time the focus moves to the next unit that needs work, and the live region says it.
    const texts = ["Floods submerge thousands of homes in Jakarta", "Heavy rain has lashed Jakarta since Monday night.", "Floods submerged thousands of homes in five urban villages."];
    for (let i = 1; i <= 3; i++) {
      await page.keyboard.type(texts[i - 1]!);
      await page.keyboard.press("Control+Enter");
      await page.waitForFunction((r) => document.activeElement?.getAttribute("aria-label") === `English for ${r}`, `${NEW}:${i + 1}`);
      expect(await announced(page, `${NEW}:${i}: Confirmed.`)).toBe(`${NEW}:${i}: Confirmed.`);
    }
    for (let i = 1; i <= 3; i++) {
      const shown = JSON.parse(await cli(["translate", "show", `${NEW}:${i}`, "--json"])) as { state: string; rendering: { text: string } };
      expect([shown.state, shown.rendering.text]).toEqual(["translated", texts[i - 1]]);
    }

    // Alt+J joins unit 4 with unit 5: the joined unit's field has the focus, and it is said.
    expect(await focused(page)).toBe(`textarea "English for ${NEW}:4"`);
    await page.keyboard.press("Alt+KeyJ");
    await page.waitForFunction((r) => document.activeElement?.getAttribute("aria-label") === `English for ${r}`, `${NEW}:4+5`);
    expect(await announced(page, `${NEW}:4+5: Joined.`)).toBe(`${NEW}:4+5: Joined.`);
    expect(await page.locator(`[id="src-${NEW}:4+5"]`).textContent()).toBe("Pemerintah provinsi membuka dua puluh posko pengungsian. Warga diminta waspada terhadap hujan susulan.");

    // The shortcuts: a button in the toolbar (? does nothing inside a field, where it is typed); the list
    // takes the focus, Esc closes it and gives the focus back to the button.
    const keysButton = page.getByRole("button", { name: "Keyboard shortcuts (?)" });
    await tabTo(page, keysButton, true);
    expect(await keysButton.getAttribute("aria-expanded")).toBe("false");
    await page.keyboard.press("Enter");
    const dialog = page.getByRole("dialog", { name: "Keyboard shortcuts" });
    await page.waitForFunction(() => document.activeElement?.classList.contains("keys") === true);
    expect(await dialog.getByRole("rowheader").allTextContents()).toEqual(["Ctrl+Enter", "Alt+↑ / Alt+↓", "Ctrl+Space", "Ctrl+1 … 9", "Ctrl+Shift+1 … 9", "Alt+G", "Alt+J", "Alt+Shift+J", "Alt+K", "?"]);
    expect(await keysButton.getAttribute("aria-expanded")).toBe("true");
    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "detached" });
    expect(await focused(page)).toBe(`button "Keyboard shortcuts (?)"`);

    // The glossary: its link in the header (Shift+Tab back up to it), the search, a concept opened with Enter.
    await tabTo(page, page.getByRole("navigation").getByRole("link", { name: "Glossary" }), true);
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { name: "Glossary", level: 1 }).waitFor();
    await tabTo(page, page.getByRole("searchbox", { name: "Search concepts (id, Indonesian, English, note)" }));
    await page.keyboard.type("Korea Utara");
    await page.waitForFunction(() => document.querySelectorAll(".concept-row").length > 0 && document.querySelector(".concept-row")!.textContent!.startsWith("Korea Utara"));
    await page.keyboard.press("Tab");
    await tabTo(page, page.locator(".concept-row").first());
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { name: "north-korea", level: 2 }).waitFor();
    expect(await page.getByText("North Korea", { exact: true }).count()).toBeGreaterThan(0);

    expect(await pointerEvents(page)).toBe(0);
  }, 120000);

  it("a colleague's save of the unit being worked on is said politely; the focus and the caret stay", async () => {
    await page.goto(`${url}documents/${NEW}?ref=${encodeURIComponent(`${NEW}:6`)}`);
    await page.waitForFunction((r) => document.activeElement?.getAttribute("aria-label") === `English for ${r}`, `${NEW}:6`);
    // (the page's live stream is attached: a save made before its hello would never reach it)
    await liveHeard(page, "hello");
    // budi saves unit 6 through the API, as his own workbench page does.
    const other = await browser.newContext();
    const csrf = await csrfOf(other);
    expect((await other.request.post(`${url}api/login`, { data: { token: tokens.budi }, headers: { "x-selaras-csrf": csrf } })).status()).toBe(200);
    const unit = await (await other.request.get(`${url}api/units/${encodeURIComponent(`${NEW}:6`)}`)).json() as { revision: number; source: string };
    const put = await other.request.put(`${url}api/units/${encodeURIComponent(`${NEW}:6`)}`, {
      data: { target: "Officers keep watching the water level at the Manggarai floodgate.", baseRevision: unit.revision, source: unit.source, confirm: false },
      headers: { "x-selaras-csrf": csrf },
    });
    expect(put.status()).toBe(200);
    expect(await announced(page, `budi saved the unit you are on (${NEW}:6) as draft`)).toBe(`budi saved the unit you are on (${NEW}:6) as draft`);
    expect(await english(`${NEW}:6`).inputValue()).toBe("Officers keep watching the water level at the Manggarai floodgate.");
    expect(await focused(page)).toBe(`textarea "English for ${NEW}:6"`);
    await other.close();
    expect(await pointerEvents(page)).toBe(0);
  }, 60000);

  it("a save conflict and a note handled from the keyboard: the focus goes back to the English field when their buttons go away", async () => {
    // (the page is on unit 6, as the test before left it; budi saves it again while ayu types)
    await page.keyboard.press("End");
    await page.keyboard.type(" Ayu's words.");
    const other = await browser.newContext();
    const csrf = await csrfOf(other);
    expect((await other.request.post(`${url}api/login`, { data: { token: tokens.budi }, headers: { "x-selaras-csrf": csrf } })).status()).toBe(200);
    const unit = await (await other.request.get(`${url}api/units/${encodeURIComponent(`${NEW}:6`)}`)).json() as { revision: number; source: string };
    expect((await other.request.put(`${url}api/units/${encodeURIComponent(`${NEW}:6`)}`, {
      data: { target: "Officers are watching the Manggarai floodgate.", baseRevision: unit.revision, source: unit.source, confirm: false }, headers: { "x-selaras-csrf": csrf },
    })).status()).toBe(200);
    await other.close();
    await page.keyboard.press("Control+Enter");
    const conflict = `Someone else saved this unit (now revision ${unit.revision + 1}) while you were editing. Choose which text to keep.`;
    expect(await announced(page, `${NEW}:6: ${conflict}`)).toBe(`${NEW}:6: ${conflict}`);
    await tabTo(page, page.getByRole("button", { name: "Use theirs" }));
    await page.keyboard.press("Enter");
    await page.waitForFunction((r) => document.activeElement?.getAttribute("aria-label") === `English for ${r}`, `${NEW}:6`);
    expect(await english(`${NEW}:6`).inputValue()).toBe("Officers are watching the Manggarai floodgate.");
    await tabTo(page, page.getByRole("button", { name: "Dismiss" }));
    await page.keyboard.press("Enter");
    await page.waitForFunction((r) => document.activeElement?.getAttribute("aria-label") === `English for ${r}`, `${NEW}:6`);
    // A note saved with Enter in its field (the field is made again with the unit's new revision).
    await tabTo(page, page.getByRole("textbox", { name: `Note for ${NEW}:6` }));
    await page.keyboard.type("Manggarai is a floodgate in South Jakarta.");
    await page.keyboard.press("Enter");
    expect(await announced(page, `${NEW}:6: Note saved.`)).toBe(`${NEW}:6: Note saved.`);
    await page.waitForFunction((r) => document.activeElement?.getAttribute("aria-label") === `English for ${r}`, `${NEW}:6`);
    expect(await pointerEvents(page)).toBe(0);
  }, 60000);

  it("an admin removes (cancelled), edits and adds a glossary concept from the keyboard: the focus never falls to the page's body", async () => {
    const admin = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await admin.addInitScript(() => window.addEventListener("pointerdown", () => sessionStorage.setItem("pointer-events", "1"), true));
    const csrf = await csrfOf(admin);
    expect((await admin.request.post(`${url}api/login`, { data: { token: tokens.ana }, headers: { "x-selaras-csrf": csrf } })).status()).toBe(200);
    const p = await admin.newPage();
    const isFocused = (l: Locator) => l.evaluate((el) => el === document.activeElement);
    await p.goto(`${url}glossary?id=north-korea`);
    await p.getByRole("heading", { name: "north-korea", level: 2 }).waitFor();

    // Remove… opens the removal (its button is gone): the focus is on its heading; Cancel gives it back to Remove….
    await tabTo(p, p.getByRole("button", { name: "Remove…" }));
    await p.keyboard.press("Enter");
    await p.waitForFunction(() => document.activeElement?.textContent === "Remove north-korea");
    await tabTo(p, p.getByRole("button", { name: "Cancel" }));
    await p.keyboard.press("Enter");
    await p.waitForFunction(() => document.activeElement?.textContent === "Remove…");

    // Edit: the note typed, Enter previews (the preview's heading takes the focus), Tab to Save, Enter:
    // the message saying what was done has the focus.
    await p.keyboard.press("Shift+Tab");
    expect(await focused(p)).toBe(`button "Edit"`);
    await p.keyboard.press("Enter");
    await tabTo(p, p.getByRole("textbox", { name: "Note", exact: true }));
    await p.keyboard.press("End");
    await p.keyboard.type(" Checked by keyboard.");
    await p.keyboard.press("Enter");
    await p.waitForFunction(() => document.activeElement?.textContent === "What it would change");
    await p.keyboard.press("Tab");
    expect(await focused(p)).toMatch(/^button "Save to \S+\.tsv"$/);
    await p.keyboard.press("Enter");
    const message = p.getByTestId("glossary-message");
    await p.waitForFunction(() => document.activeElement?.getAttribute("data-testid") === "glossary-message");
    expect(await message.textContent()).toMatch(/^north-korea was changed in glossary\/\S+\.tsv; the database is in step\.$/);

    // Add a term: the form's first field has the focus; Enter previews, Tab + Enter adds, the message has the focus.
    await tabTo(p, p.getByRole("button", { name: "Add a term" }), true);
    await p.keyboard.press("Enter");
    // (the form is drawn after the key: waited for)
    const firstField = p.getByRole("textbox", { name: "Indonesian term(s)" });
    await firstField.waitFor();
    expect(await until(() => isFocused(firstField), (f) => f)).toBe(true);
    await p.keyboard.type("banjir bandang");
    await p.keyboard.press("Tab");
    await p.keyboard.type("flash flood");
    await p.keyboard.press("Enter");
    await p.waitForFunction(() => document.activeElement?.textContent === "What it would change");
    await p.keyboard.press("Tab");
    expect(await focused(p)).toMatch(/^button "Add to \S+\.tsv"$/);
    await p.keyboard.press("Enter");
    await p.waitForFunction(() => document.activeElement?.getAttribute("role") === "status");
    expect(await focused(p)).toMatch(/^p "banjir-bandang was added to glossary\/\S+\.tsv; the database is in step\."$/);
    expect(await p.evaluate(() => sessionStorage.getItem("pointer-events"))).toBeNull();
    await admin.close();
  }, 60000);

  it("the login asked for over a page whose session ended keeps the Tab key: the page under it is inert", async () => {
    await page.goto(`${url}documents/${NEW}?ref=${encodeURIComponent(`${NEW}:6`)}`);
    await page.waitForFunction((r) => document.activeElement?.getAttribute("aria-label") === `English for ${r}`, `${NEW}:6`);
    tokens.ayu = /: (\S+)\s*$/.exec((await cli(["users", "token", "ayu"])).trim())![1]!;
    await page.keyboard.type(" More.");
    await page.keyboard.press("Control+Enter");
    const dialog = page.getByRole("dialog", { name: "Log in" });
    await dialog.waitFor();
    expect(await focused(page)).toBe(`input ""`);
    const stops: boolean[] = [];
    for (let i = 0; i < 8; i++) {
      await page.keyboard.press("Tab");
      stops.push(await page.evaluate(() => !!document.activeElement?.closest("[role=dialog]") || document.activeElement === document.body));
    }
    expect(stops).toEqual([true, true, true, true, true, true, true, true]);
    expect(await page.locator("#content").getAttribute("inert")).toBe("");
    // Logged in again: the keyboard is back in the row's field, and the page is no longer inert.
    await tabTo(page, page.getByRole("textbox", { name: "Login token" }));
    await page.keyboard.type(tokens.ayu);
    await page.keyboard.press("Enter");
    await dialog.waitFor({ state: "detached" });
    // (the focus is given back once the page is drawn again: waited for, up to PATIENCE_MS)
    await page.waitForFunction((r) => document.activeElement?.getAttribute("aria-label") === `English for ${r}`, `${NEW}:6`, { timeout: PATIENCE_MS }).catch(() => undefined);
    expect(await focused(page)).toBe(`textarea "English for ${NEW}:6"`);
    expect(await page.locator("#content").getAttribute("inert")).toBeNull();
    expect(await pointerEvents(page)).toBe(0);
  }, 60000);

  it("Esc closes an export menu opened from the keyboard and gives the focus back to its summary", async () => {
    await page.goto(url);
    await page.getByRole("heading", { name: "Documents", level: 1 }).waitFor();
    const summary = page.locator(".export-menu[data-export=corpus] summary");
    await tabTo(page, summary);
    await page.keyboard.press("Enter");
    await page.locator(".export-menu[data-export=corpus] select").waitFor();
    await page.keyboard.press("Tab");
    expect(await focused(page)).toMatch(/^select /);
    await page.keyboard.press("Escape");
    expect(await page.locator(".export-menu[data-export=corpus]").evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    expect(await summary.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await pointerEvents(page)).toBe(0);
  }, 60000);
});

describe("keyboard only, on a phone (390 px), in Indonesian", () => {
  it("after logging in the page's content has the focus; `?` opens the shortcuts with the focus in them and Esc gives it back to the control it was pressed in; review mode's fields show their placeholders whole; Alt+G opens and closes the side panel without leaving the field", async () => {
    const ctx = await browser.newContext({ viewport: { width: 390, height: 844 } });
    await ctx.addInitScript(() => {
      for (const type of ["pointerdown", "mousedown", "mouseup", "dblclick", "contextmenu"]) {
        window.addEventListener(type, () => sessionStorage.setItem("pointer-events", String(Number(sessionStorage.getItem("pointer-events") ?? "0") + 1)), true);
      }
    });
    const page = await ctx.newPage();
    await page.goto(`${url}?lang=id`);
    await page.getByRole("heading", { name: "Masuk", level: 1 }).waitFor();
    await tabTo(page, page.getByRole("textbox", { name: "Token masuk" }));
    await page.keyboard.type(tokens.budi!);
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { name: "Dokumen", level: 1 }).waitFor();
    // (the login form went away: the focus is the page's content, not the body; the next Tab is its first control)
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("content");
    await page.keyboard.press("Tab");
    expect(await focused(page)).toBe(`input "Cari dokumen"`);

    await tabTo(page, page.locator(`tr[data-document="${DOC}"] td a`).first());
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { name: DOC, level: 1 }).waitFor();
    const show = page.getByRole("combobox", { name: "Tampilkan" });
    await tabTo(page, show);
    const dialog = page.getByRole("dialog", { name: "Pintasan papan ketik" });
    for (const close of ["Escape", "?"]) {
      await page.keyboard.press("?");
      await dialog.waitFor();
      await page.waitForFunction(() => document.activeElement?.classList.contains("keys") === true);
      await page.keyboard.press(close);
      await dialog.waitFor({ state: "detached" });
      expect(await show.evaluate((el) => el === document.activeElement)).toBe(true);
    }

    // review mode (Space on its box), the focused unit's note and send-back comment: their placeholders
    // show whole (the buttons go under the fields) — the comment's was cut to "Komentar untuk penerjemal"
    const review = page.getByRole("checkbox", { name: "Mode tinjauan" });
    await tabTo(page, review);
    await page.keyboard.press("Space");
    expect(await review.isChecked()).toBe(true);
    await tabTo(page, page.getByRole("textbox", { name: `Bahasa Inggris untuk ${DOC}:1`, exact: true }));
    const room = (field: Locator) => field.evaluate((el) => {
      const input = el as HTMLInputElement;
      const s = getComputedStyle(input);
      const c = document.createElement("canvas").getContext("2d")!;
      c.font = `${s.fontSize} ${s.fontFamily}`;
      return input.clientWidth - parseFloat(s.paddingLeft) - parseFloat(s.paddingRight) - c.measureText(input.placeholder).width;
    });
    const note = page.getByRole("textbox", { name: `Catatan untuk ${DOC}:1` });
    const comment = page.getByRole("textbox", { name: "Komentar untuk penerjemah" });
    await comment.waitFor();
    expect([await note.getAttribute("placeholder"), await comment.getAttribute("placeholder")]).toEqual(["Catatan untuk rekan kerja", "Komentar untuk penerjemah"]);
    expect(await room(note)).toBeGreaterThanOrEqual(0);
    expect(await room(comment)).toBeGreaterThanOrEqual(0);
    // the side panel (a bar at the bottom here) opened and closed from the English field: Alt+G
    const english = page.getByRole("textbox", { name: `Bahasa Inggris untuk ${DOC}:1`, exact: true });
    const toggle = page.locator("aside.help .side-toggle");
    expect(await toggle.getAttribute("aria-expanded")).toBe("false");
    await english.focus();
    await page.keyboard.press("Alt+KeyG");
    expect(await toggle.getAttribute("aria-expanded")).toBe("true");
    expect(await toggle.textContent()).toBe("Sembunyikan glosarium, memori, dan riwayat ▾");
    await page.locator("aside.help h2", { hasText: "Glosarium" }).waitFor();
    expect(await english.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press("Alt+KeyG");
    expect(await toggle.getAttribute("aria-expanded")).toBe("false");
    expect(await page.locator("aside.help h2").first().isVisible()).toBe(false);
    expect(await english.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(390);
    expect(await pointerEvents(page)).toBe(0);
    await ctx.close();
  }, 60000);
});
