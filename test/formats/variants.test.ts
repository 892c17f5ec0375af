/**
 * English variants in one file (test/fixtures/cat-exchange, written as the tools write them): a TMX
 * `<tu>` holding two English variants is refused naming file:line (never the first taken silently);
 * `--target-lang` picks one in TMX and XLIFF; a file mixing variants across units is imported with
 * a warning naming them; every refusal is exit 2 with the database unchanged.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { formats, readUnits } from "../../src/formats";
import { openStore } from "../../src/store";
import { dumpDb, ingestedProject, REPO, run } from "../helpers/cli";

const FIXTURES = path.join(REPO, "test", "fixtures", "cat-exchange");
const ARTICLE = "Banjir Melanda Jakarta\n\nHujan deras mengguyur Jakarta sejak Senin pagi. Sebanyak 1.200 warga mengungsi ke tempat yang lebih aman. Gubernur meminta warga tetap waspada.\n";

const ONE_UNIT = "note: this refusal concerns one unit; --skip-refused imports the other units and lists every unit it leaves out\n";

describe("English variants on import", () => {
  let dir: string;
  let db: string;
  beforeEach(async () => ({ dir, db } = await ingestedProject({ "banjir-jakarta.txt": ARTICLE })));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const fixture = (name: string) => path.join(FIXTURES, name);
  const importing = (name: string, ...extra: string[]) => run(["import", fixture(name), "--db", db, ...extra], { cwd: dir });
  /** [ordinal, English] of every rendering. */
  const english = () => {
    const store = openStore(db);
    try {
      const doc = store.documents.bySlug("banjir-jakarta")!;
      const ordinal = new Map(store.documents.allSegments(doc.id).map((s) => [s.id, s.ordinal]));
      return store.renderings.all().map((r) => [ordinal.get(r.segmentIds[0]!), r.text]);
    } finally {
      store.close();
    }
  };
  // (two translations of one variant: the unit alone is refused, and --skip-refused is offered; English in
  // several variants names its own remedy, --target-lang)
  const refused = async (name: string, extra: string[], stderr: string, hint = "") => {
    const before = dumpDb(db);
    const r = await importing(name, ...extra);
    expect([r.code, r.stdout, r.stderr]).toEqual([2, "", `selaras: ${stderr}\n${hint}`]);
    expect(dumpDb(db)).toBe(before);
  };

  it("Trados: en-US and en-GB in every <tu> is refused at the first, naming its line and the variants", async () => {
    await refused("v01-trados-us-gb.tmx", [], `${fixture("v01-trados-us-gb.tmx")}:5: this <tu> holds English in several variants (en-US, en-GB): say which to import with --target-lang (e.g. --target-lang en-US); nothing was imported`);
  });

  it("plain en beside en-GB in one <tu> is two variants too", async () => {
    await refused("v04-en-and-en-gb.tmx", [], `${fixture("v04-en-and-en-gb.tmx")}:5: this <tu> holds English in several variants (en, en-GB): say which to import with --target-lang (e.g. --target-lang en); nothing was imported`);
  });

  it("two en-GB translations in one <tu> cannot be told apart, with or without --target-lang", async () => {
    const message = `${fixture("v11-two-en-gb-tuvs.tmx")}:5: this <tu> holds two en-GB translations: they cannot be told apart; nothing was imported`;
    await refused("v11-two-en-gb-tuvs.tmx", [], message, ONE_UNIT);
    await refused("v11-two-en-gb-tuvs.tmx", ["--target-lang", "en-GB"], message, ONE_UNIT);
    // (in Indonesian: which one to use cannot be told; 'keduanya tidak dapat dibedakan' said they were indistinguishable)
    await refused("v11-two-en-gb-tuvs.tmx", ["--lang", "id"],
      `${fixture("v11-two-en-gb-tuvs.tmx")}:5: <tu> ini memuat dua terjemahan en-GB: tidak dapat diketahui mana yang dipakai; tidak ada yang diimpor`,
      "catatan: penolakan ini hanya menyangkut satu unit; --skip-refused mengimpor unit lainnya dan mencantumkan setiap unit yang dilewati\n");
  });

  it("--target-lang en-GB imports the en-GB texts; en_us (any case, underscore) the en-US ones", async () => {
    const r = await importing("v01-trados-us-gb.tmx", "--target-lang", "en-GB");
    expect([r.code, r.stdout]).toEqual([0, `${fixture("v01-trados-us-gb.tmx")}: 2 units read (tmx)\n  2 new, 0 replaced, 0 unchanged, 0 without a target\n`]);
    expect(english()).toEqual([[2, "Heavy rain has soaked Jakarta since Monday morning."], [4, "The governor asked residents to remain vigilant."]]);
    fs.rmSync(db);
    await run(["ingest", "corpus", "--db", db], { cwd: dir });
    fs.rmSync(path.join(dir, "translations"), { recursive: true, force: true });
    expect((await importing("v01-trados-us-gb.tmx", "--target-lang", "EN_us")).code).toBe(0);
    expect(english()).toEqual([[2, "Heavy rain has drenched Jakarta since Monday morning."], [4, "The governor asked residents to stay alert."]]);
  });

  it("OmegaT TMX mixing en-GB and en-US across units: imported with a warning naming both; --target-lang keeps one", async () => {
    const r = await importing("v03-omegat-mixed.tmx");
    expect([r.code, r.stdout]).toEqual([0, `${fixture("v03-omegat-mixed.tmx")}: 2 units read (tmx)\n  2 new, 0 replaced, 0 unchanged, 0 without a target\n` +
      "  the file holds English in several variants (en-GB: 1 unit, en-US: 1 unit): all were imported; to import one, repeat with --target-lang\n"]);
    const json = await run(["import", fixture("v03-omegat-mixed.tmx"), "--db", db, "--json"], { cwd: dir });
    expect(JSON.parse(json.stdout).variants).toEqual([{ variant: "en-GB", units: 1 }, { variant: "en-US", units: 1 }]);
  });

  it("--target-lang en-GB on the mixed OmegaT TMX: the en-US unit is read without a target, and counted", async () => {
    const r = await importing("v03-omegat-mixed.tmx", "--target-lang", "en-GB");
    expect([r.code, r.stdout]).toEqual([0, `${fixture("v03-omegat-mixed.tmx")}: 2 units read (tmx)\n  1 new, 0 replaced, 0 unchanged, 1 without a target\n  1 unit's English is not en-GB: not imported\n`]);
    expect(english()).toEqual([[2, "Heavy rain has soaked Jakarta since Monday morning."]]);
  });

  it("XLIFF 1.2 with an en-US and an en-GB <file>: --target-lang en-US keeps the en-US target", async () => {
    const plain = await importing("v06-okapi-two-files.xlf", "--json");
    expect(JSON.parse(plain.stdout)).toMatchObject({ created: 1, conflictCount: 1, variants: [{ variant: "en-US", units: 1 }, { variant: "en-GB", units: 1 }] });
    fs.rmSync(db);
    fs.rmSync(path.join(dir, "translations"), { recursive: true, force: true });
    await run(["ingest", "corpus", "--db", db], { cwd: dir });
    const r = await importing("v06-okapi-two-files.xlf", "--target-lang", "en-US");
    expect([r.code, r.stdout]).toEqual([0, `${fixture("v06-okapi-two-files.xlf")}: 2 units read (xliff)\n  1 new, 0 replaced, 0 unchanged, 1 without a target\n  1 unit's English is not en-US: not imported\n`]);
    expect(english()).toEqual([[4, "The governor asked residents to stay alert."]]);
  });

  it("a variant no unit has is refused, naming those found; a language that is not English is a usage error", async () => {
    await refused("v10-xliff20-en-gb.xlf", ["--target-lang", "en-US"], `${fixture("v10-xliff20-en-gb.xlf")}: no unit has English in en-US (found: en-GB); nothing was imported`);
    await refused("v05-trados-us-only.tmx", ["--target-lang", "en-AU"], `${fixture("v05-trados-us-only.tmx")}: no unit has English in en-AU (found: en-US); nothing was imported`);
    await refused("v05-trados-us-only.tmx", ["--target-lang", "fr"], "--target-lang fr: not an English language tag (en, en-GB, en-US…)");
    const tsv = path.join(dir, "pairs.tsv");
    fs.writeFileSync(tsv, "source\ttarget\nGubernur meminta warga tetap waspada.\tThe governor asked residents to stay alert.\n");
    const before = dumpDb(db);
    const r = await run(["import", tsv, "--db", db, "--target-lang", "en-GB"], { cwd: dir });
    expect([r.code, r.stderr]).toEqual([2, `selaras: ${tsv}: --target-lang is for TMX and XLIFF files, whose units say their language; a tsv file does not\n`]);
    expect(dumpDb(db)).toBe(before);
  });

  it("one variant throughout: imported as before, no warning", async () => {
    const r = await importing("v05-trados-us-only.tmx");
    expect([r.code, r.stdout]).toEqual([0, `${fixture("v05-trados-us-only.tmx")}: 1 unit read (tmx)\n  1 new, 0 replaced, 0 unchanged, 0 without a target\n`]);
  });
});

describe("readers: the variant of a target", () => {
  it("TMX fast path and saxes give the same units, with the variant when it is not plain en", () => {
    const tu = (lang: string, extra = "") => `<tu>${extra}<tuv xml:lang="id"><seg>Satu.</seg></tuv><tuv xml:lang="${lang}"><seg>One.</seg></tuv></tu>\n`;
    const tmx = (body: string) => `<tmx version="1.4"><header srclang="id" creationtool="x" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" datatype="plaintext"/><body>\n${body}</body></tmx>\n`;
    const blank = { id: "", document: "", segments: [], source: "Satu.", target: "One.", status: "", author: "", changed: "" };
    // (a <note> takes the reader off its fast path; the note is read since notes travel)
    for (const extra of ["", "<note>n</note>"]) {
      const unit = extra ? { ...blank, note: "n" } : blank;
      expect(readUnits(formats.tmx!, { main: tmx(tu("en", extra) + tu("en-GB", extra)) })).toEqual([unit, { ...unit, variant: "en-GB" }]);
    }
  });

  it("XLIFF: the target's xml:lang, else the file's target-language, else trgLang", () => {
    const xlf = `<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="a" source-language="id" target-language="en-GB" datatype="plaintext"><body>
<trans-unit id="1"><source>Satu.</source><target>One.</target></trans-unit>
<trans-unit id="2"><source>Dua.</source><target xml:lang="en-US">Two.</target></trans-unit>
</body></file></xliff>`;
    expect(readUnits(formats.xliff!, { main: xlf }).map((u) => [u.id, u.variant])).toEqual([["1", "en-GB"], ["2", "en-US"]]);
  });
});
