/**
 * Binary files given as articles: known file signatures first (so the message can name the kind of
 * file), then byte statistics. Text has no NUL bytes and next to no other control bytes; a few
 * stray ones (a damaged export) are tolerated and kept in the text.
 */

const SIGNATURES: readonly (readonly [string, readonly (number | string)[]])[] = [
  ['a PDF document', ['%PDF-']],
  ['a PNG image', [0x89, 'PNG\r\n']],
  ['a JPEG image', [0xff, 0xd8, 0xff]],
  ['a GIF image', ['GIF87a']],
  ['a GIF image', ['GIF89a']],
  ['a ZIP archive (or a .docx/.odt/.epub document)', ['PK', 0x03, 0x04]],
  ['a gzip archive', [0x1f, 0x8b]],
  ['an xz archive', [0xfd, '7zXZ', 0x00]],
  ['a 7-Zip archive', ['7z', 0xbc, 0xaf, 0x27, 0x1c]],
  ['a RAR archive', ['Rar!', 0x1a, 0x07]],
  ['an executable (ELF)', [0x7f, 'ELF']],
  ['a Word 97–2003 document', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]],
  ['an RTF document', ['{\\rtf']],
  ['a SQLite database', ['SQLite format 3', 0x00]],
  ['a WebAssembly module', [0x00, 'asm']],
];

const SIGNATURE_BYTES = SIGNATURES.map(([name, parts]) => [name, Uint8Array.from(parts.flatMap(toBytes))] as const);

function toBytes(part: number | string): number[] {
  return typeof part === 'number' ? [part] : [...part].map((c) => c.charCodeAt(0));
}

/** What kind of known binary file the bytes start like, if any. */
export function binarySignature(bytes: Uint8Array): string | undefined {
  for (const [name, sig] of SIGNATURE_BYTES) {
    if (bytes.length >= sig.length && sig.every((b, i) => bytes[i] === b)) return name;
  }
  return undefined;
}

/** Bytes examined for the statistics. */
const SAMPLE_BYTES = 64 * 1024;
/** More NUL bytes than this share means binary (random data has 1/256). */
export const MAX_NUL_SHARE = 0.002;
/** More control bytes (besides \t \n \v \f \r and ESC) than this share means binary. */
export const MAX_CONTROL_SHARE = 0.05;

export interface ControlBytes {
  readonly sampled: number;
  readonly nul: number;
  readonly control: number;
}

/** Counts NUL and other control bytes in the first 64 KiB. */
export function countControlBytes(bytes: Uint8Array): ControlBytes {
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  let nul = 0, control = 0;
  for (const b of sample) {
    if (b === 0) nul++;
    else if (isBinaryControl(b)) control++;
  }
  return { sampled: sample.length, nul, control };
}

/** The same count over decoded text (UTF-16), code unit by code unit. */
export function countControlCharacters(text: string): ControlBytes {
  const sampled = Math.min(text.length, SAMPLE_BYTES);
  let nul = 0, control = 0;
  for (let i = 0; i < sampled; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) nul++;
    else if (isBinaryControl(c)) control++;
  }
  return { sampled, nul, control };
}

function isBinaryControl(c: number): boolean {
  return (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0b && c !== 0x0c && c !== 0x0d && c !== 0x1b) || c === 0x7f;
}

/** Why the bytes look binary, or undefined when they may be text. */
export function binaryReason(bytes: Uint8Array): string | undefined {
  const signature = binarySignature(bytes);
  if (signature) return `the file is ${signature}, not article text`;
  return controlReason(countControlBytes(bytes), 'bytes');
}

/** Why decoded text (UTF-16 with a BOM) looks binary, or undefined. */
export function binaryTextReason(text: string): string | undefined {
  return controlReason(countControlCharacters(text), 'characters');
}

function controlReason(c: ControlBytes, unit: string): string | undefined {
  if (c.sampled === 0) return undefined;
  if (c.nul / c.sampled > MAX_NUL_SHARE) return `the file looks binary (${c.nul} NUL ${unit} in its first ${c.sampled}), not article text`;
  if ((c.nul + c.control) / c.sampled > MAX_CONTROL_SHARE) {
    return `the file looks binary (${c.nul + c.control} control ${unit} in its first ${c.sampled}), not article text`;
  }
  return undefined;
}
