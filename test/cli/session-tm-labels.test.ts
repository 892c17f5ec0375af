/**
 * What the translation session says of each translation-memory match besides its score: a draft
 * or a machine alignment is marked as not confirmed, a match with the clauses in another order is
 * marked so (its word diff shows the move), a pair offered for the same quotation is marked so. And the workbench's labels (src/web/client/tm-labels.ts).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { run, tempDir } from "../helpers/cli";
import { createT } from "../../src/i18n";
import { tmLabels } from "../../src/web/client/tm-labels";

const DAY1 = [
  "BMKG mencatat telah terjadi 25 kali gempa susulan hingga pukul 16.00 WIB.", "",
  "Gubernur Jawa Barat Ridwan Kamil meminta warga tetap waspada terhadap gempa susulan.", "",
  "Bantuan logistik mulai dikirim dari Bandung dan Jakarta melalui jalur darat.", "",
  "\"Kami sudah menyiagakan 50 perahu karet untuk mengevakuasi warga,\" ujar Kepala Pelaksana BPBD DKI Jakarta Isnawa Adji.", "",
].join("\n");
const DAY2 = [
  "Hingga pukul 08.00 WIB, BMKG mencatat telah terjadi 145 kali gempa susulan.", "",
  "Gubernur Jawa Barat Ridwan Kamil kembali meminta warga tetap waspada terhadap gempa susulan.", "",
  "Bantuan logistik mulai dikirim dari Bandung dan Jakarta melalui jalur udara.", "",
  "\"Kami sudah menyiagakan 50 perahu karet untuk mengevakuasi warga,\" ujar Kepala Dinas Sumber Daya Air DKI Jakarta Yusmada Faizal.", "",
].join("\n");

describe("selaras translate: the labels of translation-memory matches", () => {
  let dir: string;
  let db: string;
  beforeAll(async () => {
    dir = tempDir();
    db = path.join(dir, "t.db");
    fs.writeFileSync(path.join(dir, "gempa-1.txt"), DAY1);
    fs.writeFileSync(path.join(dir, "gempa-2.txt"), DAY2);
    expect((await run(["ingest", "gempa-1.txt", "gempa-2.txt", "--db", db], { cwd: dir })).code).toBe(0);
    const set = async (ref: string, text: string, status: string) =>
      expect((await run(["translate", "set", ref, text, "--status", status, "--db", db, "--translator", "Budi"])).code).toBe(0);
    await set("gempa-1:1", "BMKG recorded 25 aftershocks as of 4 p.m. Western Indonesia Time.", "translated");
    await set("gempa-1:2", "West Java Governor Ridwan Kamil asked residents to remain alert for aftershocks.", "draft");
    await set("gempa-1:3", "Logistical aid began to be sent from Bandung and Jakarta by land.", "aligned");
    await set("gempa-1:4", "\"We have put 50 rubber boats on standby to evacuate residents,\" said the head of the Jakarta BPBD, Isnawa Adji.", "translated");
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("marks a reordered match, a draft and a machine alignment", async () => {
    const r = await run(["translate", "gempa-2", "--db", db, "--lang", "en"], { stdin: ":skip\n:skip\n:skip\n:skip\n" });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain([
      "  translation memory:",
      "    1. [88%, clauses in another order] BMKG recorded 25 aftershocks as of 4 p.m. Western Indonesia Time.",
      "       {+Hingga pukul 08.00 WIB, +}BMKG mencatat telah terjadi [-25-]{+145+} kali gempa susulan[- hingga pukul 16.00 WIB-].",
    ].join("\n"));
    expect(r.stdout).toContain("    1. [92%, draft, not confirmed] West Java Governor Ridwan Kamil asked residents to remain alert for aftershocks.\n");
    expect(r.stdout).toContain("    1. [91%, aligned by machine, not confirmed] Logistical aid began to be sent from Bandung and Jakarta by land.\n");
    expect(r.stdout).toContain([
      "    1. [68%, same quotation, other words around it] \"We have put 50 rubber boats on standby to evacuate residents,\" said the head of the Jakarta BPBD, Isnawa Adji.",
      "       \"Kami sudah menyiagakan 50 perahu karet untuk mengevakuasi warga,\" ujar Kepala [-Pelaksana BPBD-]{+Dinas Sumber Daya Air+} DKI Jakarta [-Isnawa Adji-]{+Yusmada Faizal+}.",
    ].join("\n"));
  });

  it("says the same in Indonesian", async () => {
    const r = await run(["translate", "gempa-2", "--db", db, "--lang", "id"], { stdin: ":q\n" });
    expect(r.stdout).toContain("    1. [88%, urutan klausa berbeda] BMKG recorded 25 aftershocks as of 4 p.m. Western Indonesia Time.\n");
  });
});

describe("workbench: labels beside a translation-memory match", () => {
  const t = createT("en");
  const m = { similarity: 0.9, sourceText: "x", text: "y" };
  it("names exact, reordered, draft, aligned and kept matches; a translated fuzzy match has none", () => {
    expect(tmLabels(t, { ...m, status: "translated" })).toEqual([]);
    expect(tmLabels(t, { ...m, status: "reviewed", exact: true })).toEqual(["exact"]);
    expect(tmLabels(t, { ...m, status: "draft", reordered: true })).toEqual(["clauses in another order", "draft, not confirmed"]);
    expect(tmLabels(t, { ...m, status: "aligned" })).toEqual(["aligned by machine, not confirmed"]);
    expect(tmLabels(t, { ...m, status: "translated", sameQuotation: true })).toEqual(["same quotation, other words around it"]);
    expect(tmLabels(t, { ...m, status: "kept", keptId: 3, originFile: "old.tmx" })).toEqual(["kept from old.tmx"]);
  });
});
