/**
 * Finding messages by template (src/cli/output/stylish.ts findingMessage, which an audit calls for
 * every finding and violation) are exactly i18next's t() for every check message in both languages,
 * whatever the values: `$&`, `$1` (String.replace patterns), empty, numbers, non-ASCII, and the
 * values t() reads again (`{{…}}`, `$t(…)`) or names that are t() options, where t() is called.
 */
import { checks } from "../../src/check";
import { createT } from "../../src/i18n";
import { findingMessage } from "../../src/cli/output/stylish";

const VALUES: (string | number)[] = ["North Korea", "", "$&", "$1 and $$", "a.b", "“quoted”", "Korea Utara — ſeven", 0, -1.5, 2024, "{{term}}", "x }} y", "$t(cli.audit.title)", "\uE0000\uE001", "line\nbreak", "  spaced  "];

describe("findingMessage = t(check.<id>.<messageId>, data)", () => {
  it.each(["en", "id"] as const)("for every check message, data names in any order, tricky values (%s)", (lang) => {
    const t = createT(lang);
    let compared = 0;
    for (const [checkId, c] of Object.entries(checks)) {
      for (const [messageId, text] of Object.entries(c.meta.messages as Record<string, string>)) {
        const names = [...String(text).matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1]!);
        const sets = [names, [...names].reverse(), [...names, "entry"], [...names, "count"], [...names, "context"], names.slice(1)];
        for (const set of sets) {
          for (let v = 0; v < VALUES.length; v++) {
            const data: Record<string, string | number> = {};
            set.forEach((n, k) => { data[n] = VALUES[(v + k) % VALUES.length]!; });
            const f = { checkId, messageId, data };
            // twice: the first call makes the template, the second uses it
            expect(findingMessage(t, f)).toBe(t(`check.${checkId}.${messageId}`, { ...data }));
            expect(findingMessage(t, f)).toBe(t(`check.${checkId}.${messageId}`, { ...data }));
            compared++;
          }
        }
      }
    }
    expect(compared).toBeGreaterThan(1000);
  });
});
