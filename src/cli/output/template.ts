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
import type { TFunction } from "../../i18n";

const NAME = /^[a-z][A-Za-z0-9]*$/;
const OPTION_NAMES = new Set(["context", "ordinal", "lng", "lngs", "ns", "replace", "returnObjects", "returnDetails", "joinArrays", "postProcess", "interpolation", "skipInterpolation", "keyPrefix", "fallbackLng", "nsSeparator", "keySeparator", "defaultValue", "nest", "escapeValue", "formatParams", "lngIfNotFound"]);
const MARK = "\uE000", END = "\uE001";
const UNSAFE = /\{\{|\}\}|\$t\(|[\uE000\uE001]/;

type Data = Readonly<Record<string, string | number>>;
/** Text, then (marker index, text) pairs; null: this key and these names need t() itself. */
type Template = (string | number)[] | null;

/** A function giving exactly `t(key, data)`, by template where it can (see above). */
export function templated(t: TFunction): (key: string, data: Data) => string {
  const templates = new Map<string, Template>();
  const pluralKeys = new Map<string, string>();
  const template = (key: string, names: readonly string[]): Template => {
    const id = `${key}\u0000${names.join(",")}`;
    let tpl = templates.get(id);
    if (tpl !== undefined) return tpl;
    tpl = null;
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
  return (key, data) => {
    const names = Object.keys(data);
    let exact = key;
    for (const n of names) {
      const v = data[n];
      if (typeof v === "number" ? !Number.isFinite(v) : typeof v !== "string" || UNSAFE.test(v)) return t(key, { ...data }) as string;
      if (!NAME.test(n) || OPTION_NAMES.has(n)) return t(key, { ...data }) as string;
    }
    if (data.count !== undefined) {
      if (typeof data.count !== "number") return t(key, { ...data }) as string;
      const id = `${key}\u0000${data.count}`;
      let used = pluralKeys.get(id);
      if (used === undefined) {
        used = (t(key, { count: data.count, returnDetails: true }) as unknown as { exactUsedKey?: string }).exactUsedKey ?? "";
        pluralKeys.set(id, used);
      }
      if (!used) return t(key, { ...data }) as string;
      exact = used;
    }
    const tpl = template(exact, names);
    if (tpl === null) return t(key, { ...data }) as string;
    let out = tpl[0] as string;
    for (let k = 1; k < tpl.length; k += 2) out += String(data[names[tpl[k] as number]!]) + (tpl[k + 1] as string);
    return out;
  };
}
