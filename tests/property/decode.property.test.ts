import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../src/read/decode-text.js';
import { parseArticleText } from '../../src/read/read-article.js';
import { InputError } from '../../src/errors.js';
import { codePointLength } from '../../src/util/code-points.js';
import { hasLoneSurrogate, replaceLoneSurrogates } from '../../src/util/unicode-text.js';
import { encodeSingleByte, koi8Typography, utf16 } from '../hostile/helpers/single-byte.js';
import { hostileText, runs, russianText, russianText20 } from './arbitraries.js';

/** Decoding either gives back exactly the text or refuses with an InputError: never mojibake. */
function exactOrRefused(bytes: Uint8Array, text: string): void {
  try {
    expect(decodeBytes(bytes, 'a.txt').text).toBe(text);
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    expect(e.code).toMatch(/^exporter\.input\.(encoding|binary)$/);
  }
}

describe('decoding, for random Russian text', () => {
  it('Windows-1251 and KOI8-R decode exactly or are refused', () => {
    fc.assert(
      fc.property(russianText, fc.constantFrom('windows-1251', 'koi8-r') as fc.Arbitrary<'windows-1251' | 'koi8-r'>, (raw, codepage) => {
        const text = codepage === 'koi8-r' ? koi8Typography(raw) : raw;
        exactOrRefused(encodeSingleByte(text, codepage), text);
      }),
      { numRuns: runs(300) },
    );
  });

  it('texts of 20 words or more are never refused', () => {
    fc.assert(
      fc.property(russianText20, fc.constantFrom('windows-1251', 'koi8-r') as fc.Arbitrary<'windows-1251' | 'koi8-r'>, (raw, codepage) => {
        const text = codepage === 'koi8-r' ? koi8Typography(raw) : raw;
        expect(decodeBytes(encodeSingleByte(text, codepage), 'a.txt').text).toBe(text);
      }),
      { numRuns: runs(200) },
    );
  });

  it('UTF-8 and UTF-16 with a BOM always decode exactly (lone surrogates aside)', () => {
    fc.assert(
      fc.property(hostileText, fc.constantFrom('utf-8', 'le', 'be'), (text, enc) => {
        const wellFormed = replaceLoneSurrogates(text).text;
        const bytes = enc === 'utf-8' ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(wellFormed)]) : utf16(wellFormed, enc as 'le' | 'be', true);
        try {
          expect(decodeBytes(bytes, 'a.txt').text).toBe(wellFormed);
        } catch (e) {
          // Many NULs and controls make a file binary, whatever its encoding says.
          expect((e as InputError).code).toBe('exporter.input.binary');
        }
      }),
      { numRuns: runs(300) },
    );
  });
});

describe('parseArticleText, for random Unicode text', () => {
  it('keeps the length in code points, leaves no lone surrogate, and refuses only blank text', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        try {
          const doc = parseArticleText(text, 'a.txt');
          const withoutBom = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
          expect(codePointLength(doc.text)).toBe(codePointLength(withoutBom));
          expect(hasLoneSurrogate(doc.text)).toBe(false);
        } catch (e) {
          expect((e as InputError).code).toBe('exporter.input.empty');
        }
      }),
      { numRuns: runs(500) },
    );
  });
});
