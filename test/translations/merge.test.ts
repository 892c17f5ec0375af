/** mergeTranslations: the three-way merge of a translations/ file, record by record (git's merge driver). */
import { mergeSuppressions, mergeTranslations } from "../../src/translations/merge";

const HEAD = "# selaras translations 1\n# document: banjir";
const rec = (ref: string, id: string, en?: string, author = "Ani", time = "2026-12-01T10:00:00.000Z") =>
  `\n\n@ ${ref}\nid: ${id}` + (en === undefined ? "" : `\nen: ${en}\nstatus: translated\nauthor: ${author}\ntime: ${time}`);
const file = (...records: string[]) => HEAD + records.join("") + "\n";
const S = ["Banjir melanda Jakarta.", "Ribuan warga mengungsi.", "Pemerintah mengirim bantuan.", "Sekolah diliburkan.", "Hujan reda pada malam hari."];

describe("mergeTranslations", () => {
  test("records added by each side for neighbouring sentences (git's line merge conflicts): both kept, in sentence order", () => {
    const base = file(rec("banjir:1", S[0]!, "Floods hit Jakarta."));
    const ours = file(rec("banjir:1", S[0]!, "Floods hit Jakarta."), rec("banjir:2", S[1]!, "Thousands fled.", "Ani"));
    const theirs = file(rec("banjir:1", S[0]!, "Floods hit Jakarta."), rec("banjir:3", S[2]!, "The government sent aid.", "Budi"));
    expect(mergeTranslations(base, ours, theirs)).toEqual({
      text: file(rec("banjir:1", S[0]!, "Floods hit Jakarta."), rec("banjir:2", S[1]!, "Thousands fled.", "Ani"), rec("banjir:3", S[2]!, "The government sent aid.", "Budi")),
      conflicts: 0,
    });
  });

  test("both created the file (no base): records of both, one header", () => {
    const ours = file(rec("banjir:4", S[3]!, "Schools closed."));
    const theirs = file(rec("banjir:1", S[0]!, "Floods hit Jakarta.", "Budi"), rec("banjir:5", S[4]!, "The rain eased at night.", "Budi"));
    expect(mergeTranslations("", ours, theirs)!.text).toBe(file(rec("banjir:1", S[0]!, "Floods hit Jakarta.", "Budi"), rec("banjir:4", S[3]!, "Schools closed."), rec("banjir:5", S[4]!, "The rain eased at night.", "Budi")));
  });

  test("the same sentence given different English on each side: one conflict between git's markers, the rest merged", () => {
    const base = file(rec("banjir:1", S[0]!, "Floods hit Jakarta."));
    const ours = file(rec("banjir:1", S[0]!, "Floods struck Jakarta.", "Ani", "2026-12-02T10:00:00.000Z"), rec("banjir:2", S[1]!, "Thousands fled."));
    const theirs = file(rec("banjir:1", S[0]!, "Jakarta was flooded.", "Budi", "2026-12-02T11:00:00.000Z"), rec("banjir:3", S[2]!, "Aid was sent.", "Budi"));
    const r = mergeTranslations(base, ours, theirs, { ours: "HEAD", theirs: "budi" })!;
    expect(r.conflicts).toBe(1);
    expect(r.text).toBe(HEAD +
      "\n\n<<<<<<< HEAD\n@ banjir:1\nid: Banjir melanda Jakarta.\nen: Floods struck Jakarta.\nstatus: translated\nauthor: Ani\ntime: 2026-12-02T10:00:00.000Z\n" +
      "=======\n@ banjir:1\nid: Banjir melanda Jakarta.\nen: Jakarta was flooded.\nstatus: translated\nauthor: Budi\ntime: 2026-12-02T11:00:00.000Z\n>>>>>>> budi" +
      rec("banjir:2", S[1]!, "Thousands fled.") + rec("banjir:3", S[2]!, "Aid was sent.", "Budi") + "\n");
  });

  test("the same English on both sides is one record; a change on one side wins over the unchanged other", () => {
    const base = file(rec("banjir:1", S[0]!, "Floods hit Jakarta."), rec("banjir:2", S[1]!, "Thousands fled."));
    const ours = file(rec("banjir:1", S[0]!, "Floods hit the capital."), rec("banjir:2", S[1]!, "Thousands fled."));
    const theirs = file(rec("banjir:1", S[0]!, "Floods hit Jakarta."));
    expect(mergeTranslations(base, ours, ours)!.text).toBe(ours);
    // theirs removed record 2 (the rendering deleted), ours changed record 1
    expect(mergeTranslations(base, ours, theirs)!.text).toBe(file(rec("banjir:1", S[0]!, "Floods hit the capital.")));
  });

  test("one side re-ingested (a sentence inserted: records renumbered), the other wrote new English: both kept", () => {
    const base = file(rec("banjir:1", S[0]!, "Floods hit Jakarta."), rec("banjir:2", S[1]!, "Thousands fled."));
    const ours = file(rec("banjir:1", S[0]!, "Floods hit Jakarta."), rec("banjir:3", S[1]!, "Thousands fled."));
    const theirs = file(rec("banjir:1", S[0]!, "Floods hit Jakarta."), rec("banjir:2", S[1]!, "Thousands of residents fled.", "Budi", "2026-12-02T11:00:00.000Z"));
    expect(mergeTranslations(base, ours, theirs)).toEqual({
      text: file(rec("banjir:1", S[0]!, "Floods hit Jakarta."), rec("banjir:3", S[1]!, "Thousands of residents fled.", "Budi", "2026-12-02T11:00:00.000Z")),
      conflicts: 0,
    });
  });

  test("one side re-ingested (a sentence inserted before: records renumbered), the other translated sentences after it in the old numbering: theirs follow the shift", () => {
    const base = file(rec("banjir:1", S[0]!, "Floods hit Jakarta."), rec("banjir:3", S[2]!, "Aid was sent."));
    const ours = file(rec("banjir:1", S[0]!, "Floods hit Jakarta."), rec("banjir:4", S[2]!, "Aid was sent."));
    const theirs = file(rec("banjir:1", S[0]!, "Floods hit Jakarta."), rec("banjir:2", S[1]!, "Thousands fled.", "Budi"), rec("banjir:3", S[2]!, "Aid was sent."),
      rec("banjir:4+5", `${S[3]!} ${S[4]!}`, "Schools closed until the rain eased.", "Budi"));
    expect(mergeTranslations(base, ours, theirs)).toEqual({
      text: file(rec("banjir:1", S[0]!, "Floods hit Jakarta."), rec("banjir:2", S[1]!, "Thousands fled.", "Budi"), rec("banjir:4", S[2]!, "Aid was sent."),
        rec("banjir:5+6", `${S[3]!} ${S[4]!}`, "Schools closed until the rain eased.", "Budi")),
      conflicts: 0,
    });
  });

  test("a join on one side and one of its sentences translated alone on the other: a conflict, not two records for one sentence", () => {
    const base = file(rec("banjir:1", S[0]!, "Floods hit Jakarta."));
    const ours = file(rec("banjir:1", S[0]!, "Floods hit Jakarta."), rec("banjir:2+3", `${S[1]!} ${S[2]!}`, "Thousands fled and aid was sent."));
    const theirs = file(rec("banjir:1", S[0]!, "Floods hit Jakarta."), rec("banjir:3", S[2]!, "Aid was sent.", "Budi"));
    const r = mergeTranslations(base, ours, theirs)!;
    expect(r.conflicts).toBe(1);
    expect(r.text).toBe(file(rec("banjir:1", S[0]!, "Floods hit Jakarta.")).slice(0, -1) +
      "\n\n<<<<<<< ours\n@ banjir:2+3\nid: Ribuan warga mengungsi. Pemerintah mengirim bantuan.\nen: Thousands fled and aid was sent.\nstatus: translated\nauthor: Ani\ntime: 2026-12-01T10:00:00.000Z\n" +
      "=======\n@ banjir:3\nid: Pemerintah mengirim bantuan.\nen: Aid was sent.\nstatus: translated\nauthor: Budi\ntime: 2026-12-01T10:00:00.000Z\n>>>>>>> theirs\n");
  });

  test("a note added on one side and the English changed on the other are both kept; CRLF and a BOM are read as LF", () => {
    const base = file(rec("banjir:1", S[0]!, "Floods hit Jakarta."));
    const ours = file(rec("banjir:1", S[0]!, "Floods hit Jakarta.") + "\nnote: Headline.");
    const theirs = "\ufeff" + file(rec("banjir:1", S[0]!, "Floods struck Jakarta.", "Budi")).replace(/\n/g, "\r\n");
    expect(mergeTranslations(base, ours, theirs)!.text).toBe(file(rec("banjir:1", S[0]!, "Floods struck Jakarta.", "Budi") + "\nnote: Headline."));
  });

  test("a version that is not a translations file (markers already in it, a broken hand edit) is left to the line merge: null", () => {
    const base = file(rec("banjir:1", S[0]!, "Floods hit Jakarta."));
    expect(mergeTranslations(base, base + "<<<<<<< HEAD\n", base)).toBeNull();
    expect(mergeTranslations(base, base, base.replace("status: translated", "status: done"))).toBeNull();
  });
});

describe("mergeSuppressions", () => {
  const H = "document\tcheck\thash\treason\tauthor\tsource\ttarget";
  const PRE = `# Selaras check suppressions\n${H}`;
  const row = (doc: string, check: string, hash: string, reason: string) => `${doc}\t${check}\t${hash}\t${reason}\tAni\tsumber\ttarget`;
  const sup = (...rows: string[]) => [PRE, ...rows].join("\n") + "\n";
  const r1 = row("banjir", "end-punctuation", "0000000000000001", "Headline.");

  test("rows added by each side in the same document (written next to each other: git's line merge conflicts) are both kept, ours first", () => {
    const a = row("banjir", "length-ratio", "000000000000000a", "Short on purpose.");
    const b = row("banjir", "number-mismatch", "000000000000000b", "Spelled out.");
    const c = row("gempa", "length-ratio", "000000000000000c", "Fine.");
    expect(mergeSuppressions(sup(r1), sup(r1, a), sup(r1, b, c), H)).toEqual({ text: sup(r1, a, b, c), conflicts: 0 });
  });

  test("one row given two reasons is a conflict between git's markers; a row removed on one side (unignore) is removed", () => {
    const r2 = row("banjir", "length-ratio", "000000000000000a", "Short.");
    const ours = row("banjir", "length-ratio", "000000000000000a", "Short on purpose.");
    const theirs = row("banjir", "length-ratio", "000000000000000a", "A summary.");
    expect(mergeSuppressions(sup(r1, r2), sup(r1, ours), sup(r2, theirs).replace(`${r2}\n`, ""), H)).toEqual({
      text: `${PRE}\n<<<<<<< ours\n${ours}\n=======\n${theirs}\n>>>>>>> theirs\n`,
      conflicts: 1,
    });
  });

  test("a version that is not a suppressions file is left to the line merge: null", () => {
    expect(mergeSuppressions(sup(r1), sup(r1, "banjir\tlength-ratio"), sup(r1), H)).toBeNull();
  });
});
