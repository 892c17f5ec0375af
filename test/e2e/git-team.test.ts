/**
 * A team sharing the project folder through git: a file git left half merged (conflict markers) is
 * refused by every reader and by `npm start` before any step writes; translations/ files merge
 * record by record with the merge driver (`selaras translations merge`), and a database brought up to
 * date by the pipeline after a pull holds what a fresh rebuild of the merged folder holds.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { pathToFileURL } from "node:url";
import { dumpDb, REPO, run, tempDir } from "../helpers/cli";
import { cliArgv } from "./children/cli";

jest.setTimeout(120_000);

let work: string;
beforeEach(() => { work = tempDir("selaras-git-team-"); });
afterEach(() => { fs.rmSync(work, { recursive: true, force: true }); });

const ARTICLE = "Banjir melanda Jakarta\n\nBanjir melanda Jakarta pada Senin pagi.\nRibuan warga mengungsi ke masjid.\n\nPemerintah mengirim bantuan makanan.\nSekolah diliburkan selama dua hari.\n";
const GLOSSARY = "id\tsource\tpreferred\tadmitted\tforbidden\tflags\tpos\tdomain\tnote\texample\njakarta\tJakarta\t=Jakarta\t\t\t\tproper noun\tgeo\t\t\n";

function project(root: string): void {
  fs.mkdirSync(path.join(root, "corpus"), { recursive: true });
  fs.mkdirSync(path.join(root, "glossary"), { recursive: true });
  fs.writeFileSync(path.join(root, "corpus/banjir.txt"), ARTICLE);
  fs.writeFileSync(path.join(root, "glossary/geo.tsv"), GLOSSARY);
}

const read = (root: string, rel: string) => fs.readFileSync(path.join(root, rel), "utf8");
const conflictMessage = (file: string, line: number, marker: string) =>
  `selaras: ${file}:${line}: an unresolved merge conflict (git's marker '${marker}'): keep the lines that are right, ` +
  "delete the marker lines (<<<<<<<, ||||||| and the lines under it, =======, >>>>>>>), then run the command again; nothing was changed\n";

describe("a file git left half merged is refused, and nothing changes", () => {
  const translated = async (root: string) => {
    project(root);
    expect((await run(["pipeline"], { cwd: root })).code).toBe(0);
    expect((await run(["translate", "set", "banjir:2", "Floods hit Jakarta on Monday morning.", "--translator", "Ani"], { cwd: root })).code).toBe(0);
  };

  test("an article with conflict markers: npm start exits 2 naming file and line; no marker becomes a sentence", async () => {
    await translated(work);
    const before = dumpDb(path.join(work, "selaras.db"));
    const file = read(work, "translations/banjir.translations.txt");
    fs.writeFileSync(path.join(work, "corpus/banjir.txt"), ARTICLE.replace("Ribuan warga mengungsi ke masjid.\n",
      "<<<<<<< HEAD\nRibuan warga mengungsi ke masjid.\n=======\nRibuan warga mengungsi ke sekolah.\n>>>>>>> budi\n"));
    const r = await run(["pipeline"], { cwd: work });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe(conflictMessage("corpus/banjir.txt", 4, "<<<<<<< HEAD"));
    expect(dumpDb(path.join(work, "selaras.db"))).toBe(before);
    expect(read(work, "translations/banjir.translations.txt")).toBe(file);
    const ingest = await run(["ingest", "corpus/banjir.txt"], { cwd: work });
    expect(ingest.code).toBe(2);
    expect(ingest.stderr).toBe(conflictMessage("corpus/banjir.txt", 4, "<<<<<<< HEAD"));
    expect(dumpDb(path.join(work, "selaras.db"))).toBe(before);
  });

  test("a translations file with markers stops npm start before the ingest of an edited article writes anything", async () => {
    await translated(work);
    const before = dumpDb(path.join(work, "selaras.db"));
    fs.writeFileSync(path.join(work, "corpus/banjir.txt"), ARTICLE.replace("Sekolah diliburkan", "Semua sekolah diliburkan"));
    const t = read(work, "translations/banjir.translations.txt");
    const marked = t.replace(/^en: .*$/m, "<<<<<<< ours\nen: Floods hit Jakarta on Monday morning.\n=======\nen: Floods struck Jakarta on Monday morning.\n>>>>>>> theirs");
    fs.writeFileSync(path.join(work, "translations/banjir.translations.txt"), marked);
    const r = await run(["pipeline"], { cwd: work });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(conflictMessage("translations/banjir.translations.txt", 6, "<<<<<<< ours"));
    expect(dumpDb(path.join(work, "selaras.db"))).toBe(before);
    expect(read(work, "translations/banjir.translations.txt")).toBe(marked);
    const imp = await run(["translations", "import"], { cwd: work });
    expect(imp.code).toBe(2);
    expect(imp.stderr).toBe(conflictMessage("translations/banjir.translations.txt", 6, "<<<<<<< ours"));
  });

  test("glossary and suppressions files; a half-resolved conflict (opening marker deleted) is refused at its '=======' line; in Indonesian too", async () => {
    await translated(work);
    const before = dumpDb(path.join(work, "selaras.db"));
    fs.writeFileSync(path.join(work, "glossary/geo.tsv"), GLOSSARY + "banjir\tbanjir\tflood\t\t\t\tnoun\t\t\t\n=======\nbanjir\tbanjir\tfloods\t\t\t\tnoun\t\t\t\n>>>>>>> budi\n");
    const r = await run(["pipeline"], { cwd: work });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(conflictMessage("glossary/geo.tsv", 4, "======="));
    const id = await run(["glossary", "sync"], { cwd: work, env: { LANG: "id_ID.UTF-8" } });
    expect(id.code).toBe(2);
    expect(id.stderr).toBe("selaras: glossary/geo.tsv:4: konflik merge yang belum diselesaikan (penanda git '======='): pertahankan baris yang benar, " +
      "hapus baris penanda (<<<<<<<, ||||||| beserta baris di bawahnya, =======, >>>>>>>), lalu jalankan perintahnya lagi; tidak ada yang diubah\n");
    fs.writeFileSync(path.join(work, "glossary/geo.tsv"), GLOSSARY);
    fs.writeFileSync(path.join(work, "translations/suppressions.tsv"),
      "document\tcheck\thash\treason\tauthor\tsource\ttarget\n<<<<<<< HEAD\n||||||| base\n=======\nbanjir\tend-punctuation\t0123456789abcdef\tHeadline.\tAni\tx\ty\n>>>>>>> budi\n");
    const s = await run(["pipeline"], { cwd: work });
    expect(s.code).toBe(2);
    expect(s.stderr).toBe(conflictMessage("translations/suppressions.tsv", 2, "<<<<<<< HEAD"));
    expect(dumpDb(path.join(work, "selaras.db"))).toBe(before);
  });

  test("a line of '=======' or a quoted '>>>>>>>' in an article is text, not a conflict", async () => {
    project(work);
    fs.writeFileSync(path.join(work, "corpus/banjir.txt"), ARTICLE + "=======\nCatatan redaksi: berita ini diperbarui.\n");
    fs.writeFileSync(path.join(work, "corpus/panah.txt"), "Panah\n\n>>>>>>>maju terus, kata dia.\n");
    const r = await run(["pipeline"], { cwd: work });
    expect(r.code).toBe(0);
    const segs = await run(["segment", "corpus/banjir.txt"], { cwd: work });
    expect(segs.code).toBe(0);
    expect(segs.stdout.split("\n").slice(-3)).toEqual(["Sekolah diliburkan selama dua hari.", "Catatan redaksi: berita ini diperbarui.", ""]);
    const arrow = await run(["segment", "corpus/panah.txt"], { cwd: work });
    expect(arrow.stdout).toBe("Panah\n>>>>>>>maju terus, kata dia.\n");
  });
});

describe("a colleague saved the same English later (pulled): the file's author and time are the unit's", () => {
  test("npm start takes them, and the next save in the document leaves the colleague's record as it is", async () => {
    project(work);
    expect((await run(["pipeline"], { cwd: work })).code).toBe(0);
    expect((await run(["translate", "set", "banjir:2", "Floods hit Jakarta on Monday morning.", "--translator", "Ani"], { cwd: work })).code).toBe(0);
    const file = path.join(work, "translations/banjir.translations.txt");
    const pulled = read(work, "translations/banjir.translations.txt").replace(/^author: Ani\ntime: .*$/m, "author: Budi\ntime: 2030-01-02T03:04:05.000Z");
    fs.writeFileSync(file, pulled);
    expect((await run(["pipeline"], { cwd: work })).code).toBe(0);
    const show = JSON.parse((await run(["translate", "show", "banjir:2", "--json"], { cwd: work })).stdout);
    expect([show.rendering.author, show.rendering.updatedAt]).toEqual(["Budi", "2030-01-02T03:04:05.000Z"]);
    expect((await run(["translate", "set", "banjir:3", "Thousands of residents took refuge in a mosque.", "--translator", "Ani"], { cwd: work })).code).toBe(0);
    expect(read(work, "translations/banjir.translations.txt").startsWith(pulled.slice(0, -1))).toBe(true);
  });
});

describe("English the database holds and its file lost (git checkout, reset, stash, a merge taking the other side)", () => {
  test("npm start keeps it and says so, naming the units and the file; the file is left as it is; translations export writes it back", async () => {
    project(work);
    expect((await run(["pipeline"], { cwd: work })).code).toBe(0);
    expect((await run(["translate", "set", "banjir:2", "Floods hit Jakarta on Monday morning.", "--translator", "Ani"], { cwd: work })).code).toBe(0);
    const committed = read(work, "translations/banjir.translations.txt");
    expect((await run(["translate", "set", "banjir:3", "Thousands of residents took refuge in a mosque.", "--translator", "Ani"], { cwd: work })).code).toBe(0);
    expect((await run(["translate", "set", "banjir:5", "Schools were closed for two days.", "--translator", "Ani"], { cwd: work })).code).toBe(0);
    const saved = read(work, "translations/banjir.translations.txt");
    fs.writeFileSync(path.join(work, "translations/banjir.translations.txt"), committed); // git checkout -- translations/
    const r = await run(["pipeline"], { cwd: work });
    expect(r.code).toBe(0);
    expect(r.stderr.split("\n").filter((l) => l.startsWith("warning"))).toEqual([
      "warning: banjir:3, banjir:5: 2 records the database holds and translations/banjir.translations.txt does not (the file lost them: a git checkout, reset or stash, " +
      "or a merge that took the other side's file?); kept in the database, and the next save in 'banjir' writes them back to the file: to write them now, " +
      "selaras translations export banjir; to drop them, rebuild the database from the folder (rm selaras.db; npm start)",
    ]);
    expect(read(work, "translations/banjir.translations.txt")).toBe(committed);
    expect(JSON.parse((await run(["translate", "show", "banjir:3", "--json"], { cwd: work })).stdout).rendering.text).toBe("Thousands of residents took refuge in a mosque.");
    expect((await run(["translations", "export", "banjir"], { cwd: work })).code).toBe(0);
    expect(read(work, "translations/banjir.translations.txt")).toBe(saved);
    const again = await run(["pipeline"], { cwd: work });
    expect(again.stderr).not.toContain("warning");
  });
});

describe("a Windows colleague's copy (core.autocrlf: CRLF line ends; an editor's BOM) is the same file", () => {
  const crlf = (root: string, rel: string, bom = false) => {
    const f = path.join(root, rel);
    fs.writeFileSync(f, (bom ? "\ufeff" : "") + fs.readFileSync(f, "utf8").replace(/\n/g, "\r\n"));
  };

  test("a save after git checked the translations file out with CRLF is not refused as 'changed on disk'; the file is written with LF", async () => {
    project(work);
    expect((await run(["pipeline"], { cwd: work })).code).toBe(0);
    expect((await run(["translate", "set", "banjir:2", "Floods hit Jakarta on Monday morning.", "--translator", "Ani"], { cwd: work })).code).toBe(0);
    const lf = read(work, "translations/banjir.translations.txt");
    crlf(work, "translations/banjir.translations.txt", true);
    const r = await run(["translate", "set", "banjir:3", "Thousands of residents took refuge in a mosque.", "--translator", "Ani"], { cwd: work });
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const now = read(work, "translations/banjir.translations.txt");
    expect(now.includes("\r")).toBe(false);
    expect(now.startsWith(lf.slice(0, -1))).toBe(true);
    expect(now.split("\n").filter((l) => l.startsWith("@ "))).toEqual(["@ banjir:2", "@ banjir:3"]);
  });

  test("an article deleted while its translations file is CRLF leaves the database (its English is all in the file), as a rebuild would", async () => {
    project(work);
    expect((await run(["pipeline"], { cwd: work })).code).toBe(0);
    expect((await run(["translate", "set", "banjir:2", "Floods hit Jakarta on Monday morning.", "--translator", "Ani"], { cwd: work })).code).toBe(0);
    crlf(work, "translations/banjir.translations.txt");
    fs.rmSync(path.join(work, "corpus/banjir.txt"));
    fs.writeFileSync(path.join(work, "corpus/lain.txt"), "Harga cabai naik\n\nHarga cabai naik tajam di pasar.\n");
    const r = await run(["pipeline", "--json"], { cwd: work });
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as { retired: unknown[] }).retired).toEqual([
      { document: "banjir", article: "corpus/banjir.txt", file: "translations/banjir.translations.txt", removed: true },
    ]);
  });
});

function git(cwd: string, ...args: string[]): string {
  const r = spawnSync("git", args, { cwd, encoding: "utf8", env: { ...process.env, GIT_AUTHOR_NAME: "t", GIT_AUTHOR_EMAIL: "t@x", GIT_COMMITTER_NAME: "t", GIT_COMMITTER_EMAIL: "t@x" } });
  if (r.status !== 0 && !["merge", "pull"].includes(args[0]!)) throw new Error(`git ${args.join(" ")}: ${r.stderr}`);
  return r.stdout + r.stderr;
}

describe("an article deleted on one side and edited on the other (git's modify/delete conflict: no markers)", () => {
  test("npm start refuses it until git add or git rm says which side is right; then it runs", async () => {
    project(work);
    git(work, "init", "-q", "-b", "main");
    git(work, "add", "-A");
    git(work, "commit", "-qm", "seed");
    git(work, "checkout", "-qb", "edit");
    fs.writeFileSync(path.join(work, "corpus/banjir.txt"), ARTICLE.replace("Sekolah diliburkan", "Semua sekolah diliburkan"));
    git(work, "commit", "-qam", "edit");
    git(work, "checkout", "-q", "main");
    git(work, "rm", "-q", "corpus/banjir.txt");
    git(work, "commit", "-qm", "delete");
    expect((await run(["pipeline"], { cwd: work })).code).toBe(0);
    const before = dumpDb(path.join(work, "selaras.db"));
    expect(git(work, "merge", "edit")).toContain("CONFLICT (modify/delete)");
    const r = await run(["pipeline"], { cwd: work });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("selaras: corpus/banjir.txt: git has not finished merging it: it was deleted on one side and changed on the other (ours deleted it), " +
      "and git left the changed copy without conflict markers; keep it (git add corpus/banjir.txt) or delete it (git rm corpus/banjir.txt), then run the command again; nothing was changed\n");
    expect(dumpDb(path.join(work, "selaras.db"))).toBe(before);
    git(work, "add", "corpus/banjir.txt");
    expect((await run(["pipeline"], { cwd: work })).code).toBe(0);
  });
});

describe("two translators, one translations file, merged with the driver", () => {
  // (git runs the driver in the clone: tsx, when the CLI runs from source, is named by its path)
  const argv = cliArgv().map((a) => (a === "tsx" ? pathToFileURL(path.join(REPO, "node_modules/tsx/dist/loader.mjs")).href : a));
  const driver = [process.execPath, ...argv].map((a) => `'${a}'`).join(" ") + " translations merge %O %A %B %P";
  const clone = (origin: string, name: string, withDriver: boolean) => {
    const dir = path.join(work, name);
    git(work, "clone", "-q", origin, name);
    git(dir, "config", "user.name", name);
    git(dir, "config", "user.email", `${name}@x`);
    if (withDriver) {
      git(dir, "config", "merge.selaras.driver", driver);
      fs.writeFileSync(path.join(dir, ".git/info/attributes"), "translations/*.translations.txt merge=selaras\nglossary/*.tsv merge=selaras\n");
    }
    return dir;
  };

  test("different sentences with no record between them: git's line merge conflicts, the driver merges; npm start then equals a fresh rebuild", async () => {
    const seed = path.join(work, "seed");
    project(seed);
    fs.writeFileSync(path.join(seed, ".gitignore"), "selaras.db*\nexports/\n");
    fs.copyFileSync(path.join(REPO, ".gitattributes"), path.join(seed, ".gitattributes"));
    expect((await run(["pipeline"], { cwd: seed })).code).toBe(0);
    expect((await run(["translate", "set", "banjir:1", "Floods hit Jakarta", "--translator", "Seed"], { cwd: seed })).code).toBe(0);
    git(seed, "init", "-q", "-b", "main");
    git(seed, "add", "-A");
    git(seed, "commit", "-qm", "seed");
    for (const withDriver of [false, true]) {
      const tag = withDriver ? "d" : "p";
      const origin = path.join(work, `origin-${tag}.git`);
      git(work, "clone", "-q", "--bare", seed, origin);
      const a = clone(origin, `a-${tag}`, withDriver), b = clone(origin, `b-${tag}`, withDriver);
      for (const dir of [a, b]) expect((await run(["pipeline"], { cwd: dir })).code).toBe(0);
      expect(git(a, "status", "--porcelain")).toBe("");
      expect((await run(["translate", "set", "banjir:3", "Thousands of residents took refuge in a mosque.", "--translator", "Ani"], { cwd: a })).code).toBe(0);
      expect((await run(["translate", "set", "banjir:4", "The government sent food aid.", "--translator", "Budi"], { cwd: b })).code).toBe(0);
      git(a, "commit", "-qam", "a");
      git(b, "commit", "-qam", "b");
      git(a, "push", "-q", "origin", "main");
      const pulled = git(b, "pull", "--no-rebase", "origin", "main");
      if (!withDriver) {
        expect(pulled).toContain("CONFLICT (content): Merge conflict in translations/banjir.translations.txt");
        git(b, "merge", "--abort");
        continue;
      }
      expect(pulled).not.toContain("CONFLICT");
      const merged = read(b, "translations/banjir.translations.txt");
      expect(merged.split("\n").filter((l) => l.startsWith("@ ") || l.startsWith("en: "))).toEqual([
        "@ banjir:1", "en: Floods hit Jakarta",
        "@ banjir:3", "en: Thousands of residents took refuge in a mosque.",
        "@ banjir:4", "en: The government sent food aid.",
      ]);
      expect((await run(["pipeline"], { cwd: b })).code).toBe(0);
      expect(git(b, "status", "--porcelain")).toBe("");
      // a fresh rebuild of the merged folder writes the same file, byte for byte
      const fresh = path.join(work, "fresh");
      fs.mkdirSync(fresh);
      for (const d of ["corpus", "glossary", "translations"]) fs.cpSync(path.join(b, d), path.join(fresh, d), { recursive: true });
      expect((await run(["pipeline"], { cwd: fresh })).code).toBe(0);
      expect((await run(["translations", "export"], { cwd: fresh })).code).toBe(0);
      expect(read(fresh, "translations/banjir.translations.txt")).toBe(merged);
      const show = async (dir: string) => JSON.parse((await run(["status", "--json"], { cwd: dir })).stdout) as unknown;
      expect(await show(b)).toEqual(await show(fresh));
      // the shipped .gitattributes stores the project's text with LF: an editor's CRLF copy commits nothing
      fs.writeFileSync(path.join(b, "translations/banjir.translations.txt"), merged.replace(/\n/g, "\r\n"));
      fs.writeFileSync(path.join(b, "glossary/geo.tsv"), GLOSSARY.replace(/\n/g, "\r\n"));
      git(b, "add", "-A");
      expect(git(b, "diff", "--cached", "--stat")).toBe("");
    }
  });

  test("two terminologists add a concept at the end of one glossary file: git's line merge conflicts, the driver keeps both; npm start loads them", async () => {
    const seed = path.join(work, "gseed");
    project(seed);
    git(seed, "init", "-q", "-b", "main");
    git(seed, "add", "-A");
    git(seed, "commit", "-qm", "seed");
    const added = { a: "medan\t=Medan\t=Medan\t\t\t\tproper noun\tgeo\t\t\n", b: "surabaya\t=Surabaya\t=Surabaya\t\t\t\tproper noun\tgeo\t\t\n" };
    for (const withDriver of [false, true]) {
      const tag = withDriver ? "gd" : "gp";
      const origin = path.join(work, `origin-${tag}.git`);
      git(work, "clone", "-q", "--bare", seed, origin);
      const a = clone(origin, `a-${tag}`, withDriver), b = clone(origin, `b-${tag}`, withDriver);
      fs.appendFileSync(path.join(a, "glossary/geo.tsv"), added.a);
      fs.appendFileSync(path.join(b, "glossary/geo.tsv"), added.b);
      git(a, "commit", "-qam", "medan");
      git(b, "commit", "-qam", "surabaya");
      git(a, "push", "-q", "origin", "main");
      const pulled = git(b, "pull", "--no-rebase", "origin", "main");
      if (!withDriver) {
        expect(pulled).toContain("CONFLICT (content): Merge conflict in glossary/geo.tsv");
        git(b, "merge", "--abort");
        continue;
      }
      expect(pulled).not.toContain("CONFLICT");
      // (ours, the pulling clone's, first)
      expect(read(b, "glossary/geo.tsv")).toBe(GLOSSARY + added.b + added.a);
      expect((await run(["pipeline"], { cwd: b })).code).toBe(0);
      const ids = JSON.parse((await run(["glossary", "list", "--json"], { cwd: b })).stdout) as Array<{ id: string }>;
      expect(ids.map((c) => c.id).sort()).toEqual(["jakarta", "medan", "surabaya"]);
    }
  });
});
