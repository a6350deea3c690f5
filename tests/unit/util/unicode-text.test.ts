import { describe, expect, it } from 'vitest';
import { quoteForMessage, printable } from '../../../src/util/message-text.js';
import { countControlCharacters, firstControlCharacter, hasLoneSurrogate, isBlankText, replaceLoneSurrogates, toMarkupSafe } from '../../../src/util/unicode-text.js';

describe('unicode-text', () => {
  it('finds and replaces lone surrogates only, one for one', () => {
    expect(hasLoneSurrogate('🙂 ok')).toBe(false);
    expect(hasLoneSurrogate('a\ud83d')).toBe(true);
    expect(hasLoneSurrogate('\ude42b')).toBe(true);
    expect(replaceLoneSurrogates('\ud83d🙂\ude42\ud83d\ud83d🙂')).toEqual({ text: '\ufffd🙂\ufffd\ufffd\ufffd🙂', replaced: 4 });
  });

  it('counts control characters other than tab, line feed and carriage return', () => {
    expect(countControlCharacters('a\tb\nc\r\n')).toBe(0);
    expect(countControlCharacters('\u0000\u000b\u000c\u001b\u007f\u0085')).toBe(6);
    expect(firstControlCharacter('ab\u0007c')).toEqual({ char: '\u0007', index: 2 });
  });

  it('makes text markup-safe without moving offsets', () => {
    const text = 'a\u0000b\u000cc\u0085\ufffe\ud800🙂\t\n';
    const safe = toMarkupSafe(text);
    expect(safe).toBe('a\ufffdb\u000cc\ufffd\ufffd\ufffd🙂\t\n');
    expect([...safe]).toHaveLength([...text].length);
  });

  it('knows blank text', () => {
    for (const t of ['', ' \n', '\u00a0\u3000', '\ufeff\u200b\u200d\u2060', '\u0000\u0001', '\u2028']) expect(isBlankText(t)).toBe(true);
    for (const t of ['Я', '.', '🙂', '\u0301', '1']) expect(isBlankText(t)).toBe(false);
  });
});

describe('message-text', () => {
  it('quotes input for a one-line message: short, and nothing that drives a terminal', () => {
    expect(quoteForMessage('2026-13-01')).toBe('"2026-13-01"');
    expect(quoteForMessage('a\nb\u001b[2J\u202e')).toBe('"a\\u{a}b\\u{1b}[2J\\u{202e}"');
    expect(quoteForMessage('я'.repeat(100))).toBe(`"${'я'.repeat(40)}…"`);
    expect(printable('new\nline.txt')).toBe('new\\u{a}line.txt');
    expect(printable('🙂 ok')).toBe('🙂 ok');
  });
});
