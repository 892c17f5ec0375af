/**
 * Loaded (--require) into the audit's worker threads by test/app/audit-threads.test.ts: the
 * end-punctuation check crashes on a pair whose source says CRASH, in those threads only.
 */
require("tsx/cjs");
const { checks } = require("../../src/check");
const check = checks["end-punctuation"];
const original = check.check;
check.check = (input, options) => {
  if (input.source.includes("CRASH")) throw new TypeError("boom");
  return original(input, options);
};
