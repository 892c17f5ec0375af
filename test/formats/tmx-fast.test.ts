/**
 * The TMX fast path (src/formats/tmx-fast.ts) against saxes alone: for TMX files Selaras writes,
 * hand-written ones with what the fast path leaves to saxes (inline codes, comments, notes, single
 * quotes, CRLF, a DOCTYPE…), and thousands of mutated files read in random chunks, both readers must
 * give the same units in the same order, or the same error (class, code, line).
 */
import { SelarasError } from "../../src/errors";
import { formats, writeUnits, type ParallelUnit } from "../../src/formats";
import { createTmxFastPath, fastUnit } from "../../src/formats/tmx-fast";
import { createTmxParser, createTmxReader } from "../../src/formats/tmx";
import { OPTIONS, TRICKY, unit } from "./units";
import { rng } from "../../bench/lib/harness"; // the benchmarks' deterministic PRNG (mulberry32)

type Outcome = { units: ParallelUnit[] } | { error: string };

/**
 * Reads `doc` in chunks of the given sizes: with saxes alone (the oracle), or with the fast path in
 * front of it as createTmxReader builds it, counting the units the fast path read in `stats`.
 */
function read(doc: string, chunks: number[], saxesOnly: boolean, stats?: { fastUnits: number }): Outcome {
  const units: ParallelUnit[] = [];
  try {
    const parser = createTmxParser((u) => units.push(u), { files: { main: "f.tmx" } });
    const input = saxesOnly ? parser.xml : createTmxFastPath(parser.xml, parser.atBodyLevel, parser.firstTuvIsSource, (u) => {
      if (stats) stats.fastUnits++;
      units.push(u);
    }, undefined, parser.sawEnglish);
    const r = { write: (_part: string, chunk: string) => input.write(chunk), end: () => { input.end(); parser.checkComplete(); } };
    let at = 0;
    for (let i = 0; at < doc.length; i++) {
      const n = chunks[i % chunks.length]!;
      r.write("main", doc.slice(at, at + n));
      at += n;
    }
    r.end();
    return { units };
  } catch (e) {
    if (e instanceof SelarasError) return { error: `${e.constructor.name} ${e.code} ${JSON.stringify(e.data)}` };
    throw e;
  }
}

const written = writeUnits(formats.tmx!, TRICKY.filter((u) => u.id !== "long").concat([
  unit({ id: "a&b", author: "Budi “B” <b@x>", source: "Satu &#x1F600;", target: "One" }),
]), OPTIONS).main!;

const HAND = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE tmx SYSTEM "tmx14.dtd">
<tmx version="1.4">
  <header creationtool="Other" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" srclang="id-ID" datatype="plaintext"/>
  <body>
    <tu tuid="1" changedate="20240619T100000Z">
      <prop type="x-document">doc</prop>
      <tuv xml:lang="id-ID"><seg>Satu.</seg></tuv>
      <tuv xml:lang="en-US"><seg>One.</seg></tuv>
    </tu>
    <tu tuid='2'>
      <tuv xml:lang="id"><seg>Dua <bpt i="1">&lt;b&gt;</bpt>tebal<ept i="1">&lt;/b&gt;</ept>.</seg></tuv>
      <tuv xml:lang="en"><seg>Two <bpt i="1">&lt;b&gt;</bpt>bold<ept i="1">&lt;/b&gt;</ept>.</seg></tuv>
    </tu>
    <tu tuid="3"><note>a note</note>
      <tuv xml:lang="en"><seg>Three first.</seg></tuv>
      <tuv xml:lang="id"><seg>Tiga.</seg></tuv>
    </tu>
    <tu tuid="4" creationid="ani">
      <tuv xml:lang="fr"><seg>Quatre.</seg></tuv>
      <tuv xml:lang="id"><seg>Empat &amp; &#233;.</seg></tuv>
    </tu>
    <!-- a comment between units -->
    <tu tuid="5">
      <prop type="x-segment">doc:5</prop><prop type="x-segment">doc:6</prop>
      <tuv xml:lang="id"><seg>Lima. Enam.</seg></tuv>
      <tuv xml:lang="en"><seg>Five. Six.</seg></tuv>
    </tu>
  </body>
</tmx>
`;

const SEEDS = [
  written,
  HAND,
  HAND.replace("<!DOCTYPE tmx SYSTEM \"tmx14.dtd\">\n", ""),
  HAND.replace("<!-- a comment between units -->\n", ""),
  written.replace(/\n/g, "\r\n"),
  // Translate Toolkit's po2tmx: srclang="en", first tuv Indonesian
  `<?xml version='1.0' encoding='utf-8'?>
<tmx version="1.4"><header creationtool="Translate Toolkit" creationtoolversion="3" segtype="sentence" o-tmf="UTF-8" adminlang="en" srclang="en" datatype="PlainText"/><body><tu><tuv xml:lang="id"><seg>Halo</seg></tuv><tuv xml:lang="en"><seg>Hello</seg></tuv></tu><tu><tuv xml:lang="id"><seg>Dunia</seg></tuv><tuv xml:lang="en"><seg>World</seg></tuv></tu></body></tmx>
`,
];

const INSERTS = [
  "<", ">", "&", "&amp;", "&#0;", "&#x1F600;", "&foo;", '"', "'", "=", "/", "]]>", "<!--c-->", "<![CDATA[x<y]]>", "<?pi x?>",
  "\r", "\n", " ", "\t", "a", "é", "\u0001", "</tu>", "<tu>", "<tu/>", "</body>", "<body>", " tuid=\"9\"", " tuid=\"1\" tuid=\"2\"",
  "<prop type=\"x-status\">draft</prop>", "<tuv xml:lang=\"id\"><seg>x</seg></tuv>", "<seg>", "</seg>", "xml:lang=\"en\"", "<bpt i=\"1\">b</bpt>",
];

function mutate(doc: string, r: () => number): string {
  let d = doc;
  const n = 1 + Math.floor(r() * 3);
  for (let k = 0; k < n; k++) {
    const at = Math.floor(r() * (d.length + 1));
    const x = r();
    if (x < 0.55) d = d.slice(0, at) + INSERTS[Math.floor(r() * INSERTS.length)] + d.slice(at);
    else if (x < 0.85) d = d.slice(0, at) + d.slice(at + 1 + Math.floor(r() * 6));
    else { const len = 1 + Math.floor(r() * 40); d = d.slice(0, at) + d.slice(at, at + len) + d.slice(at); }
  }
  return d;
}

describe("TMX fast path", () => {
  test("takes the plain <tu> blocks Selaras writes, and gives what saxes gives", () => {
    const at = written.indexOf("<tu ");
    const bySaxes = read(written, [written.length], true) as { units: ParallelUnit[] };
    expect(fastUnit(written, at, false)?.unit).toEqual(bySaxes.units[0]);
    // Every unit Selaras writes takes the fast path (in any chunking); of the hand-written file, the
    // plain ones until the comment; none of the CRLF file.
    const fastIn = (doc: string, chunks: number[]) => { const stats = { fastUnits: 0 }; read(doc, chunks, false, stats); return stats.fastUnits; };
    // (chunks as a decoder makes them: never between the two halves of a surrogate pair)
    const sizes = (doc: string, n: number) => {
      const out: number[] = [];
      for (let at = 0; at < doc.length;) {
        let k = Math.min(n, doc.length - at);
        const c = doc.charCodeAt(at + k - 1);
        if (c >= 0xd800 && c <= 0xdbff) k++;
        out.push(k);
        at += k;
      }
      return out;
    };
    for (const n of [written.length, 1, 7, 64]) expect(fastIn(written, sizes(written, n))).toBe(bySaxes.units.length);
    // createTmxReader is that composition: the same units as saxes alone
    const viaReader: ParallelUnit[] = [];
    const reader = createTmxReader((u) => viaReader.push(u), { files: { main: "f.tmx" } });
    for (const chunk of [written.slice(0, 100), written.slice(100)]) reader.write("main", chunk);
    reader.end();
    expect(viaReader).toEqual(bySaxes.units);
    expect(fastIn(HAND, [HAND.length])).toBe(1); // tu 1 (2: single quotes, 3: a note, 4: no English variant, then the comment)
    expect(fastIn(SEEDS[3]!, [SEEDS[3]!.length])).toBe(2); // tu 1 and 5 (4 has no English variant)
    expect(fastIn(SEEDS[4]!, [SEEDS[4]!.length])).toBe(0);
    expect(fastIn(SEEDS[5]!, [SEEDS[5]!.length])).toBe(2);
    for (const doc of SEEDS) {
      const slow = read(doc, [doc.length], true);
      expect("units" in slow).toBe(true);
      for (const chunks of [[doc.length], [1], [7, 3, 64], [200, 31]]) expect(read(doc, chunks, false)).toEqual(slow);
    }
  });

  test("leaves to saxes the blocks it does not fully understand", () => {
    const block = (s: string) => fastUnit(s, 0, false);
    const tuv = '<tuv xml:lang="id"><seg>a</seg></tuv><tuv xml:lang="en"><seg>b</seg></tuv>';
    expect(block(`<tu>${tuv}</tu>`)?.unit.source).toBe("a");
    expect(block(`<tu tuid='1'>${tuv}</tu>`)).toBeUndefined(); // single quotes
    expect(block(`<tu tuid="1" tuid="2">${tuv}</tu>`)).toBeUndefined(); // duplicate attribute
    expect(block(`<tu a="x\ty">${tuv}</tu>`)).toBeUndefined(); // attribute normalisation
    expect(block(`<tu tuid="a&amp;b&#9;c">${tuv}</tu>`)?.unit.id).toBe("a&b\tc"); // references in attributes
    expect(block(`<tu tuid="&#0;">${tuv}</tu>`)).toBeUndefined();
    expect(block(`<tu><note>n</note>${tuv}</tu>`)).toBeUndefined();
    expect(block(`<tu>${tuv.replace(">a<", ">a]]>b<")}</tu>`)).toBeUndefined(); // ]]> in text
    expect(block(`<tu>${tuv.replace(">a<", ">&#1;<")}</tu>`)).toBeUndefined(); // not an XML character
    expect(block(`<tu>${tuv.replace(">a<", ">&nbsp;<")}</tu>`)).toBeUndefined();
    expect(block(`<tu>${tuv.replace('"id"', '"fr"')}</tu>`)).toBeUndefined(); // no Indonesian: saxes reports it
    expect(block(`<tu>${tuv}</tu>`.replace("</tu>", ""))).toBeUndefined(); // incomplete
    expect(fastUnit(`<tu>${tuv.replace('"id"', '"xx"').replace('"en"', '"id"')}</tu>`, 0, true)).toBeUndefined(); // po2tmx rule
  });

  test("on 5,000 mutated files in random chunks, the same units or the same error as saxes alone", () => {
    const r = rng(Number(process.env.TMX_FAST_SEED ?? 20261122));
    const tally = { units: 0, errors: 0 };
    for (let i = 0, n = Number(process.env.TMX_FAST_CASES ?? 5000); i < n; i++) {
      const doc = mutate(SEEDS[i % SEEDS.length]!, r);
      const chunks = Array.from({ length: 3 }, () => 1 + Math.floor(r() * (r() < 0.3 ? 7 : 500)));
      const fast = read(doc, chunks, false);
      const slow = read(doc, chunks, true);
      if (JSON.stringify(fast) !== JSON.stringify(slow)) {
        throw new Error(`fast path and saxes disagree (chunks ${chunks.join(",")}):\n${JSON.stringify(doc)}\nfast: ${JSON.stringify(fast)}\nsaxes: ${JSON.stringify(slow)}`);
      }
      if ("units" in slow) tally.units++; else tally.errors++;
    }
    if (process.env.TMX_FAST_CASES) process.stderr.write(`${JSON.stringify(tally)}\n`);
    expect(tally.units).toBeGreaterThan(500);
    expect(tally.errors).toBeGreaterThan(500);
  });
});
