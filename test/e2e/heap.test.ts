/**
 * `selaras audit` and `selaras check` run with V8's heap growth bounded on the command line
 * (src/cli/heap.ts): the CLI starts itself again in a child Node with `--heap-growing-percent=50`,
 * which then does the work with the same arguments, streams and exit code. A probe preloaded
 * through NODE_OPTIONS (inherited by the child) records each Node process the CLI starts: its pid,
 * parent pid, Node options and arguments. When no child Node can be started, the command runs in
 * the first process as it would without the flag.
 */
import { spawn } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { boundedExecArgv, commandOf, HEAP_FLAG } from "../../src/cli/heap";
import { REPO, run, tempDir } from "../helpers/cli";
import { cliArgv } from "./children/cli";

const GLOSSARY = path.resolve(__dirname, "../fixtures/check/glossary");
const PAIRS = [
  "Juru bicara Kremlin Dmitry Peskov mengatakan Gedung Putih keliru.\tKremlin spokesman Dmitry Peskov said the presidential office was wrong.",
  "Korea Utara mengecam sanksi 5 negara.\tNorth Korea condemned the sanctions of 6 countries.",
  "Pejabat itu menolak berkomentar.\tThe official declined to comment.",
].join("\n") + "\n";

interface Started { pid: number; ppid: number; execArgv: string[]; argv: string[] }
interface Ran { code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string; started: Started[] }

let dir: string;
let pairsFile: string;
beforeAll(() => {
  dir = tempDir("selaras-heap-");
  pairsFile = path.join(dir, "pairs.tsv");
  fs.writeFileSync(pairsFile, PAIRS);
  // appends one JSON line per Node process that loads it, as it starts
  fs.writeFileSync(path.join(dir, "probe.js"),
    `require("node:fs").appendFileSync(process.env.PROBE_LOG, JSON.stringify({ pid: process.pid, ppid: process.ppid, execArgv: process.execArgv, argv: process.argv.slice(2) }) + "\\n");\n`);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

let runs = 0;
/**
 * Starts the real CLI (`node bin.js ...args`), with the probe preloaded; `stdin` written then closed
 * unless `keepOpen`. `node`, `preload`, `cwd`: another Node executable, one more module to preload,
 * another working folder.
 */
function start(args: string[], stdin = "", keepOpen = false, { node = process.execPath, preload = "", cwd = dir } = {}) {
  const log = path.join(dir, `started-${++runs}.jsonl`);
  const probe = path.join(dir, "probe.js");
  const options = [process.env.NODE_OPTIONS ?? "", `--require ${probe}`, preload && `--require ${preload}`];
  const env = { ...process.env, LANG: "en_US.UTF-8", PROBE_LOG: log, NODE_OPTIONS: options.join(" ").trim() };
  const cp = spawn(node, [...cliArgv(), ...args], { env, cwd, stdio: ["pipe", "pipe", "pipe"] });
  let stdout = "", stderr = "";
  cp.stdout.on("data", (d: Buffer) => { stdout += d.toString(); });
  cp.stderr.on("data", (d: Buffer) => { stderr += d.toString(); });
  cp.stdin.write(stdin);
  if (!keepOpen) cp.stdin.end();
  const started = (): Started[] => readStarted(log);
  const done = new Promise<Ran>((resolve, reject) => {
    cp.on("error", reject);
    cp.on("close", (code, signal) => resolve({ code, signal, stdout, stderr, started: started() }));
  });
  return { cp, done, started };
}

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe("which commands start again with the heap flag", () => {
  it("finds the command after global options and their values", () => {
    expect(commandOf(["--db", "check.db", "glossary", "list"])).toBe("glossary");
    expect(commandOf(["--db=audit.db", "--json", "status"])).toBe("status");
    expect(commandOf(["--lang", "id", "audit", "--format", "json"])).toBe("audit");
    expect(commandOf(["--json"])).toBeUndefined();
  });

  it("audit, check (with their subcommands) and pipeline get the flag added to Node's own options; other commands and a second start do not", () => {
    expect(boundedExecArgv(["audit", "--format", "json"], ["--max-old-space-size=400"])).toEqual(["--max-old-space-size=400", HEAP_FLAG]);
    expect(boundedExecArgv(["--db", "x.db", "check", "ignore", "line:1", "number-mismatch"], [])).toEqual([HEAP_FLAG]);
    expect(boundedExecArgv(["pipeline", "--root", "."], [])).toEqual([HEAP_FLAG]);
    expect(boundedExecArgv(["export", "--format", "tmx"], [])).toBeNull();
    expect(boundedExecArgv(["--version"], [])).toBeNull();
    // the restarted process, or a growing factor the user chose
    expect(boundedExecArgv(["audit"], [HEAP_FLAG])).toBeNull();
    expect(boundedExecArgv(["audit"], ["--heap-growing-percent=20"])).toBeNull();
  });
});

describe("audit and check run in a child Node with the heap flag", () => {
  it("audit: the child gets the same arguments plus the flag, and its report and exit code are the user's", async () => {
    const args = ["audit", "--pairs", pairsFile, "--glossary", GLOSSARY, "--format", "json"];
    const r = await start(args).done;
    const inProcess = await run(args);
    expect(inProcess.code).toBe(1);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(inProcess.stdout);
    expect(JSON.parse(r.stdout).counts).toEqual({ error: 3, warning: 0, info: 0, suppressed: 0 });
    expect(r.started).toHaveLength(2);
    const [parent, child] = r.started as [Started, Started];
    expect(parent.execArgv).not.toContain(HEAP_FLAG);
    expect(child.ppid).toBe(parent.pid);
    expect(child.execArgv).toEqual([...parent.execArgv, HEAP_FLAG]);
    expect(child.argv).toEqual(parent.argv);
  });

  it("check reads the pairs from the standard input through the child", async () => {
    const args = ["check", "--pairs", "-", "--glossary", GLOSSARY, "--format", "json"];
    const r = await start(args, PAIRS).done;
    const inProcess = await run(args, { stdin: PAIRS });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(inProcess.stdout);
    expect(r.started.map((s) => s.execArgv.includes(HEAP_FLAG))).toEqual([false, true]);
  });

  it("bad input: the child's message and exit code 2 reach the user once", async () => {
    const r = await start(["audit", "--pairs", path.join(dir, "missing.tsv"), "--glossary", GLOSSARY]).done;
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toContain("missing.tsv");
    expect(r.started).toHaveLength(2);
  });

  it("no child can be started: audit and check run in the one process, with the same output and exit code", async () => {
    // The CLI runs on its own link to the Node executable, which a preloaded module removes as the
    // CLI starts: the process runs on, but no child Node can be started from that file (ENOENT).
    const node = path.join(dir, "node-once");
    const place = () => {
      try {
        fs.linkSync(process.execPath, node);
      } catch {
        fs.copyFileSync(process.execPath, node);
        fs.chmodSync(node, 0o755);
      }
    };
    place();
    const unlink = path.join(dir, "unlink-node.js");
    fs.writeFileSync(unlink, `require("node:fs").rmSync(process.execPath, { force: true });\n`);
    try {
      const audit = ["audit", "--pairs", pairsFile, "--glossary", GLOSSARY, "--format", "json"];
      const r = await start(audit, "", false, { node, preload: unlink }).done;
      const inProcess = await run(audit);
      expect(fs.existsSync(node)).toBe(false);
      expect(r.code).toBe(1);
      expect(r.code).toBe(inProcess.code);
      expect(r.stdout).toBe(inProcess.stdout);
      expect(r.stderr).toBe("");
      expect(r.started).toHaveLength(1);
      expect(r.started[0]!.execArgv).not.toContain(HEAP_FLAG);

      place();
      const check = ["check", "--pairs", "-", "--glossary", GLOSSARY];
      const c = await start(check, PAIRS, false, { node, preload: unlink }).done;
      const checkInProcess = await run(check, { stdin: PAIRS });
      expect(c.code).toBe(1);
      expect(c.stdout).toBe(checkInProcess.stdout);
      expect(c.stderr).toBe(checkInProcess.stderr);
      expect(c.started).toHaveLength(1);
    } finally {
      fs.rmSync(node, { force: true });
    }
  });

  it("pipeline (npm start) runs in the child too: its output, files and exit code are those of an in-process run", async () => {
    // two copies of the shipped project, `selaras pipeline` in each (what `npm start` runs), one each way
    const project = (name: string) => {
      const root = path.join(dir, name);
      for (const d of ["corpus", "glossary", "translations"]) fs.cpSync(path.join(REPO, d), path.join(root, d), { recursive: true });
      return root;
    };
    const viaChild = project("pipeline-child"), here = project("pipeline-here");
    const r = await start(["pipeline"], "", false, { cwd: viaChild }).done;
    const inProcess = await run(["pipeline"], { cwd: here });
    expect(inProcess.code).toBe(0);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(inProcess.stdout);
    expect(r.stdout).toContain("Checks (pairs: 115)");
    expect(r.started.map((s) => s.execArgv.includes(HEAP_FLAG))).toEqual([false, true]);
    const exports = fs.readdirSync(path.join(here, "exports")).sort();
    expect(fs.readdirSync(path.join(viaChild, "exports")).sort()).toEqual(exports);
    for (const f of exports) {
      expect(fs.readFileSync(path.join(viaChild, "exports", f), "utf8")).toBe(fs.readFileSync(path.join(here, "exports", f), "utf8"));
    }
  });

  it("other commands run in the one process", async () => {
    const r = await start(["glossary", "list", "--glossary", GLOSSARY]).done;
    expect(r.code).toBe(0);
    expect(r.started).toHaveLength(1);
    expect(r.started[0]!.execArgv).not.toContain(HEAP_FLAG);
  });

  it("a signal to the CLI stops the child too, and the CLI dies of the same signal", async () => {
    // the child waits for the rest of its standard input, which never comes
    const s = start(["check", "--pairs", "-", "--glossary", GLOSSARY], PAIRS, true);
    while (s.started().length < 2) await new Promise((r) => setTimeout(r, 20));
    const child = s.started()[1]!;
    s.cp.kill("SIGTERM");
    const r = await s.done;
    expect(r.signal).toBe("SIGTERM");
    while (alive(child.pid)) await new Promise((r) => setTimeout(r, 20));
    expect(alive(child.pid)).toBe(false);
  });

  it("the child stops when the CLI is killed without a word (SIGKILL: no signal to pass on)", async () => {
    // The CLI's standard input is a pipe from `sleep` (not from this process, which would close it
    // when the CLI dies, and the child would end at its end of input): only the CLI's death can end it.
    const log = path.join(dir, `started-${++runs}.jsonl`);
    const options = [process.env.NODE_OPTIONS ?? "", `--require ${path.join(dir, "probe.js")}`].join(" ").trim();
    const sh = spawn("sh", ["-c", 'sleep 600 | "$@"', "sh", process.execPath, ...cliArgv(), "check", "--pairs", "-", "--glossary", GLOSSARY],
      { env: { ...process.env, LANG: "en_US.UTF-8", PROBE_LOG: log, NODE_OPTIONS: options }, cwd: dir, stdio: "ignore" });
    const started = (): Started[] => readStarted(log);
    try {
      while (started().length < 2) await new Promise((r) => setTimeout(r, 20));
      const [cli, child] = started() as [Started, Started];
      expect(child.ppid).toBe(cli.pid);
      process.kill(cli.pid, "SIGKILL");
      while (alive(child.pid)) await new Promise((r) => setTimeout(r, 20));
      expect(alive(child.pid)).toBe(false);
    } finally {
      spawn("pkill", ["-P", String(sh.pid)], { stdio: "ignore" });
    }
  });
});

/**
 * The processes the probe has logged so far: only whole lines (a process may be writing its line
 * while the test reads the file, which is then empty or ends mid-line).
 */
function readStarted(log: string): Started[] {
  if (!fs.existsSync(log)) return [];
  const lines = fs.readFileSync(log, "utf8").split("\n");
  lines.pop(); // (after the last line feed: "" or a line still being written)
  return lines.map((l) => JSON.parse(l) as Started);
}
