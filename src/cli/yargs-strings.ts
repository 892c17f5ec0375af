/**
 * yargs prints a few strings of its own (section titles, validation errors). They go through our
 * i18next resources too (keys `yargs.*`), mapped here onto the strings yargs asks for.
 */
import type { TFunction } from "../i18n";

const SIMPLE: Record<string, string> = {
  "Commands:": "yargs.commands",
  "Options:": "yargs.options",
  "Examples:": "yargs.examples",
  "Positionals:": "yargs.positionals",
  boolean: "yargs.boolean",
  count: "yargs.count",
  number: "yargs.number",
  string: "yargs.string",
  array: "yargs.array",
  required: "yargs.required",
  default: "yargs.default",
  "default:": "yargs.default-colon",
  "aliases:": "yargs.aliases",
  "choices:": "yargs.choices",
  "Invalid values:": "yargs.invalid-values",
  "Argument: %s, Given: %s, Choices: %s": "yargs.argument-choices",
  "Show help": "yargs.show-help",
  "Show version number": "yargs.show-version",
  "Did you mean %s?": "yargs.did-you-mean",
  "Arguments %s and %s are mutually exclusive": "yargs.mutually-exclusive",
  "Not enough arguments following: %s": "yargs.not-enough-following",
  "Implications failed:": "yargs.implications-failed",
  command: "yargs.command",
  "generated-value": "yargs.generated-value",
  "Argument check failed: %s": "yargs.check-failed",
  "Invalid JSON config file: %s": "yargs.invalid-json-config",
  "Path to JSON config file": "yargs.json-config-path",
  deprecated: "yargs.deprecated",
  "deprecated: %s": "yargs.deprecated-colon",
};

const PLURAL: Record<string, string> = {
  "Not enough non-option arguments: got %s, need at least %s": "yargs.not-enough-args",
  "Too many non-option arguments: got %s, maximum of %s": "yargs.too-many-args",
  "Missing argument value: %s": "yargs.missing-value",
  "Missing required argument: %s": "yargs.missing-required",
  "Unknown argument: %s": "yargs.unknown-argument",
  "Unknown command: %s": "yargs.unknown-command",
};

export function yargsStrings(t: TFunction): Record<string, string | { one: string; other: string }> {
  const out: Record<string, string | { one: string; other: string }> = {};
  for (const [k, key] of Object.entries(SIMPLE)) out[k] = t(key);
  for (const [k, key] of Object.entries(PLURAL)) out[k] = { one: t(`${key}.one`), other: t(`${key}.other`) };
  return out;
}

/** The strings of yargs's own that have a key here (test/meta/i18n.test.ts: all of yargs/locales/en.json). */
export const YARGS_STRINGS = [...Object.keys(SIMPLE), ...Object.keys(PLURAL)];
export const YARGS_KEYS = [...Object.values(SIMPLE), ...Object.values(PLURAL).flatMap((k) => [`${k}.one`, `${k}.other`])];
