import { describe, expect, it } from 'vitest';
import { nameWordKeys, stemWord, textWordKeys } from '../../../src/extract/word-keys.js';

describe('word keys', () => {
  it('gives the nominative and its inflections one stem', () => {
    const pairs: [string, string][] = [['россия', 'россии'], ['тяньцзинь', 'тяньцзине'], ['китайская', 'китайской'], ['известия', 'известий'], ['москва', 'москвой']];
    for (const [a, b] of pairs) {
      expect(stemWord(a)).toBe(stemWord(b));
    }
  });

  it('folds ё and case, and drops stems too short to be safe', () => {
    expect(textWordKeys('Горбачёва', [])).toEqual(expect.arrayContaining(nameWordKeys('Горбачев').filter((k) => k.startsWith('s:'))));
    expect(nameWordKeys('Мали')).toEqual(['f:мали']);
  });
});
