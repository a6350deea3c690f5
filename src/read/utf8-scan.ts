/** What a byte-by-byte UTF-8 check found in bytes that did not decode strictly. */
export interface Utf8Scan {
  /** Well-formed sequences of two to four bytes (the non-ASCII characters). */
  readonly multiByte: number;
  /** Ill-formed sequences (each maximal ill-formed subpart counts once, as TextDecoder replaces it). */
  readonly invalid: number;
  /** Byte offset of the first ill-formed sequence, -1 when there is none. */
  readonly firstInvalid: number;
}

/**
 * Counts well-formed and ill-formed UTF-8 sequences (Unicode's "maximal subpart" rule: surrogates
 * encoded in UTF-8, overlong forms and code points above U+10FFFF are ill-formed). Linear.
 */
export function scanUtf8(bytes: Uint8Array): Utf8Scan {
  let multiByte = 0, invalid = 0, firstInvalid = -1;
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const length = wellFormedLength(bytes, i);
    if (length > 0) {
      multiByte++;
      i += length;
    } else {
      invalid++;
      if (firstInvalid < 0) firstInvalid = i;
      i += Math.max(1, -length);
    }
  }
  return { multiByte, invalid, firstInvalid };
}

/**
 * The length of the well-formed sequence at `i`, or minus the length of the ill-formed subpart to
 * skip (at least 1). Table 3-7 of the Unicode standard gives the allowed second bytes.
 */
function wellFormedLength(bytes: Uint8Array, i: number): number {
  const b = bytes[i]!;
  let need: number, lo = 0x80, hi = 0xbf;
  if (b >= 0xc2 && b <= 0xdf) need = 1;
  else if (b >= 0xe0 && b <= 0xef) {
    need = 2;
    if (b === 0xe0) lo = 0xa0;
    if (b === 0xed) hi = 0x9f;
  } else if (b >= 0xf0 && b <= 0xf4) {
    need = 3;
    if (b === 0xf0) lo = 0x90;
    if (b === 0xf4) hi = 0x8f;
  } else return -1;
  for (let k = 1; k <= need; k++) {
    const c = bytes[i + k];
    const [min, max] = k === 1 ? [lo, hi] : [0x80, 0xbf];
    if (c === undefined || c < min || c > max) return -k;
  }
  return need + 1;
}
