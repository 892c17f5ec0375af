/** Messages by template (src/cli/output/template.ts) are exactly i18next's t(). */
import { createT } from "../../src/i18n";
import { templated } from "../../src/cli/output/template";

describe("templated messages", () => {
  it.each(["en", "id"] as const)("give t()'s text for every plural form, value and language (%s)", (lang) => {
    const t = createT(lang);
    const m = templated(t);
    const cases: Array<[string, Record<string, string | number>]> = [];
    for (const count of [0, 1, 2, 5, 21, 100, 1000]) {
      cases.push(["cli.status.row", { translated: count, translatable: 100, percent: "12.5", count, boilerplate: 3, words: 1420 }]);
      cases.push(["cli.status.total", { count, translated: 1, translatable: 2 }]);
      cases.push(["cli.status.suspect", { count }]);
    }
    // values t() would read again, markers, non-finite numbers and a string count: t() itself
    cases.push(["cli.status.orphan", { id: 7, source: "Harga {{naik}} $t(cli.status.empty)", text: "a \uE0000\uE001 b" }]);
    cases.push(["cli.status.orphan", { id: Number.NaN, source: "x", text: "y" }]);
    cases.push(["cli.status.stale", { count: "3" }]);
    for (const [key, data] of cases) expect(m(key, data)).toBe(t(key, { ...data }));
    expect(m("cli.status.suspect", { count: 1 })).toBe(lang === "en" ? "1 suspect fragment" : "1 potongan mencurigakan");
    expect(m("cli.status.suspect", { count: 2 })).toBe(lang === "en" ? "2 suspect fragments" : "2 potongan mencurigakan");
  });
});
