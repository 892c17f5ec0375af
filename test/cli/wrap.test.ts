/** Word wrapping of the session's lines on a narrow terminal (src/cli/output/wrap.ts). */
import { displayWidth, wrapLine } from "../../src/cli/output/wrap";

describe("wrapLine", () => {
  it("breaks at spaces and indents the continuation under the text after the label", () => {
    expect(wrapLine("  before: Sebanyak 2.750 warga mengungsi ke 14 posko yang tersebar di tiga kecamatan.", 40)).toEqual([
      "  before: Sebanyak 2.750 warga mengungsi",
      "          ke 14 posko yang tersebar di",
      "          tiga kecamatan.",
    ]);
    expect(wrapLine("  » Gubernur DKI Jakarta mengatakan pemerintah menyiapkan anggaran Rp 750 miliar.", 40)).toEqual([
      "  » Gubernur DKI Jakarta mengatakan",
      "    pemerintah menyiapkan anggaran Rp",
      "    750 miliar.",
    ]);
    expect(wrapLine("    1. [97%] As many as 2,750 residents fled to 14 shelters.", 40)).toEqual([
      "    1. [97%] As many as 2,750 residents",
      "             fled to 14 shelters.",
    ]);
  });

  it("leaves a line that fits, and every line when the width is unknown", () => {
    expect(wrapLine("  after:  Rapat dimulai pukul 14.00 WIB.", 60)).toEqual(["  after:  Rapat dimulai pukul 14.00 WIB."]);
    expect(wrapLine("x ".repeat(100), undefined)).toEqual(["x ".repeat(100)]);
  });

  it("counts colour codes as nothing, wide characters as two columns, and cuts a word longer than the line", () => {
    expect(displayWidth("\x1b[2m  before: ok\x1b[22m")).toBe(12);
    expect(displayWidth("banjir 🌊 東京")).toBe(14);
    expect(wrapLine("\x1b[1m  » Banjir merendam rumah warga di Jakarta Utara.\x1b[22m", 30)).toEqual([
      "\x1b[1m  » Banjir merendam rumah",
      "    warga di Jakarta Utara.\x1b[22m",
    ]);
    expect(wrapLine("  » https://example.org/a-very-long-address-without-spaces-at-all", 30)).toEqual([
      "  » https://example.org/a-very",
      "    -long-address-without-spac",
      "    es-at-all",
    ]);
  });
});
