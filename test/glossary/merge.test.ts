/**
 * The glossary/ files' three-way merge (git's merge driver, `selaras translations merge`): concept
 * by concept, by id, with the comment lines above each; what only one side changed wins, what both
 * changed differently is left between git's markers.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { mergeGlossaryTsv } from "../../src/glossary/merge";
import { runMergeDriver } from "../../src/app/merge-driver";
import { run, tempDir } from "../helpers/cli";

const HEAD = "# Places.\nid\tsource\tpreferred\tadmitted\tforbidden\tflags\tpos\tdomain\tnote\texample";
const row = (id: string, source: string, preferred: string, note = "") => `${id}\t${source}\t${preferred}\t\t\terror\tproper noun\tgeo\t${note}\t`;
const file = (...rows: string[]) => [HEAD, ...rows].join("\n") + "\n";
const JAKARTA = row("jakarta", "=Jakarta", "=Jakarta");
const BANDUNG = row("bandung", "=Bandung", "=Bandung");
const BASE = file(JAKARTA, BANDUNG);

describe("mergeGlossaryTsv", () => {
  it("two concepts added at the same place, one on each side: both kept, ours first, no conflict (git's line merge conflicts here)", () => {
    const ours = file(JAKARTA, BANDUNG, row("medan", "=Medan", "=Medan"));
    const theirs = file(JAKARTA, BANDUNG, row("surabaya", "=Surabaya", "=Surabaya"));
    expect(mergeGlossaryTsv(BASE, ours, theirs)).toEqual({ text: file(JAKARTA, BANDUNG, row("medan", "=Medan", "=Medan"), row("surabaya", "=Surabaya", "=Surabaya")), conflicts: 0 });
  });

  it("a concept added by theirs goes after the concept it follows there; their comment line above it comes with it", () => {
    const theirs = file(JAKARTA, "# West Java", row("bogor", "=Bogor", "=Bogor"), BANDUNG);
    const ours = file(JAKARTA, row("bandung", "=Bandung", "=Bandung", "Capital of West Java."));
    expect(mergeGlossaryTsv(BASE, ours, theirs)).toEqual({
      text: file(JAKARTA, "# West Java", row("bogor", "=Bogor", "=Bogor"), row("bandung", "=Bandung", "=Bandung", "Capital of West Java.")),
      conflicts: 0,
    });
  });

  it("one side edits a concept, the other removes another: both done", () => {
    const ours = file(row("jakarta", "=Jakarta | =DKI Jakarta", "=Jakarta"), BANDUNG);
    const theirs = file(JAKARTA);
    expect(mergeGlossaryTsv(BASE, ours, theirs)).toEqual({ text: file(row("jakarta", "=Jakarta | =DKI Jakarta", "=Jakarta")), conflicts: 0 });
  });

  it("one concept edited differently on both sides, or edited on one and removed on the other: a conflict between git's markers", () => {
    const ours = file(row("jakarta", "=Jakarta", "=Jakarta", "The capital."), row("bandung", "=Bandung", "=Bandung", "Capital of West Java."));
    const theirs = file(row("jakarta", "=Jakarta", "=Jakarta", "Ibu kota."));
    const merged = mergeGlossaryTsv(BASE, ours, theirs, { ours: "HEAD", theirs: "origin/main" });
    expect(merged).toEqual({
      text: [HEAD, "<<<<<<< HEAD", row("jakarta", "=Jakarta", "=Jakarta", "The capital."), "=======", row("jakarta", "=Jakarta", "=Jakarta", "Ibu kota."), ">>>>>>> origin/main",
        "<<<<<<< HEAD", row("bandung", "=Bandung", "=Bandung", "Capital of West Java."), "=======", ">>>>>>> origin/main"].join("\n") + "\n",
      conflicts: 2,
    });
  });

  it("the same change on both sides: one copy; CRLF and a BOM on one side are the same lines", () => {
    const ours = file(JAKARTA, BANDUNG, row("medan", "=Medan", "=Medan"));
    expect(mergeGlossaryTsv(BASE, ours, "\ufeff" + ours.replace(/\n/g, "\r\n"))).toEqual({ text: ours, conflicts: 0 });
  });

  it("a version that is no glossary file (no header; an id twice; git's markers left in it): null, for git's line merge", () => {
    expect(mergeGlossaryTsv(BASE, "jakarta\tJakarta\n", BASE)).toBeNull();
    expect(mergeGlossaryTsv(BASE, file(JAKARTA, JAKARTA), BASE)).toBeNull();
    expect(mergeGlossaryTsv(BASE, file(JAKARTA, "<<<<<<< HEAD", BANDUNG), BASE)).toBeNull();
  });
});

describe("the driver on glossary/ files (by path, else by header)", () => {
  let dir: string;
  beforeEach(() => { dir = tempDir("selaras-gloss-merge-"); });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));
  const versions = (ours: string, theirs: string) => {
    for (const [name, text] of [["base", BASE], ["ours", ours], ["theirs", theirs]] as const) fs.writeFileSync(path.join(dir, name), text);
    return ["base", "ours", "theirs"].map((n) => path.join(dir, n)) as [string, string, string];
  };

  it("merges concept by concept into ours, exit 0; a conflict leaves the markers and exit 1 (selaras translations merge)", async () => {
    const [b, o, t] = versions(file(JAKARTA, BANDUNG, row("medan", "=Medan", "=Medan")), file(JAKARTA, BANDUNG, row("surabaya", "=Surabaya", "=Surabaya")));
    expect(runMergeDriver(b, o, t, "glossary/geo.tsv")).toEqual({ conflicts: 0, byRecord: true });
    expect(fs.readFileSync(o, "utf8")).toBe(file(JAKARTA, BANDUNG, row("medan", "=Medan", "=Medan"), row("surabaya", "=Surabaya", "=Surabaya")));
    const [b2, o2, t2] = versions(file(row("jakarta", "=Jakarta", "=Jakarta", "a"), BANDUNG), file(row("jakarta", "=Jakarta", "=Jakarta", "b"), BANDUNG));
    const r = await run(["translations", "merge", b2, o2, t2, "glossary/geo.tsv"]);
    expect(r.code).toBe(1);
    expect(fs.readFileSync(o2, "utf8")).toContain("<<<<<<< ours\n" + row("jakarta", "=Jakarta", "=Jakarta", "a") + "\n=======\n");
  });

  it("without a path, a version with the glossary header is merged as a glossary", () => {
    const [b, o, t] = versions(file(JAKARTA, BANDUNG, row("medan", "=Medan", "=Medan")), file(JAKARTA, BANDUNG, row("surabaya", "=Surabaya", "=Surabaya")));
    expect(runMergeDriver(b, o, t)).toEqual({ conflicts: 0, byRecord: true });
    expect(fs.readFileSync(o, "utf8").split("\n").filter((l) => /^(medan|surabaya)\t/.test(l))).toHaveLength(2);
  });
});
