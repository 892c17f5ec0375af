/**
 * The pages that show what they read once — the glossary's list, the audit, the align page — follow
 * the store live, and a change landing between their first read and their live stream's `hello` is
 * shown too (their first reads carry `x-selaras-change`; the stream's hello says the mark it starts
 * at). The gap is forced: the page's EventSource request is held (route interception) while a
 * colleague changes something, then let through.
 */
import type { ChildProcess } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { type Browser, type BrowserContext, type Page, type Route } from "playwright-core";
import { REPO, run } from "../helpers/cli";
import { closeWorkbench, liveHeard, PATIENCE_MS, readyWorkbench, recordLive } from "../helpers/workbench";

jest.setTimeout(180_000);

const DOC = "putin-butuh-senjata-kim";
const ENGLISH = fs.readFileSync(path.join(REPO, "translations", `${DOC}.translations.txt`), "utf8")
  .split("\n").filter((l) => l.startsWith("en: ")).map((l) => l.slice(4)).join("\n") + "\n";
const TITLE = "Putin may need weapons from Kim, but what does he want to give in return?";
let dir: string;
let server: ChildProcess;
let url: string;
let browser: Browser;
let tokens: Record<string, string>;

beforeAll(async () => {
  ({ dir, server, url, browser, tokens } = await readyWorkbench("selaras-round8-live-", [["ayu", "translator"], ["budi", "reviewer"], ["siti", "admin"]]));
});
afterAll(() => closeWorkbench(browser, server, dir));

/** A page logged in as `who` at `at`, whose live stream requests wait until `release` is called. */
async function heldStream(at: string, who: string): Promise<{ context: BrowserContext; page: Page; release: () => void }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await recordLive(context);
  const held: Route[] = [];
  let open = false;
  await context.route("**/api/events*", (route) => { if (open) void route.continue(); else held.push(route); });
  const page = await context.newPage();
  await page.goto(`${url}${at}`);
  await page.getByTestId("token").fill(tokens[who]!);
  await page.getByTestId("token").press("Enter");
  return { context, page, release: () => { open = true; for (const r of held.splice(0)) void r.continue(); } };
}

/** The workbench's API as `who` (logged in with their token), as a script beside the page would use it. */
async function apiAs(who: string): Promise<(method: string, at: string, body?: unknown) => Promise<Response>> {
  const csrf = /name="selaras-csrf" content="([^"]+)"/.exec(await (await fetch(url)).text())![1]!;
  const login = await fetch(`${url}api/login`, { method: "POST", headers: { "content-type": "application/json", "x-selaras-csrf": csrf }, body: JSON.stringify({ token: tokens[who] }) });
  expect(login.status).toBe(200);
  const cookie = login.headers.get("set-cookie")!.split(";")[0]!;
  return (method, at, body) => fetch(`${url}${at}`, { method, headers: { "x-selaras-csrf": csrf, cookie, ...(body !== undefined ? { "content-type": "application/json" } : {}) }, ...(body !== undefined ? { body: JSON.stringify(body) } : {}) });
}

/** The align page's line for DOC as `selaras status` counts its units now (reviewed apart from translated, as the dashboard's bar). */
async function counted(): Promise<string> {
  const r = await run(["status", DOC, "--json"], { cwd: dir });
  const d = (JSON.parse(r.stdout) as Array<Record<string, number>>)[0]!;
  const parts = ([["reviewed", d.reviewed!], ["translated", d.translated! - d.reviewed!], ["draft", d.draft!], ["aligned", d.aligned!], ["untranslated", d.untranslated!]] as const)
    .filter(([, n]) => n > 0).map(([s, n]) => `${n} ${s}`).join(", ");
  return `This document now: ${d.translatable} segments (${parts}).`;
}

const textIs = (page: Page, testId: string, text: string) =>
  page.waitForFunction(([id, t]) => document.querySelector(`[data-testid="${id}"]`)?.textContent === t, [testId, text] as const, { timeout: PATIENCE_MS });

it("the glossary's list shows a term an admin added between its first read and its live stream; a reviewer is told whom to ask and the command that makes them an admin", async () => {
  const budi = await heldStream("glossary?lang=en", "budi");
  const count = budi.page.getByTestId("glossary-count");
  await count.waitFor();
  const total = Number(/^(\d+) of (\d+) concepts$/.exec(await count.innerText())![2]);
  await textIs(budi.page, "glossary-ask-admin", "Ask the admin, siti, to change it. To become an admin yourself, ask whoever runs the workbench to run this in the project folder (you then get a new login token): selaras users add budi --role admin --reset");
  await expect(budi.page.getByTestId("glossary-admin-only").innerText()).resolves.toBe("Only an admin may change the glossary.");

  const siti = await apiAs("siti");
  const added = await siti("POST", "api/glossary", { concept: { id: "kapal-induk", sources: ["kapal induk"], preferred: ["aircraft carrier"] } });
  expect(added.status).toBe(201);
  // (the page has no stream yet: it still shows its first read)
  await expect(count.innerText()).resolves.toBe(`${total} of ${total} concepts`);
  budi.release();
  await liveHeard(budi.page, "hello");
  await textIs(budi.page, "glossary-count", `${total + 1} of ${total + 1} concepts`);
  await budi.page.getByTestId("glossary-search").fill("kapal induk");
  await budi.page.locator('.concept-row[data-id="kapal-induk"]').waitFor({ timeout: PATIENCE_MS });

  // …and, its stream attached, a term removed by the admin goes from the list without a reload
  expect((await siti("DELETE", "api/glossary/kapal-induk")).status).toBe(200);
  await liveHeard(budi.page, "glossary");
  await budi.page.locator('.concept-row[data-id="kapal-induk"]').waitFor({ state: "detached", timeout: PATIENCE_MS });
  await budi.context.close();
});

it("the audit says it is out of date when a unit was saved between its report and its live stream, and Audit again counts the new pair; with nothing saved in the gap it says nothing", async () => {
  const quiet = await heldStream("audit?lang=en", "budi");
  const summary = quiet.page.locator("main.audit .summary");
  await summary.waitFor({ timeout: PATIENCE_MS });
  quiet.release();
  await liveHeard(quiet.page, "hello");
  await expect(quiet.page.getByTestId("audit-outdated").count()).resolves.toBe(0);
  await quiet.context.close();

  const budi = await heldStream("audit?lang=id", "budi");
  const shown = budi.page.locator("main.audit .summary");
  await shown.waitFor({ timeout: PATIENCE_MS });
  const pairs = Number(/(\d+)/.exec(await shown.innerText())![1]);
  // (Ayu confirms through the workbench: announced at its commit, to nobody listening yet — only the hello's mark tells the page)
  const ayu = await apiAs("ayu");
  const unit = await (await ayu("GET", `api/units/${encodeURIComponent(`${DOC}:1`)}`)).json() as { revision: number };
  expect((await ayu("PUT", `api/units/${encodeURIComponent(`${DOC}:1`)}`, { target: TITLE, baseRevision: unit.revision, confirm: true })).status).toBe(200);
  budi.release();
  await liveHeard(budi.page, "hello");
  await textIs(budi.page, "audit-outdated", "Ada perubahan sejak audit ini: terjemahan, berkas, atau glosarium disimpan. Audit ulang");
  await budi.page.getByTestId("audit-again").click();
  await budi.page.getByTestId("audit-outdated").waitFor({ state: "detached" });
  await budi.page.waitForFunction(([n]) => document.querySelector("main.audit .summary")?.textContent?.includes(`${n}`), [pairs + 1] as const, { timeout: PATIENCE_MS });
  await budi.context.close();
});

it("the align page shows a colleague's alignment stored between its first read and its stream, says the proposal shown is older, and follows later saves live", async () => {
  const budi = await heldStream(`documents/${DOC}/align?lang=en`, "budi");
  const state = budi.page.getByTestId("align-state");
  await state.waitFor();
  const before = await state.innerText();
  expect(before).toBe(await counted());
  await budi.page.getByTestId("align-english").fill(ENGLISH);
  await budi.page.getByRole("button", { name: "Propose beads" }).click();
  await budi.page.locator("table.beads tr[data-bead]").first().waitFor({ timeout: PATIENCE_MS });

  // Ayu stores the aligner's pairs in her workbench while Budi's page has no stream yet (announced to nobody)
  const ayu = await apiAs("ayu");
  const aligned = await ayu("POST", `api/documents/${DOC}/align`, { english: ENGLISH });
  expect(aligned.status).toBe(200);
  expect((await aligned.json() as { created: number }).created).toBeGreaterThan(0);
  expect(await state.innerText()).toBe(before);
  budi.release();
  await liveHeard(budi.page, "hello");
  const now = await counted();
  expect(now).toMatch(/\d+ aligned/);
  await textIs(budi.page, "align-state", now);
  await textIs(budi.page, "align-changed", "This document's units changed since this proposal (a colleague's alignment or save): propose again to see them. Propose again");
  await budi.page.getByTestId("align-changed").getByRole("button", { name: "Propose again" }).click();
  await budi.page.getByTestId("align-changed").waitFor({ state: "detached", timeout: PATIENCE_MS });

  // live: a unit saved (segments 2 and 3, which the alignment joined) beside the server is counted without a reload, and the proposal is older again
  expect((await run(["translate", "set", `${DOC}:2+3`, "Russian President Vladimir Putin needs weapons from North Korea for his war in Ukraine.", "--translator", "ayu"], { cwd: dir })).code).toBe(0);
  await liveHeard(budi.page, "unit", [`${DOC}:2+3`]);
  const later = await counted();
  expect(later).not.toBe(now);
  await textIs(budi.page, "align-state", later);
  await budi.page.getByTestId("align-changed").waitFor({ timeout: PATIENCE_MS });
  await budi.context.close();
});
