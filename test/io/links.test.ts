/**
 * Output through a symbolic link a person made (`exports/corpus.tmx` → a shared folder's file): the
 * file it points to is replaced, atomically as ever, and the link stays a link (the rename into
 * place replaced the link itself with a regular file, and the shared file never changed).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { linkTarget, writeChunksAtomic, writeFileAtomic, writeFilesAtomic } from "../../src/io/files";
import { readyProject } from "../helpers/workbench";
import { run, tempDir } from "../helpers/cli";

let dir: string;
beforeEach(() => { dir = tempDir("selaras-links-"); });
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

/** `name` in dir, a link to `shared/<name>` (made, holding "old", unless `dangling`). */
function linked(name: string, dangling = false): { link: string; real: string } {
  fs.mkdirSync(path.join(dir, "shared"), { recursive: true });
  const real = path.join(dir, "shared", name);
  if (!dangling) fs.writeFileSync(real, "old");
  const link = path.join(dir, name);
  fs.symlinkSync(path.join("shared", name), link);
  return { link, real };
}
const isLink = (file: string) => fs.lstatSync(file).isSymbolicLink();

it("linkTarget follows links to the end; a plain file or a missing one is itself", () => {
  const { link, real } = linked("a.txt");
  fs.symlinkSync("a.txt", path.join(dir, "b.txt"));
  expect(linkTarget(path.join(dir, "b.txt"))).toBe(real);
  expect(linkTarget(link)).toBe(real);
  expect(linkTarget(real)).toBe(real);
  expect(linkTarget(path.join(dir, "none.txt"))).toBe(path.join(dir, "none.txt"));
});

it("writeFileAtomic, writeFilesAtomic and writeChunksAtomic write the linked file and keep the link; a dangling link gets its file", async () => {
  const a = linked("a.txt"), b = linked("b.txt"), c = linked("c.txt"), d = linked("d.txt", true);
  writeFileAtomic(a.link, "new a");
  writeFilesAtomic([[b.link, "new b"], [path.join(dir, "plain.txt"), "plain"]]);
  await writeChunksAtomic(c.link, ["new ", "c"]);
  writeFileAtomic(d.link, "new d");
  for (const [x, text] of [[a, "new a"], [b, "new b"], [c, "new c"], [d, "new d"]] as const) {
    expect([isLink(x.link), fs.readFileSync(x.real, "utf8"), fs.readFileSync(x.link, "utf8")]).toEqual([true, text, text]);
  }
  expect(fs.readdirSync(path.join(dir, "shared")).sort()).toEqual(["a.txt", "b.txt", "c.txt", "d.txt"]);
});

it("selaras export and audit --out a link: the linked files get the bytes a plain --out gets, the links stay", async () => {
  const project = path.join(dir, "p");
  fs.mkdirSync(project);
  await readyProject(project);
  const tmx = linked("corpus.tmx"), report = linked("audit.json");
  for (const [args, out] of [[["export", "--format", "tmx", "--status", "all"], tmx], [["audit", "--format", "json"], report]] as const) {
    const plain = path.join(dir, `plain-${path.basename(out.link)}`);
    expect((await run([...args, "--out", plain], { cwd: project })).code).toBeLessThan(2);
    expect((await run([...args, "--out", out.link], { cwd: project })).code).toBeLessThan(2);
    expect(isLink(out.link)).toBe(true);
    expect(fs.readFileSync(out.real).equals(fs.readFileSync(plain))).toBe(true);
  }
});
