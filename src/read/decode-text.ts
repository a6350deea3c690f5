import { InputError } from '../errors.js';
import { replaceLoneSurrogates } from '../util/unicode-text.js';
import { CODEPAGE_NAME, guessCyrillicCodepage } from './cyrillic-codepage.js';
import { binaryReason, binaryTextReason } from './detect-binary.js';
import { detectUtf16WithoutBom, type Utf16Encoding } from './detect-utf16.js';
import { scanUtf8, type Utf8Scan } from './utf8-scan.js';

/** Decoded text, the encoding it was read in (a WHATWG label) and what the reader should know. */
export interface DecodedText {
  readonly text: string;
  readonly encoding: 'utf-8' | Utf16Encoding | 'windows-1251' | 'koi8-r';
  /** The encoding when it is not UTF-8, bytes that had to be replaced. */
  readonly warnings: readonly string[];
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
const utf8Lossy = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false });

/**
 * Bytes to text; throws an InputError (exit code 3) for what cannot be read without guessing.
 * UTF-8 (with or without BOM) as it is; UTF-16 by its BOM or, without one, by its NUL-byte
 * pattern; binary files refused; otherwise Windows-1251 or KOI8-R when Russian letter statistics
 * tell them apart clearly, else refused: never mojibake. A few broken UTF-8 sequences in UTF-8
 * text (a file cut in the middle of a letter) become U+FFFD with a warning.
 */
export function decodeBytes(bytes: Uint8Array, file: string): DecodedText {
  if (looksUtf32(bytes)) {
    throw encodingError('the file is UTF-32 text, which newsgraph does not read', file, 'UTF-32');
  }
  if (startsWith(bytes, [0xff, 0xfe])) return notBinary(decodeUtf16(bytes.subarray(2), 'utf-16le', 'read as UTF-16LE (byte-order mark)'), file);
  if (startsWith(bytes, [0xfe, 0xff])) return notBinary(decodeUtf16(bytes.subarray(2), 'utf-16be', 'read as UTF-16BE (byte-order mark)'), file);
  const hasUtf8Bom = startsWith(bytes, [0xef, 0xbb, 0xbf]);
  if (!hasUtf8Bom && bytes.includes(0)) {
    const utf16 = detectUtf16WithoutBom(bytes);
    if (utf16) return decodeUtf16(bytes, utf16, `read as ${utf16.toUpperCase()}: no byte-order mark, recognized by its NUL-byte pattern`);
  }
  const binary = binaryReason(bytes);
  if (binary) throw new InputError(binary, 'exporter.input.binary', { file, hint: 'give the article as a plain-text file' });
  try {
    return { text: utf8.decode(bytes), encoding: 'utf-8', warnings: [] };
  } catch {
    return decodeNotUtf8(bytes, file, hasUtf8Bom);
  }
}

/** Bytes to text (see decodeBytes), without the warnings. */
export function decodeText(bytes: Uint8Array, file: string): string {
  return decodeBytes(bytes, file).text;
}

function decodeNotUtf8(bytes: Uint8Array, file: string, hasUtf8Bom: boolean): DecodedText {
  const scan = scanUtf8(bytes);
  if (mostlyUtf8(scan)) {
    const where = `first at byte ${scan.firstInvalid}`;
    const warning = `${plural(scan.invalid, 'invalid UTF-8 byte sequence')} (${where}) replaced by U+FFFD`;
    return { text: utf8Lossy.decode(bytes), encoding: 'utf-8', warnings: [warning] };
  }
  const broken = `${plural(scan.invalid, 'invalid byte sequence')}, the first at byte ${scan.firstInvalid}`;
  if (hasUtf8Bom) throw encodingError(`the file starts with a UTF-8 byte-order mark but is not UTF-8 (${broken})`, file);
  if (mixedUtf8(scan)) {
    throw encodingError(`the file mixes UTF-8 (${plural(scan.multiByte, 'character')}) with text in another encoding (${broken})`, file);
  }
  const guess = guessCyrillicCodepage(bytes);
  if (guess.kind === 'found') {
    const name = CODEPAGE_NAME[guess.codepage];
    return { text: guess.text, encoding: guess.codepage, warnings: [`read as ${name}: not UTF-8; recognized by Russian letter statistics`] };
  }
  if (guess.kind === 'unsure') {
    throw encodingError(
      `the file is not UTF-8 (${broken}); it may be Windows-1251 or KOI8-R, but ${plural(guess.cyrillic, 'Cyrillic letter')} are too few to tell which`,
      file,
    );
  }
  throw encodingError(`the file is not UTF-8 (${broken}) and does not read as Russian text in Windows-1251 or KOI8-R`, file);
}

/**
 * UTF-8 with a few broken sequences (a cut or damaged character takes one to three): ten times as
 * many good non-ASCII characters as bad sequences, and at most one bad in fifty (or four in all).
 */
function mostlyUtf8(scan: Utf8Scan): boolean {
  return scan.multiByte >= 10 * scan.invalid && scan.invalid <= Math.max(4, Math.floor(scan.multiByte / 50));
}

/**
 * Many good UTF-8 sequences among the bad ones: UTF-8 pasted together with another encoding.
 * Windows-1251 and KOI8-R Russian form a valid UTF-8 pair about once in a hundred letters.
 */
function mixedUtf8(scan: Utf8Scan): boolean {
  return scan.multiByte >= 3 && scan.multiByte * 20 > scan.invalid;
}

/** UTF-16 code units to a string; unpaired surrogates become U+FFFD with a warning. */
function decodeUtf16(body: Uint8Array, encoding: Utf16Encoding, note: string): DecodedText {
  const even = Buffer.from(body.buffer, body.byteOffset, body.length - (body.length % 2));
  const units = encoding === 'utf-16le' ? even : Buffer.from(even).swap16();
  const { text, replaced } = replaceLoneSurrogates(units.toString('utf16le'));
  const warnings = [note];
  if (body.length % 2) warnings.push('the UTF-16 text has an odd number of bytes; the last byte was dropped');
  if (replaced) warnings.push(`${plural(replaced, 'unpaired surrogate')} (not a character) replaced by U+FFFD`);
  return { text, encoding, warnings };
}

/** Decoded text that turns out to be mostly NULs and controls is refused as binary all the same. */
function notBinary(decoded: DecodedText, file: string): DecodedText {
  const binary = binaryTextReason(decoded.text);
  if (binary) throw new InputError(binary, 'exporter.input.binary', { file, hint: 'give the article as a plain-text file' });
  return decoded;
}

/**
 * A UTF-32 byte-order mark followed by UTF-32 code units (each at most U+10FFFF); FF FE 00 00 alone
 * may also be UTF-16LE text starting with U+0000, which the units tell apart.
 */
function looksUtf32(bytes: Uint8Array): boolean {
  const little = startsWith(bytes, [0xff, 0xfe, 0x00, 0x00]);
  if (!little && !startsWith(bytes, [0x00, 0x00, 0xfe, 0xff])) return false;
  if (bytes.length % 4 !== 0) return false;
  const view = new DataView(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 4096));
  for (let i = 4; i + 4 <= view.byteLength; i += 4) if (view.getUint32(i, little) > 0x10ffff) return false;
  return true;
}

function encodingError(message: string, file: string, from = 'WINDOWS-1251'): InputError {
  return new InputError(message, 'exporter.input.encoding', { file, hint: `convert it to UTF-8, e.g. iconv -f ${from} -t UTF-8` });
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);
}

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
