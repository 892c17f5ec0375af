/**
 * A set of texts by a 32-bit FNV-1a hash of their UTF-16 code units, held in one typed array (open
 * addressing): "may this text be in the set?" answered without a false no, and with a false yes about
 * once in 2^32 / size. A prefix of a text is hashed as it is read, one code unit at a time, so every
 * prefix of a text is asked about in one pass (fnvStep). Import uses it before its exact look-ups
 * (the segments' normalised texts: a unit's prefixes, most of which are no segment). Pure: no I/O.
 */

/** FNV-1a's 32-bit offset basis: the hash of "". */
export const FNV_START = 0x811c9dc5;

/** The hash of a text one code unit longer. */
export const fnvStep = (h: number, code: number): number => Math.imul(h ^ code, 0x01000193) >>> 0;

/** The hash of `text` (from `h`: a hash of the text before it). */
export function fnv(text: string, h = FNV_START): number {
  for (let i = 0; i < text.length; i++) h = fnvStep(h, text.charCodeAt(i));
  return h;
}

/** Hashes of texts, at least twice as many slots as hashes (0 marks a free slot: a hash 0 is kept as 1). */
export class TextFilter {
  private slots: Uint32Array;
  private mask: number;
  private count = 0;

  constructor(expected = 0) {
    let size = 16;
    while (size < expected * 2) size *= 2;
    this.slots = new Uint32Array(size);
    this.mask = size - 1;
  }

  /** Adds a text by its hash (fnv). */
  addHash(hash: number): void {
    const h = hash || 1;
    for (let i = h & this.mask; ; i = (i + 1) & this.mask) {
      const s = this.slots[i]!;
      if (s === h) return;
      if (s === 0) {
        this.slots[i] = h;
        if (++this.count * 2 > this.slots.length) this.grow();
        return;
      }
    }
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Uint32Array(old.length * 2);
    this.mask = this.slots.length - 1;
    this.count = 0;
    for (const h of old) if (h !== 0) this.addHash(h);
  }

  /** May a text with this hash (fnv) be in the set? Never false for one added. */
  mayHave(hash: number): boolean {
    const h = hash || 1;
    for (let i = h & this.mask; ; i = (i + 1) & this.mask) {
      const s = this.slots[i]!;
      if (s === h) return true;
      if (s === 0) return false;
    }
  }
}
