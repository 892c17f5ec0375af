/** segmented.ts: where each code outside the sentences of a segmented XLIFF 1.2 `<seg-source>`/`<target>` goes. */
import { codesOutside } from "../../src/formats/segmented";

const COUNTED = new Set(["ph", "bpt", "ept", "it", "x", "bx", "ex", "g"]);
const NATIVE = new Set(["ph", "bpt", "ept", "it", "sub", "x", "bx", "ex"]);
const out = (markup: string) => Object.fromEntries(codesOutside(markup, COUNTED, NATIVE));

it("codes before the first sentence go before it in their order, also across white space; codes after the last after it", () => {
  expect(out('<x id="1"/> <x id="2"/><mrk mtype="seg" mid="a">Satu.</mrk> <mrk mtype="seg" mid="b">Dua.</mrk><x id="3"/> <ph id="4">&lt;br/&gt;</ph>')).toEqual({
    a: { pre: '<x id="1"/><x id="2"/>', post: "", codes: 2 },
    b: { pre: "", post: '<x id="3"/><ph id="4">&lt;br/&gt;</ph>', codes: 2 },
  });
});

it("a code between two sentences goes with the one it touches: the next when it touches only the next", () => {
  expect(out('<mrk mtype="seg" mid="a">Satu.</mrk> <x id="1"/><mrk mtype="seg" mid="b">Dua.</mrk>')).toEqual({ b: { pre: '<x id="1"/>', post: "", codes: 1 } });
  expect(out('<mrk mtype="seg" mid="a">Satu.</mrk><x id="1"/><mrk mtype="seg" mid="b">Dua.</mrk>')).toEqual({ a: { pre: "", post: '<x id="1"/>', codes: 1 } });
});

it("a <bpt> outside the sentences: its native code is no text, so it goes with a sentence; a <g> holding text does not", () => {
  expect(out('<bpt id="1">&lt;b&gt;</bpt><mrk mtype="seg" mid="a">Satu.</mrk> <g id="2">teks</g> <mrk mtype="seg" mid="b">Dua.</mrk><ept id="1">&lt;/b&gt;</ept>')).toEqual({
    a: { pre: '<bpt id="1">&lt;b&gt;</bpt>', post: "", codes: 1 },
    b: { pre: "", post: '<ept id="1">&lt;/b&gt;</ept>', codes: 1 },
  });
});

it("no sentence, no code outside, or markup that is not well formed: nothing", () => {
  expect(out("Satu. Dua.")).toEqual({});
  expect(out('<mrk mtype="seg" mid="a">Satu.</mrk> <mrk mtype="seg" mid="b">Dua.</mrk>')).toEqual({});
  expect(out('<g id="1"><mrk mtype="seg" mid="a">Satu.</mrk>')).toEqual({});
});
