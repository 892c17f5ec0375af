/**
 * `selaras align` with an English edition pasted as hard-wrapped wire copy: its sentences are those of
 * the paragraphs joined (not one per line), so each Indonesian sentence pairs with its translation.
 */
import { alignFiles } from "../../src/app/align";

const bytes = (name: string, text: string) => ({ name, bytes: Buffer.from(text, "utf8") });

const ID = `Bank Indonesia Tahan Suku Bunga di Tengah Pelemahan Rupiah

Jakarta (ANTARA) - Bank Indonesia mempertahankan suku bunga acuan pada Rabu, sesuai perkiraan, dengan alasan ingin menopang rupiah yang melemah ke level terlemah dalam lebih dari dua tahun.

Bank Indonesia (BI) menahan suku bunga BI-Rate tujuh hari di level 6,00 persen selama tiga bulan berturut-turut. Seluruh 30 ekonom yang disurvei Reuters pekan lalu memperkirakan tidak ada perubahan. "Keputusan ini konsisten dengan upaya menjaga inflasi dalam kisaran sasaran," kata Gubernur Perry Warjiyo dalam konferensi pers.

Rupiah telah melemah sekitar 4 persen terhadap dolar tahun ini. Pemerintah pada Selasa menyatakan akan memangkas defisit anggaran, langkah yang disambut investor ternama seperti Letjen (Purn.) Luhut Pandjaitan dan Mayjen Agus Subiyanto.
`;

const EN = [
  "Indonesia's central bank holds rates steady as rupiah weakens",
  "",
  "JAKARTA (Reuters) - Indonesia's central bank kept its benchmark interest",
  "rate unchanged on Wednesday, as expected, saying it wanted to support the",
  "rupiah, which has fallen to its weakest level in more than two years.",
  "",
  "Bank Indonesia (BI) held the seven-day reverse repurchase rate at 6.00%",
  "for a third straight month. All 30 economists polled by Reuters last week",
  "had expected no change. \"The decision is consistent with efforts to keep",
  "inflation within the target range,\" Governor Perry Warjiyo told a news",
  "conference.",
  "",
  "The rupiah has lost about 4% against the dollar this year. The govern-",
  "ment said on Tuesday it would cut the budget deficit, a move welcomed by",
  "well-known investors such as Lt. Gen. (ret.) Luhut Pandjaitan and Maj. Gen.",
  "Agus Subiyanto.",
].join("\r\n");

describe("align: a hard-wrapped English edition", () => {
  it("pairs each Indonesian sentence with its English sentence, the dateline with the lead", () => {
    const r = alignFiles(bytes("id.txt", ID), bytes("en.txt", EN));
    expect(r.target).toEqual([
      "Indonesia's central bank holds rates steady as rupiah weakens",
      "JAKARTA (Reuters) - Indonesia's central bank kept its benchmark interest rate unchanged on Wednesday, as expected, saying it wanted to support the rupiah, which has fallen to its weakest level in more than two years.",
      "Bank Indonesia (BI) held the seven-day reverse repurchase rate at 6.00% for a third straight month.",
      "All 30 economists polled by Reuters last week had expected no change.",
      "\"The decision is consistent with efforts to keep inflation within the target range,\" Governor Perry Warjiyo told a news conference.",
      "The rupiah has lost about 4% against the dollar this year.",
      "The government said on Tuesday it would cut the budget deficit, a move welcomed by well-known investors such as Lt. Gen. (ret.) Luhut Pandjaitan and Maj. Gen. Agus Subiyanto.",
    ]);
    expect(r.beads.map((b) => [b.src, b.tgt])).toEqual([
      [[0], [0]], [[1, 2], [1]], [[3], [2]], [[4], [3]], [[5], [4]], [[6], [5]], [[7], [6]],
    ]);
  });
});
