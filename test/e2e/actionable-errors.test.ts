/**
 * #17 "Errors a person can act on": full disk, permissions, read-only database or folder, an
 * --out that is a folder, control characters, UTF-16 without a BOM, EPIPE. Each is one line
 * naming the path the user gave (never a hidden temporary file), exit 2, no stack trace.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { dumpDb, REPO, run, tempDir } from "../helpers/cli";
import { sanitizeTerminal } from "../../src/text/control";
import { cliArgv } from "./children/cli";

jest.setTimeout(120_000);

let work: string;
let db: string;
const ARTICLE = "Presiden tiba di Jakarta\n\nPresiden tiba di Jakarta pada Rabu pagi.\nDia bertemu menteri.\n";
const ROOT = typeof process.getuid === "function" && process.getuid() === 0;
/** The real CLI as a shell word list: the built dist when fresh, else the TypeScript through tsx (test/e2e/children/cli.ts), tsx by its path (the shell runs in the work folder). */
const selaras = [process.execPath, ...cliArgv().map((a) => (a === "tsx" ? require.resolve("tsx") : a))].map((a) => `"${a}"`).join(" ");

const write = (rel: string, text: string | Buffer): string => {
  const f = path.join(work, rel);
  fs.mkdirSync(path.dirname(f), { recursive: true });
  fs.writeFileSync(f, text);
  return f;
};

beforeEach(async () => {
  work = tempDir("selaras-errors-");
  db = path.join(work, "s.db");
  expect((await run(["ingest", write("a/berita.txt", ARTICLE), "--db", db])).code).toBe(0);
  expect((await run(["translate", "set", "berita:2", "The president arrived in Jakarta on Wednesday morning.", "--db", db, "--translator", "Ani"])).code).toBe(0);
});
afterEach(() => {
  jest.restoreAllMocks();
  for (const d of [work, path.join(work, "ro")]) try { fs.chmodSync(d, 0o755); } catch { /* gone */ }
  fs.rmSync(work, { recursive: true, force: true });
});

const oneLine = (stderr: string) => {
  expect(stderr.split("\n").filter(Boolean)).toHaveLength(1);
  expect(stderr).not.toMatch(/internal error|\n\s+at /);
  expect(stderr).not.toMatch(/\.tmp\b/);
};

describe("--out that is a folder", () => {
  test("export --out some/dir/ (missing or existing) and an existing folder: one line naming it, exit 2", async () => {
    for (const out of [path.join(work, "some/dir") + "/", path.join(work, "a") + "/"]) {
      const r = await run(["export", "--format", "tmx", "--out", out, "--db", db]);
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(`selaras: ${out}: is a folder; --out takes a file name (for example corpus.tmx inside that folder)\n`);
    }
    const dir = path.join(work, "a");
    const r = await run(["export", "--format", "tmx", "--out", dir, "--db", db]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`selaras: ${dir}: is a folder, expected a file\n`);
    const audit = await run(["audit", "--out", dir, "--db", db]);
    expect(audit.code).toBe(2);
    expect(audit.stderr).toBe(`selaras: ${dir}: is a folder; --out takes a file name (for example corpus.tmx inside that folder)\n`);
  });
});

describe("full disk", () => {
  const enospc = () => Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC", errno: -28, syscall: "write" });

  test("export: names the export file (not its temporary), leaves the old export, no temporaries", async () => {
    const out = path.join(work, "out/x.tmx");
    write("out/x.tmx", "old\n");
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const fsModule = require("node:fs") as typeof fs;
    jest.spyOn(fsModule, "writeSync").mockImplementation(() => { throw enospc(); });
    const r = await run(["export", "--format", "tmx", "--out", out, "--db", db]);
    jest.restoreAllMocks();
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`selaras: ${out}: the disk is full (or over quota); nothing was written there: free some space and run the command again\n`);
    expect(fs.readFileSync(out, "utf8")).toBe("old\n");
    expect(fs.readdirSync(path.dirname(out))).toEqual(["x.tmx"]);
  });

  test("a file-size limit (ulimit -f) in a child process: EFBIG named with the target, exit 2", async () => {
    const out = path.join(work, "big.tsv");
    // 40 KB: more than the database's shared-memory file needs, less than this export.
    // (the long texts saved in this process: only the export below needs the child and its limit)
    for (let i = 0; i < 3; i++) await run(["translate", "set", "berita:3", "He met a minister. ".repeat(2600 + i), "--db", db], { cwd: REPO });
    const p = spawnSync("bash", ["-c", `ulimit -f 40; exec ${selaras} export --format tsv --out "${out}" --db "${db}"`], { cwd: REPO, encoding: "utf8" });
    expect(p.status).toBe(2);
    expect(p.stderr).toBe(`selaras: ${out}: larger than this process may write (file-size limit, EFBIG); nothing was written there\n`);
    expect(fs.existsSync(out)).toBe(false);
    expect(fs.readdirSync(work).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  test("SQLITE_FULL while writing the database: names the database, exit 2", async () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const Database = require("better-sqlite3");
    jest.spyOn(Database.prototype, "transaction").mockImplementation(() => {
      const full = () => { throw Object.assign(new Error("database or disk is full"), { code: "SQLITE_FULL", name: "SqliteError" }); };
      return Object.assign(full, { immediate: full, deferred: full, exclusive: full });
    });
    const before = dumpDb(db);
    const r = await run(["ingest", write("b/kabar.txt", ARTICLE.replace("Rabu", "Kamis")), "--db", db]);
    jest.restoreAllMocks();
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`selaras: ${db}: the disk is full (or over quota); the command was undone and the database left as it was: free some space and run it again\n`);
    expect(dumpDb(db)).toBe(before);
  });
});

describe("real permissions: a read-only database, a read-only folder (as a user without write access)", () => {
  // As root every file is writable, so the command then runs as `nobody` (runuser).
  const asUser = (args: string[]) => {
    const node = [process.execPath, ...cliArgv(), ...args];
    const [cmd, ...rest] = ROOT ? ["runuser", "-u", "nobody", "--", ...node] : node;
    return spawnSync(cmd!, rest, { cwd: REPO, encoding: "utf8", env: { ...process.env, LANG: "en_US.UTF-8" } });
  };
  const lockDown = (...paths: string[]) => {
    fs.chmodSync(work, 0o755);
    for (const p of paths) fs.chmodSync(p, fs.statSync(p).isDirectory() ? 0o555 : 0o444);
  };

  test("a read-only database in a read-only folder: one line naming it, exit 2, database unchanged", () => {
    const before = dumpDb(db);
    lockDown(db);
    fs.chmodSync(work, 0o555);
    const p = asUser(["translate", "set", "berita:3", "He met a minister.", "--db", db]);
    fs.chmodSync(work, 0o755);
    expect(p.status).toBe(2);
    oneLine(p.stderr);
    expect(p.stderr).toMatch(new RegExp(`^selaras: ${db.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}: the database cannot be written \\(the file or its folder is read-only, SQLITE_READONLY[A-Z_]*\\); Selaras also writes beside it`));
    fs.chmodSync(db, 0o644);
    expect(dumpDb(db)).toBe(before);
  });

  test("an export into a read-only folder: permission denied, naming the file", () => {
    const ro = path.join(work, "ro");
    fs.mkdirSync(ro);
    lockDown(ro);
    const rw = path.join(work, "rw");
    fs.mkdirSync(rw);
    fs.chmodSync(rw, 0o777);
    const copy = path.join(rw, "s.db");
    fs.copyFileSync(db, copy);
    fs.chmodSync(copy, 0o666);
    const out = path.join(ro, "x.tmx");
    const p = asUser(["export", "--format", "tmx", "--out", out, "--db", copy]);
    expect(p.status).toBe(2);
    expect(p.stderr).toMatch(new RegExp(`^selaras: ${out.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}: permission denied \\(EACCES\\); check who may write there, or choose another path\n$`));
    expect(fs.readdirSync(ro)).toEqual([]);
  });

  test("a database in a folder that cannot be written: one line naming it", () => {
    const ro = path.join(work, "ro");
    fs.mkdirSync(ro);
    lockDown(ro);
    const fresh = path.join(ro, "new.db");
    const p = asUser(["ingest", path.join(work, "a/berita.txt"), "--db", fresh]);
    expect(p.status).toBe(2);
    expect(p.stderr).toBe(`selaras: ${fresh}: the database cannot be opened or created (SQLITE_CANTOPEN): check that its folder exists and can be written\n`);
  });
});

describe("permission errors named (any user: injected)", () => {
  test("EACCES and EROFS while writing translations files name the target file", async () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const fsModule = require("node:fs") as typeof fs;
    const out = path.join(work, "tr");
    for (const [code, text] of [["EACCES", "permission denied (EACCES); check who may write there, or choose another path"], ["EROFS", "on a read-only file system (EROFS); choose a writable path"]] as const) {
      jest.spyOn(fsModule, "writeFileSync").mockImplementation(((file: string) => {
        throw Object.assign(new Error(`${code}: open '${file}'`), { code, path: file, syscall: "open" });
      }) as unknown as typeof fs.writeFileSync);
      const r = await run(["translations", "export", "--out", out, "--db", db]);
      jest.restoreAllMocks();
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(`selaras: ${path.join(out, "berita.translations.txt")}: ${text}\n`);
    }
  });

  test("a read-only database (SQLITE_READONLY on open) names the database", async () => {
    // Simulated with a database file opened read-only by SQLite: the WAL switch needs to write.
    const ro = path.join(work, "ro.db");
    fs.copyFileSync(db, ro);
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const Database = require("better-sqlite3");
    const realPragma = Database.prototype.pragma;
    jest.spyOn(Database.prototype, "pragma").mockImplementation(function (this: unknown, ...args: unknown[]) {
      if (String(args[0]).startsWith("journal_mode")) throw Object.assign(new Error("attempt to write a readonly database"), { code: "SQLITE_READONLY" });
      return realPragma.apply(this, args);
    });
    const r = await run(["status", "--db", ro]);
    jest.restoreAllMocks();
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`selaras: ${ro}: the database cannot be written (the file or its folder is read-only, SQLITE_READONLY); Selaras also writes beside it (${ro}-wal, ${ro}-shm): change the permissions or copy the database somewhere writable\n`);
  });
});

describe("control characters", () => {
  test("in an article: refused at the door with file:line:column, database unchanged", async () => {
    const before = dumpDb(db);
    const f = write("c/kabar.txt", "Judul\n\nPresiden tiba \u001b[2J di Jakarta.\n");
    const r = await run(["ingest", f, "--db", db]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`selaras: ${f}:3:15: control character U+001B (not text: terminal escape, backspace, delete...); remove it and try again\n`);
    expect(dumpDb(db)).toBe(before);
  });

  test.each([["BS", "\b", "U+0008"], ["DEL", "\u007f", "U+007F"], ["C1 CSI", "\u009b", "U+009B"], ["BEL", "\u0007", "U+0007"]])(
    "%s in a rendering given on the command line is refused", async (_n, ch, name) => {
      const before = dumpDb(db);
      const r = await run(["translate", "set", "berita:3", `He met${ch} a minister.`, "--db", db]);
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(`selaras: berita:3: control character ${name} at character 7 (not text: terminal escape, backspace, delete...); remove it and try again\n`);
      expect(dumpDb(db)).toBe(before);
    });

  test("in a note or a translator's name (both travel into exports) is refused", async () => {
    const before = dumpDb(db);
    const note = await run(["translate", "set", "berita:3", "He met a minister.", "--note", "see \u001b[2J", "--db", db]);
    expect(note.code).toBe(2);
    expect(note.stderr).toBe("selaras: --note: control character U+001B at character 5 (not text: terminal escape, backspace, delete...); remove it and try again\n");
    const who = await run(["translate", "set", "berita:3", "He met a minister.", "--translator", "A\u0008ni", "--db", db]);
    expect(who.code).toBe(2);
    expect(who.stderr).toBe("selaras: --translator: control character U+0008 at character 2 (not text: terminal escape, backspace, delete...); remove it and try again\n");
    expect(dumpDb(db)).toBe(before);
  });

  test("in an imported unit (JSON escape) and a translations file: refused, nothing imported", async () => {
    const before = dumpDb(db);
    const jsonl = write("u.jsonl", JSON.stringify({ source: "Dia bertemu menteri.", target: "He met \u001b[2J a minister." }) + "\n");
    const r = await run(["import", jsonl, "--db", db]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`selaras: ${jsonl}:1: the target holds control character U+001B (not text: terminal escape, backspace, delete...); nothing was imported: remove it and try again\n` +
      "note: this refusal concerns one unit; --skip-refused imports the other units and lists every unit it leaves out\n");
    const tr = write("tr/berita.translations.txt", "# selaras translations 1\n\n@ berita:3\nid: Dia bertemu menteri.\nen: He met \u0008 a minister.\n");
    const t = await run(["translations", "import", tr, "--db", db]);
    expect(t.code).toBe(2);
    expect(t.stderr).toBe(`selaras: ${tr}:5:12: control character U+0008 (not text: terminal escape, backspace, delete...); remove it and try again\n`);
    expect(dumpDb(db)).toBe(before);
  });

  test("typed in the translation session: refused with a notice, the person types it again", async () => {
    const r = await run(["translate", "berita", "--db", db, "--translator", "Ani"], { stdin: "The president \u001b[2J arrives\nThe president arrives in Jakarta\n:q\n" });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("\n  control character U+001B at character 15 (not text: a terminal escape, backspace...); type the English again\n");
    expect(r.stdout).not.toContain("\u001b");
    const show = JSON.parse((await run(["translate", "show", "berita:1", "--json", "--db", db])).stdout);
    expect(show.rendering.text).toBe("The president arrives in Jakarta");
  });

  test("terminal output never passes an escape sequence through (a database written by an older version)", async () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const Database = require("better-sqlite3");
    const raw = new Database(db);
    raw.prepare("UPDATE rendering SET text = ?").run("The president \u001b[2J\u001b]0;x\u0007arrived\u009b.");
    raw.close();
    for (const argv of [["translate", "show", "berita:2"], ["history", "berita:2"], ["check", "berita"]]) {
      const r = await run([...argv, "--db", db]);
      expect(r.stdout + r.stderr).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    }
    const show = await run(["translate", "show", "berita:2", "--db", db]);
    expect(show.stdout).toContain("The president \u241b[2J\u241b]0;x\u2407arrived<U+009B>.");
    const json = await run(["translate", "show", "berita:2", "--json", "--db", db]);
    expect(JSON.parse(json.stdout).rendering.text).toBe("The president \u001b[2J\u001b]0;x\u0007arrived\u009b.");
    expect(json.stdout).not.toMatch(/[\u001b\u0007\u009b]/);
  });

  test("sanitizeTerminal keeps tab and newline, shows the rest", () => {
    expect(sanitizeTerminal("a\tb\nc\r\u001b\u007f\u0085")).toBe("a\tb\nc\u240d\u241b\u2421<U+0085>");
  });
});

describe("UTF-16 without a byte-order mark", () => {
  test.each([["UTF-16LE", "utf16le"], ["UTF-16BE", "be"]])("%s is named as probable UTF-16, not binary", async (name, enc) => {
    let buf = Buffer.from(ARTICLE, "utf16le");
    if (enc === "be") buf = Buffer.from(buf).swap16();
    const f = write("u16.txt", buf);
    const r = await run(["ingest", f, "--db", db]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`selaras: ${f}: probably ${name} text without a byte-order mark (every other byte is NUL); Selaras reads UTF-8, and UTF-16 only with a byte-order mark: convert it first, e.g. iconv -f ${name} -t UTF-8\n`);
  });

  test("an imported TMX in UTF-16LE without a byte-order mark is named as such", async () => {
    const tmx = '<?xml version="1.0" encoding="UTF-16"?>\n<tmx version="1.4"><header srclang="id" datatype="plaintext" segtype="sentence" adminlang="en" o-tmf="x" creationtool="x" creationtoolversion="1"/><body>' +
      '<tu><tuv xml:lang="id"><seg>Dia bertemu menteri.</seg></tuv><tuv xml:lang="en"><seg>He met a minister.</seg></tuv></tu></body></tmx>\n';
    const f = write("u16.tmx", Buffer.from(tmx, "utf16le"));
    const before = dumpDb(db);
    const r = await run(["import", f, "--db", db]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`selaras: ${f}: probably UTF-16LE text without a byte-order mark (every other byte is NUL); Selaras reads UTF-8, and UTF-16 only with a byte-order mark: convert it first, e.g. iconv -f UTF-16LE -t UTF-8\n`);
    expect(dumpDb(db)).toBe(before);
  });

  test("a real binary file is still binary", async () => {
    const f = write("bin.txt", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x01, 0x00]));
    const r = await run(["ingest", f, "--db", db]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/binary content/);
  });
});

describe("EPIPE: output piped to head ends quietly with the command's own exit code", () => {
  const sh = (cmd: string) => spawnSync("bash", ["-c", `set -o pipefail; cd "${work}"; ${cmd}`], { cwd: REPO, encoding: "utf8", env: { ...process.env, LANG: "en_US.UTF-8" } });
  const N = 4000;

  beforeEach(() => {
    // Output far larger than a pipe's buffer, so writing goes on after `head` has gone.
    const ids = Array.from({ length: N }, (_, i) => `Kalimat nomor ${i + 1} tentang pasar ikan di kota pelabuhan.`);
    write("big/besar.txt", "Judul besar\n\n" + ids.join("\n") + "\n");
    write("big/besar.en.txt", "Big headline\n\n" + ids.map((l) => l.replace("Kalimat nomor", "Sentence number").replace("tentang pasar ikan di kota pelabuhan", "about the fish market in the port town")).join("\n") + "\n");
    write("g/big.tsv", "id\tsource\tpreferred\n" + Array.from({ length: N }, (_, i) => `t${i}\tkata${i}\tword${i}`).join("\n") + "\n");
  });

  test.each([
    ["align (stateless)", "align big/besar.txt big/besar.en.txt"],
    ["glossary list", "glossary list --glossary g"],
    ["glossary export", "glossary export --glossary g"],
  ])("%s | head -1", (_name, args) => {
    const full = sh(`${selaras} ${args} > /dev/null`);
    expect(full.status).toBe(0);
    const p = sh(`${selaras} ${args} | head -1 > /dev/null`);
    expect(p.stderr).toBe("");
    expect(p.status).toBe(0);
  });

  test("align --doc | head -1 still stores every pair (the command finishes its work)", () => {
    const big = path.join(work, "big.db");
    expect(sh(`${selaras} ingest big/besar.txt --db "${big}" > /dev/null`).status).toBe(0);
    const p = sh(`${selaras} align --doc besar big/besar.en.txt --db "${big}" | head -1 > /dev/null`);
    expect(p.stderr).toBe("");
    expect(p.status).toBe(0);
    const status = JSON.parse(sh(`${selaras} status besar --json --db "${big}"`).stdout);
    expect(status[0].segments).toBe(N + 1);
    expect(status[0].aligned ?? status[0].translated).toBe(N + 1);
  });
});
