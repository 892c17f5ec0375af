/**
 * Two people on one unit: B re-confirms the English as it is (its save changes nothing) while A
 * saves new English. A's save reaches B's page while B's own save is still waiting for its answer;
 * B's row must show A's English once its answer comes, not keep showing the old English as
 * "Confirmed". The real `selaras serve`, Debian's Chromium; B's answer is held back by the test.
 */
import type { ChildProcess } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import type { Browser } from "playwright-core";
import { run, tempDir } from "../helpers/cli";
import { closeWorkbench, launchChromium, liveHeard, PATIENCE_MS, recordLive, startServe } from "../helpers/workbench";

const DOC = "gempa";
let dir: string;
let server: ChildProcess;
let url: string;
let browser: Browser;

beforeAll(async () => {
  dir = tempDir("selaras-live-save-");
  fs.mkdirSync(path.join(dir, "corpus"));
  fs.writeFileSync(path.join(dir, "corpus", `${DOC}.txt`), "Gempa Guncang Cianjur\n\nPusat gempa berada di darat, 10 kilometer barat daya Cianjur.\n");
  expect((await run(["ingest", "corpus"], { cwd: dir })).code).toBe(0);
  expect((await run(["translate", "set", `${DOC}:2`, "The epicentre was on land, 10 kilometres southwest of Cianjur.", "--translator", "Budi"], { cwd: dir })).code).toBe(0);
  ({ server, url } = await startServe(dir));
  browser = await launchChromium();
});

afterAll(() => closeWorkbench(browser, server, dir));

it("a save by someone else that arrives while this page's own save is under way is shown once that save has its answer", async () => {
  const open = async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await recordLive(context);
    const page = await context.newPage();
    await page.goto(`${url}documents/${DOC}`);
    await page.locator(`[data-ref="${DOC}:2"] textarea`).waitFor();
    // (its live stream attached: it hears every save made after this)
    await liveHeard(page, "hello");
    return page;
  };
  const a = await open();
  const b = await open();
  // B's save goes to the server at once; its answer is held until A has saved
  let release!: () => void;
  const held = new Promise<void>((r) => { release = r; });
  let sent!: () => void;
  const reached = new Promise<void>((r) => { sent = r; });
  await b.route("**/api/units/**", async (route) => {
    if (route.request().method() !== "PUT") return route.continue();
    const response = await route.fetch();
    sent();
    await held;
    await route.fulfill({ response });
  });
  await b.locator(`[data-ref="${DOC}:2"] textarea`).click();
  await b.keyboard.press("Control+Enter");
  await reached;
  const fieldA = a.locator(`[data-ref="${DOC}:2"] textarea`);
  await fieldA.click();
  await fieldA.fill("The quake was centred on land, 10 km southwest of Cianjur.");
  await a.keyboard.press("Control+Enter");
  await a.locator(`[data-ref="${DOC}:2"]`).getByText("Confirmed.").waitFor();
  const want = "The quake was centred on land, 10 km southwest of Cianjur.";
  // A's save reaches B's page while B's own save waits
  await liveHeard(b, "unit", [JSON.stringify(want)]);
  release();
  await b.waitForFunction(([sel, text]) => (document.querySelector(sel) as HTMLTextAreaElement | null)?.value === text,
    [`[data-ref="${DOC}:2"] textarea`, want] as const, { timeout: PATIENCE_MS }).catch(() => undefined);
  expect(await b.locator(`[data-ref="${DOC}:2"] textarea`).inputValue()).toBe(want);
  const shown = JSON.parse((await run(["translate", "show", `${DOC}:2`, "--json"], { cwd: dir })).stdout);
  expect(shown.rendering.text).toBe("The quake was centred on land, 10 km southwest of Cianjur.");
});
