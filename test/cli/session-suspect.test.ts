/**
 * The session's hint on a suspect fragment (a sentence the segmenter thinks was cut in two): shown
 * while the fragment is a unit of its own, naming the neighbour it seems to belong with, and no
 * longer once it is joined with that neighbour (as `segments suggest` no longer suggests it). The hint is the
 * join `segments suggest` offers: also over a printed page's number and running head between two paragraphs of
 * one sentence each (neither half flagged at ingest), and none where suggest offers none.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { run, tempDir } from "../helpers/cli";

const HINT_NEXT = "  (possibly a fragment of a broken sentence: starts with a connecting word; ':join' joins it with the next one, 'selaras segments suggest' lists suggested joins)\n";
const HINT_PREVIOUS = "  (possibly a fragment of a broken sentence: has no verb of its own; it seems to continue the previous one: ':back' then ':join' joins them, 'selaras segments suggest' lists suggested joins)\n";

describe("selaras translate: the suspect-fragment hint", () => {
  let dir: string;
  let db: string;
  beforeEach(() => {
    dir = tempDir();
    db = path.join(dir, "t.db");
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("a clause cut off its main clause: hinted with ':join', and not once the two are joined", async () => {
    const file = path.join(dir, "kunjungan.txt");
    fs.writeFileSync(file, "Putin Tiba di Pyongyang\n\nKetika Presiden Rusia Vladimir Putin melakukan kunjungan pertamanya ke Korea Utara dalam lebih dari dua dekade. Fokusnya secara luas terlihat pada upaya mendapatkan dukungan dari negara tersebut.\n");
    expect((await run(["ingest", file, "--db", db])).code).toBe(0);
    const before = await run(["translate", "kunjungan:2", "--db", db], { stdin: ":q\n" });
    expect(before.stdout).toContain("[2/3] kunjungan:2\n");
    expect(before.stdout).toContain(HINT_NEXT);
    const id = await run(["translate", "kunjungan:2", "--db", db], { stdin: ":q\n", env: { SELARAS_LANG: "id" } });
    expect(id.stdout).toContain("  (mungkin potongan kalimat yang terpecah: diawali kata penghubung; ':join' menggabungkannya dengan kalimat berikutnya, 'selaras segments suggest' menampilkan saran penggabungan)\n");
    expect((await run(["segments", "join", "kunjungan:2", "kunjungan:3", "--db", db])).code).toBe(0);
    const after = await run(["translate", "kunjungan:2", "--db", db], { stdin: ":q\n" });
    expect(after.stdout).toContain("[2/2] kunjungan:2+3\n");
    expect(after.stdout).not.toContain("possibly a fragment");
    expect((await run(["segments", "suggest", "--db", db])).stdout).toBe("No suggested joins.\n");
  });

  it("a tail cut off the sentence before it: hinted with ':back' then ':join'", async () => {
    const file = path.join(dir, "kim.txt");
    fs.writeFileSync(file, "Putin Dekati Kim\n\nPutin meningkatkan pendekatannya kepada pemimpin. Korea Utara Kim Jong Un tahun lalu ketika persediaan senjatanya berkurang.\n");
    expect((await run(["ingest", file, "--db", db])).code).toBe(0);
    const r = await run(["translate", "kim:3", "--db", db], { stdin: ":q\n" });
    expect(r.stdout).toContain("[3/3] kim:3\n");
    expect(r.stdout).toContain(HINT_PREVIOUS);
    const id = await run(["translate", "kim:3", "--db", db], { stdin: ":q\n", env: { SELARAS_LANG: "id" } });
    expect(id.stdout).toContain("  (mungkin potongan kalimat yang terpecah: tidak punya kata kerja sendiri; tampaknya lanjutan kalimat sebelumnya: ':back' lalu ':join' menggabungkan keduanya, 'selaras segments suggest' menampilkan saran penggabungan)\n");
  });

  it("a sentence a page cut between two one-sentence paragraphs: the second half is hinted as the previous one's tail, as suggest offers", async () => {
    const file = path.join(dir, "banjir.txt");
    const article = (before: string, after: string) => ["Banjir Rendam Ribuan Rumah di Bekasi", "",
      "Banjir merendam lebih dari 2.300 rumah di tujuh kecamatan di Kabupaten Bekasi pada Minggu.", "",
      "Kepala BPBD Kabupaten Bekasi, Dodi Supriadi, mengatakan ketinggian air mencapai 1,5 meter di beberapa titik.", "",
      "\"Kami sudah mengevakuasi 412 warga ke posko pengungsian,\" kata Dodi kepada wartawan.", "",
      before, "- 2 -", "Banjir Rendam Ribuan Rumah di Bekasi", after, "",
      "Pemerintah daerah telah menyiapkan dapur umum bagi para pengungsi.", ""].join("\n");
    fs.writeFileSync(file, article("Menurut data BPBD, tim evaluasi mencatat", "bahwa sebagian besar rumah yang terendam berada di dekat Sungai Cikarang."));
    expect((await run(["ingest", file, "--db", db])).code).toBe(0);
    expect((await run(["segments", "suggest", "--db", db])).stdout.split("\n")[0]).toBe("banjir:5 + banjir:8 (starts in lower case)");
    const hint = "  (possibly a fragment of a broken sentence: starts in lower case; it seems to continue the previous one: ':back' then ':join' joins them, 'selaras segments suggest' lists suggested joins)\n";
    const second = await run(["translate", "banjir:8", "--db", db], { stdin: ":q\n" });
    expect(second.stdout).toContain("banjir:8\n");
    expect(second.stdout).toContain(hint);
    const first = await run(["translate", "banjir:5", "--db", db], { stdin: ":q\n" });
    expect(first.stdout).toContain("banjir:5\n");
    expect(first.stdout).not.toContain("possibly a fragment");
    expect((await run(["segments", "join", "banjir:5", "banjir:8", "--db", db])).code).toBe(0);
    expect((await run(["translate", "banjir:5+8", "--db", db], { stdin: ":q\n" })).stdout).not.toContain("possibly a fragment");
    // (a second half that reads as a sentence of its own: suggest offers nothing, the session hints nothing)
    fs.writeFileSync(file, article("Menurut data BPBD, tim evaluasi mencatat", "Sebagian besar rumah yang terendam berada di dekat Sungai Cikarang."));
    const db2 = path.join(dir, "t2.db");
    expect((await run(["ingest", file, "--db", db2])).code).toBe(0);
    expect((await run(["segments", "suggest", "--db", db2])).stdout).toBe("No suggested joins.\n");
    expect((await run(["translate", "banjir:8", "--db", db2], { stdin: ":q\n" })).stdout).not.toContain("possibly a fragment");
  });
});
