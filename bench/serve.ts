/**
 * The workbench under load (`npm run bench -- serve`): the real `selaras serve` (the CLI, a child
 * process, on 127.0.0.1 and a free port) on a generated project — one document of 2,000 units, 40
 * of 25, the shipped glossary synced — and a bounded load from this process: 64 concurrent clients
 * (an http.Agent with keep-alive) confirming units (PUT /api/units/<ref> {target, baseRevision,
 * confirm: true}: checks, files in step) and reading document pages (GET /api/documents/<slug>/units).
 *
 * Measured:
 *   - confirmed saves/s and p50/p99 latency, saves only and mixed with page reads (1 in 8);
 *   - the 2,000-unit document's unit list, one request at a time: p50/p95;
 *   - first render of that document in headless Chromium: navigation → first unit row visible;
 *   - baselines in the same run: the same confirmations through the library call (`setUnit`, no
 *     HTTP, one process) and through one `selaras translate set` process each (the last row).
 * Targets (2-core machine): ≥ 1,000 confirmed saves/s with p99 ≤ 100 ms; unit list ≤ 30 ms p95;
 * first render ≤ 1 s. `--scale` multiplies the number of saves (default 6,000; time cap 60 s a phase).
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import * as fs from "node:fs";
import * as http from "node:http";
import * as os from "node:os";
import * as path from "node:path";
import { ingestFiles } from "../src/app/ingest";
import { setUnit, createGate, documentUnits } from "../src/app/lifecycle";
import { syncGlossary } from "../src/app/glossary";
import { openStore } from "../src/store";
import { percentile, rng, time, type Measurement, type Workload } from "./lib/harness";

const BIG = "laporan-panjang";
const BIG_UNITS = 2000;
const SMALL_DOCS = 40;
const SMALL_UNITS = 25;
const CLIENTS = 64;
const CAP_MS = 60_000;
const REPO = [path.resolve(__dirname, ".."), path.resolve(__dirname, "../..")].find((d) => fs.existsSync(path.join(d, "glossary")))!;
const BIN = [path.resolve(__dirname, "../src/cli/bin.js"), path.resolve(__dirname, "../dist/src/cli/bin.js")].find((f) => fs.existsSync(f))!;
const CHROMIUM = "/usr/bin/chromium";

const SYL = ["ka", "ma", "ta", "pa", "ra", "la", "na", "sa", "ba", "da", "ga", "ja", "ki", "mi", "ti", "ri", "ni", "si", "ku", "mu", "tu", "ru", "ke", "me", "te", "kan", "lah", "nya", "ber", "ter", "men"];
const EN = "the report says that officials in the region will review new plans for trade and security next week after talks".split(" ");

/** Writes the articles (one sentence a paragraph, so one unit a sentence); returns every unit's number. */
function writeCorpus(dir: string): void {
  const rand = rng(2026);
  const word = () => { let w = ""; for (let k = 0, n = 1 + Math.floor(rand() * 3); k < n; k++) w += SYL[Math.floor(rand() * SYL.length)]; return w; };
  const sentence = (i: number) => {
    const words: string[] = [];
    for (let k = 0, n = 8 + Math.floor(rand() * 14); k < n; k++) words.push(word());
    if (i % 3 === 0) words.splice(3, 0, String(10 + (i % 900)));
    const s = words.join(" ") + ".";
    return s[0]!.toUpperCase() + s.slice(1);
  };
  const article = (title: string, n: number) => [title, ...Array.from({ length: n - 1 }, (_, i) => sentence(i))].join("\n\n") + "\n";
  fs.mkdirSync(path.join(dir, "corpus"), { recursive: true });
  fs.writeFileSync(path.join(dir, "corpus", `${BIG}.txt`), article("Laporan panjang tentang kerja sama", BIG_UNITS));
  for (let d = 0; d < SMALL_DOCS; d++) fs.writeFileSync(path.join(dir, "corpus", `berita-${d}.txt`), article(`Berita pendek nomor ${d}`, SMALL_UNITS));
}

/** English that passes the checks: English words, and the source's numbers. */
function englishFor(source: string, round: number): string {
  const numbers = source.match(/\d+/g) ?? [];
  const n = source.split(" ").length;
  const words = Array.from({ length: Math.max(6, Math.round(n * 0.9)) }, (_, i) => EN[(i + round + n) % EN.length]!);
  const s = [...words.slice(0, 3), ...numbers, ...words.slice(3)].join(" ") + (round > 0 ? ", again" : "") + ".";
  return s[0]!.toUpperCase() + s.slice(1);
}

interface Reply { status: number; body: string; ms: number }

function request(agent: http.Agent, url: URL, method: string, pathname: string, headers: Record<string, string>, body?: string): Promise<Reply> {
  const t0 = process.hrtime.bigint();
  return new Promise((resolve, reject) => {
    const req = http.request({ agent, host: url.hostname, port: url.port, method, path: pathname, headers: { ...headers, ...(body !== undefined ? { "content-type": "application/json", "content-length": String(Buffer.byteLength(body)) } : {}) } }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString("utf8"), ms: Number(process.hrtime.bigint() - t0) / 1e6 }));
      res.on("error", reject);
    });
    req.on("error", reject);
    if (body !== undefined) req.write(body);
    req.end();
  });
}

interface UnitInfo { ref: string; source: string; document: string }

interface LoadResult { saves: number; reads: number; seconds: number; saveMs: number[]; readMs: number[]; statuses: Map<number, number> }

/**
 * `CLIENTS` workers take jobs from one queue until `count` saves are done or the cap passes. Each
 * save confirms a unit with the revision the client last got back for it (0 at first); `readEvery`
 * > 0 makes one request in that many a page read of a random document.
 */
async function load(base: URL, csrf: string, units: readonly UnitInfo[], revisions: Map<string, number>, count: number, round: number, readEvery: number, slugs: readonly string[]): Promise<LoadResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: CLIENTS });
  const rand = rng(round + 11);
  const saveMs: number[] = [];
  const readMs: number[] = [];
  const statuses = new Map<number, number>();
  let next = 0;
  let n = 0;
  let issued = 0;
  const start = Date.now();
  const worker = async () => {
    while (issued < count && Date.now() - start < CAP_MS) {
      if (readEvery > 0 && (n++ % readEvery) === readEvery - 1) {
        const slug = slugs[Math.floor(rand() * slugs.length)]!;
        const r = await request(agent, base, "GET", `/api/documents/${slug}/units`, {});
        readMs.push(r.ms);
        statuses.set(r.status, (statuses.get(r.status) ?? 0) + 1);
        continue;
      }
      issued++;
      const u = units[next++ % units.length]!;
      const base0 = revisions.get(u.ref) ?? 0;
      const r = await request(agent, base, "PUT", `/api/units/${encodeURIComponent(u.ref)}`, { "x-selaras-csrf": csrf },
        JSON.stringify({ target: englishFor(u.source, round), baseRevision: base0, confirm: true }));
      saveMs.push(r.ms);
      statuses.set(r.status, (statuses.get(r.status) ?? 0) + 1);
      if (r.status === 200) revisions.set(u.ref, (JSON.parse(r.body) as { revision: number }).revision);
    }
  };
  const t0 = process.hrtime.bigint();
  await Promise.all(Array.from({ length: CLIENTS }, worker));
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  agent.destroy();
  return { saves: saveMs.length, reads: readMs.length, seconds, saveMs: saveMs.sort((a, b) => a - b), readMs: readMs.sort((a, b) => a - b), statuses };
}

function startServe(dir: string): Promise<{ child: ChildProcess; url: URL }> {
  const child = spawn(process.execPath, [BIN, "serve", "--port", "0"], { cwd: dir, env: { ...process.env, LANG: "en_US.UTF-8" }, stdio: ["ignore", "pipe", "pipe"] });
  return new Promise((resolve, reject) => {
    let out = "", err = "";
    child.stdout!.on("data", (d) => { out += d; const m = /(http:\/\/\S+\/)/.exec(out); if (m) resolve({ child, url: new URL(m[1]!) }); });
    child.stderr!.on("data", (d) => { err += d; });
    child.on("exit", (code) => reject(new Error(`serve exited ${code}: ${out}${err}`)));
  });
}

const ms = (v: number) => `${v.toFixed(1)} ms`;

/**
 * CPU seconds a process has used (user + system, /proc/<pid>/stat), or one of its threads (the
 * main thread's id is the pid): on a shared, loaded machine the wall-clock rate says how much CPU the
 * server got; its CPU per request says what a request costs. The main thread is the one that limits
 * the rate (the others: V8's garbage collector and compiler, the file writer's renames).
 */
function cpuSeconds(pid: number, thread?: number): number {
  try {
    const fields = fs.readFileSync(thread === undefined ? `/proc/${pid}/stat` : `/proc/${pid}/task/${thread}/stat`, "utf8").replace(/^.*\) /, "").split(" ");
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return NaN;
  }
}

export const serveWorkload: Workload = {
  name: "serve",
  description: "the workbench server under 64 concurrent clients: confirmed saves, unit lists, first render",
  async run(ctx) {
    const dir = ctx.tmp;
    writeCorpus(dir);
    fs.cpSync(path.join(REPO, "glossary"), path.join(dir, "glossary"), { recursive: true });
    const db = path.join(dir, "selaras.db");
    let units: UnitInfo[];
    {
      const store = openStore(db);
      ingestFiles(store, [path.join(dir, "corpus")], { now: new Date().toISOString() });
      syncGlossary(store, path.join(dir, "glossary"), new Date().toISOString());
      const slugs = store.documents.all().map((d) => d.slug);
      units = slugs.flatMap((slug) => documentUnits(store, slug).map((u) => ({ ref: u.ref, source: u.source, document: slug })));
      store.close();
    }
    const big = units.filter((u) => u.document === BIG).length;
    ctx.log(`${units.length} units (${big} in ${BIG}), ${SMALL_DOCS + 1} documents`);
    // Saves go round the units in a shuffled order (documents interleave, as with several translators).
    const rand = rng(7);
    const order = [...units];
    for (let i = order.length - 1; i > 0; i--) { const j = Math.floor(rand() * (i + 1)); [order[i], order[j]] = [order[j]!, order[i]!]; }
    const count = Math.round(6000 * ctx.scale);
    const slugs = [...new Set(units.map((u) => u.document))];

    const { child, url } = await startServe(dir);
    const measurements: Measurement[] = [];
    const notes: string[] = [];
    const uptime = () => os.loadavg().map((l) => l.toFixed(2)).join(" ");
    let savesRate = 0, savesP99 = Infinity, listP95 = Infinity, renderMs = Infinity;
    try {
      const agent = new http.Agent({ keepAlive: true });
      const shell = await request(agent, url, "GET", "/", {});
      const csrf = /name="selaras-csrf" content="([0-9a-f]+)"/.exec(shell.body)![1]!;
      const revisions = new Map<string, number>();
      // Warm-up (JIT, caches): one read of every document and 200 saves, not measured.
      for (const slug of slugs) await request(agent, url, "GET", `/api/documents/${slug}/units`, {});
      await load(url, csrf, order.slice(0, 200), revisions, 200, 0, 0, slugs);
      const rest = order.slice(200);

      ctx.log(`saves: ${count} confirmations, ${CLIENTS} clients (load ${uptime()})`);
      const cpu0 = cpuSeconds(child.pid!);
      const main0 = cpuSeconds(child.pid!, child.pid!);
      const client0 = process.cpuUsage();
      const a = await load(url, csrf, rest, revisions, count, 1, 0, slugs);
      const cpuPerSave = (cpuSeconds(child.pid!) - cpu0) / a.saves * 1000;
      const mainPerSave = (cpuSeconds(child.pid!, child.pid!) - main0) / a.saves * 1000;
      const client = process.cpuUsage(client0);
      const clientPerSave = (client.user + client.system) / 1000 / a.saves;
      savesRate = a.saves / a.seconds;
      savesP99 = percentile(a.saveMs, 99);
      measurements.push({
        label: `HTTP: confirmed saves, ${CLIENTS} clients`, items: a.saves, unit: "saves", seconds: a.seconds,
        extra: { p50: ms(percentile(a.saveMs, 50)), p99: ms(savesP99), "server CPU/save": ms(cpuPerSave), "main thread": ms(mainPerSave), "client CPU/save": ms(clientPerSave), statuses: [...a.statuses].map(([s, c]) => `${s}×${c}`).join(" "), load: uptime() },
      });
      notes.push(`Server CPU per confirmed save ${cpuPerSave.toFixed(2)} ms, ${mainPerSave.toFixed(2)} ms of it on its main thread (the load's client: ${clientPerSave.toFixed(2)} ms): ` +
        `by CPU alone (waits for the disk not counted) one core given to the server's main thread confirms ≈${(1000 / mainPerSave).toFixed(0)} saves/s, and two cores shared by server and client ≈${(2000 / (cpuPerSave + clientPerSave)).toFixed(0)}/s.`);

      ctx.log(`mixed: saves and page reads (1 in 8) (load ${uptime()})`);
      const b = await load(url, csrf, rest, revisions, Math.round(count / 2), 2, 8, slugs);
      measurements.push({
        label: `HTTP: saves + page reads (1 in 8), ${CLIENTS} clients`, items: b.saves + b.reads, unit: "requests", seconds: b.seconds,
        extra: { saves: b.saves, "save p50": ms(percentile(b.saveMs, 50)), "save p99": ms(percentile(b.saveMs, 99)), reads: b.reads, "read p95": ms(percentile(b.readMs, 95)), statuses: [...b.statuses].map(([s, c]) => `${s}×${c}`).join(" "), load: uptime() },
      });

      ctx.log(`unit list of ${BIG} (load ${uptime()})`);
      // Warm: the list as several people opening the document get it (nothing written in between:
      // the server answers from the list it keeps). Cold: a confirmation elsewhere before each read,
      // so every read builds the list from the database.
      const listOnce = async () => {
        const r = await request(agent, url, "GET", `/api/documents/${BIG}/units`, {});
        if (r.status !== 200) throw new Error(`unit list: ${r.status}`);
        return { ms: r.ms, units: (JSON.parse(r.body) as unknown[]).length };
      };
      const warmMs: number[] = [];
      let unitsSeen = 0;
      const lw = await time(async () => { for (let i = 0; i < 100; i++) { const r = await listOnce(); warmMs.push(r.ms); unitsSeen = r.units; } });
      warmMs.sort((x, y) => x - y);
      const coldMs: number[] = [];
      let coldCpu = 0;
      const small = order.filter((u) => u.document !== BIG);
      let coldSeconds = 0;
      for (let i = 0; i < 60; i++) {
        const u = small[i]!;
        const save = await request(agent, url, "PUT", `/api/units/${encodeURIComponent(u.ref)}`, { "x-selaras-csrf": csrf },
          JSON.stringify({ target: englishFor(u.source, 9), baseRevision: revisions.get(u.ref) ?? 0, confirm: true }));
        if (save.status === 200) revisions.set(u.ref, (JSON.parse(save.body) as { revision: number }).revision);
        const c0 = cpuSeconds(child.pid!);
        const r = await listOnce();
        coldCpu += cpuSeconds(child.pid!) - c0;
        coldMs.push(r.ms);
        coldSeconds += r.ms / 1000;
      }
      coldMs.sort((x, y) => x - y);
      listP95 = percentile(coldMs, 95);
      measurements.push({ label: `HTTP: unit list of ${unitsSeen} units, nothing written between reads`, items: 100, unit: "lists", seconds: lw.seconds, extra: { p50: ms(percentile(warmMs, 50)), p95: ms(percentile(warmMs, 95)), load: uptime() } });
      measurements.push({ label: `HTTP: unit list of ${unitsSeen} units, a save before each read`, items: coldMs.length, unit: "lists", seconds: coldSeconds, extra: { p50: ms(percentile(coldMs, 50)), p95: ms(listP95), "server CPU/list": ms(coldCpu / coldMs.length * 1000), load: uptime() } });

      ctx.log(`first render in Chromium (load ${uptime()})`);
      if (fs.existsSync(CHROMIUM)) {
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        const { chromium } = require("playwright-core") as typeof import("playwright-core");
        const browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox", "--headless", "--disable-gpu", "--no-first-run"] });
        try {
          const renders: number[] = [];
          for (let i = 0; i < 5; i++) {
            const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
            const t0 = Date.now();
            await page.goto(new URL(`/documents/${BIG}`, url).href);
            await page.locator("[data-ref]").first().waitFor({ state: "visible" });
            renders.push(Date.now() - t0);
            await page.close();
          }
          renders.sort((x, y) => x - y);
          renderMs = percentile(renders, 50);
          measurements.push({ label: `Chromium: first unit row of ${BIG} visible`, items: renders.length, unit: "renders", seconds: renders.reduce((s, v) => s + v, 0) / 1000, extra: { median: ms(renderMs), worst: ms(renders[renders.length - 1]!), load: uptime() } });
        } finally {
          await browser.close();
        }
      } else notes.push(`No ${CHROMIUM}: first render not measured.`);
      agent.destroy();
    } finally {
      child.kill("SIGTERM");
      await new Promise((r) => child.once("exit", r));
    }

    // Baselines, same run, same project: the library call without HTTP (one process, one gate for
    // the run, as a server keeps), then one CLI process per save.
    {
      const store = openStore(db);
      const gate = createGate(store);
      const libUnits = order.slice(200, 200 + Math.min(2000, count));
      const revs = new Map(libUnits.map((u) => [u.ref, documentUnits(store, u.document).find((x) => x.ref === u.ref)!.revision]));
      ctx.log(`library setUnit: ${libUnits.length} confirmations (load ${uptime()})`);
      const lib = await time(() => {
        for (const u of libUnits) setUnit(store, u.ref, { text: englishFor(u.source, 3), state: "translated", author: "bench", baseRevision: revs.get(u.ref)!, now: new Date().toISOString() }, { root: dir, gate });
      });
      measurements.push({ label: "library: setUnit (no HTTP), one process", items: libUnits.length, unit: "saves", seconds: lib.seconds, extra: { load: uptime() } });
      store.close();
    }
    const cliUnits = order.slice(2200, 2220);
    ctx.log(`CLI: ${cliUnits.length} × selaras translate set (load ${uptime()})`);
    const cli = await time(() => {
      for (const u of cliUnits) {
        const r = spawnSync(process.execPath, [BIN, "translate", "set", u.ref, englishFor(u.source, 4), "--status", "translated", "--translator", "bench"], { cwd: dir, encoding: "utf8" });
        if (r.status !== 0) throw new Error(`translate set ${u.ref}: ${r.status} ${r.stderr}`);
      }
    });
    measurements.push({ label: "baseline: selaras translate set, one process each", items: cliUnits.length, unit: "saves", seconds: cli.seconds, extra: { load: uptime() } });

    const cliRate = cliUnits.length / cli.seconds;
    const libRow = measurements[measurements.length - 2]!;
    notes.push(
      `Confirmed saves over HTTP: ${savesRate.toFixed(0)}/s = ${(savesRate / cliRate).toFixed(0)}× the CLI process per save, ${(savesRate / (libRow.items / libRow.seconds)).toFixed(2)}× the library call without HTTP.`,
      `Targets: ≥1,000 confirmed saves/s ${savesRate >= 1000 ? "met" : "NOT met"} (${savesRate.toFixed(0)}); p99 ≤100 ms ${savesP99 <= 100 ? "met" : "NOT met"} (${savesP99.toFixed(1)}); ` +
      `unit list p95 ≤30 ms (built anew for each read) ${listP95 <= 30 ? "met" : "NOT met"} (${listP95.toFixed(1)}); first render ≤1 s ${renderMs <= 1000 ? "met" : "NOT met"} (${renderMs.toFixed(0)} ms).`,
      `Load average at the end: ${uptime()} (${os.cpus().length} cores).`,
    );
    return { measurements, notes };
  },
};
