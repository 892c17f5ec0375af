/**
 * i18n — the only place where message keys become sentences. Each feature keeps its messages in
 * `locales/<lang>/<area>.json`; the files of a language are deep-merged at load time (a key defined
 * in two files is a programmer error, caught by test/meta/i18n.test.ts). English check messages
 * come from each check's `meta.messages` (see src/check), Indonesian ones from `locales/id`.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import i18next, { type i18n as I18n, type TFunction } from "i18next";

export type Lang = "en" | "id";
export const LANGS: readonly Lang[] = ["en", "id"];
export type { TFunction };

type Tree = { [k: string]: string | Tree };

function localesDir(): string {
  // Running from src (ts-jest) or from dist/src (compiled): the JSON files stay in src/.
  const candidates = [
    path.join(__dirname, "locales"),
    path.resolve(__dirname, "../../../src/i18n/locales"),
  ];
  for (const c of candidates) if (fs.existsSync(path.join(c, "en"))) return c;
  throw new Error(`Invariant failed: locale directory not found near ${__dirname}`);
}

function deepMerge(target: Tree, source: Tree, where: string, file: string): void {
  for (const [k, v] of Object.entries(source)) {
    const existing = target[k];
    if (typeof v === "object" && v !== null) {
      if (existing === undefined) target[k] = {};
      else if (typeof existing !== "object") throw new Error(`Invariant failed: i18n key ${where}${k} clashes (${file})`);
      deepMerge(target[k] as Tree, v, `${where}${k}.`, file);
    } else {
      if (existing !== undefined) throw new Error(`Invariant failed: i18n key ${where}${k} defined twice (${file})`);
      target[k] = v;
    }
  }
}

const cache = new Map<Lang, Tree>();

/** All messages of one language, merged from its files (and extra trees such as check messages). */
export function loadResources(lang: Lang): Tree {
  const hit = cache.get(lang);
  if (hit) return hit;
  const dir = path.join(localesDir(), lang);
  const tree: Tree = {};
  for (const f of fs.readdirSync(dir).filter((f) => f.endsWith(".json")).sort()) {
    const data = JSON.parse(fs.readFileSync(path.join(dir, f), "utf8")) as Tree;
    deepMerge(tree, data, "", `${lang}/${f}`);
  }
  for (const extra of extraResources) {
    const t = extra(lang);
    if (t) deepMerge(tree, t, "", "extra");
  }
  cache.set(lang, tree);
  return tree;
}

type ExtraProvider = (lang: Lang) => Tree | undefined;
const extraResources: ExtraProvider[] = [];
/** The instances createT made (weakly held): messages registered later are added to them too. */
const instances = new Set<WeakRef<I18n>>();
/**
 * Registers messages that live in code (e.g. check metadata): every instance createT makes from now
 * on has them, and so have those it made before (the CLI makes its instance when it starts and loads
 * a command's modules, which may register messages, only when the command runs).
 */
export function registerResources(provider: ExtraProvider): void {
  extraResources.push(provider);
  cache.clear();
  for (const ref of instances) {
    const instance = ref.deref();
    if (!instance) { instances.delete(ref); continue; }
    for (const lang of LANGS) {
      const tree = provider(lang);
      if (tree) instance.addResourceBundle(lang, "translation", tree, true, false);
    }
  }
}

/**
 * Picks the interface language: explicit flag, else SELARAS_LANG (Selaras in Indonesian on a machine
 * whose LANG is English, as a newsroom's often is), else LC_ALL / LC_MESSAGES / LANG, else English.
 */
export function resolveLang(flag: string | undefined, env: NodeJS.ProcessEnv): Lang {
  const candidates = [flag, env.SELARAS_LANG, env.LC_ALL, env.LC_MESSAGES, env.LANG];
  for (const c of candidates) {
    if (!c) continue;
    const base = c.toLowerCase().split(/[._@-]/)[0];
    if (base === "id" || base === "in") return "id";
    if (base === "en") return "en";
    if (c === flag || c === env.SELARAS_LANG) return "en";
  }
  return "en";
}

/**
 * A t function over a resource tree of one language, as the workbench's page makes its own from
 * /api/i18n/<lang> (the server words what the page would, e.g. to search findings by their text).
 */
export function createTOfTree(lang: Lang, tree: Record<string, unknown>): TFunction {
  const instance = newInstance(lang, { [lang]: { translation: tree } });
  return instance.t.bind(instance) as TFunction;
}

/** A fresh i18next instance (never the global one) over these resources, initialised at once. */
function newInstance(lang: Lang, resources: Record<string, { translation: unknown }>, fallbackLng?: Lang): I18n {
  const instance = i18next.createInstance();
  void instance.init({
    lng: lang,
    ...(fallbackLng ? { fallbackLng } : {}),
    resources,
    interpolation: { escapeValue: false },
    initAsync: false,
    returnNull: false,
  } as Parameters<typeof instance.init>[0]);
  return instance;
}

const decimalFormats = new Map<string, (n: number) => string>();
/**
 * A number with `digits` decimals as the language writes it (English 1,234.5, Indonesian 1.234,5),
 * for output made without t() (templates, table cells); messages format with `{{x, number(…)}}`.
 */
export function decimalFormat(lang: Lang, digits: number): (n: number) => string {
  const id = `${lang}:${digits}`;
  let f = decimalFormats.get(id);
  if (!f) {
    const nf = new Intl.NumberFormat(lang === "id" ? "id-ID" : "en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });
    f = (n: number) => nf.format(n);
    decimalFormats.set(id, f);
  }
  return f;
}

/** A fresh i18next instance (never the global one), English as fallback. */
export function createT(lang: Lang): TFunction {
  const instance = newInstance(lang, { en: { translation: loadResources("en") }, id: { translation: loadResources("id") } }, "en");
  instances.add(new WeakRef(instance));
  return instance.t.bind(instance) as TFunction;
}

/**
 * The data names of messages that hold counts (`{{count}} segments`, `{{created}} created`): in
 * text output a count is written grouped as the language writes it (12,345; Indonesian 12.345).
 * Other numbers — line and column numbers, ids, ordinals, ports, years, scores — are never grouped,
 * and a name missing here only leaves its count ungrouped.
 */
export const COUNT_NAMES: ReadonlySet<string> = new Set([
  "added", "beads", "boilerplate", "bytes", "candidates", "changed", "chars", "compliant", "concepts", "confirmed", "conflicts", "count",
  "created", "documents", "done", "edited", "entries", "errors", "infos", "inserted", "joined", "kept", "length", "limit", "moved",
  "never", "occurrences", "pairs", "propagated", "records", "removed", "removedCount", "renderings", "replaced",
  "saved", "seen", "skipped", "sourceWords", "suppressed", "targetWords", "terms", "total", "translatable",
  "translated", "unchanged", "units", "untranslated", "updated", "warnings", "words",
]);

/** A t() that also says how it writes a value it is given (`templated` puts values in by itself). */
export type ShowingT = TFunction & { shownValue(name: string, value: unknown): string };

/**
 * `t` with the counts it is given (COUNT_NAMES, whole numbers) written grouped as `lang` writes them:
 * the CLI's text output (never its JSON, nor a data format). The plural form is still chosen by the
 * number: the grouped figures are given to i18next as `replace`, its data to interpolate.
 */
export function groupingCounts(t: TFunction, lang: Lang): ShowingT {
  const nf = { format: decimalFormat(lang, 0) };
  const grouped = (name: string, v: unknown): v is number => typeof v === "number" && Number.isInteger(v) && Math.abs(v) >= 1000 && COUNT_NAMES.has(name);
  const plain = t as unknown as (...a: unknown[]) => unknown;
  const call = (...args: unknown[]): unknown => {
    const options = args[1];
    if (args.length === 2 && typeof options === "object" && options !== null && !Array.isArray(options) && !("replace" in options)) {
      let replace: Record<string, unknown> | undefined;
      for (const [k, v] of Object.entries(options)) {
        if (grouped(k, v)) (replace ??= { ...options })[k] = nf.format(v);
      }
      if (replace) return plain(args[0], { ...options, replace });
    }
    return plain(...args);
  };
  return Object.assign(call, { shownValue: (name: string, value: unknown) => (grouped(name, value) ? nf.format(value) : String(value)) }) as unknown as ShowingT;
}
