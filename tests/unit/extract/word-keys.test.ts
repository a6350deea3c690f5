import { describe, expect, it } from 'vitest';
import { nameWordKeys, stemWord, textWordKeys } from '../../../src/extract/word-keys.js';

describe('word keys', () => {
  it('gives the nominative and its inflections one stem', () => {
    const pairs: [string, string][] = [['россия', 'россии'], ['тяньцзинь', 'тяньцзине'], ['китайская', 'китайской'], ['известия', 'известий'], ['москва', 'москвой']];
    for (const [a, b] of pairs) {
      expect(stemWord(a)).toBe(stemWord(b));
    }
  });

  it('gives adjectives with a stem too short for a stem key an adjective key their other cases share (Южная: Южной, Новую), and no noun one', () => {
    const shared = (kb: string, text: string, lemmas: string[] = []) => nameWordKeys(kb).some((k) => textWordKeys(text, lemmas).includes(k));
    expect(shared('Южная', 'Южной', ['южный'])).toBe(true);
    expect(shared('Новая', 'Новую', ['новый'])).toBe(true);
    expect(shared('Малая', 'Малой', ['малый'])).toBe(true);
    expect(shared('Мали', 'Малой', ['малый'])).toBe(false);
    expect(shared('Прая', 'Прим', ['прима'])).toBe(false);
  });

  it('folds ё and case, and drops stems too short to be safe', () => {
    expect(textWordKeys('Горбачёва', [])).toEqual(expect.arrayContaining(nameWordKeys('Горбачев').filter((k) => k.startsWith('s:'))));
    expect(nameWordKeys('Мали')).toEqual(['f:мали']);
  });
});
