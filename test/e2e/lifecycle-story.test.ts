/**
 * The whole story of issue 13, end to end with the real CLI on a copy of the shipped project in a git
 * repository: ingest an article from a folder outside the project, translate part of it in a piped
 * session (one save with a number error accepted with a reason, one refused), align a second article
 * with its English, undo the aligner's wrong join and confirm, — no `translations export` — then a
 * fresh clone with a fresh database gives, after the pipeline (`npm start`), the same `status --json`,
 * the same `check --format json` findings and byte-identical exports.
 */
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { run, tempDir, REPO } from "../helpers/cli";
import { BUDGET, FLOOD, FLOOD_EN } from "../helpers/lifecycle-articles";

const git = (cwd: string, ...args: string[]): string =>
  execFileSync("git", ["-c", "user.name=Tester", "-c", "user.email=t@example.org", ...args], { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });

/** Every file under a folder, relative path → bytes. */
function tree(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out.set(path.relative(dir, p), fs.readFileSync(p));
    }
  };
  walk(dir);
  return out;
}

describe("the unit lifecycle, end to end", () => {
  let root: string;
  let outside: string;
  let clone: string;
  beforeAll(() => {
    root = tempDir("selaras-story-");
    outside = tempDir("selaras-story-outside-");
    clone = path.join(tempDir("selaras-story-clone-"), "project");
  });
  afterAll(() => {
    for (const d of [root, outside, path.dirname(clone)]) fs.rmSync(d, { recursive: true, force: true });
  });

  it("a colleague's fresh clone rebuilds the same status, findings and exports", async () => {
    for (const d of ["corpus", "glossary", "translations"]) fs.cpSync(path.join(REPO, d), path.join(root, d), { recursive: true });
    fs.copyFileSync(path.join(REPO, ".gitignore"), path.join(root, ".gitignore"));
    fs.writeFileSync(path.join(root, "corpus", "berita-banjir.txt"), FLOOD);
    fs.writeFileSync(path.join(outside, "anggaran-sekolah.txt"), BUDGET);
    fs.writeFileSync(path.join(outside, "banjir.en.txt"), FLOOD_EN);
    const cli = (argv: string[], stdin?: string) => run(argv, { cwd: root, ...(stdin !== undefined ? { stdin } : {}) });

    // npm start: the shipped project into selaras.db, then the repository as it was handed over
    expect((await cli(["pipeline"])).code).toBe(0);
    git(root, "init", "-q");
    git(root, "add", "-A");
    git(root, "commit", "-q", "-m", "project");
    expect(git(root, "status", "--porcelain")).toBe("");

    // 1. an article from outside the project, translated in a piped session
    expect((await cli(["ingest", path.join(outside, "anggaran-sekolah.txt")])).code).toBe(0);
    const session = await cli(["translate", "anggaran-sekolah", "--translator", "Ani"], [
      "The government raises the school budget",
      "The government is adding 750 billion rupiah to the education budget this year.",
      "The minister said the money is for 1,300 schools in remote areas.",
      ":accept the ministry corrected the figure to 1,300 the next day",
      "As many as 45 percent of those schools are in Papua.",
      ":skip",
    ].join("\n") + "\n");
    expect(session.code).toBe(1); // one confirmation refused and left as a draft
    expect(session.stdout).toContain("  ✓ saved anggaran-sekolah:3\n");
    expect(session.stdout).toContain("    error number-mismatch: “45 percent” in the target does not appear in the source.\n");
    expect(session.stdout).toContain("Session over: 3 translated, 1 skipped.\n");

    // 2. a second article aligned with its English; the aligner's wrong join undone; confirmed
    expect((await cli(["align", "--doc", "berita-banjir", path.join(outside, "banjir.en.txt")])).code).toBe(0);
    expect((await cli(["segments", "unjoin", "berita-banjir:5+6", "--translator", "Ani"])).code).toBe(0);
    const confirm = await cli(["translate", "set", "berita-banjir:6", "The governor visited the flooded area on Wednesday afternoon.", "--translator", "Ani"]);
    expect(confirm.code).toBe(0);
    expect((await cli(["translate", "set", "berita-banjir:5", "The aid arrived on Wednesday morning.", "--translator", "Ani"])).code).toBe(0);
    expect((await cli(["translate", "set", "berita-banjir:4", "The government prepared 1,500 aid packages.", "--translator", "Ani"])).code).toBe(0);

    // the work shows in git at once: no `translations export` needed
    expect(git(root, "status", "--porcelain").split("\n").filter(Boolean).sort()).toEqual([
      "?? translations/anggaran-sekolah.translations.txt",
      "?? translations/berita-banjir.translations.txt",
      " M translations/suppressions.tsv",
    ].sort());

    const status = JSON.parse((await cli(["status", "--json"])).stdout);
    expect(status.find((s: { document: string }) => s.document === "anggaran-sekolah")).toMatchObject({ translatable: 4, translated: 3, draft: 1 });
    expect(status.find((s: { document: string }) => s.document === "berita-banjir")).toMatchObject({ translatable: 7, translated: 3, aligned: 4, draft: 0 });

    // npm start again on the live database: the exports of the work (and nothing else changes); the
    // draft the checks refused is an unsuppressed error, so the job exits 1 as `selaras check` does
    expect((await cli(["pipeline"])).code).toBe(1);
    expect(JSON.parse((await cli(["status", "--json"])).stdout)).toEqual(status);
    const findings = JSON.parse((await cli(["check", "--format", "json"])).stdout);
    // (the shipped corpus has 5 suppressions, the story adds 2)
    expect(findings.counts).toMatchObject({ error: 2, suppressed: 7 });

    // 3. a colleague clones and runs npm start on a fresh database
    git(root, "add", "-A");
    git(root, "commit", "-q", "-m", "work");
    execFileSync("git", ["clone", "-q", root, clone]);
    expect(fs.existsSync(path.join(clone, "selaras.db"))).toBe(false);
    expect(fs.existsSync(path.join(clone, "exports"))).toBe(false);
    const rebuilt = await run(["pipeline"], { cwd: clone });
    expect(rebuilt.stderr).not.toContain("warning");
    expect(rebuilt.code).toBe(1);
    expect(JSON.parse((await run(["status", "--json"], { cwd: clone })).stdout)).toEqual(status);
    expect(JSON.parse((await run(["check", "--format", "json"], { cwd: clone })).stdout)).toEqual(findings);
    const exported = tree(path.join(root, "exports"));
    const again = tree(path.join(clone, "exports"));
    expect([...again.keys()].sort()).toEqual([...exported.keys()].sort());
    for (const [file, bytes] of exported) expect(again.get(file)!.equals(bytes)).toBe(true);
    expect(exported.get("corpus.tsv")!.toString("utf8")).toContain("The minister said the money is for 1,300 schools in remote areas.");
    expect(exported.get("corpus.tsv")!.toString("utf8")).not.toContain("45 percent");
    expect(exported.get("corpus.tsv")!.toString("utf8")).not.toContain("He promised to repair the broken embankment.");
    // the colleague's files are the same files: nothing to commit after the rebuild
    expect(git(clone, "status", "--porcelain")).toBe("");
  });
});
