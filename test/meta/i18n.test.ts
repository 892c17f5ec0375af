/**
 * Every message key exists in English and Indonesian, with the same placeholders; every key the code
 * names exists and every key exists because the code names it; the Indonesian follows the term list
 * of docs/reference/commands.md#indonesian-terms.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { loadResources, createT } from "../../src/i18n";
import { YARGS_KEYS, YARGS_STRINGS } from "../../src/cli/yargs-strings";
import { CHECK_IDS } from "../../src/check/registry";
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
/** The variables a message interpolates, with their i18next format (`{{percent, number(…)}}` → "percent,number"). */
const placeholders = (s: string) =>
  [...s.matchAll(/\{\{\s*([\w.-]+)\s*(?:,\s*(\w+)[^}]*)?\}\}/g)].map((m) => (m[2] ? `${m[1]},${m[2]}` : m[1]!)).sort();

const SRC = path.resolve(__dirname, "../../src");
function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = path.join(dir, d.name);
    return d.isDirectory() ? sourceFiles(p) : /\.tsx?$/.test(d.name) ? [p] : [];
  });
}

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
  it("every string yargs prints of its own has a key (an upgrade adding one fails here)", () => {
    const yargsEnglish = JSON.parse(fs.readFileSync(path.join(path.dirname(require.resolve("yargs/package.json")), "locales/en.json"), "utf8")) as Record<string, unknown>;
    expect(Object.keys(yargsEnglish).filter((s) => !YARGS_STRINGS.includes(s))).toEqual([]);
  });
  it("renders plurals per language", () => {
    expect(createT("en")("cli.ingest.summary", { count: 1 })).toBe("1 document ingested.");
    expect(createT("en")("cli.ingest.summary", { count: 2 })).toBe("2 documents ingested.");
    expect(createT("id")("cli.ingest.summary", { count: 2 })).toBe("2 dokumen dimasukkan.");
  });
  it("placeholders agree from Indonesian to English too (no variable only Indonesian uses)", () => {
    const mismatches: string[] = [];
    for (const [k, v] of id) {
      const other = en.get(k) ?? en.get(base(k) + "_other") ?? en.get(base(k));
      if (other === undefined) continue;
      const mine = new Set(placeholders(v).filter((p) => !p.startsWith("count")));
      const theirs = new Set([...placeholders(other), ...placeholders(en.get(base(k) + "_one") ?? "")]);
      for (const p of mine) if (!theirs.has(p)) mismatches.push(`${k}: ${p}`);
    }
    expect(mismatches).toEqual([]);
  });
});

describe("check names", () => {
  // (the workbench shows a finding's check by its name, web.check-name.<id>; a check without one would show its bare id)
  const en = flatten(loadResources("en"));
  const id = flatten(loadResources("id"));
  it("every registered check has a short name in English and Indonesian, and no name is left for a check that is gone", () => {
    expect(CHECK_IDS.filter((c) => !en.get(`web.check-name.${c}`) || !id.get(`web.check-name.${c}`))).toEqual([]);
    const named = [...en.keys()].filter((k) => k.startsWith("web.check-name.")).map((k) => k.slice("web.check-name.".length));
    expect(named.filter((c) => !(CHECK_IDS as string[]).includes(c))).toEqual([]);
  });
  it("no two checks share a name (a name filters the audit's list)", () => {
    for (const tree of [en, id]) {
      const names = CHECK_IDS.map((c) => tree.get(`web.check-name.${c}`));
      expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([]);
    }
  });
});

describe("keys in the code", () => {
  const en = flatten(loadResources("en"));
  const keys = new Set([...en.keys()].map(base));
  const code = sourceFiles(SRC).map((f) => fs.readFileSync(f, "utf8"));
  /** String literals shaped like a message key ("cli.check.describe"). */
  const literals = new Set(code.flatMap((text) => [...text.matchAll(/["'`]((?:cli|web|error|yargs|unit|check)\.[\w.-]+)["'`]/g)].map((m) => m[1]!)));
  /** `web.state.${s}`: every key under the literal part is taken as used. */
  const prefixes = new Set(code.flatMap((text) => [...text.matchAll(/`([a-z][\w-]*\.[\w.-]*)\$\{/g)].map((m) => m[1]!)));
  /** `${key}-dry-run`: a key is used when it is a literal key plus this suffix. */
  const suffixes = new Set(code.flatMap((text) => [...text.matchAll(/`\$\{\w+\}([\w.-]+)`/g)].map((m) => m[1]!)));

  it("every key the code names exists in the locale files", () => {
    const missing = [...literals].filter((k) => !keys.has(k) && ![...keys].some((x) => x.startsWith(k + ".")));
    expect(missing).toEqual([]);
  });
  it("every key in the locale files is used by the code (no dead messages to translate)", () => {
    const used = (k: string) =>
      literals.has(k) || [...prefixes].some((p) => k.startsWith(p)) || [...suffixes].some((x) => k.endsWith(x) && literals.has(k.slice(0, -x.length)));
    expect([...keys].filter((k) => !used(k))).toEqual([]);
  });
});

describe("Indonesian terms (docs/reference/commands.md#indonesian-terms)", () => {
  const id = flatten(loadResources("id"));
  const en = flatten(loadResources("en"));

  it("a state, severity and role is one word wherever it is shown", () => {
    const pairs: Array<[string, string]> = [];
    for (const s of ["untranslated", "draft", "aligned", "translated", "reviewed"]) pairs.push([`cli.translate.state.${s}`, `web.state.${s}`]);
    for (const s of ["error", "warning", "info"]) pairs.push([`cli.check.severity.${s}`, `web.severity.${s}`]);
    const differ = pairs.filter(([a, b]) => id.get(a) !== id.get(b)).map(([a, b]) => `${a}=${id.get(a)} ${b}=${id.get(b)}`);
    expect(differ).toEqual([]);
    expect([id.get("web.state.aligned"), id.get("web.severity.error"), id.get("web.role.reviewer")]).toEqual(["disejajarkan", "kesalahan", "peninjau"]);
  });
  it("no Indonesian message uses a word the term list rules out", () => {
    // A second word for a concept that has one (aligned: disejajarkan, error: kesalahan, target: terjemahan …).
    const ruledOut: Array<[RegExp, string]> = [
      [/\bdiselaraskan mesin|selaras-mesin|penyelarasan mesin|hasil penyelarasan\b|penjajaran/i, "aligned is disejajarkan / penyejajaran"],
      [/\bgalat\b/i, "error is kesalahan (galat is a mathematician's word)"],
      [/\btarget\b/i, "target is terjemahan (or sasaran for a file's column)"],
      [/\bthread\b(?!\))/i, "thread is utas (thread)"],
      [/\bPerlu diperiksa\b/, "review is tinjau"],
      [/\bpenekanan\b/i, "a suppression is pengabaian (penekanan is emphasis)"],
      [/\bsinkron/i, "sync is selaraskan"],
      [/di-ingest|\bingest (sendiri|berkas)/i, "ingest is memasukkan (the command keeps its name)"],
      [/\bkepala(nya)? (tabel|glosarium|daftar|metadata)|\bkepalanya\b/i, "a header is tajuk"],
      [/jika tidak ada (git|glossary|pengguna)|jika tidak dari/i, "else is atau"],
    ];
    const offenders: string[] = [];
    // Placeholders, options (--target-lang) and the column names a file must use (“mis. source, target, comment”) are not words of the message.
    const prose = (v: string) => v.replace(/\{\{[^}]*\}\}/g, "").replace(/--[\w-]+/g, "").replace(/\(mis\. [^)]*\)/g, "");
    for (const [k, v] of id) for (const [re, why] of ruledOut) if (re.test(prose(v))) offenders.push(`${k}: ${why}: ${v}`);
    // a translations file's record is an entri: catatan is a note
    for (const [k, v] of id) if (/\brecords?\b/.test(en.get(k) ?? "") && !/\bnotes?\b/.test(en.get(k) ?? "") && /\bcatatan\b/.test(v)) offenders.push(`${k}: record is entri: ${v}`);
    expect(offenders).toEqual([]);
  });
  it("no sentence is left in English in the Indonesian file", () => {
    // Identical texts are allowed only when they hold no word of three letters or more outside
    // placeholders, options and key names (a key cap "Ctrl+Enter", "{{ref}}", "Audit", "info").
    const words = (s: string) => s.replace(/\{\{[^}]*\}\}|--[\w-]+|\b(Ctrl|Alt|Shift|Space|Enter|Moses|Audit|admin|info|manual|boolean|string|selaras|unit)\b/g, "").match(/[A-Za-z]{3,}/g) ?? [];
    const same = [...id].filter(([k, v]) => en.get(k) === v && words(v).length > 0).map(([k]) => k);
    expect(same).toEqual([]);
  });
});
