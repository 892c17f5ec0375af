/**
 * The page's own wording of an error the CLI words with a command (web.page-error.*): it names the
 * button the page shows, in the page's language, and reads as a sentence a translator understands.
 */
import { createT } from "../../src/i18n";

it("a member of a joined unit: the message names the Unjoin button by its label in the page's language", () => {
  for (const lang of ["en", "id"] as const) {
    const t = createT(lang);
    const label = t("web.editor.unjoin");
    expect(t("web.page-error.ref-in-joined-unit", { ref: "d:3", unit: "d:2+3" })).toContain(label);
  }
  expect(createT("id")("web.page-error.ref-in-joined-unit", { ref: "d:3", unit: "d:2+3" })).toBe(
    "d:3 adalah satu anggota unit gabungan d:2+3: buka d:2+3, atau batalkan penggabungannya dengan tombol “Pisahkan gabungan”",
  );
});

it("a glossary file of another kind: converted first by whoever keeps the glossary, in both languages", () => {
  expect(createT("en")("web.page-error.glossary-not-selaras-tsv", { file: "glossary/x.tbx" })).toBe(
    "glossary/x.tbx: only Selaras glossary TSV files can be changed here; this concept's file is of another kind, which whoever keeps the glossary converts first",
  );
  expect(createT("id")("web.page-error.glossary-not-selaras-tsv", { file: "glossary/x.tbx" })).toBe(
    "glossary/x.tbx: hanya berkas TSV glosarium Selaras yang dapat diubah di sini; berkas konsep ini berformat lain dan harus dikonversi dulu oleh pengelola glosarium",
  );
});
