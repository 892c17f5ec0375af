/**
 * `POST /api/glossary/preview` when its worker thread fails without an answer: it hangs (stopped
 * after previewTimeoutMs: 503 preview-timeout), ends on its own (500 preview-worker-stopped with its
 * exit code), or the asker goes away (the worker is stopped: none is left running for nobody).
 * Nothing is written in any case. The worker's script is replaced (jest.mock of workerScript:
 * nothing in src knows of it).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { Worker } from "node:worker_threads";
import { buildServer, CSRF_HEADER } from "../../src/server/app";
import { openStore, type Store } from "../../src/store";
import { tempDir } from "../helpers/cli";
import { readyProject } from "../helpers/workbench";

const scripts = tempDir("selaras-preview-scripts-");
// (says it started: a file named after its thread)
fs.writeFileSync(path.join(scripts, "hangs.js"), `require("node:fs").writeFileSync(${JSON.stringify(scripts)} + "/started-" + require("node:worker_threads").threadId, "");\nsetInterval(() => {}, 1000);\n`);
const started = () => fs.readdirSync(scripts).filter((f) => f.startsWith("started-")).length;
fs.writeFileSync(path.join(scripts, "exits.js"), "process.exit(3);\n");
let mockScript = "";
jest.mock("../../src/app/worker-script", () => ({
  workerScript: () => ({ file: mockScript }),
}));

const TOKEN = "p".repeat(48);
const H = { [CSRF_HEADER]: TOKEN, "content-type": "application/json" };
const BODY = { concept: { id: "pressure", sources: ["tekanan"], preferred: ["pressure"] } };
let dir: string;
let store: Store;

beforeAll(async () => {
  dir = tempDir("selaras-preview-fail-");
  await readyProject(dir);
  store = openStore(path.join(dir, "selaras.db"));
});
afterAll(() => {
  store.close();
  fs.rmSync(dir, { recursive: true, force: true });
  fs.rmSync(scripts, { recursive: true, force: true });
});

/** The glossary folder's files with their bytes. */
const glossary = () => Object.fromEntries(fs.readdirSync(path.join(dir, "glossary")).sort().map((f) => [f, fs.readFileSync(path.join(dir, "glossary", f), "utf8")]));

it("a worker that hangs is stopped after previewTimeoutMs: 503 preview-timeout, nothing written", async () => {
  mockScript = path.join(scripts, "hangs.js");
  const before = glossary();
  const terminated = jest.spyOn(Worker.prototype, "terminate");
  const app = buildServer({ store, root: dir, author: "ayu", csrfToken: TOKEN, previewTimeoutMs: 300 });
  try {
    const res = await app.inject({ method: "POST", url: "/api/glossary/preview", headers: H, payload: BODY });
    expect([res.statusCode, res.json()]).toEqual([503, { code: "preview-timeout", data: { seconds: 0 } }]);
    expect(terminated).toHaveBeenCalledTimes(1);
    expect(glossary()).toEqual(before);
  } finally {
    terminated.mockRestore();
    await app.close();
  }
});

it("a worker that ends without an answer: 500 preview-worker-stopped with its exit code", async () => {
  mockScript = path.join(scripts, "exits.js");
  const app = buildServer({ store, root: dir, author: "ayu", csrfToken: TOKEN });
  try {
    const res = await app.inject({ method: "POST", url: "/api/glossary/preview", headers: H, payload: BODY });
    expect([res.statusCode, res.json()]).toEqual([500, { code: "preview-worker-stopped", data: { code: 3 } }]);
  } finally {
    await app.close();
  }
});

it("the asker goes away: the worker is stopped (not left running until the time-out)", async () => {
  mockScript = path.join(scripts, "hangs.js");
  const terminated = jest.spyOn(Worker.prototype, "terminate");
  const app = buildServer({ store, root: dir, author: "ayu", csrfToken: TOKEN });
  try {
    const url = await app.listen({ host: "127.0.0.1", port: 0 });
    const asked = new AbortController();
    const req = fetch(`${url}/api/glossary/preview`, { method: "POST", headers: H, body: JSON.stringify(BODY), signal: asked.signal });
    // (once the worker has started)
    const before = started();
    const since = Date.now();
    while (started() === before && Date.now() - since < 10_000) await new Promise((r) => setTimeout(r, 20));
    expect(started()).toBe(before + 1);
    asked.abort();
    await expect(req).rejects.toThrow();
    const stopped = Date.now();
    while (terminated.mock.calls.length === 0 && Date.now() - stopped < 10_000) await new Promise((r) => setTimeout(r, 20));
    expect(terminated).toHaveBeenCalledTimes(1);
  } finally {
    terminated.mockRestore();
    await app.close();
  }
});
