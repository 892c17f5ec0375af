/**
 * Inline codes through a translator's edit (src/formats/tags.ts): a unit imported from an Okapi
 * XLIFF 1.2 file with <g>/<x/> codes is shown with tags ({1}…{/1}, {2/}) in the session and the
 * workbench's API; the English typed with the tags moved is saved as its plain text, the codes
 * re-placed where the tags are, and exported byte for byte as the golden with that target; English
 * that lost or doubled a paired code is refused confirmation (inline-code-mismatch); the
 * translations/ file carries the codes, so `npm start` on a fresh copy exports the same bytes.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { buildServer, CSRF_HEADER } from "../../src/server/app";
import { openStore } from "../../src/store";
import { documentUnits } from "../../src/app/lifecycle";
import { REPO, run, tempDir } from "../helpers/cli";

const FIXTURES = path.join(REPO, "test", "fixtures", "cat-exchange");
const ARTICLE = "Banjir Melanda Jakarta\n\nHujan deras mengguyur Jakarta sejak Senin pagi. Sebanyak 1.200 warga mengungsi ke tempat yang lebih aman. Gubernur meminta warga tetap waspada.\n";
const DOC = "banjir-jakarta";
const clock = () => new Date("2024-07-01T00:00:00Z");
const EDITED = "Torrential rain has lashed Jakarta since Monday morning.";

let dir: string;
beforeEach(async () => {
  dir = tempDir("selaras-code-edits-");
  fs.mkdirSync(path.join(dir, "corpus"));
  fs.writeFileSync(path.join(dir, "corpus", `${DOC}.txt`), ARTICLE);
  expect((await run(["ingest", "corpus"], { cwd: dir })).code).toBe(0);
  expect((await run(["import", path.join(FIXTURES, "c01-okapi-g-x.xlf")], { cwd: dir, clock })).code).toBe(0);
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const cli = (args: string[], stdin?: string) => run(args, { cwd: dir, clock, ...(stdin !== undefined ? { stdin } : {}) });
/** The golden export of the imported file with the first unit's target, author and time as an edit by Ani leaves them. */
function goldenWith(target: string): string {
  return fs.readFileSync(path.join(FIXTURES, "golden", "c01-okapi-g-x.xlf"), "utf8")
    .replace('<target state="translated"><g id="1" ctype="bold">Heavy rain</g> has drenched Jakarta since Monday morning.</target>', `<target state="translated">${target}</target>`)
    .replace('<context context-type="x-selaras-author">import</context>', '<context context-type="x-selaras-author">Ani</context>');
}
const stored = () => {
  const store = openStore(path.join(dir, "selaras.db"));
  try {
    return {
      units: documentUnits(store, DOC).map((u) => [u.ref, u.target, u.state]),
      codes: store.db.prepare("SELECT dialect, source, target, plain_source, plain_target FROM rendering_code ORDER BY rendering_id").raw().all(),
    };
  } finally { store.close(); }
};

it("the session shows the codes as tags; English typed with the tags moved is exported with the codes where the translator put them (golden bytes); a rebuild from the folder exports the same bytes", async () => {
  const r = await cli(["translate", `${DOC}:2`, "--all", "--translator", "Ani"], `:edit\n{1}Torrential rain{/1} has lashed Jakarta since Monday morning.\n:q\n`);
  expect(r.code).toBe(0);
  expect(r.stdout).toContain([
    `[2/4] ${DOC}:2`,
    "  before: Banjir Melanda Jakarta",
    "  » {1}Hujan deras{/1} mengguyur Jakarta sejak Senin pagi.",
    "  after:  Sebanyak 1.200 warga mengungsi ke tempat yang lebih aman.",
    "  inline codes (keep the tags in the English, where they belong): {1}…{/1} g 1",
    "  current (translated, imported, by an import that named no translator): {1}Heavy rain{/1} has drenched Jakarta since Monday morning.",
    "",
  ].join("\n"));
  // :edit puts the English with its tags into the line
  expect(r.stdout).toContain("{1}Heavy rain{/1} has drenched Jakarta since Monday morning.\n");
  expect(r.stdout).toContain(`  ✓ saved ${DOC}:2\n`);
  const s = stored();
  expect(s.units[1]).toEqual([`${DOC}:2`, EDITED, "translated"]);
  expect(s.codes[0]).toEqual(["xliff12", '<g id="1" ctype="bold">Hujan deras</g> mengguyur Jakarta sejak Senin pagi.', `<g id="1" ctype="bold">Torrential rain</g> has lashed Jakarta since Monday morning.`, "Hujan deras mengguyur Jakarta sejak Senin pagi.", EDITED]);
  const out = path.join(dir, "out.xlf");
  const e = await cli(["export", "--format", "xliff12", "--out", out]);
  expect(e.stdout).toBe(`Exported 2 units as xliff12: ${out}\n  2 units written with the inline codes they were imported with\n`);
  const bytes = fs.readFileSync(out, "utf8");
  expect(bytes).toBe(goldenWith('<g id="1" ctype="bold">Torrential rain</g> has lashed Jakarta since Monday morning.'));
  // the translations/ record carries the codes
  expect(fs.readFileSync(path.join(dir, "translations", `${DOC}.translations.txt`), "utf8")).toContain([
    `@ ${DOC}:2`, "id: Hujan deras mengguyur Jakarta sejak Senin pagi.", `en: ${EDITED}`, "status: translated", "author: Ani", "time: 2024-07-01T00:00:00.000Z",
    "codes: xliff12", 'id-codes: <g id="1" ctype="bold">Hujan deras</g> mengguyur Jakarta sejak Senin pagi.', `en-codes: <g id="1" ctype="bold">Torrential rain</g> has lashed Jakarta since Monday morning.`, "",
  ].join("\n"));
  // npm start on a fresh copy of the folder (corpus/ and translations/ only): the same units, codes and export
  const copy = tempDir("selaras-code-edits-copy-");
  try {
    for (const d of ["corpus", "translations"]) fs.cpSync(path.join(dir, d), path.join(copy, d), { recursive: true });
    expect((await run(["pipeline"], { cwd: copy, clock })).code).toBe(0);
    const again = path.join(copy, "again.xlf");
    expect((await run(["export", "--format", "xliff12", "--out", again], { cwd: copy })).code).toBe(0);
    expect(fs.readFileSync(again, "utf8")).toBe(bytes);
    const before = stored();
    const dirWas = dir;
    dir = copy;
    try { expect(stored()).toEqual(before); } finally { dir = dirWas; }
  } finally { fs.rmSync(copy, { recursive: true, force: true }); }
});

it("English that lost a paired code, or has it twice, is kept a draft with the check's error (exit 1); a lone code lost is a warning (tags are numbered per unit: its <x id=2/> is {1/}); with the tags in place it confirms", async () => {
  const lost = await cli(["translate", "set", `${DOC}:2`, EDITED, "--translator", "Ani"]);
  expect(lost.code).toBe(1);
  expect(lost.stderr + lost.stdout).toContain("error inline-code-mismatch: The tags {1}…{/1} of the source are missing from the target (the code they stand for would be lost).");
  expect(stored().units[1]).toEqual([`${DOC}:2`, EDITED, "draft"]);
  const twice = await cli(["translate", "set", `${DOC}:2`, "{1}Torrential{/1} {1}rain{/1} has lashed Jakarta since Monday morning.", "--translator", "Ani", "--json"]);
  expect(twice.code).toBe(1);
  expect(JSON.parse(twice.stdout)).toMatchObject({ state: "draft", refused: true, findings: [{ checkId: "inline-code-mismatch", severity: "error", messageId: "duplicated-paired", data: { open: "{1}", close: "{/1}" }, suppressed: false }] });
  // a pair broken by the edit (its opening tag deleted) is lost whole: the draft's markup stays readable for its tool
  const broken = await cli(["translate", "set", `${DOC}:2`, "Since Monday: torrential rain{/1} has lashed Jakarta.", "--translator", "Ani", "--json"]);
  expect(broken.code).toBe(1);
  expect(JSON.parse(broken.stdout)).toMatchObject({ state: "draft", findings: [{ checkId: "inline-code-mismatch", messageId: "missing-paired" }] });
  expect(stored().codes[0]).toEqual(["xliff12", '<g id="1" ctype="bold">Hujan deras</g> mengguyur Jakarta sejak Senin pagi.', "Since Monday: torrential rain has lashed Jakarta.", "Hujan deras mengguyur Jakarta sejak Senin pagi.", "Since Monday: torrential rain has lashed Jakarta."]);
  const crossed = await cli(["translate", "set", `${DOC}:2`, "{/1}Torrential rain{1} has lashed Jakarta since Monday morning.", "--translator", "Ani", "--json"]);
  expect(JSON.parse(crossed.stdout)).toMatchObject({ state: "draft", findings: [{ checkId: "inline-code-mismatch", messageId: "order", data: { open: "{1}", close: "{/1}" } }] });
  expect((stored().codes[0] as string[])[2]).toBe(EDITED);
  const placeholder = await cli(["translate", "set", `${DOC}:4`, "The governor asked residents to stay alert.", "--translator", "Ani", "--json"]);
  expect(placeholder.code).toBe(0);
  expect(JSON.parse(placeholder.stdout)).toMatchObject({ state: "translated", findings: [{ checkId: "inline-code-mismatch", severity: "warning", messageId: "missing-alone", data: { tag: "{1/}" } }] });
  const ok = await cli(["translate", "set", `${DOC}:2`, "Since Monday morning {1}torrential rain{/1} has lashed Jakarta.", "--translator", "Ani", "--json"]);
  expect(ok.code).toBe(0);
  expect(JSON.parse(ok.stdout)).toMatchObject({ state: "translated", findings: [] });
  const out = path.join(dir, "out.xlf");
  expect((await cli(["export", "--format", "xliff12", "--out", out])).code).toBe(0);
  expect(fs.readFileSync(out, "utf8")).toBe(goldenWith("Since Monday morning <g id=\"1\" ctype=\"bold\">torrential rain</g> has lashed Jakarta.")
    // (the same English without its placeholder: the rendering is unchanged, its code is gone as the translator left it)
    .replace('<target state="translated">The governor asked residents to stay alert.<x id="2" ctype="lb"/></target>', '<target state="translated">The governor asked residents to stay alert.</target>'));
  // in Indonesian
  const id = await cli(["translate", "set", `${DOC}:2`, EDITED, "--translator", "Ani", "--lang", "id"]);
  expect(id.stderr + id.stdout).toContain("kesalahan inline-code-mismatch: Tag {1}…{/1} dari sumber tidak ada dalam terjemahan (kode yang diwakilinya akan hilang).");
});

it("the workbench's API gives the English with its tags and the Indonesian's, and a save with the tags moved keeps the codes", async () => {
  const TOKEN = "c".repeat(48);
  const store = openStore(path.join(dir, "selaras.db"));
  const app = buildServer({ store, root: dir, author: "ayu", csrfToken: TOKEN });
  try {
    const list = (await app.inject({ url: `/api/documents/${DOC}/units` })).json() as Array<{ ref: string; target: string | null; tags?: unknown }>;
    expect(list.find((u) => u.ref === `${DOC}:2`)).toMatchObject({
      target: "{1}Heavy rain{/1} has drenched Jakarta since Monday morning.",
      tags: { source: "{1}Hujan deras{/1} mengguyur Jakarta sejak Senin pagi.", codes: [{ tag: "{1}…{/1}", label: "g 1" }] },
    });
    expect(list.find((u) => u.ref === `${DOC}:3`)).not.toHaveProperty("tags");
    // the help's findings on the stored English (its tags in place: none) and on a text being typed: as a save would meet them
    expect((await app.inject({ url: `/api/units/${encodeURIComponent(`${DOC}:2`)}/help` })).json()).toMatchObject({ findings: [] });
    expect((await app.inject({ url: `/api/documents/${DOC}/findings` })).json()).toEqual({});
    const help = (await app.inject({ url: `/api/units/${encodeURIComponent(`${DOC}:2`)}/help?target=${encodeURIComponent(EDITED)}` })).json() as { findings: Array<{ checkId: string; messageId: string }> };
    expect(help.findings.map((f) => [f.checkId, f.messageId])).toEqual([["inline-code-mismatch", "missing-paired"]]);
    const res = await app.inject({ method: "PUT", url: `/api/units/${encodeURIComponent(`${DOC}:2`)}`, headers: { [CSRF_HEADER]: TOKEN }, payload: { target: "{1}Torrential rain{/1} has lashed Jakarta since Monday morning.", baseRevision: 1, confirm: true } });
    expect(res.statusCode).toBe(200);
    expect((res.json() as { unit: unknown }).unit).toMatchObject({ target: "{1}Torrential rain{/1} has lashed Jakarta since Monday morning.", state: "translated" });
    expect(store.exchange.codesOf(documentUnits(store, DOC)[1]!.renderingId!)?.target).toBe('<g id="1" ctype="bold">Torrential rain</g> has lashed Jakarta since Monday morning.');
    expect(documentUnits(store, DOC)[1]!.target).toBe(EDITED);
    const refused = await app.inject({ method: "PUT", url: `/api/units/${encodeURIComponent(`${DOC}:2`)}`, headers: { [CSRF_HEADER]: TOKEN }, payload: { target: EDITED, baseRevision: 2, confirm: true } });
    expect(refused.statusCode).toBe(422);
    // (the draft keeps what was typed: no tags; the Indonesian's tags are still offered to put back)
    expect(refused.json()).toMatchObject({ code: "confirmation-refused", unit: { target: EDITED, state: "draft", tags: { source: "{1}Hujan deras{/1} mengguyur Jakarta sejak Senin pagi." } } });
    expect((refused.json() as { unit: { tags: object } }).unit.tags).not.toHaveProperty("lost");
  } finally { await app.close(); store.close(); }
});
