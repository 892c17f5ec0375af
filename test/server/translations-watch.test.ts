/**
 * A document's translations/ file changed under the workbench (a `git pull` bringing a colleague's
 * records): loaded before the server reads or writes that document — no save refused with
 * `translations-file-changed`, no `translations import` by hand — while a file left half-way (an
 * unresolved merge) is left as before, and what a translator sends for a unit the file changed is a
 * conflict carrying both texts: nothing is lost.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { CSRF_HEADER } from "../../src/server/app";
import { TRANSLATIONS_SETTLE_MS } from "../../src/server/translations-watch";
import type { Store } from "../../src/store";
import { REPO, run } from "../helpers/cli";
import type { FastifyInstance } from "fastify";
import { closeInProcess, inProcessWorkbench } from "../helpers/workbench";

const TOKEN = "w".repeat(48);
const DOC = "putin-tolak-sanksi-barat";
const H = { [CSRF_HEADER]: TOKEN };
const SHIPPED_2 = "Putin, who arrived in Pyongyang in the early hours of Wednesday on his first visit in 24 years, is expected to sign a new strategic partnership with Kim Jong Un during his stay.";
const PULLED_2 = "Putin, who landed in Pyongyang early on Wednesday for his first visit in 24 years, is expected to sign a new strategic partnership with Kim Jong Un while there.";
let dir: string;
let store: Store;
let app: FastifyInstance;
let file: string;

interface U { ref: string; target: string | null; revision: number; state: string }
const units = async (): Promise<U[]> => {
  const res = await app.inject({ url: `/api/documents/${DOC}/units` });
  expect(res.statusCode).toBe(200);
  return res.json() as U[];
};
const unit = async (n: number) => (await units()).find((u) => u.ref === `${DOC}:${n}`)!;
const put = (n: number, target: string, baseRevision: number) =>
  app.inject({ method: "PUT", url: `/api/units/${encodeURIComponent(`${DOC}:${n}`)}`, payload: { target, baseRevision, confirm: false }, headers: H });
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** As git writes it: the file's new bytes, then still long enough to be read. */
async function pulled(text: string): Promise<void> {
  fs.writeFileSync(file, text);
  await wait(TRANSLATIONS_SETTLE_MS + 600);
}

beforeAll(async () => {
  ({ dir, store, app } = await inProcessWorkbench("selaras-translations-watch-", TOKEN));
  fs.cpSync(path.join(REPO, "translations"), path.join(dir, "translations"), { recursive: true });
  const r = await run(["translations", "import"], { cwd: dir });
  expect(r.code).toBe(0);
  file = path.join(dir, "translations", `${DOC}.translations.txt`);
}, 60_000);
afterAll(() => closeInProcess({ dir, store, app }));

it("loads a colleague's record pulled into the document's file: the editor shows it, and the next save in the document is not refused", async () => {
  const before = await unit(2);
  expect(before.target).toBe(SHIPPED_2);
  await pulled(fs.readFileSync(file, "utf8").replace(`en: ${SHIPPED_2}`, `en: ${PULLED_2}`));
  const after = await unit(2);
  expect(after).toMatchObject({ target: PULLED_2, state: "reviewed" });
  expect(after.revision).toBeGreaterThan(before.revision);
  // (the shipped English went to the history, not lost)
  const history = (await app.inject({ url: `/api/units/${encodeURIComponent(`${DOC}:2`)}/history` })).json() as { revisions: Array<{ text: string }> };
  expect(history.revisions.map((r) => r.text)).toEqual(expect.arrayContaining([PULLED_2, SHIPPED_2]));
  const three = await unit(3);
  const saved = await put(3, "In an article in North Korea's state newspaper Rodong Sinmun before he arrived, Putin said Moscow would work with Pyongyang.", three.revision);
  expect(saved.statusCode).toBe(200);
  expect(fs.readFileSync(file, "utf8")).toContain(`en: ${PULLED_2}`);
});

it("a translator's save of a unit the pull changed, sent on the revision they read, is a conflict with both texts (nothing lost)", async () => {
  const read = await unit(4);
  await pulled(fs.readFileSync(file, "utf8").replace(/^(@ putin-tolak-sanksi-barat:4\nid: [^\n]*\nen: )[^\n]*/m, "$1“We will develop trade mechanisms not controlled by the West,” Putin wrote."));
  const mine = "“We will develop mechanisms of trade and settlement the West does not control,” Putin wrote.";
  const res = await put(4, mine, read.revision);
  expect(res.statusCode).toBe(409);
  expect(res.json()).toMatchObject({ code: "unit-conflict", data: { text: "“We will develop trade mechanisms not controlled by the West,” Putin wrote.", yours: mine } });
});

it("leaves a file with an unresolved merge as it is (saves in the document refused as before, the database unchanged), and loads it once resolved", async () => {
  const good = fs.readFileSync(file, "utf8");
  const five = await unit(5);
  const conflicted = good.replace(/^(@ putin-tolak-sanksi-barat:5\nid: [^\n]*\n)(en: [^\n]*\n)/m, "$1<<<<<<< HEAD\n$2=======\nen: He also thanked North Korea.\n>>>>>>> origin/main\n");
  expect(conflicted).not.toBe(good);
  await pulled(conflicted);
  expect(await unit(5)).toEqual(five);
  const refused = await put(6, "North Korea on Tuesday strengthened its support.", (await unit(6)).revision);
  expect([refused.statusCode, (refused.json() as { code: string }).code]).toEqual([409, "translations-file-changed"]);
  expect(fs.readFileSync(file, "utf8")).toBe(conflicted);
  await pulled(good.replace(/^(@ putin-tolak-sanksi-barat:5\nid: [^\n]*\nen: )[^\n]*/m, "$1He also thanked North Korea."));
  expect((await unit(5)).target).toBe("He also thanked North Korea.");
  expect((await put(6, "North Korea on Tuesday strengthened its support.", (await unit(6)).revision)).statusCode).toBe(200);
});

it("the dashboard's counts follow a file pulled for a document nobody has opened (GET /api/documents looks at translations/ too)", async () => {
  const other = "china-kunci-kesepakatan-senjata";
  const counts = async () => ((await app.inject({ url: "/api/documents" })).json() as Array<{ document: string; translated: number; reviewed: number }>).find((d) => d.document === other)!;
  const before = await counts();
  const otherFile = path.join(dir, "translations", `${other}.translations.txt`);
  const text = fs.readFileSync(otherFile, "utf8");
  const changed = text.replace(/^(@ china-kunci-kesepakatan-senjata:3\n(?:[^\n]+\n)*?)status: reviewed\nauthor: [^\n]*/m, "$1status: translated\nauthor: Budi");
  expect(changed).not.toBe(text);
  // as git writes it: the new bytes in another file, renamed over the old one
  fs.writeFileSync(`${otherFile}.tmp`, changed);
  fs.renameSync(`${otherFile}.tmp`, otherFile);
  await wait(TRANSLATIONS_SETTLE_MS + 600);
  expect(await counts()).toEqual({ ...before, reviewed: before.reviewed - 1 });
  expect(fs.readFileSync(otherFile, "utf8")).toBe(changed);
});
