import * as fs from "node:fs";
import * as path from "node:path";
import { pairNumbers, plainNumbersPaired, extractNumbers, extractNumbersTryingEveryPosition, compareNumbers, canonicalDecimal, compileNamedPattern, numberPatterns } from "../../src/text/numbers";
import { rng } from "../../bench/lib/harness";
import { tokenize } from "../../src/glossary/tokenize";

const read = (text: string, lang: "id" | "en") => extractNumbers(text, lang).map((t) => `${t.kind}:${t.value}${t.word ? "(w)" : ""}`);

describe("extractNumbers", () => {
  it.each([
    ["11.000 kontainer", "id", ["number:11000"]],
    ["11,000 containers", "en", ["number:11000"]],
    ["2,5", "id", ["number:2.5"]],
    ["2.5", "en", ["number:2.5"]],
    ["1,5 juta orang", "id", ["number:1500000"]],
    ["1.5 million people", "en", ["number:1500000"]],
    ["Rp1,5 triliun", "id", ["number:1500000000000"]],
    ["Rp 1,2 T dan Rp3 M serta Rp 50 rb", "id", ["number:1200000000000", "number:3000000000", "number:50000"]],
    ["5 M dari pantai", "id", ["number:5"]],
    ["$5bn and 1,000,000.50", "en", ["number:5000000000", "number:1000000.5"]],
    ["24 tahun", "id", ["number:24"]],
    ["naik 2,5 persen dan 3%", "id", ["percent:2.5", "percent:3"]],
    ["rose 2.5 percent and 3 per cent", "en", ["percent:2.5", "percent:3"]],
    ["19 Juni 2024", "id", ["date:2024-06-19"]],
    ["June 19, 2024", "en", ["date:2024-06-19"]],
    ["19 June 2024", "en", ["date:2024-06-19"]],
    ["(13/9/2023)", "id", ["date:2023-09-13"]],
    ["Sept. 13, 2023", "en", ["date:2023-09-13"]],
    ["Rabu (19/6)", "id", ["date:--06-19"]],
    ["Wednesday (6/19)", "en", ["date:--06-19"]],
    ["pada Maret 2024", "id", ["date:2024-03"]],
    ["pada Maret", "id", ["date:--03"]],
    ["May I ask? It may rain in May.", "en", ["date:--05"]],
    ["pukul 10.30", "id", ["time:10:30"]],
    ["pukul 10 malam", "id", ["time:22:00"]],
    ["10.30 WIB", "id", ["time:10:30"]],
    ["at 10:30 a.m.", "en", ["time:10:30"]],
    ["at 10 p.m.", "en", ["time:22:00"]],
    ["abad ke-21 dan ketiga", "id", ["ordinal:21", "ordinal:3(w)"]],
    ["the 21st century and third", "en", ["ordinal:21", "ordinal:3(w)"]],
    // an ordinal with -nya after a noun (her third title); a pronoun after a verb, a preposition or at a clause's start (the three, both)
    ["meraih gelar ketiganya, emas keempatnya", "id", ["ordinal:3(w)", "ordinal:4(w)"]],
    ["Ketiganya tewas, menewaskan keduanya, antara keduanya, gelar pertamanya", "id", []],
    ["the twenty-first century, his Thirty Second birthday, twenty, first", "en", ["ordinal:21(w)", "ordinal:32(w)", "number:20(w)", "ordinal:1(w)"]],
    // a decade is ten years (the count of decades is an alternative reading)
    ["dua dekade", "id", ["number:20(w)"]],
    ["two decades", "en", ["number:20(w)"]],
    ["satu dekade", "id", ["number:10(w)"]],
    ["sedekade", "id", ["number:10(w)"]],
    ["a decade ago", "en", ["number:10(w)"]],
    ["3 decades", "en", ["number:30(w)"]],
    ["seratus dua puluh tiga ribu", "id", ["number:123000(w)"]],
    ["one hundred and twenty-three thousand", "en", ["number:123000(w)"]],
    ["Dua belas orang", "id", ["number:12(w)"]],
    ["setengah", "id", ["number:0.5(w)"]],
    // fractions: words, a scale after them, a percentage; not the quarter-finals, an idiom or an ordinal
    ["sepertiga, seperempat, seperlima, tiga perempat, dua pertiga", "id", ["number:0.333333(w)", "number:0.25(w)", "number:0.2(w)", "number:0.75(w)", "number:0.666667(w)"]],
    ["a third of, one-third, a quarter of, three quarters, two-thirds, a fifth.", "en", ["number:0.333333(w)", "number:0.333333(w)", "number:0.25(w)", "number:0.75(w)", "number:0.666667(w)", "number:0.2(w)"]],
    ["setengah juta orang, seperempat persen", "id", ["number:500000(w)", "percent:0.25(w)"]],
    ["half a million, a quarter of a million, a quarter of a percent, half a percentage point", "en", ["number:500000(w)", "number:250000(w)", "percent:0.25(w)", "percent:0.5(w)"]],
    ["½ dan 2¾", "id", ["number:0.5", "number:2.75"]],
    ["perempat final, setengah hati, setengah-setengah, setengah baya", "id", []],
    ["a quarter-final, half-hearted, a third term, the third quarter", "en", ["ordinal:3(w)", "ordinal:3(w)"]],
    ["1990-an", "id", ["number:1990"]],
    ["the 1990s", "en", ["number:1990"]],
    ["COVID-19", "en", ["number:19"]],
    ["", "id", []],
    // indefinite magnitudes: the power of ten ("teens" for belasan / a dozen or so)
    ["ribuan orang dan puluhan ribu", "id", ["magnitude:3(w)", "magnitude:4(w)"]],
    ["Ratusan warga, belasan polisi, jutaan dolar", "id", ["magnitude:2(w)", "magnitude:teens(w)", "magnitude:6(w)"]],
    ["hundreds of thousands and tens of millions", "en", ["magnitude:5(w)", "magnitude:7(w)"]],
    ["Dozens of people, thousands of homes", "en", ["magnitude:1(w)", "magnitude:3(w)"]],
    ["more than a dozen and a dozen or so", "en", ["magnitude:teens(w)", "magnitude:teens(w)"]],
    ["test scores and tens", "en", []],
  ] as const)("%s (%s)", (text, lang, expected) => {
    expect(read(text, lang)).toEqual(expected);
  });

  it("reports offsets and raw text", () => {
    const [t] = extractNumbers("Sebanyak 1,5 juta warga", "id");
    expect(t).toMatchObject({ start: 9, end: 17, raw: "1,5 juta", value: "1500000" });
  });

  it("gives an ambiguous English numeric date both readings", () => {
    const [t] = extractNumbers("on 5/9/2023", "en");
    expect(t).toMatchObject({ value: "2023-05-09", alternatives: ["2023-09-05"] });
  });

  it("never throws on odd text", () => {
    for (const s of ["\u0000", "1.2.3.4.5", "99/99/9999", "ke-", "pukul", "1,,,2", "\ud800", "9".repeat(400)]) {
      expect(() => extractNumbers(s, "id")).not.toThrow();
      expect(() => extractNumbers(s, "en")).not.toThrow();
    }
  });
});

describe("compareNumbers", () => {
  const cmp = (s: string, t: string) => {
    const r = compareNumbers(extractNumbers(s, "id"), extractNumbers(t, "en"));
    return { missing: r.missing.map((x) => x.value), extra: r.extra.map((x) => x.value) };
  };
  it("matches across conventions", () => {
    expect(cmp("Pada 19 Juni 2024, 11.000 kontainer (2,5 persen).", "On June 19, 2024, 11,000 containers (2.5 percent).")).toEqual({ missing: [], extra: [] });
  });
  it("reads day/month without a year", () => {
    expect(cmp("Rabu (19/6) malam", "Wednesday (June 19) night")).toEqual({ missing: [], extra: [] });
  });
  it("accepts a date with the year left out and a bare year", () => {
    expect(cmp("pada 19 Juni 2024", "on June 19")).toEqual({ missing: [], extra: [] });
    expect(cmp("pada Juni 2024", "in 2024")).toEqual({ missing: [], extra: [] });
  });
  it("finds a wrong number", () => {
    expect(cmp("Sebanyak 1.500 warga", "As many as 15,000 residents")).toEqual({ missing: ["1500"], extra: ["15000"] });
  });
});

describe("canonicalDecimal", () => {
  it("shifts exactly", () => {
    expect(canonicalDecimal("1", "5", 6)).toBe("1500000");
    expect(canonicalDecimal("007", "50")).toBe("7.5");
    expect(canonicalDecimal("0", "0")).toBe("0");
  });
});

describe("the number patterns without named groups (what extractNumbers runs)", () => {
  it("match as the named patterns do, at every position, with every group the same", () => {
    const root = path.join(__dirname, "../..");
    const texts = fs.readdirSync(path.join(root, "corpus")).flatMap((f) => fs.readFileSync(path.join(root, "corpus", f), "utf8").split("\n"));
    texts.push(
      "pukul 10.30 WIB, (13/9/2023), 24-26 April 2007, ke-21, dua puluh empat, ratusan ribu, sedekade, 5.6.24, 5-6-2024",
      "June 19, 2024 at 10:30 a.m.; 2.5% and six-point-four billion, more than a dozen, tens of thousands, 5/9/2023, 5.9.23",
      "Rp5 rb, Rp1,5 jt, two hundred and five, a thousand, 3rd, third, 1,000,000.5, 2bn, 4 per cent, \u212Aetiga ſeven",
    );
    let matches = 0;
    for (const [lang, named] of Object.entries(numberPatterns())) {
      const sticky = new RegExp(named.source, named.flags.replace("g", "") + "y");
      const { re, groups } = compileNamedPattern(named);
      expect(Object.keys(groups).length).toBeGreaterThan(40);
      for (const t of texts) {
        for (let i = 0; i < t.length; i++) {
          sticky.lastIndex = i; re.lastIndex = i;
          const a = sticky.exec(t), b = re.exec(t);
          if (a === null) { if (b !== null) expect(b).toBeNull(); continue; }
          matches++;
          const got = { lang, at: i, text: b?.[0], groups: Object.fromEntries(Object.keys(groups).map((g) => [g, b?.[groups[g]!]])) };
          const want = { lang, at: i, text: a[0], groups: { ...a.groups } };
          if (JSON.stringify(got) !== JSON.stringify(want)) expect(got).toEqual(want);
        }
      }
    }
    expect(matches).toBeGreaterThan(150);
  });
});

describe("extractNumbers' shortcuts (plain numbers read without the pattern, start words checked by what follows them, plain texts read by their tokens)", () => {
  // pieces that put numbers next to everything that may make the pattern read more (or less) than a
  // plain number: separators, decimals, scales, percentages, months in any case, times, decades,
  // start words with and without what must follow them, non-ASCII spaces, digits and letters
  const pieces = [
    "0", "7", "12", "123", "2024", "007", "1.234", "12.345.678", "1,234", "12,345,678", "1.2345", "1,2345", "1.23", "1,5", "2.5", "10.30", "10:30", "13/9",
    "13/9/2023", "5-6-2024", "5.6.24", "1.234,5", "1,234.5", "1.234.5", "12.34.567", ".", ",", "-", "–", "%", "/", ":", "(", ")", "\"", "'", "?",
    " ", " ", "  ", "\t", "\n", "\u00a0", "\u2003", "orang", "people", "ribu", "Ribu", "juta", "JUTA", "miliar", "milyar", "triliun", "rb", "jt", "M", "T",
    "persen", "per", "sen", "Persen", "perSen", "poin", "persentase", "dekade", "Dekade", "decade", "decades", "DECADES", "thousand", "Million", "billion",
    "trillion", "percent", "per cent", "per-cent", "percentage", "points", "pct", "pp", "ppt", "pps", "ppts", "a", "p", "a.m.", "p.m.", "am", "pm", "AM", "PM",
    "of", "Juni", "juni", "JUNI", "June", "june", "may", "May", "Sept.", "sept", "jan", "Jan.", "mar", "st", "nd", "th", "k", "mn", "bn", "b", "tn",
    "ke", "ke-3", "pukul", "jam", "pk.", "beberapa", "sekian", "more", "than", "at", "least", "some", "several", "dozen", "an", "about", "over", "few",
    "dua", "satu", "two", "one", "hundred", "and", "WIB", "Rp", "Rp.", "é", "ſ", "٣", "²", "x", "G", "kedua", "third", "ratusan", "tens",
    "ratus", "Ratus", "Few", "LEAST", "Dozen", "Than", "ONE", "Hundred", "Thousand", "j", "b",
    // day ranges, clock times, `2x24 jam`
    "hingga", "sampai", "dan", "to", "To", "through", "until", "till", "Maret", "March", "15", "jam", "X", "×", "24", "waktu", "setempat",
    "noon", "Noon", "midnight", "midday", "in", "the", "afternoon", "evening", "night", "07.00", "13.00",
  ];
  it("read as the pattern tried at every position reads, on 30,000 random texts", () => {
    const r = rng(16);
    let tokens = 0, plainTexts = 0;
    for (let k = 0; k < 30_000; k++) {
      const n = 1 + Math.floor(r() * 8);
      let t = "";
      for (let q = 0; q < n; q++) t += (r() < 0.5 ? " " : "") + pieces[Math.floor(r() * pieces.length)]!;
      // (and the same text made plain: printable ASCII, single spaces, what is read by its tokens)
      const plain = t.replace(/[^\x21-\x7e]+/g, " ").trim();
      for (const x of [t, plain]) {
        const words = tokenize(x);
        if (x === plain) plainTexts += words.plain ? 1 : 0;
        for (const lang of ["id", "en"] as const) {
          const want = extractNumbersTryingEveryPosition(x, lang);
          for (const got of [extractNumbers(x, lang), extractNumbers(x, lang, words)]) {
            if (JSON.stringify(got) !== JSON.stringify(want)) expect({ x, lang, got }).toEqual({ x, lang, got: want });
            tokens += got.length;
          }
        }
      }
    }
    expect(tokens).toBeGreaterThan(100_000);
    expect(plainTexts).toBeGreaterThan(25_000);
  });

  it("plainNumbersPaired says true only where both texts' numbers are plain numbers of equal values in order, and pairNumbers reads what extractNumbers reads (40,000 random pairs)", () => {
    const r = rng(61);
    const pick = <T,>(a: readonly T[]): T => a[Math.floor(r() * a.length)]!;
    const fillerId = ["orang", "kata", "yang", "di", "ribu", "Juni", "dua", "ke", "persen", "-", ",", ".", "(", ")", "tahun", "pukul"];
    const fillerEn = ["people", "said", "the", "in", "thousand", "June", "two", "of", "percent", "-", ",", ".", "(", ")", "years", "at"];
    // (what toLocaleString("de-DE") and ("en-US") write, without a formatter made for every number)
    const de = new Intl.NumberFormat("de-DE"), en = new Intl.NumberFormat("en-US");
    /** Both readings of a number: id `11.000`, en `11,000` (and leading zeros, long runs, small ones). */
    const number = (): [string, string] => {
      const v = Math.floor(r() ** 3 * 1e7);
      const x = r();
      if (x < 0.1) return [`00${v}`, String(v)];
      if (x < 0.5) return [de.format(v), en.format(v)];
      return [String(v), String(v)];
    };
    let trues = 0, pairs = 0, plainPairs = 0;
    const wrong: unknown[] = [];
    for (let k = 0; k < 20_000; k++) {
      // a pair with the same numbers in both (often), or one changed, dropped, added, or random pieces
      const nums = Array.from({ length: Math.floor(r() * 4) }, number);
      let s = "", t = "";
      for (const [a, b] of nums) { s += ` ${pick(fillerId)} ${a} ${pick(fillerId)}`; t += ` ${pick(fillerEn)} ${b} ${pick(fillerEn)}`; }
      const y = r();
      if (y < 0.1) t = t.replace(/\d/, (d) => String((Number(d) + 1) % 10));
      else if (y < 0.15) t += " 7";
      else if (y < 0.2) s = s.replace(/\d+/, "");
      else if (y < 0.35) { s += " " + pieces.slice(0, 3 + Math.floor(r() * 40)).filter(() => r() < 0.1).join(" "); t += " " + pick(pieces); }
      else if (y < 0.4) { s = s.replace(/ /g, "  "); t = t.replace(/ /g, "\u00a0"); }
      for (const [source, target] of [[s.trim(), t.trim()], [pick(pieces) + " " + pick(pieces), pick(pieces) + " " + pick(pieces)]] as const) {
        const sn = extractNumbers(source, "id"), tn = extractNumbers(target, "en");
        const plainPaired = sn.length === tn.length && sn.every((a, i) => { const b = tn[i]!; return !a.word && !b.word && a.kind === "number" && b.kind === "number" && !a.alternatives && !b.alternatives && a.value === b.value; });
        for (const got of [plainNumbersPaired(source, target), plainNumbersPaired(source, target, tokenize(source), tokenize(target))]) {
          if (got && !plainPaired) wrong.push({ source, target, sn, tn });
          if (got) trues++;
        }
        // pairNumbers: null where plainNumbersPaired says yes, else both texts' numbers as extractNumbers reads them
        for (const [both, paired] of [[pairNumbers(source, target), plainNumbersPaired(source, target)], [pairNumbers(source, target, tokenize(source), tokenize(target)), plainNumbersPaired(source, target, tokenize(source), tokenize(target))]] as const) {
          if (paired ? both !== null : JSON.stringify(both) !== JSON.stringify([sn, tn])) wrong.push({ source, target, both, sn, tn });
        }
        pairs++;
        if (plainPaired) plainPairs++;
      }
    }
    expect(wrong).toEqual([]);
    expect(pairs).toBe(40_000);
    // (and it says true for most of them, each asked twice: with and without tokens; a word number, a
    // start word or a scale after a number leaves the pair to extractNumbers)
    expect(plainPairs).toBeGreaterThan(10_000);
    expect(trues).toBeGreaterThan(1.2 * plainPairs);
  });
});
