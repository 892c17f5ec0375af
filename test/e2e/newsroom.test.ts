/**
 * A newsroom sharing the workbench: what a translator typed is never lost to what happens around
 * the page — a save that takes a while (typing goes on meanwhile), the session ending (token
 * renewed), the article ingested again with a sentence inserted (the units renumbered under the
 * open page), the server restarting (a new CSRF token). The real `selaras serve`, Debian's Chromium.
 */
import type { ChildProcess } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { type Browser, type Page } from "playwright-core";
import { run, tempDir } from "../helpers/cli";
import { closeWorkbench, launchChromium, PATIENCE_MS, startServe, stopServe } from "../helpers/workbench";

const DOC = "banjir-jakarta";
const LINES = [
  "Banjir melanda Jakarta Utara setelah hujan deras semalaman",
  "Banjir merendam ratusan rumah di Jakarta Utara pada Senin pagi.",
  "Pemerintah provinsi menyiapkan dapur umum di lima lokasi.",
  "Warga diminta tetap waspada terhadap banjir susulan.",
  "Sekolah di tiga kelurahan diliburkan sampai air surut.",
];
const INSERTED = "Petugas mengerahkan perahu karet untuk mengevakuasi warga.";
let dir: string;
let server: ChildProcess;
let url: string;
let browser: Browser;
let token = "";

const row = (page: Page, ref: string) => page.locator(`[data-ref="${ref}"]`);
const field = (page: Page, ref: string) => row(page, ref).locator("textarea");
const file = () => fs.readFileSync(path.join(dir, "translations", `${DOC}.translations.txt`), "utf8");
async function newToken(): Promise<string> {
  const r = await run(["users", "token", "ayu"], { cwd: dir });
  expect(r.code).toBe(0);
  return /: (\S+)\s*$/.exec(r.stdout.trim())![1]!;
}

beforeAll(async () => {
  dir = tempDir("selaras-newsroom-");
  fs.mkdirSync(path.join(dir, "corpus"));
  fs.writeFileSync(path.join(dir, "corpus", `${DOC}.txt`), LINES.join("\n") + "\n");
  expect((await run(["ingest", "corpus"], { cwd: dir })).code).toBe(0);
  const r = await run(["users", "add", "ayu", "--role", "translator"], { cwd: dir });
  expect(r.code).toBe(0);
  token = /: (\S+)\s*$/.exec(r.stdout.trim())![1]!;
  ({ server, url } = await startServe(dir));
  browser = await launchChromium();
});

afterAll(() => closeWorkbench(browser, server, dir));

it("keeps what was typed through a slow save, an ended session, a re-ingest that renumbers the units, a save beside it and a re-read, a dropped network and a server restart, and asks before the page is left with it unsaved", async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${url}documents/${DOC}`);
  await page.getByTestId("token").fill(token);
  await page.getByTestId("token").press("Enter");
  await field(page, `${DOC}:1`).waitFor();

  // 1. Typing goes on while the save is under way: the words typed meanwhile stay in the field
  // (they were replaced by the saved text), unsaved, and the keyboard stays on the row.
  let release!: () => void;
  const held = new Promise<void>((r) => { release = r; });
  let arrived!: () => void;
  const atServer = new Promise<void>((r) => { arrived = r; });
  await page.route("**/api/units/**", async (r) => {
    if (r.request().method() === "PUT") { arrived(); await held; }
    await r.continue();
  });
  await field(page, `${DOC}:1`).click();
  await page.keyboard.type("Floods hit North Jakarta");
  await page.keyboard.press("Control+Enter");
  await atServer;
  // (the findings-as-you-type check of the words typed meanwhile answers after the save: it must not
  // wipe what the save said — under load it did, and the message below was gone before it was read)
  const checked = page.waitForResponse((r) => new URL(r.url()).searchParams.get("target") === "Floods hit North Jakarta after a night of heavy rain");
  await page.keyboard.type(" after a night of heavy rain");
  release();
  await row(page, `${DOC}:1`).and(page.locator('[data-state="translated"]')).waitFor();
  await (await checked).finished();
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(null))));
  await expect(row(page, `${DOC}:1`).locator(".msg").textContent()).resolves.toBe("Saved. What you typed while it was saving is kept in the field, not saved yet.");
  await expect(field(page, `${DOC}:1`).inputValue()).resolves.toBe("Floods hit North Jakarta after a night of heavy rain");
  await page.unroute("**/api/units/**");
  await page.keyboard.press("Control+Enter");
  await row(page, `${DOC}:1`).locator(".msg", { hasText: "Confirmed." }).waitFor();
  expect(file()).toContain("en: Floods hit North Jakarta after a night of heavy rain\nstatus: translated\n");

  // 2. The session ends (the token renewed) while unit 2 is being typed: the save asks for the
  // token over the page; after logging in the text is still there and is saved.
  // The server restarts meanwhile: the page's live stream, connecting again, is refused (401); it
  // is opened again once the person has logged in again (step 3 needs its news).
  await field(page, `${DOC}:2`).fill("Floods submerged hundreds of homes in North Jakarta on Monday morning.");
  token = await newToken();
  const refused = page.waitForResponse((r) => r.url().endsWith("/api/events") && r.status() === 401);
  await stopServe(server);
  ({ server } = await startServe(dir, [], {}, Number(new URL(url).port)));
  await refused;
  await field(page, `${DOC}:2`).press("Control+Enter");
  await expect(page.getByTestId("session-ended").textContent()).resolves.toBe("Your session ended (it expired, or your token was renewed). Log in again: what you typed stays in the page; save it again after logging in.");
  await page.getByTestId("token").fill(token);
  await page.getByTestId("token").press("Enter");
  await page.getByTestId("session-ended").waitFor({ state: "detached" });
  await expect(field(page, `${DOC}:2`).inputValue()).resolves.toBe("Floods submerged hundreds of homes in North Jakarta on Monday morning.");
  // the keyboard is back in the row it was in: Ctrl+Enter saves it again, no mouse needed
  await page.waitForFunction((r) => document.activeElement?.getAttribute("aria-label") === `English for ${r}`, `${DOC}:2`, { timeout: PATIENCE_MS });
  await page.keyboard.press("Control+Enter");
  await row(page, `${DOC}:2`).and(page.locator('[data-state="translated"]')).waitFor();

  // 3. English typed for unit 3 ("Pemerintah provinsi …"); meanwhile an editor inserts a sentence
  // before it and ingests the article: the page reads the units again, and the typed English goes
  // with its Indonesian to unit 4 — not onto the inserted sentence, which is unit 3 now.
  await field(page, `${DOC}:3`).fill("The provincial government set up public kitchens in five places.");
  const lines = [...LINES];
  lines.splice(2, 0, INSERTED);
  fs.writeFileSync(path.join(dir, "corpus", `${DOC}.txt`), lines.join("\n") + "\n");
  expect((await run(["ingest", `corpus/${DOC}.txt`], { cwd: dir })).code).toBe(0);
  await row(page, `${DOC}:6`).waitFor();
  await expect(row(page, `${DOC}:4`).locator(".src").textContent()).resolves.toContain(LINES[2]);
  await expect(field(page, `${DOC}:4`).inputValue()).resolves.toBe("The provincial government set up public kitchens in five places.");
  await expect(field(page, `${DOC}:3`).inputValue()).resolves.toBe("");
  await field(page, `${DOC}:4`).press("Control+Enter");
  await row(page, `${DOC}:4`).and(page.locator('[data-state="translated"]')).waitFor();
  expect(file()).toContain(`@ ${DOC}:4\nid: ${LINES[2]}\nen: The provincial government set up public kitchens in five places.\nstatus: translated\n`);
  expect(file()).not.toContain(`@ ${DOC}:3\n`);

  // 4. Unit 5 is being typed when someone saves it beside the page (`translate set`): the row keeps
  // the typed text. Then the page reads its units again (the article ingested once more, another
  // sentence edited): the typed text was still written on the old revision, so its save meets the
  // conflict with both texts — it did not replace the other person's English unseen.
  await field(page, `${DOC}:5`).fill("Residents were asked to stay alert for more floods.");
  expect((await run(["translate", "set", `${DOC}:5`, "People were told to watch for further flooding.", "--status", "draft"], { cwd: dir })).code).toBe(0);
  lines[2] = "Petugas mengerahkan 40 perahu karet untuk mengevakuasi warga.";
  fs.writeFileSync(path.join(dir, "corpus", `${DOC}.txt`), lines.join("\n") + "\n");
  expect((await run(["ingest", `corpus/${DOC}.txt`], { cwd: dir })).code).toBe(0);
  await row(page, `${DOC}:3`).locator(".src", { hasText: "40 perahu" }).waitFor();
  await expect(field(page, `${DOC}:5`).inputValue()).resolves.toBe("Residents were asked to stay alert for more floods.");
  await field(page, `${DOC}:5`).press("Control+Enter");
  await expect(row(page, `${DOC}:5`).locator(".conflict .theirs").textContent()).resolves.toBe("People were told to watch for further flooding.");
  await expect(row(page, `${DOC}:5`).locator(".conflict .yours").textContent()).resolves.toBe("Residents were asked to stay alert for more floods.");
  // Ayu merges the two by hand in the field, then keeps hers: what is saved is the field as it is now.
  await field(page, `${DOC}:5`).fill("Residents were told to stay alert for further flooding.");
  await row(page, `${DOC}:5`).getByRole("button", { name: "Keep mine (as a draft)" }).click();
  await row(page, `${DOC}:5`).locator(".conflict").waitFor({ state: "detached" });
  expect(file()).toContain(`@ ${DOC}:5\nid: ${LINES[3]}\nen: Residents were told to stay alert for further flooding.\nstatus: draft\n`);

  // 5. The network drops during a save of unit 6 … first before the request reaches the server (a
  // clear message, the text kept), then after the server saved it, its answer lost: saving again is
  // not "someone else saved this unit" (the stored English is this one) and makes no second revision.
  await field(page, `${DOC}:6`).fill("Schools in three neighbourhoods were closed until the water recedes.");
  await page.route("**/api/units/**", (r) => (r.request().method() === "PUT" ? r.abort() : r.continue()));
  await field(page, `${DOC}:6`).press("Control+Enter");
  await row(page, `${DOC}:6`).locator(".msg", { hasText: "No answer" }).waitFor();
  await expect(row(page, `${DOC}:6`).locator(".msg").textContent()).resolves.toBe("No answer from the server (the network, or the server restarting): your text stays in the field. Save again: a save that did reach the server is not made twice.");
  await page.unroute("**/api/units/**");
  let answered!: () => void;
  const lost = new Promise<void>((r) => { answered = r; });
  await page.route("**/api/units/**", async (r) => {
    if (r.request().method() !== "PUT") return r.continue();
    const saved = await r.fetch();
    expect(saved.status()).toBe(200);
    await r.abort();
    answered();
  });
  await field(page, `${DOC}:6`).press("Control+Enter");
  await lost;
  await page.unroute("**/api/units/**");
  await row(page, `${DOC}:6`).locator(".msg", { hasText: "No answer from the server" }).waitFor();
  await field(page, `${DOC}:6`).press("Control+Enter");
  await row(page, `${DOC}:6`).locator(".msg", { hasText: "Confirmed." }).waitFor();
  await expect(row(page, `${DOC}:6`).locator(".conflict").count()).resolves.toBe(0);
  await expect(row(page, `${DOC}:6`).getAttribute("data-state")).resolves.toBe("translated");
  const history = await run(["history", `${DOC}:6`, "--json"], { cwd: dir });
  expect((JSON.parse(history.stdout) as { revisions: unknown[] }).revisions).toHaveLength(1);

  // 6. The server restarts (a new CSRF token) while unit 5 is being typed: the save reads the new
  // token and goes through — no "reload the page", which would lose the text.
  await field(page, `${DOC}:5`).fill("Residents were asked to stay alert for more floods.");
  await stopServe(server);
  ({ server } = await startServe(dir, [], {}, Number(new URL(url).port)));
  await field(page, `${DOC}:5`).press("Control+Enter");
  await row(page, `${DOC}:5`).and(page.locator('[data-state="translated"]')).waitFor();
  expect(file()).toContain(`@ ${DOC}:5\nid: ${LINES[3]}\nen: Residents were asked to stay alert for more floods.\nstatus: translated\n`);

  // 7. Leaving the page with English typed and not saved (the Documents link, a reload, closing the
  // tab): the browser asks first; staying keeps the text.
  await field(page, `${DOC}:3`).fill("Rescuers deployed rubber boats");
  const asked = new Promise<string>((resolve) => page.once("dialog", (d) => { resolve(d.type()); void d.dismiss(); }));
  await page.locator(".toolbar a[href='/']").click();
  await expect(asked).resolves.toBe("beforeunload");
  await expect(field(page, `${DOC}:3`).inputValue()).resolves.toBe("Rescuers deployed rubber boats");
  await context.close();
  // (seven steps, two server restarts, three CLI commands: on a loaded machine (2 cores, two suites
  // at once) the story took more than jest's default 60 s)
}, 180_000);
