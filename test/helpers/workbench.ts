/**
 * What the browser suites share: a project folder made from the shipped corpus and glossary, the
 * real `selaras serve` as a child process (its URL read from what it prints), Debian's Chromium
 * through playwright-core, and a clean stop.
 */
import { spawn, type ChildProcess } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import type { FastifyInstance } from "fastify";
import { buildServer } from "../../src/server/app";
import { openStore, type Store } from "../../src/store";
import { REPO, run, tempDir } from "./cli";
import { cliArgv } from "../e2e/children/cli";

export const CHROMIUM = "/usr/bin/chromium";

/** Copies the shipped corpus/ and glossary/ into `dir`. */
export function copyProject(dir: string): void {
  fs.cpSync(path.join(REPO, "corpus"), path.join(dir, "corpus"), { recursive: true });
  fs.cpSync(path.join(REPO, "glossary"), path.join(dir, "glossary"), { recursive: true });
}

/** A newsroom's workbench: the shipped corpus ingested, a translator (ayu) and a reviewer (budi), the real server and Chromium. */
export interface TeamWorkbench { dir: string; tokens: Record<string, string>; server: ChildProcess; url: string; browser: Browser }

/** Starts a TeamWorkbench in a new temp folder named with `prefix`; stop it with closeWorkbench. */
export async function teamWorkbench(prefix: string): Promise<TeamWorkbench> {
  const dir = tempDir(prefix);
  fs.cpSync(path.join(REPO, "corpus"), path.join(dir, "corpus"), { recursive: true });
  const ingest = await run(["ingest", "corpus"], { cwd: dir });
  if (ingest.code !== 0) throw new Error(`selaras ingest exited ${ingest.code}: ${ingest.stderr}`);
  const tokens = await addUsers(dir, [["ayu", "translator"], ["budi", "reviewer"]]);
  const { server, url } = await startServe(dir);
  return { dir, tokens, server, url, browser: await launchChromium() };
}

/**
 * A ready project (readyProject: the shipped corpus and glossary) in a new temp folder named with
 * `prefix`, with `users` ([name, role]) added, served and a Chromium launched; stop it with closeWorkbench.
 */
export async function readyWorkbench(prefix: string, users: ReadonlyArray<readonly [string, string]>): Promise<TeamWorkbench> {
  const dir = tempDir(prefix);
  await readyProject(dir);
  const tokens = await addUsers(dir, users);
  const { server, url } = await startServe(dir);
  return { dir, tokens, server, url, browser: await launchChromium() };
}

/** Adds workbench users to the project in `dir` (`selaras users add`) and returns each one's login token. */
export async function addUsers(dir: string, users: ReadonlyArray<readonly [string, string]>): Promise<Record<string, string>> {
  const tokens: Record<string, string> = {};
  for (const [name, role] of users) {
    const r = await run(["users", "add", name, "--role", role], { cwd: dir });
    if (r.code !== 0) throw new Error(`selaras users add ${name} exited ${r.code}: ${r.stderr}`);
    tokens[name] = /: (\S+)\s*$/.exec(r.stdout.trim())![1]!;
  }
  return tokens;
}

/**
 * How long a wait for a condition may take before the test reads what there is and fails on it: long
 * (a loaded CI machine runs two browsers, servers and CLI processes on 2 cores), since a wait that
 * holds ends as soon as it holds.
 */
export const PATIENCE_MS = 30_000;

/** Asks until `pred` holds of the answer (or PATIENCE_MS pass) and returns the last answer: a server that looks at files at most twice a second. */
export async function until<T>(ask: () => Promise<T>, pred: (v: T) => boolean): Promise<T> {
  const end = Date.now() + PATIENCE_MS;
  let v = await ask();
  while (!pred(v) && Date.now() < end) {
    await new Promise((r) => setTimeout(r, 100));
    v = await ask();
  }
  return v;
}

/**
 * A project ready to serve: the shipped corpus and glossary copied into `dir`, `extra` articles
 * (file name → text) added to corpus/, then `selaras ingest corpus` and `selaras glossary sync`.
 */
export async function readyProject(dir: string, extra: Readonly<Record<string, string>> = {}): Promise<void> {
  copyProject(dir);
  for (const [name, text] of Object.entries(extra)) fs.writeFileSync(path.join(dir, "corpus", name), text);
  for (const args of [["ingest", "corpus"], ["glossary", "sync"]]) {
    const r = await run(args, { cwd: dir });
    if (r.code !== 0) throw new Error(`selaras ${args.join(" ")} exited ${r.code}: ${r.stderr}`);
  }
}

/** Starts `selaras serve --port <port, default 0: a free one> …args` in `dir`; resolves with the process and the URL it prints. */
export async function startServe(dir: string, args: readonly string[] = [], env: NodeJS.ProcessEnv = {}, port = 0): Promise<{ server: ChildProcess; url: string }> {
  const server = spawn(process.execPath, [...cliArgv(), "serve", "--port", String(port), ...args], {
    cwd: dir, env: { ...process.env, LANG: "en_US.UTF-8", ...env }, stdio: ["ignore", "pipe", "pipe"],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = "", err = "";
    server.stdout!.on("data", (d) => { out += d; const m = /(http:\/\/\S+\/)/.exec(out); if (m) resolve(m[1]!); });
    server.stderr!.on("data", (d) => { err += d; });
    server.on("exit", (code) => reject(new Error(`serve exited ${code}: ${out}${err}`)));
  });
  return { server, url };
}

/** Stops a server started by startServe and waits for it to exit. */
export async function stopServe(server: ChildProcess | undefined): Promise<void> {
  if (!server || server.exitCode !== null) return;
  const exited = new Promise((r) => server.once("exit", r));
  server.kill("SIGTERM");
  await exited;
}

/** Headless Chromium (playwright gives every launch a fresh temporary user-data-dir, removed on close). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ["--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
}

/**
 * Makes every page of `context` record the live events its streams receive (GET /api/events: hello,
 * presence, unit, glossary) in `window.__selarasLive`, in order, so that a test can wait for what a
 * page has heard (liveHeard) instead of sleeping: a page opens its stream in an effect after its
 * first paint, and on a loaded machine a colleague's save made before that stream said hello is never
 * sent to it. A string, not a function: it must run as written, before the page's own scripts.
 */
export async function recordLive(context: BrowserContext): Promise<void> {
  await context.addInitScript(`(() => {
    const Native = window.EventSource;
    const heard = [];
    window.__selarasLive = heard;
    window.EventSource = class extends Native {
      constructor(url, init) {
        super(url, init);
        for (const type of ["hello", "presence", "unit", "glossary"]) this.addEventListener(type, (e) => heard.push({ type, data: e.data }));
      }
    };
  })();`);
}

/**
 * Waits until a page of a context given to recordLive has heard a live event of `type` whose data
 * contains every string of `has` (the stream's `hello`: it is attached to the server, and hears every
 * save made after this), `count` of them at least.
 */
export async function liveHeard(page: Page, type: string, has: readonly string[] = [], count = 1): Promise<void> {
  await page.waitForFunction(([t, h, n]) => ((window as unknown as { __selarasLive?: Array<{ type: string; data: string }> }).__selarasLive ?? [])
    .filter((e) => e.type === t && h.every((x) => e.data.includes(x))).length >= n, [type, has, count] as const, { timeout: PATIENCE_MS });
}

/** A browser test's teardown: the browser closed, the server stopped, the project folder removed. */
export async function closeWorkbench(browser: Browser | undefined, server: ChildProcess | undefined, dir: string | undefined): Promise<void> {
  await browser?.close();
  await stopServe(server);
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
}

/** An in-process workbench (Fastify inject, no port) on a ready project (readyProject) in a new folder, logged-in author "ayu". */
export interface InProcessWorkbench { readonly dir: string; readonly store: Store; readonly app: FastifyInstance }
export async function inProcessWorkbench(prefix: string, csrfToken: string, extra: Readonly<Record<string, string>> = {}): Promise<InProcessWorkbench> {
  const dir = tempDir(prefix);
  await readyProject(dir, extra);
  const store = openStore(path.join(dir, "selaras.db"));
  return { dir, store, app: buildServer({ store, root: dir, author: "ayu", csrfToken }) };
}
/** The server closed, the database closed, the folder removed. */
export async function closeInProcess(w: InProcessWorkbench | undefined): Promise<void> {
  if (!w) return;
  await w.app.close();
  w.store.close();
  fs.rmSync(w.dir, { recursive: true, force: true });
}

/** Clicks in a row's Indonesian just before its character at `offset` (the caret goes there; a row is `[data-ref=ref]`). */
export async function clickInSource(page: Page, ref: string, offset: number): Promise<void> {
  const point = await page.evaluate(({ r, offset }) => {
    const host = document.querySelector(`[data-ref="${r}"] .src-text`)!;
    const walker = document.createTreeWalker(host, NodeFilter.SHOW_TEXT);
    let left = offset;
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const len = n.textContent!.length;
      if (left < len) {
        const range = document.createRange();
        range.setStart(n, left);
        range.setEnd(n, left + 1);
        const box = range.getBoundingClientRect();
        return { x: box.left + 1, y: box.top + box.height / 2 };
      }
      left -= len;
    }
    return null;
  }, { r: ref, offset });
  await page.mouse.click(point!.x, point!.y);
}
