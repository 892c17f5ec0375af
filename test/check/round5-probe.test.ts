/**
 * Round five of the checks on unseen pairs (test/fixtures/check/round5-probe.tsv): 116 Indonesian→English
 * news pairs on sport, courts, health, economy, disasters and local politics, aimed at what round four left
 * open — names left out or replaced outright (`Bekasi` → `Bogor`, `Jalan Diponegoro` → `Gajah Mada Street`),
 * glossary names misspelt (said once, not twice), programme and product names translated word by word, roles
 * swapped between plain nouns, across a preposition or with a name rendered by other words, passives and
 * `oleh` that must not false-alarm, omitted clauses without a number, negation or name — 70 good free
 * translations and 46 with one real error, labelled by hand (`want`) before Selaras ran on them (commit
 * 3138964), through every check with the shipped glossary as `selaras check --pairs` runs them. Every pair's
 * findings are asserted exactly (`got`).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { loadProbeFile, probeContract, probeFindings, probeTables } from "./genre-probe";

/** Bad pairs their labelled check does not flag, and why (not fixed). */
const KNOWN_MISSES: Record<string, string> = {
  x01: "a named person left out, the title kept (`Irjen Akhmad Wiyagus`): names left out are not reported (a run of unknown capitalised words all missing, after a title or between commas, fires on 20 of the 3,684 real pairs, about half of them offices translated: `Polda Metro Jaya`, `Menko Kesra`)",
  x02: "a named person left out (`, Carlos Pena,`)",
  x03: "a named person left out (`Sanitiar Burhanuddin`)",
  x04: "a place of one word left out of a pair (`dan Desa Cibeureum`)",
  x05: "a named person left out (`, Dian Ekowati,`)",
  x06: "a named person left out (`Tauhid Ahmad`)",
  x07: "a team left out (`dan Bali United`)",
  x15: "a square's name that is an Indonesian word replaced (`Lapangan Merdeka` → `Benteng Square`): such a name may be translated by a word the list lacks (`Balai Kota` → `City Hall`), so it is not read",
  x21: "roles swapped between two nouns (`Pemain itu dilanggar oleh kiper lawan` → `The player fouled the opposing goalkeeper`): the word list renders `dilanggar` as `crime`, `offender`, so the verb is not found in the target",
  x27: "roles swapped where a name of two words is rendered by other words (`Amerika Serikat` → `the United States`): the word list has no such rendering and role-mismatch reads the texts only",
  x30: "an omitted clause (`dan meminta pemerintah segera memindahkan lokasi pembuangan`): a content-word ratio under 0.6 would catch 5 of round five's 7 omissions but fires on 59 of the 3,684 real pairs (1.6%)",
  x31: "an omitted clause (`karena ruang rawat inap sudah penuh`)",
  x32: "an omitted clause (`dan memerintahkan jaksa melanjutkan pemeriksaan saksi`)",
  x33: "an omitted clause (`sejak harga bahan pokok melonjak`)",
  x34: "an item of a list left out (`dan obat-obatan`)",
  x38: "`melemah` → `strengthened` beside its number: number-mismatch reports it (`change`, an error), direction-mismatch leaves a direction word beside a number to it",
  x45: "roles swapped between a noun and a name across `dari` (`Tersangka menerima uang dari Bupati Meranti` → `The regent of Meranti received … from the suspect`): the suspect is no name to place",
  x46: "an omitted clause (`karena konsumsi rumah tangga melemah`)",
};

describe("round five: unseen pairs on names left out or replaced, glossary names, programme names, roles, omitted clauses", () => {
  const rows = loadProbeFile("round5-probe.tsv", 1);
  const by = probeFindings(rows);
  const serious = (id: string) => by.get(id)!.filter((f) => f.severity !== "info");
  const data = (id: string) => serious(id).map((f) => ({ checkId: f.checkId, messageId: f.messageId, data: f.data }));

  probeContract(rows, by, { pairs: 116, good: 70, knownMisses: KNOWN_MISSES });

  it("names the findings the fixes added (exact data)", () => {
    // (places replaced beside their head word)
    expect(data("x08")).toEqual([{ checkId: "name-mismatch", messageId: "changed", data: { name: "Bekasi", rendered: "Bogor" } }]);
    expect(data("x09")).toEqual([{ checkId: "name-mismatch", messageId: "changed", data: { name: "Diponegoro", rendered: "Gajah Mada" } }]);
    expect(data("x11")).toEqual([{ checkId: "name-mismatch", messageId: "changed", data: { name: "Sukabumi", rendered: "Garut" } }]);
    expect(data("x14")).toEqual([{ checkId: "name-mismatch", messageId: "changed", data: { name: "Garut", rendered: "Tasikmalaya" } }]);
    // (a misspelt glossary name said once, by the glossary's check)
    expect(data("x18")).toEqual([{ checkId: "glossary-dnt-changed", messageId: "misspelled", data: { term: "Alexander Novak", found: "Alexander Nowak", expected: "Alexander Novak", entry: "alexander-novak" } }]);
    // (names traded across a preposition; names sharing a word)
    expect(data("x23")).toEqual([{ checkId: "role-mismatch", messageId: "preposition", data: { name: "Thailand", preposition: "dari", other: "Indonesia", rendered: "from Indonesia" } }]);
    expect(data("x25")).toEqual([{ checkId: "role-mismatch", messageId: "preposition", data: { name: "Garuda", preposition: "dari", other: "Pelita Air", rendered: "from Pelita Air" } }]);
    expect(data("x28")).toEqual([{ checkId: "role-mismatch", messageId: "preposition", data: { name: "Jepang", preposition: "ke arah", other: "Korea Utara", rendered: "towards North Korea" } }]);
    expect(data("x20")).toEqual([{ checkId: "role-mismatch", messageId: "swapped", data: { doer: "penumpangnya", done: "pengendara ojek", verb: "dipukul", rendered: "driver hit his passenger" } }]);
    expect(data("x42")).toEqual([{ checkId: "role-mismatch", messageId: "swapped", data: { doer: "Bhayangkara FC", done: "Borneo FC", verb: "mengalahkan", rendered: "Borneo FC beat Bhayangkara FC" } }]);
    // (the good renderings these readings come near: a goalless draw, programme names translated, passives and `oleh`, converse prepositions, heads translated beside kept names)
    for (const id of ["u03", "u06", "u21", "u23", "u28", "u32", "u36", "u40", "u60", "u67", "u68", "u02", "u12", "u18", "u26", "u34", "u42", "u51", "u59", "u62", "u69", "u45", "u47", "u50", "u57", "u08", "u19", "u48", "u56", "u70"]) expect([id, serious(id)]).toEqual([id, []]);
  });

  it("docs/checks.md shows the tables", () => {
    const doc = fs.readFileSync(path.resolve(__dirname, "../../docs/checks.md"), "utf8");
    expect(doc).toContain(probeTables(rows, by, [["after", rows]]));
  });
});
