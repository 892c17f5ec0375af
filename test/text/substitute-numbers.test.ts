/** Number substitution in translation-memory matches: the stored English gets this sentence's numbers. */
import { substituteNumbers } from "../../src/text/substitute-numbers";

describe("substituteNumbers: the sources differ only in numbers", () => {
  it.each([
    // [stored source, stored English, this source, expected English]
    ["thousand separators", "Sebanyak 1.500 orang hadir.", "As many as 1,500 people attended.", "Sebanyak 2.750 orang hadir.", "As many as 2,750 people attended."],
    ["grouping follows the source", "Sebanyak 500 orang hadir.", "As many as 500 people attended.", "Sebanyak 1.500 orang hadir.", "As many as 1,500 people attended."],
    ["five-digit numbers are grouped", "Sebanyak 500 orang hadir.", "As many as 500 people attended.", "Sebanyak 12000 orang hadir.", "As many as 12,000 people attended."],
    ["large grouped numbers", "Ada 1.000.000 pemilih.", "There are 1,000,000 voters.", "Ada 2.345.678 pemilih.", "There are 2,345,678 voters."],
    ["decimals", "Pertumbuhan ekonomi 2,5 di kuartal ini.", "Economic growth was 2.5 in this quarter.", "Pertumbuhan ekonomi 3,75 di kuartal ini.", "Economic growth was 3.75 in this quarter."],
    ["decimal zeros kept as written", "Indeks turun 1,25 poin.", "The index fell 1.25 points.", "Indeks turun 2,50 poin.", "The index fell 2.50 points."],
    ["miliar → billion", "Anggaran naik menjadi Rp 750 miliar.", "The budget rose to Rp 750 billion.", "Anggaran naik menjadi Rp 800 miliar.", "The budget rose to Rp 800 billion."],
    ["juta → million with a decimal", "Wisatawan mencapai 1,5 juta orang.", "Tourists reached 1.5 million.", "Wisatawan mencapai 2,3 juta orang.", "Tourists reached 2.3 million."],
    ["a new scale word", "Dana itu Rp 750 miliar.", "The fund is Rp 750 billion.", "Dana itu Rp 1,2 triliun.", "The fund is Rp 1.2 trillion."],
    ["juta → million from miliar", "Kerugian Rp 3 miliar.", "Losses of Rp 3 billion.", "Kerugian Rp 450 juta.", "Losses of Rp 450 million."],
    ["capitalised scale in a headline", "Wisman Capai 2,3 Juta", "Foreign Tourists Reach 2.3 Million", "Wisman Capai 2,8 Juta", "Foreign Tourists Reach 2.8 Million"],
    ["suffix style kept", "Ekspor US$5 miliar.", "Exports of US$5bn.", "Ekspor US$7 miliar.", "Exports of US$7bn."],
    ["the English wrote every digit", "Dana 1,5 juta dolar.", "A fund of 1,500,000 dollars.", "Dana 2 juta dolar.", "A fund of 2,000,000 dollars."],
    ["the source wrote every digit, the English a scale", "Dana 1.500.000 dolar.", "A fund of 1.5 million dollars.", "Dana 2.500.000 dolar.", "A fund of 2.5 million dollars."],
    ["percent sign", "Inflasi naik 2,5%.", "Inflation rose 2.5%.", "Inflasi naik 3%.", "Inflation rose 3%."],
    ["persen → percent", "Inflasi naik 2,5 persen.", "Inflation rose 2.5 percent.", "Inflasi naik 3,25 persen.", "Inflation rose 3.25 percent."],
    ["per cent kept", "Suku bunga 6 persen.", "The rate is 6 per cent.", "Suku bunga 5,75 persen.", "The rate is 5.75 per cent."],
    ["years", "Pada 2023 ekspor naik.", "In 2023 exports rose.", "Pada 2024 ekspor naik.", "In 2024 exports rose."],
    ["full dates", "Rapat digelar pada 19 Juni 2024.", "The meeting was held on June 19, 2024.", "Rapat digelar pada 20 Juli 2025.", "The meeting was held on July 20, 2025."],
    ["British date order kept", "Rapat digelar pada 19 Juni 2024.", "The meeting was held on 19 June 2024.", "Rapat digelar pada 3 Juni 2024.", "The meeting was held on 3 June 2024."],
    ["AP month abbreviation", "Gempa terjadi 13 Agustus 2023.", "The quake struck on Aug. 13, 2023.", "Gempa terjadi 2 September 2023.", "The quake struck on Sept. 2, 2023."],
    ["day and month without a year", "Presiden tiba Rabu (19/6).", "The president arrived on Wednesday (June 19).", "Presiden tiba Rabu (26/6).", "The president arrived on Wednesday (June 26)."],
    ["month and year", "Proyek selesai pada Maret 2024.", "The project ended in March 2024.", "Proyek selesai pada Mei 2025.", "The project ended in May 2025."],
    ["time, a.m./p.m. style", "Rapat dimulai pukul 10.30 WIB.", "The meeting began at 10:30 a.m.", "Rapat dimulai pukul 14.00 WIB.", "The meeting began at 2 p.m."],
    ["time, 24-hour style", "Rapat dimulai pukul 10.30 WIB.", "The meeting began at 10:30 local time.", "Rapat dimulai pukul 14.15 WIB.", "The meeting began at 14:15 local time."],
    ["ordinals in digits", "Ini abad ke-21.", "This is the 21st century.", "Ini abad ke-22.", "This is the 22nd century."],
    ["ordinals 11th-13th", "Ini pertemuan ke-21.", "This is the 21st meeting.", "Ini pertemuan ke-12.", "This is the 12th meeting."],
    ["ordinals in words", "Ini kunjungan ketiga.", "This is the third visit.", "Ini kunjungan kelima.", "This is the fifth visit."],
    ["numbers in words", "Dua orang tewas dalam kecelakaan itu.", "Two people died in the accident.", "Tiga orang tewas dalam kecelakaan itu.", "Three people died in the accident."],
    ["mixed: amount, percent and year", "Pada 2023 ekspor naik 12,5 persen menjadi US$ 1.200 juta.", "In 2023 exports rose 12.5 percent to US$ 1,200 million.", "Pada 2024 ekspor naik 8 persen menjadi US$ 1.350 juta.", "In 2024 exports rose 8 percent to US$ 1,350 million."],
    ["mixed: only one of two numbers changed", "Sebanyak 120 dari 300 desa terendam.", "As many as 120 of the 300 villages were flooded.", "Sebanyak 95 dari 300 desa terendam.", "As many as 95 of the 300 villages were flooded."],
    ["English word order differs from the source's", "Harga naik dari Rp 10.000 menjadi Rp 12.000.", "Prices rose to Rp 12,000 from Rp 10,000.", "Harga naik dari Rp 11.000 menjadi Rp 13.500.", "Prices rose to Rp 13,500 from Rp 11,000."],
    ["rupiah abbreviation rb", "Harganya Rp 50 rb.", "It costs Rp 50,000.", "Harganya Rp 75 rb.", "It costs Rp 75,000."],
    ["evening hour", "Ledakan terjadi pukul 10 malam.", "The blast happened at 10 p.m.", "Ledakan terjadi pukul 11 malam.", "The blast happened at 11 p.m."],
    ["suffix m", "Penonton 1,5 juta.", "Viewers: 1.5m.", "Penonton 2 juta.", "Viewers: 2m."],
    ["percentage in words", "Harga naik 5 persen pada 2023.", "Prices rose five percent in 2023.", "Harga naik 7 persen pada 2023.", "Prices rose seven percent in 2023."],
    ["a sentence-initial number word keeps its capital", "Ada 12 korban.", "Twelve people were victims.", "Ada 13 korban.", "Thirteen people were victims."],
    ["a hyphenated compound", "Gempa 5,6 SR terjadi.", "A 5.6-magnitude quake struck.", "Gempa 6,1 SR terjadi.", "A 6.1-magnitude quake struck."],
  ])("%s", (_name, tmSource, tmTarget, source, expected) => {
    expect(substituteNumbers(tmSource, tmTarget, source)?.text).toBe(expected);
  });

  it("lists each replacement as the English wrote it and as it now reads", () => {
    expect(substituteNumbers("Anggaran Rp 750 miliar untuk 2.000 sekolah.", "A budget of Rp 750 billion for 2,000 schools.", "Anggaran Rp 800 miliar untuk 2.500 sekolah.")).toEqual({
      text: "A budget of Rp 800 billion for 2,500 schools.",
      replaced: [{ from: "750 billion", to: "800 billion", start: 15 }, { from: "2,000", to: "2,500", start: 31 }],
    });
  });
});

describe("substituteNumbers: nothing is substituted", () => {
  it.each([
    ["a word differs besides the number", "Pada 2023 ekspor naik.", "In 2023 exports rose.", "Pada 2024 impor naik."],
    ["a word added", "Sebanyak 1.500 orang hadir.", "As many as 1,500 people attended.", "Sebanyak 2.000 orang tidak hadir."],
    ["a number added", "Harga naik 5 persen.", "Prices rose 5 percent.", "Harga naik 5 persen dalam 2 bulan."],
    ["a number became a percentage", "Harga naik 5 kali.", "Prices rose 5 times.", "Harga naik 5% kali."],
    ["identical numbers (nothing to do)", "Harga naik 5 persen.", "Prices rose 5 percent.", "Harga  naik 5 persen."],
    ["the same value written differently", "Sebanyak 1.500 orang hadir.", "As many as 1,500 people attended.", "Sebanyak 1500 orang hadir."],
    ["no numbers at all", "Presiden tiba di Jakarta.", "The president arrived in Jakarta.", "Presiden tiba di Bandung."],
    ["the changed number is missing from the stored English", "Sebanyak 1.500 orang hadir.", "Many people attended.", "Sebanyak 2.000 orang hadir."],
    ["the stored English has the number in a different kind", "Harga naik 5 persen.", "Prices rose fivefold.", "Harga naik 7 persen."],
  ])("%s", (_name, tmSource, tmTarget, source) => {
    expect(substituteNumbers(tmSource, tmTarget, source)).toBeNull();
  });

  it("never throws on odd text", () => {
    for (const [a, b, c] of [["", "", ""], ["5", "", "6"], ["5", "five", "6"], ["ke-", "th", "ke-"], ["1.", "1.", "2."]]) {
      expect(() => substituteNumbers(a!, b!, c!)).not.toThrow();
    }
  });
});

describe("substituteNumbers on the shipped translations", () => {
  // Each stored pair with a number written in digits, its source changed in one digit: the English
  // offered is the stored English with exactly that number rewritten, nothing else touched.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const fs = require("node:fs") as typeof import("node:fs");
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const path = require("node:path") as typeof import("node:path");
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { extractNumbers } = require("../../src/text/numbers") as typeof import("../../src/text/numbers");
  const dir = path.resolve(__dirname, "../../translations");
  const pairs = fs.readdirSync(dir).filter((f) => f.endsWith(".translations.txt"))
    .flatMap((f) => [...fs.readFileSync(path.join(dir, f), "utf8").matchAll(/^id: (.*)\nen: (.*)$/gm)].map((m) => [m[1]!, m[2]!] as const));
  const cases = pairs.flatMap(([source, english]) => {
    const token = extractNumbers(source, "id").find((t) => !t.word && /\d/.test(t.raw));
    if (!token) return [];
    const at = token.start + token.raw.search(/\d(?!.*\d)/); // the last digit of the first number
    const digit = source[at]!;
    const changed = source.slice(0, at) + (digit === "9" ? "8" : String(Number(digit) + 1)) + source.slice(at + 1);
    return [{ source, english, changed }];
  });

  it("has pairs with numbers to try", () => expect(cases.length).toBeGreaterThanOrEqual(10));

  it("rewrites the one changed number and leaves the rest of the English as stored", () => {
    const results = cases.map((c) => ({ ...c, r: substituteNumbers(c.source, c.english, c.changed) }));
    const done = results.filter((x) => x.r !== null);
    expect(done.length / results.length).toBeGreaterThanOrEqual(0.9);
    for (const { english, r } of done) {
      expect(r!.replaced).toHaveLength(1);
      const { from, to } = r!.replaced[0]!;
      expect(to).not.toBe(from);
      const at = r!.replaced[0]!.start;
      expect(r!.text.slice(at, at + to.length)).toBe(to);
      expect(r!.text.slice(0, at) + from + r!.text.slice(at + to.length)).toBe(english);
    }
  });
});

describe("substituteNumbers: weekdays and dates of a follow-up story", () => {
  it.each([
    // [stored source, stored English, this source, expected English]
    ["a weekday alone", "BMKG memperkirakan hujan masih akan turun hingga Sabtu.", "BMKG forecast rain until Saturday.",
      "BMKG memperkirakan hujan masih akan turun hingga Minggu.", "BMKG forecast rain until Sunday."],
    ["two weekdays moved by a day, a number and the date kept as the Indonesian wrote it",
      "Banjir merendam 120 RT di Jakarta pada Kamis (6/11/2026) pagi setelah hujan sejak Rabu malam.",
      "Floods inundated 120 neighbourhoods in Jakarta on Thursday (6/11/2026) morning after rain since Wednesday night.",
      "Banjir merendam 210 RT di Jakarta pada Jumat (7/11/2026) pagi setelah hujan sejak Kamis malam.",
      "Floods inundated 210 neighbourhoods in Jakarta on Friday (7/11/2026) morning after rain since Thursday night."],
    ["a weekday with a written-out date", "Gempa terjadi pada Senin (3/11/2026).", "The quake struck on Monday (Nov. 3, 2026).",
      "Gempa terjadi pada Selasa (4/11/2026).", "The quake struck on Tuesday (Nov. 4, 2026)."],
    ["an all-digit date copied as written", "Rapat digelar 3/11/2026.", "The meeting was held on 3/11/2026.", "Rapat digelar 4/12/2026.", "The meeting was held on 4/12/2026."],
    ["'Minggu' meaning week, unchanged, with a number changed", "Minggu lalu harga naik 5 persen.", "Last week prices rose 5 percent.",
      "Minggu lalu harga naik 7 persen.", "Last week prices rose 7 percent."],
  ])("%s", (_name, tmSource, tmTarget, source, expected) => {
    expect(substituteNumbers(tmSource, tmTarget, source)?.text).toBe(expected);
  });

  it("lists a weekday as replaced", () => {
    expect(substituteNumbers("Rapat digelar Senin.", "The meeting was held on Monday.", "Rapat digelar Selasa.")).toEqual({
      text: "The meeting was held on Tuesday.", replaced: [{ from: "Monday", to: "Tuesday", start: 24 }],
    });
  });

  it.each([
    ["the weekday is not in the stored English", "Rapat digelar Senin.", "The meeting was held yesterday.", "Rapat digelar Selasa."],
    ["the changed weekday is named twice in the source", "Rapat Senin dan Senin depan.", "Meetings on Monday and next Monday.", "Rapat Selasa dan Senin depan."],
    ["the English names the day twice", "Rapat digelar Senin.", "The Monday meeting was held on Monday.", "Rapat digelar Selasa."],
    ["a weekday added", "Rapat digelar pekan ini.", "The meeting is this week.", "Rapat digelar Senin ini."],
    ["a date the English rewrote as month/day", "Gempa pada Senin (3/11/2026).", "The quake on Monday (11/3/2026).", "Gempa pada Selasa (4/11/2026)."],
  ])("nothing when %s", (_name, tmSource, tmTarget, source) => {
    expect(substituteNumbers(tmSource, tmTarget, source)).toBeNull();
  });
});
