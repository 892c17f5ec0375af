/** Every message key exists in English and Indonesian, with the same placeholders. */
import { loadResources, createT } from "../../src/i18n";
import { YARGS_KEYS } from "../../src/cli/yargs-strings";
// English check messages live in each check's meta.messages and are registered by the findings renderer.
import "../../src/cli/output/stylish";

type Tree = { [k: string]: string | Tree };
function flatten(tree: Tree, prefix = "", out = new Map<string, string>()): Map<string, string> {
  for (const [k, v] of Object.entries(tree)) {
    if (typeof v === "string") out.set(prefix + k, v);
    else flatten(v, `${prefix}${k}.`, out);
  }
  return out;
}
/** Plural suffixes differ by language (English one/other, Indonesian only other): compare base keys. */
const base = (k: string) => k.replace(/_(zero|one|two|few|many|other)$/, "");
const placeholders = (s: string) => [...s.matchAll(/\{\{\s*([\w.-]+)\s*\}\}/g)].map((m) => m[1]).sort();

describe("locales", () => {
  const en = flatten(loadResources("en"));
  const id = flatten(loadResources("id"));
  const enBase = new Set([...en.keys()].map(base));
  const idBase = new Set([...id.keys()].map(base));

  it("every English key exists in Indonesian", () => {
    expect([...enBase].filter((k) => !idBase.has(k))).toEqual([]);
  });
  it("every Indonesian key exists in English", () => {
    expect([...idBase].filter((k) => !enBase.has(k))).toEqual([]);
  });
  it("plural keys have an 'other' form in both languages", () => {
    for (const tree of [en, id]) {
      for (const k of tree.keys()) {
        if (/_(one|zero|two|few|many)$/.test(k)) expect(tree.has(base(k) + "_other")).toBe(true);
      }
    }
  });
  it("placeholders agree between languages", () => {
    const mismatches: string[] = [];
    for (const [k, v] of en) {
      const other = id.get(k) ?? id.get(base(k) + "_other") ?? id.get(base(k));
      if (other !== undefined && JSON.stringify(placeholders(v)) !== JSON.stringify(placeholders(other))) mismatches.push(k);
    }
    expect(mismatches).toEqual([]);
  });
  it("yargs strings are all translated", () => {
    for (const k of YARGS_KEYS) {
      expect(en.has(k)).toBe(true);
      expect(id.has(k)).toBe(true);
    }
  });
  it("renders plurals per language", () => {
    expect(createT("en")("cli.ingest.summary", { count: 1 })).toBe("1 document ingested.");
    expect(createT("en")("cli.ingest.summary", { count: 2 })).toBe("2 documents ingested.");
    expect(createT("id")("cli.ingest.summary", { count: 2 })).toBe("2 dokumen dimasukkan.");
  });
});
