export type Utf16Encoding = 'utf-16le' | 'utf-16be';

/** Code units examined. */
const SAMPLE_UNITS = 32 * 1024;
/** Share of code units that must be ordinary text characters for a UTF-16 reading to be taken. */
const MIN_PLAUSIBLE = 0.95;

/**
 * UTF-16 without a byte-order mark, recognized by its NUL-byte pattern: Russian and Latin text in
 * UTF-16 has a zero or 0x04 in every other byte. Both byte orders are read as code units; the one
 * whose units are almost all ordinary text characters (Latin, Cyrillic, punctuation, white space,
 * surrogate pairs) wins. Returns undefined when neither does (then the NULs mean binary).
 */
export function detectUtf16WithoutBom(bytes: Uint8Array): Utf16Encoding | undefined {
  const units = Math.min(Math.floor(bytes.length / 2), SAMPLE_UNITS);
  if (units === 0) return undefined;
  for (const encoding of ['utf-16le', 'utf-16be'] as const) {
    const little = encoding === 'utf-16le';
    let plausible = 0, zeroHigh = 0;
    for (let u = 0; u < units; u++) {
      const lo = bytes[2 * u + (little ? 0 : 1)]!;
      const hi = bytes[2 * u + (little ? 1 : 0)]!;
      if (hi === 0 && lo !== 0) zeroHigh++;
      if (isPlausibleUnit((hi << 8) | lo)) plausible++;
    }
    if (zeroHigh > 0 && plausible / units >= MIN_PLAUSIBLE) return encoding;
  }
  return undefined;
}

/** A code unit ordinary text is made of. */
function isPlausibleUnit(u: number): boolean {
  return (
    u === 0x09 || u === 0x0a || u === 0x0d ||
    (u >= 0x20 && u <= 0x7e) ||
    (u >= 0xa0 && u <= 0x24f) || // Latin-1 and Latin Extended
    (u >= 0x300 && u <= 0x52f) || // combining marks, Greek, Cyrillic
    (u >= 0x2000 && u <= 0x215f) || // punctuation, currency, letterlike (№)
    (u >= 0xd800 && u <= 0xdfff) || // surrogates: astral characters such as emoji
    u === 0xfeff
  );
}
