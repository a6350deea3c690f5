import { InputError } from '../errors.js';

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/**
 * Bytes to text: UTF-8 with or without BOM, UTF-16 with a BOM. Anything else is refused with a
 * clear message instead of turning into mojibake.
 */
export function decodeText(bytes: Uint8Array, file: string): string {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  }
  try {
    return utf8.decode(bytes); // drops a UTF-8 BOM
  } catch {
    throw new InputError('the file is not valid UTF-8 text', 'exporter.input.encoding', {
      file,
      hint: 'convert it to UTF-8, e.g. iconv -f WINDOWS-1251 -t UTF-8',
    });
  }
}
