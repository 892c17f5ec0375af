/**
 * number-mismatch — every number of the source must survive in the rendering, and vice versa, read
 * with each language's conventions by src/text/numbers.ts (`11.000` = `11,000`, `1,5 juta` =
 * `1.5 million`, `19 Juni 2024` = `June 19, 2024`, `pukul 10.30` = `10:30 a.m.`). Numbers written in
 * words (`dua dekade` = `two decades`) count, but an unmatched word-number is reported only when the
 * other side has an unmatched number of the same kind: `salah satu` → `one of` / `kedua negara` →
 * `both countries` are good translations, `dua` → `three` is not.
 */
import { compareNumbers, extractNumbers, type NumberToken } from "../../text/numbers";
import { defineCheck, type Problem } from "../types";

const show = (t: NumberToken) => t.raw;

export default defineCheck({
  meta: {
    id: "number-mismatch",
    category: "critical",
    defaultSeverity: "error",
    enabledByDefault: true,
    scope: "pair",
    needs: { reads: "text" },
    description: "A number, date, time or percentage of the source is missing or different in the target.",
    messages: {
      missing: "“{{number}}” from the source is missing or different in the target.",
      extra: "“{{number}}” in the target does not appear in the source.",
    },
  },
  defaultOptions: {},
  check({ source, target }) {
    if (!target.trim()) return [];
    const { missing, extra } = compareNumbers(extractNumbers(source, "id"), extractNumbers(target, "en"));
    const problems: Problem[] = [];
    const reportable = (t: NumberToken, others: readonly NumberToken[]) => !t.word || others.some((o) => o.kind === t.kind);
    for (const t of missing) {
      if (reportable(t, extra)) problems.push({ messageId: "missing", data: { number: show(t), value: t.value }, source: { start: t.start, end: t.end } });
    }
    for (const t of extra) {
      if (reportable(t, missing)) problems.push({ messageId: "extra", data: { number: show(t), value: t.value }, target: { start: t.start, end: t.end } });
    }
    return problems;
  },
});
