/**
 * Pieces of `JSON.stringify(value, null, 2)` text, for writers that know the shape of what they
 * write (the audit and check reports: hundreds of megabytes). Each function gives exactly the text
 * JSON.stringify gives for that value at that place, indented by `pad` (the spaces of the line the
 * value starts on); plain data — strings, numbers, booleans, null, arrays, objects of
 * Object.prototype or none — is written here, anything else (toJSON, Date, boxed primitives, class
 * instances) by JSON.stringify itself, re-indented.
 */

/** JSON's text of a value that is not plain data (see above), at `pad`; undefined: JSON leaves it out. */
function foreign(v: unknown, pad: string): string | undefined {
  const text = JSON.stringify(v, null, 2) as string | undefined;
  return text === undefined || pad === "" || !text.includes("\n") ? text : text.replace(/\n/g, "\n" + pad);
}

/** The 2-space indentations, by depth. */
const PADS: string[] = [];
export function padOf(depth: number): string {
  while (PADS.length <= depth) PADS.push("  ".repeat(PADS.length));
  return PADS[depth]!;
}

/**
 * `JSON.stringify(v, null, 2)` for a value whose line starts with `pad` (the text's lines after the
 * first indented by it); undefined where JSON leaves the value out (undefined, a function, a symbol).
 */
export function jsonText(v: unknown, pad = ""): string | undefined {
  switch (typeof v) {
    case "string": return JSON.stringify(v);
    case "number": return Number.isFinite(v) ? String(v) : "null";
    case "boolean": return v ? "true" : "false";
    case "undefined": case "function": case "symbol": return undefined;
    case "object": {
      if (v === null) return "null";
      if (typeof (v as { toJSON?: unknown }).toJSON === "function") return foreign(v, pad);
      const inner = pad + "  ";
      if (Array.isArray(v)) {
        if (v.length === 0) return "[]";
        let out = "[\n" + inner;
        for (let i = 0; i < v.length; i++) {
          if (i > 0) out += ",\n" + inner;
          out += jsonText(v[i], inner) ?? "null";
        }
        return out + "\n" + pad + "]";
      }
      const proto = Object.getPrototypeOf(v) as unknown;
      if (proto !== Object.prototype && proto !== null) return foreign(v, pad);
      let out = "";
      for (const k of Object.keys(v)) {
        const text = jsonText((v as Record<string, unknown>)[k], inner);
        if (text === undefined) continue;
        out += (out === "" ? "{\n" : ",\n") + inner + JSON.stringify(k) + ": " + text;
      }
      return out === "" ? "{}" : out + "\n" + pad + "}";
    }
    default: return foreign(v, pad);
  }
}

/** JSON strings of names (check ids, severities, keys …) that come again and again. */
export class Quoted {
  private readonly map = new Map<string, string>();
  of(s: string): string {
    let q = this.map.get(s);
    if (q === undefined) {
      q = JSON.stringify(s);
      if (this.map.size < 100_000) this.map.set(s, q);
    }
    return q;
  }
}

/**
 * The members of a data object (a finding's `data`) given as names and values, at `pad` (the line
 * of its key): `{` … `}` as JSON writes it; one prefix per name made once per names array.
 */
export class DataText {
  private readonly keys = new WeakMap<readonly string[], string[]>();
  constructor(private readonly pad: string) {}
  text(names: readonly string[], values: readonly unknown[], at: number): string {
    let keys = this.keys.get(names);
    if (keys === undefined) {
      const inner = this.pad + "  ";
      keys = names.map((n) => `${inner}${JSON.stringify(n)}: `);
      this.keys.set(names, keys);
    }
    const inner = this.pad + "  ";
    let out = "";
    for (let k = 0; k < keys.length; k++) {
      const v = values[at + k];
      const text = typeof v === "string" ? JSON.stringify(v) : jsonText(v, inner);
      if (text === undefined) continue;
      out += (out === "" ? "{\n" : ",\n") + keys[k]! + text;
    }
    return out === "" ? "{}" : out + "\n" + this.pad + "}";
  }
}

/** Text gathered into pieces of at least `size` characters (fewer, larger writes). */
export class Gathered {
  text = "";
  constructor(private readonly size = 1 << 20) {}
  get full(): boolean { return this.text.length >= this.size; }
  take(): string {
    const t = this.text;
    this.text = "";
    return t;
  }
}
