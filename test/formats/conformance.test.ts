/**
 * Conformance suite: every registered format must give back exactly the units it wrote, for
 * tricky texts, whether read in one piece or in tiny interleaved chunks (streaming).
 */
import { FormatError } from "../../src/errors";
import { formats, readUnits, writeUnits, type Format, type ParallelUnit } from "../../src/formats";
import { CONTROL, MULTILINE, OPTIONS, TRICKY, unit } from "./units";

/** What each format does with each CONTROL unit (documented in docs/reference/formats.md): null = carried. */
const CONTROL_POLICY: Record<string, Record<string, string | null>> = {
  jsonl: { nul: null, fffe: null }, // JSON escapes them (\u0000)
  moses: { nul: "moses-control-char", fffe: null }, // U+FFFE/U+FFFF do not break lines
  tmx: { nul: "xml-forbidden-char", fffe: "xml-forbidden-char" },
  tsv: { nul: null, fffe: null }, // backslash escape \u0000
  xliff: { nul: null, fffe: null }, // <cp hex="0000"/>
  xliff12: { nul: "xml-forbidden-char", fffe: "xml-forbidden-char" }, // XLIFF 1.2 has no <cp>
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
  expect(ids).toEqual(["jsonl", "moses", "tmx", "tsv", "xliff", "xliff12"]);
  for (const f of Object.values(formats)) {
    expect(f.id).toBeTruthy();
    expect(Object.keys(f.partPaths("out/x"))).toEqual([...f.parts]);
  }
});
