/**
 * Messages by template, for output that prints the same few messages many times (`selaras status`
 * of 10,000 documents: i18next's t() resolves, pluralises and interpolates each line afresh, about
 * 30 µs a call). A message's template is what t() gives for its key when each value is a marker; a
 * message is then the template with the values in the markers' places. That is exactly t()'s
 * message where t() does nothing but put each value in its place, which holds when no data name is
 * another of t()'s options (context, ordinal, …), no value holds what t() would read again (`{{`,
 * `}}`, `$t(`) or a marker, and — for plurals — the template is the one of the key t() itself picks
 * for that `count` (asked of t() once per count value: `returnDetails`). Otherwise t() is called.
 */
import type { ShowingT, TFunction } from "../../i18n";

const NAME = /^[a-z][A-Za-z0-9]*$/;
const OPTION_NAMES = new Set(["context", "ordinal", "lng", "lngs", "ns", "replace", "returnObjects", "returnDetails", "joinArrays", "postProcess", "interpolation", "skipInterpolation", "keyPrefix", "fallbackLng", "nsSeparator", "keySeparator", "defaultValue", "nest", "escapeValue", "formatParams", "lngIfNotFound"]);
const MARK = "\uE000", END = "\uE001";
const UNSAFE = /\{\{|\}\}|\$t\(|[\uE000\uE001]/;
/** An interpolation with a format (`{{ratio, number(…)}}`). */
const FORMATTED = /\{\{[^}]*,[^}]*\}\}/;

type Data = Readonly<Record<string, string | number>>;
/** Text, then (marker index, text) pairs; null: this key and these names need t() itself. */
type Template = (string | number)[] | null;

/** Per set of data names (one array, shared): whether templates may serve them, and where `count` is (-1: none). */
interface NamesInfo { readonly ok: boolean; readonly count: number }

/**
 * Messages by template (see above): `message(key, data)` is exactly `t(key, data)`;
 * `values(key, names, values, at)` is exactly `t(key, data)` for the data whose names are `names`
 * in that order (each a plain name: see ItemCursor) and values `values[at…]`, without the object.
 */
export interface Templater {
  (key: string, data: Data): string;
  values(key: string, names: readonly string[], values: readonly unknown[], at: number): string;
}

/** A function giving exactly `t(key, data)`, by template where it can (see above). */
export function templated(t: TFunction): Templater {
  // (how t() writes a value: the CLI's text output groups counts, see groupingCounts)
  const show = (t as Partial<ShowingT>).shownValue ?? ((_name: string, v: unknown) => String(v));
  const templates = new Map<string, Template>();
  /** Templates by names array (shared arrays: `values`), then key. */
  const byNames = new WeakMap<readonly string[], Map<string, Template>>();
  const namesInfo = new WeakMap<readonly string[], NamesInfo>();
  /** Per key, per count: the key t() uses for that count ("": none, t() is called). */
  const pluralKeys = new Map<string, Map<number, string>>();
  const template = (key: string, names: readonly string[]): Template => {
    const id = `${key}\u0000${names.join(",")}`;
    let tpl = templates.get(id);
    if (tpl !== undefined) return tpl;
    tpl = null;
    // a value t() formats ({{score, number(…)}}: the language's decimal comma) is not put in by template
    if (FORMATTED.test(t(key, { skipInterpolation: true }) as string)) { templates.set(id, tpl); return tpl; }
    const marked: Record<string, string> = {};
    names.forEach((n, k) => { marked[n] = `${MARK}${k}${END}`; });
    // (a string `count` is interpolated, not used to choose a plural form: the key is already exact)
    const text = t(key, marked) as string;
    const parts: (string | number)[] = [];
    const re = new RegExp(`${MARK}(\\d+)${END}`, "g");
    let last = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) { parts.push(text.slice(last, m.index), Number(m[1])); last = m.index + m[0].length; }
    parts.push(text.slice(last));
    // a marker t() changed (formatted, cut): t() for every message of this key
    if (!parts.some((p) => typeof p === "string" && (p.includes(MARK) || p.includes(END)))) tpl = parts;
    templates.set(id, tpl);
    return tpl;
  };
  /** The key t() uses for `key` with this count ("": t() must be called). */
  const pluralKey = (key: string, count: number): string => {
    let byCount = pluralKeys.get(key);
    if (byCount === undefined) pluralKeys.set(key, (byCount = new Map()));
    let used = byCount.get(count);
    if (used === undefined) {
      used = (t(key, { count, returnDetails: true }) as unknown as { exactUsedKey?: string }).exactUsedKey ?? "";
      byCount.set(count, used);
    }
    return used;
  };
  const safe = (v: unknown) => (typeof v === "number" ? Number.isFinite(v) : typeof v === "string" && !UNSAFE.test(v));
  const namesOk = (names: readonly string[]) => names.every((n) => NAME.test(n) && !OPTION_NAMES.has(n));
  const message = ((key, data) => {
    const names = Object.keys(data);
    let exact = key;
    for (const n of names) if (!safe(data[n])) return t(key, { ...data }) as string;
    if (!namesOk(names)) return t(key, { ...data }) as string;
    if (data.count !== undefined) {
      if (typeof data.count !== "number") return t(key, { ...data }) as string;
      exact = pluralKey(key, data.count);
      if (!exact) return t(key, { ...data }) as string;
    }
    const tpl = template(exact, names);
    if (tpl === null) return t(key, { ...data }) as string;
    let out = tpl[0] as string;
    for (let k = 1; k < tpl.length; k += 2) { const name = names[tpl[k] as number]!; out += show(name, data[name]) + (tpl[k + 1] as string); }
    return out;
  }) as Templater;
  message.values = (key, names, values, at) => {
    const whole = () => {
      const data: Record<string, unknown> = {};
      for (let k = 0; k < names.length; k++) data[names[k]!] = values[at + k];
      return t(key, data) as string;
    };
    let info = namesInfo.get(names);
    if (info === undefined) namesInfo.set(names, (info = { ok: namesOk(names), count: names.indexOf("count") }));
    if (!info.ok) return whole();
    for (let k = 0; k < names.length; k++) if (!safe(values[at + k])) return whole();
    let exact = key;
    if (info.count >= 0) {
      const count = values[at + info.count];
      if (typeof count !== "number") return whole();
      exact = pluralKey(key, count);
      if (!exact) return whole();
    }
    let mine = byNames.get(names);
    if (mine === undefined) byNames.set(names, (mine = new Map()));
    let tpl = mine.get(exact);
    if (tpl === undefined) mine.set(exact, (tpl = template(exact, names)));
    if (tpl === null) return whole();
    let out = tpl[0] as string;
    for (let k = 1; k < tpl.length; k += 2) out += show(names[tpl[k] as number]!, values[at + (tpl[k] as number)]) + (tpl[k + 1] as string);
    return out;
  };
  return message;
}
