/**
 * Offsets in the model and in NIF are Unicode code points; JavaScript strings index UTF-16 code
 * units. A CodePointIndex converts between the two in O(1) after an O(n) scan, and costs nothing
 * for texts without astral characters (the common case: both units agree).
 */
export class CodePointIndex {
  readonly text: string;
  /** utf16 offset -> code point offset, only when the text has surrogate pairs. */
  private readonly toCp: Uint32Array | null;
  /** code point offset -> utf16 offset, only when the text has surrogate pairs. */
  private readonly toUnit: Uint32Array | null;
  readonly length: number;

  constructor(text: string) {
    this.text = text;
    if (!/[\uD800-\uDBFF][\uDC00-\uDFFF]/.test(text)) {
      this.toCp = null;
      this.toUnit = null;
      this.length = text.length;
      return;
    }
    const toCp = new Uint32Array(text.length + 1);
    const toUnit: number[] = [];
    let cp = 0;
    for (let i = 0; i < text.length; i++) {
      toCp[i] = cp;
      toUnit.push(i);
      const c = text.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
        const d = text.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) {
          toCp[i + 1] = cp; // the middle of a pair maps to its code point
          i++;
        }
      }
      cp++;
    }
    toCp[text.length] = cp;
    toUnit.push(text.length);
    this.toCp = toCp;
    this.toUnit = Uint32Array.from(toUnit);
    this.length = cp;
  }

  /** Code point offset of a UTF-16 offset. */
  cp(unit: number): number {
    return this.toCp ? (this.toCp[unit] ?? this.length) : unit;
  }

  /** UTF-16 offset of a code point offset. */
  unit(cp: number): number {
    return this.toUnit ? (this.toUnit[cp] ?? this.text.length) : cp;
  }

  /** The text between two code point offsets. */
  slice(startCp: number, endCp: number): string {
    return this.text.slice(this.unit(startCp), this.unit(endCp));
  }
}

/** Length of a string in code points. */
export function codePointLength(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}
