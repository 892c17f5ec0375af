/**
 * Round six of the CLI as a newcomer meets it: a value named as typed (`--port 0x10000`), a
 * mistyped sub-command where the command also takes a name (`translate sett`, `check ignroe`), an
 * import that says how many units it stored unconfirmed, and an import that named no author said as
 * such, in English and Indonesian.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { run, tempDir } from "../helpers/cli";

const ARTICLE = [
  "Banjir Rendam Jakarta Utara", "",
  "Hujan deras mengguyur Jakarta sejak Senin pagi.", "",
  "Ratusan rumah di Jakarta Utara terendam banjir.", "",
].join("\n");

describe("round six: the CLI as a newcomer meets it", () => {
  let dir: string;
  let db: string;
  beforeEach(async () => {
    dir = tempDir();
    db = path.join(dir, "t.db");
    fs.writeFileSync(path.join(dir, "banjir.txt"), ARTICLE);
    expect((await run(["ingest", path.join(dir, "banjir.txt"), "--db", db], { cwd: dir })).code).toBe(0);
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("serve --port 0x10000 names the value as typed, not the number it reads as", async () => {
    expect(await run(["serve", "--port", "0x10000", "--db", db], { cwd: dir })).toEqual({
      code: 2, stdout: "",
      stderr: "selaras: --port takes a whole number from 0 to 65535 (0 picks a free port), not '0x10000'\nRun 'selaras serve --help' for usage.\n",
    });
    const id = await run(["serve", "--port=1e5", "--db", db, "--lang", "id"], { cwd: dir });
    expect(id.stderr.split("\n")[0]).toBe("selaras: --port harus bilangan bulat dari 0 sampai 65535 (0 memilih port yang bebas), bukan '1e5'");
    expect(id.code).toBe(2);
  });

  it("a mistyped sub-command with its arguments is named with the one it is a typo of (exit 2); a name alone is a document", async () => {
    expect(await run(["translate", "sett", "banjir:2", "Heavy rain", "--db", db], { cwd: dir })).toEqual({
      code: 2, stdout: "",
      stderr: "selaras: unknown command 'translate sett' (did you mean 'translate set'?)\nRun 'selaras translate --help' for usage.\n",
    });
    expect(await run(["check", "ignroe", "banjir:2", "numbers", "--db", db, "--lang", "id"], { cwd: dir })).toEqual({
      code: 2, stdout: "",
      stderr: "selaras: perintah tak dikenal 'check ignroe' (maksud Anda 'check ignore'?)\nJalankan 'selaras check --help' untuk petunjuk pemakaian.\n",
    });
    const json = await run(["check", "unignor", "banjir:2", "numbers", "--db", db, "--json"], { cwd: dir });
    expect(json.code).toBe(2);
    expect(JSON.parse(json.stdout).error).toMatchObject({ code: "usage", data: { command: "check", value: "unignor", suggestion: "unignore" } });
    // (one word is a document's name, as before)
    const alone = await run(["check", "ignroe", "--db", db], { cwd: dir });
    expect(alone.code).toBe(2);
    expect(alone.stderr).toBe("selaras: no document 'ignroe' in the database ('selaras status' lists the documents)\n'selaras check' takes a document or one of its commands: ignore or unignore\n");
  });

  it("import says how many units it stored unconfirmed, as the file marks them; a unit without an author is said as an import's", async () => {
    const unit = (n: number, source: string, target: string, extra: Record<string, string>) =>
      JSON.stringify({ id: String(n), document: "banjir", segments: [`banjir:${n + 1}`], source, target, ...extra });
    const file = path.join(dir, "mt.jsonl");
    fs.writeFileSync(file, [
      unit(1, "Hujan deras mengguyur Jakarta sejak Senin pagi.", "Heavy rain has drenched Jakarta since Monday morning.", { status: "draft" }),
      unit(2, "Ratusan rumah di Jakarta Utara terendam banjir.", "Hundreds of houses in North Jakarta are flooded.", { status: "translated" }),
    ].join("\n") + "\n");
    const r = await run(["import", "mt.jsonl", "--db", db], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout.split("\n").slice(0, 3)).toEqual([
      "mt.jsonl: 2 units read (jsonl)",
      "  2 new, 0 replaced, 0 unchanged, 0 without a target",
      "  1 of the new and replaced stored unconfirmed, as the file marks it (a draft or a machine's translation): not counted as translated until a person confirms it",
    ]);
    const show = await run(["translate", "show", "banjir:3", "--db", db], { cwd: dir });
    expect(show.stdout).toMatch(/^ {2}rendering #2, translated, imported, by an import that named no translator at /m);
    const showId = await run(["translate", "show", "banjir:3", "--db", db, "--lang", "id"], { cwd: dir });
    expect(showId.stdout).toMatch(/^ {2}terjemahan #2, [^,]+, diimpor, oleh impor yang tidak menyebut penerjemah pada /m);
  });

  it("import --json counts the unconfirmed units; Indonesian says it too", async () => {
    const file = path.join(dir, "mt.jsonl");
    fs.writeFileSync(file, JSON.stringify({ id: "1", document: "banjir", segments: ["banjir:2"], source: "Hujan deras mengguyur Jakarta sejak Senin pagi.", target: "Heavy rain has drenched Jakarta since Monday morning.", status: "aligned", author: "mt" }) + "\n");
    const id = await run(["import", file, "--db", db, "--lang", "id"], { cwd: dir });
    expect(id.stdout.split("\n")[2]).toBe("  1 dari yang baru dan yang diganti disimpan belum dikonfirmasi, sesuai tanda di berkas (draf atau terjemahan mesin): belum dihitung sebagai terjemahan sampai dikonfirmasi orang");
    // (the same file again: unchanged, nothing stored unconfirmed now)
    const again = JSON.parse((await run(["import", file, "--db", db, "--json"], { cwd: dir })).stdout);
    expect(again).toMatchObject({ created: 0, unchanged: 1, unconfirmed: 0 });
  });

  it("a rendering full of numbers lists 20 findings and counts the rest, in both languages", async () => {
    const english = "Heavy rain " + Array.from({ length: 30 }, (_x, k) => `${k + 1},000 houses`).join(" ") + ".";
    const stdin = `${english}\n:q\n`;
    const en = await run(["translate", "banjir:2", "--db", db], { cwd: dir, stdin });
    const lines = en.stdout.split("\n");
    const at = lines.indexOf("  30 findings:");
    expect(at).toBeGreaterThan(0);
    expect(lines.slice(at + 1, at + 23)).toEqual([
      ...Array.from({ length: 20 }, (_x, k) => `    error number-mismatch: “${k + 1},000” in the target does not appear in the source.`),
      "    … and 10 more findings (selaras check lists them all)",
      "  Type a new rendering to edit it, or ':accept <reason>' to save it as is.",
    ]);
    const id = await run(["translate", "banjir:2", "--db", db, "--lang", "id"], { cwd: dir, stdin });
    expect(id.stdout).toContain("\n    … dan 10 temuan lagi (selaras check menampilkan semuanya)\n");
  });

  it("an entity XML does not define is named, in a glossary's TBX too (exit 2, nothing written)", async () => {
    fs.writeFileSync(path.join(dir, "g.tbx"), '<?xml version="1.0"?>\n<tbx><text><body>\n<termEntry><langSet xml:lang="id"><tig><term>A&eacute;</term></tig></langSet></termEntry></body></text></tbx>\n');
    expect(await run(["glossary", "import", "g.tbx", "--db", db], { cwd: dir })).toEqual({
      code: 2, stdout: "",
      stderr: "selaras: g.tbx:3: malformed XML: the entity &eacute; is not one XML defines; only &amp; &lt; &gt; &quot; &apos; and &#…; are known\n",
    });
    const id = await run(["glossary", "import", "g.tbx", "--db", db, "--lang", "id"], { cwd: dir });
    expect(id.stderr).toBe("selaras: g.tbx:3: XML rusak: entitas &eacute; tidak didefinisikan XML; hanya &amp; &lt; &gt; &quot; &apos; dan &#…; yang dikenal\n");
    expect(fs.existsSync(path.join(dir, "glossary"))).toBe(false);
  });
});
