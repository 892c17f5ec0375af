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
    case "string": return jsonString(v);
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
        out += (out === "" ? "{\n" : ",\n") + inner + jsonString(k) + ": " + text;
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
      const text = typeof v === "string" ? jsonString(v) : jsonText(v, inner);
      if (text === undefined) continue;
      out += (out === "" ? "{\n" : ",\n") + keys[k]! + text;
    }
    return out === "" ? "{}" : out + "\n" + this.pad + "}";
  }
}

/** Characters a JSON string writes escaped (or may: every surrogate, paired or not). */
// eslint-disable-next-line no-control-regex
const ESCAPED = /["\\\u0000-\u001f\ud800-\udfff]/;

/** `JSON.stringify(s)` for a string, without JSON's pass over the common one that needs no escape. */
export function jsonString(s: string): string {
  return ESCAPED.test(s) ? JSON.stringify(s) : `"${s}"`;
}

/** Buffer's own UTF-8 writer (what buf.write(s, at) calls, without reading its arguments again). */
interface Utf8Writer { utf8Write(s: string, at: number): number }

/**
 * Text gathered into pieces of about `size` (fewer, larger writes): as strings, or (`bytes`) as its
 * UTF-8 bytes written into buffers as it comes (no long string to build and flatten, then encode).
 * A writer adds text and, when `full`, hands on `drain()`'s pieces. A piece of bytes is good until
 * the next text is added (its buffer is then used again: no fresh memory to fault in per piece):
 * a reader of a generator that yields them has written each piece before it asks for the next.
 */
export class Gathered<T extends string | Uint8Array> {
  private text = "";
  private buf: Buffer | undefined;
  private used = 0;
  private readonly ready: T[] = [];
  /** Buffers of ready pieces; those handed out by drain(); those free to use again. */
  private readonly readyBuffers: Buffer[] = [];
  private lent: Buffer[] = [];
  private readonly spare: Buffer[] = [];
  /** A buffer's size: `size` and room for the text that fills it past `size`. */
  private readonly capacity: number;
  /** `size`: by default 1 MiB of bytes, or 64 Ki characters of text (a longer string would outlive the young generation before it is written). */
  constructor(private readonly bytes: T extends Uint8Array ? true : false, private readonly size = bytes ? 1 << 20 : 1 << 16) {
    this.capacity = size + (size >> 2);
  }
  private fresh(bytes: number): Buffer {
    return bytes <= this.capacity && this.spare.length > 0 ? this.spare.pop()! : Buffer.allocUnsafe(Math.max(this.capacity, bytes));
  }
  add(s: string): void {
    if (!this.bytes) { this.text += s; return; }
    // (a UTF-16 unit is at most 3 bytes of UTF-8)
    const buf = this.room(3 * s.length);
    this.used += (buf as unknown as Utf8Writer).utf8Write(s, this.used);
  }
  /**
   * Gathers bytes: UTF-8 [start, end) of `bytes` in quotes, a JSON string with nothing to escape,
   * then the text `then` (pieces of bytes only: see `takesBytes`).
   */
  addQuoted(bytes: Uint8Array, start: number, end: number, then: string): void {
    const buf = this.room(end - start + 2 + 3 * then.length);
    let at = this.used;
    buf[at++] = 0x22;
    buf.set(bytes.subarray(start, end), at);
    at += end - start;
    buf[at++] = 0x22;
    this.used = then === "" ? at : at + (buf as unknown as Utf8Writer).utf8Write(then, at);
  }
  /** Does it gather bytes (addQuoted)? */
  get takesBytes(): boolean {
    return this.bytes;
  }
  /** The buffer to write `most` more bytes into, at `used`. */
  private room(most: number): Buffer {
    if (this.lent.length > 0) {
      for (const b of this.lent) if (b.length === this.capacity && this.spare.length < 2) this.spare.push(b);
      this.lent = [];
    }
    if (this.buf === undefined) { this.buf = this.fresh(most); this.used = 0; }
    else if (this.used + most > this.buf.length) {
      this.ready.push(this.buf.subarray(0, this.used) as unknown as T);
      this.readyBuffers.push(this.buf);
      this.buf = this.fresh(most);
      this.used = 0;
    }
    return this.buf;
  }
  get full(): boolean {
    return this.bytes ? this.ready.length > 0 || this.used >= this.size : this.text.length >= this.size;
  }
  /** The pieces gathered so far (then none). */
  drain(): T[] {
    if (!this.bytes) {
      const t = this.text;
      this.text = "";
      return t === "" ? [] : [t as T];
    }
    const out = this.ready.splice(0);
    this.lent = this.readyBuffers.splice(0);
    if (this.buf !== undefined) {
      if (this.used > 0) out.push(this.buf.subarray(0, this.used) as unknown as T);
      this.lent.push(this.buf);
    }
    this.buf = undefined;
    this.used = 0;
    return out;
  }
}
