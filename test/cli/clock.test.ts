/** The CLI reads the clock once per command (CliIO.clock) and passes that time to the app: what it stores is dated with it. */
import * as fs from "node:fs";
import * as path from "node:path";
import { dumpDb, run, tempDir } from "../helpers/cli";

describe("the CLI's clock", () => {
  it("dates the document, the rendering and the glossary with the time the caller's clock gives", async () => {
    const dir = tempDir();
    const db = path.join(dir, "t.db");
    fs.writeFileSync(path.join(dir, "rapat.txt"), "Rapat kabinet\n\nPresiden memimpin rapat di Jakarta.\n");
    fs.mkdirSync(path.join(dir, "glossary"));
    fs.writeFileSync(path.join(dir, "glossary", "terms.tsv"), "id\tsource\tpreferred\tadmitted\tforbidden\tflags\tpos\tdomain\tnote\texample\npresident\tPresiden\tPresident\t\t\t\t\t\t\t\n");
    const at = (iso: string) => () => new Date(iso);
    expect((await run(["ingest", path.join(dir, "rapat.txt"), "--db", db], { cwd: dir, clock: at("2031-02-03T04:05:06.007Z") })).code).toBe(0);
    expect((await run(["glossary", "sync", "--dir", path.join(dir, "glossary"), "--db", db], { cwd: dir, clock: at("2031-02-03T05:00:00.000Z") })).code).toBe(0);
    const set = await run(["translate", "set", "rapat:1", "Cabinet meeting", "--status", "draft", "--translator", "Ani", "--db", db], { cwd: dir, clock: at("2031-02-04T00:00:00.000Z") });
    expect(set.code).toBe(0);
    const dump = dumpDb(db);
    expect(dump).toMatch(/^document:.*"ingested_at":"2031-02-03T04:05:06\.007Z"/m);
    expect(dump).toMatch(/^rendering:.*"created_at":"2031-02-04T00:00:00\.000Z"/m);
    expect(dump).toMatch(/^glossary_concept:.*"2031-02-03T05:00:00\.000Z"/m);
    // nothing else is dated by the system clock (the schema's migration log records when the file was made)
    const dated = dump.split("\n").filter((l) => !l.startsWith("schema_migration:")).join("\n");
    expect(dated.match(/"\d{4}-\d\d-\d\dT[^"]*"/g)!.every((t) => t.startsWith('"2031-'))).toBe(true);
  });
});
