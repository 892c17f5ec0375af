/**
 * Conformance suite: every registered format must give back exactly the units it wrote, for
 * tricky texts, whether read in one piece or in tiny interleaved chunks (streaming).
 */
import { FormatError } from "../../src/errors";
import { formats, readUnits, writeUnits, type Format, type ParallelUnit } from "../../src/formats";

const OPTIONS = { tool: "Selaras", toolVersion: "0.0.0-test", created: "2024-06-19T10:00:00Z" };

const unit = (over: Partial<ParallelUnit>): ParallelUnit => ({
  id: "1", document: "berita-satu", segments: ["berita-satu:1"], source: "Halo dunia.", target: "Hello world.",
  status: "translated", author: "ani", changed: "2024-06-19T10:00:00Z", ...over,
});

/** Units every format must carry exactly. */
const TRICKY: ParallelUnit[] = [
  unit({ id: "amp", source: "Tom & Jerry <b> > a && b < c ]]> &amp;", target: "x < y & z > w" }),
  unit({ id: "quotes", source: "Ia berkata, “Kami siap” dan ‘baik’.", target: `He said "we're ready" and 'fine'.` }),
  unit({ id: "tabs", source: "kolom\tsatu\t\tdua", target: "\tleading tab and trailing\t" }),
  unit({ id: "spaces", source: "  dua  spasi  ", target: " \u00a0nbsp\u00a0 " }),
  unit({ id: "emoji", source: "Bendera 🇮🇩 dan 👍🏽 serta 𝔘", target: "Flag 🇮🇩 👍🏽 𝔘" }),
  unit({ id: "empty-target", target: "", status: "", author: "", changed: "" }),
  unit({ id: "long", source: "Kalimat panjang sekali. ".repeat(4000), target: "A very long sentence. ".repeat(4000) }),
  unit({ id: "rtl", source: "teks \u200fمرحبا\u200e dan \u202bRTL\u202c \u2066iso\u2069", target: "\u200f\u200e marks" }),
  unit({ id: "combining", source: "Cafe\u0301 tidak NFC", target: "Cafe\u0301 not NFC (e + U+0301)" }),
  unit({ id: "backslash", source: "C:\\path\\to\\n not a newline \\t \\u0041 \\", target: "\\\\ double" }),
  unit({ id: "joined", segments: ["berita-satu:2", "berita-satu:3"], source: "Satu. Dua.", target: "One. Two." }),
  unit({ id: "no-refs", document: "", segments: [], source: "Tanpa rujukan.", target: "No references.", status: "reviewed" }),
  unit({ id: "other-doc", document: "berita-dua", segments: ["berita-dua:7"], author: "Budi “B” <b@x>", status: "draft" }),
  unit({ id: "", document: "", segments: [], source: "Tanpa id.", target: "No id.", status: "", author: "", changed: "" }),
  unit({ id: "c1-controls", source: "DEL \u007f NEL-free C1 \u0080\u009f", target: "ok" }),
  unit({ id: "bom-zwsp", source: "\ufeffawal BOM dan\u200bzwsp", target: "zero\u200bwidth" }),
];

/** Units with line breaks: kept by formats that allow them, refused by the others. */
const MULTILINE: ParallelUnit[] = [
  unit({ id: "lf", source: "baris satu\nbaris dua\n", target: "line one\nline two\n" }),
  unit({ id: "crlf", source: "a\r\nb", target: "lone CR \r here" }),
  unit({ id: "u2028", source: "pemisah\u2028baris\u2029paragraf", target: "sep" }),
];

/** Characters XML 1.0 forbids: carried with a documented escape, or refused with a FormatError. */
const CONTROL: ParallelUnit[] = [
  unit({ id: "nul", source: "nul \u0000 byte", target: "bell \u0007 vt \u000b ff \u000c esc \u001b" }),
  unit({ id: "fffe", source: "non-character \ufffe \uffff", target: "x" }),
];

/** What each format does with each CONTROL unit (documented in the README): null = carried. */
const CONTROL_POLICY: Record<string, Record<string, string | null>> = {
  jsonl: { nul: null, fffe: null }, // JSON escapes them (\u0000)
  moses: { nul: "moses-control-char", fffe: null }, // U+FFFE/U+FFFF do not break lines
  tmx: { nul: "xml-forbidden-char", fffe: "xml-forbidden-char" },
  tsv: { nul: null, fffe: null }, // backslash escape \u0000
  xliff: { nul: null, fffe: null }, // <cp hex="0000"/>
};

function chunked(format: Format, parts: Record<string, string>, size: number): ParallelUnit[] {
  const out: ParallelUnit[] = [];
  const r = format.createReader((u) => out.push(u), { files: Object.fromEntries(Object.keys(parts).map((k) => [k, `f.${k}`])) });
  const offsets: Record<string, number> = Object.fromEntries(Object.keys(parts).map((k) => [k, 0]));
  let more = true;
  while (more) {
    more = false;
    for (const [part, text] of Object.entries(parts)) {
      const at = offsets[part]!;
      if (at < text.length) {
        r.write(part, text.slice(at, at + size));
        offsets[part] = at + size;
        more = true;
      }
    }
  }
  r.end();
  return out;
}

const roundTrip = (format: Format, units: ParallelUnit[]) => readUnits(format, writeUnits(format, units, OPTIONS));

describe.each(Object.values(formats).map((f) => [f.id, f] as const))("format %s", (_id, format) => {
  it("round-trips every tricky unit exactly", () => {
    expect(roundTrip(format, TRICKY)).toEqual(TRICKY);
  });

  it("round-trips when read in tiny interleaved chunks (streaming)", () => {
    const small = TRICKY.filter((u) => u.id !== "long");
    const parts = writeUnits(format, small, OPTIONS);
    expect(chunked(format, parts, 3)).toEqual(small);
    expect(chunked(format, parts, 1)).toEqual(small);
  });

  it("round-trips an empty export", () => {
    expect(roundTrip(format, [])).toEqual([]);
  });

  it(format.multiline ? "keeps line breaks" : "refuses line breaks with a FormatError", () => {
    for (const u of MULTILINE) {
      if (format.multiline) expect(roundTrip(format, [u])).toEqual([u]);
      else expect(() => writeUnits(format, [u], OPTIONS)).toThrow(expect.objectContaining({ code: "moses-line-break", data: expect.objectContaining({ unit: u.id }) }));
    }
  });

  it("carries control characters XML forbids, or refuses them with a clear FormatError", () => {
    const policy = CONTROL_POLICY[format.id];
    expect(policy).toBeDefined();
    for (const u of CONTROL) {
      if (policy![u.id] === null) expect(roundTrip(format, [u])).toEqual([u]);
      else {
        let err: unknown;
        try { writeUnits(format, [u], OPTIONS); } catch (e) { err = e; }
        expect(err).toBeInstanceOf(FormatError);
        expect(err).toMatchObject({ code: policy![u.id], data: { unit: u.id } });
      }
    }
  });

  it("refuses a lone surrogate and a malformed date", () => {
    expect(() => writeUnits(format, [unit({ target: "half \ud83d pair" })], OPTIONS))
      .toThrow(expect.objectContaining({ code: "unit-lone-surrogate", data: expect.objectContaining({ field: "target" }) }));
    expect(() => writeUnits(format, [unit({ changed: "2024-06-19 10:00" })], OPTIONS))
      .toThrow(expect.objectContaining({ code: "unit-bad-date" }));
    expect(() => writeUnits(format, [unit({ segments: ["a b:1"] })], OPTIONS))
      .toThrow(expect.objectContaining({ code: "unit-bad-segment-ref" }));
  });
});

it("the registry is sorted and every format names its parts", () => {
  const ids = Object.keys(formats);
  expect(ids).toEqual([...ids].sort());
  expect(ids).toEqual(["jsonl", "moses", "tmx", "tsv", "xliff"]);
  for (const f of Object.values(formats)) {
    expect(f.id).toBeTruthy();
    expect(Object.keys(f.partPaths("out/x"))).toEqual([...f.parts]);
  }
});
