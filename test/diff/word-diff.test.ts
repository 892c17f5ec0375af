/** The word diff shown under a translation-memory match, a stale rendering and a history entry: a changed number shows whole. */
import { plainWordDiff, wordDiff } from "../../src/diff/word-diff";

const d = (a: string, b: string) => plainWordDiff(wordDiff(a, b));

describe("wordDiff", () => {
  it("shows a changed number with its thousands separator, decimal comma, time or date whole", () => {
    expect(d("Pemerintah menyiapkan Rp 750 miliar untuk 1.200 sekolah.", "Pemerintah menyiapkan Rp 800 miliar untuk 1.350 sekolah."))
      .toBe("Pemerintah menyiapkan Rp [-750-]{+800+} miliar untuk [-1.200-]{+1.350+} sekolah.");
    expect(d("Gempa magnitudo 5,6 pukul 16.00 WIB pada Kamis (6/11/2026).", "Gempa magnitudo 5,8 pukul 08.00 WIB pada Jumat (7/11/2026)."))
      .toBe("Gempa magnitudo [-5,6-]{+5,8+} pukul [-16.00-]{+08.00+} WIB pada [-Kamis-]{+Jumat+} ([-6/11/2026-]{+7/11/2026+}).");
    expect(d("Sebanyak 2.272 rumah rusak.", "Sebanyak 22.198 rumah rusak berat."))
      .toBe("Sebanyak [-2.272-]{+22.198+} rumah rusak {+berat+}.");
  });
  it("keeps a sentence-final stop apart from the number before it, and words and marks as before", () => {
    expect(d("Kuotanya 34.", "Kuotanya 35.")).toBe("Kuotanya [-34-]{+35+}.");
    expect(d("konsumen diminta membeli BBM", "Konsumen diminta membeli BBM.")).toBe("[-konsumen-]{+Konsumen+} diminta membeli BBM{+.+}");
    expect(d("luka-luka", "luka-luka berat")).toBe("luka-luka {+berat+}");
    expect(d("", "baru")).toBe("{+baru+}");
    expect(d("sama", "sama")).toBe("sama");
  });
  it("never loses a space of either text beside a quotation mark: each side reads back as its text", () => {
    const sides = (a: string, b: string) => {
      const parts = wordDiff(a, b);
      return [parts.filter((p) => p.kind !== "added").map((p) => p.text).join(""), parts.filter((p) => p.kind !== "removed").map((p) => p.text).join("")];
    };
    expect(d('He said "no" today.', 'He said, "Yes, today."')).toBe('He said{+,+} "[-no"-]{+Yes,+} today.{+"+}');
    expect(sides('He said "no" today.', 'He said, "Yes, today."')).toEqual(['He said "no" today.', 'He said, "Yes, today."']);
    expect(d('Dia berkata "tidak" lagi', 'Dia berkata, "ya" lagi')).toBe('Dia berkata{+,+} "[-tidak-]{+ya+}" lagi');
    expect(d('"Ini bukan perang" kata dia', '"Ini perang besar" kata Kim')).toBe('"Ini [-bukan -]perang {+besar+}" kata [-dia-]{+Kim+}');
  });
});
