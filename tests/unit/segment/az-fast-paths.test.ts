import Az from 'az';
import { describe, expect, it } from 'vitest';
import { loadMorphology } from '../../../src/segment/az-morphology.js';

await loadMorphology(); // installs the fast paths once az is loaded

const NOT_PRODUCTIVE = ['NUMR', 'NPRO', 'PRED', 'PREP', 'CONJ', 'PRCL', 'INTJ', 'Apro', 'NUMB', 'ROMN', 'LATN', 'PNCT', 'UNKN'];
const NAME_LIKE = ['Name', 'Surn', 'Patr', 'Geox', 'Init'];

/** Words of every kind az reads differently: dictionary words with and without е/ё, doubled letters, hyphens, names, unknown words, abbreviations, numbers, Latin, punctuation. */
const WORDS = [
  'Москва', 'Москве', 'слово', 'и', 'в', 'три', 'Иванович', 'Петров', 'он', 'привет', 'XIV', 'стали', 'ещё', 'еще', 'Ёлка', 'елка',
  'Нассер', 'Геннадий', 'Белоруссии', 'Армии', 'телефонном', 'введения', 'СССР', 'ООО', 'Маррокко', 'нееет', 'д-да', 'по-русски',
  'Ростелеком', 'Шойгу', 'Зеленский', 'Кузьмича', 'бюджетообразующий', 'суперзвезда', 'квазиобъект', 'ВКонтакте', 'ЛенСпецСМУ',
  '2024', '3,5', 'iPhone', 'Cолист', '—', 'пра-пра-правнук', 'Эр-Рияд', 'аль-Асад', 'кто-то', 'Нью-Йорк', 'Ходжатолла', 'Клегг', '',
];

describe('az fast paths', () => {
  it('read every kind of word exactly as az does without them', () => {
    const dawg = (Az as unknown as { DAWG: { prototype: { findAll: unknown; findAllEveryPath: unknown } } }).DAWG.prototype;
    const shortcut = dawg.findAll;
    expect(dawg.findAllEveryPath).toBeTypeOf('function');
    expect(shortcut).not.toBe(dawg.findAllEveryPath);
    const read = (w: string) => Az.Morph(w).map((p) => `${String(p)}|${String(p.tag)}|${p.score}|${p.parser}|${p.stutterCnt}|${String(p.normalize())}`);
    for (const word of WORDS) {
      const fast = read(word);
      dawg.findAll = dawg.findAllEveryPath;
      try {
        expect(fast, word).toEqual(read(word));
      } finally {
        dawg.findAll = shortcut;
      }
    }
  });

  it('remember the per-tag tests with the answers az gives, every time', () => {
    const tags = WORDS.flatMap((w) => Az.Morph(w).map((p) => p.tag));
    expect(tags.length).toBeGreaterThan(100);
    for (let pass = 0; pass < 2; pass++) {
      for (const tag of tags) {
        const t = tag as unknown as Record<string, unknown> & { isProductive(): unknown; isCapitalized(): unknown };
        expect(Boolean(t.isProductive())).toBe(!NOT_PRODUCTIVE.some((g) => t[g]));
        expect(Boolean(t.isCapitalized())).toBe(NAME_LIKE.some((g) => t[g]));
        expect(String(tag)).toBe(`${(t.stat as string[]).join(',')} ${(t.flex as string[]).join(',')}`.trim());
      }
    }
  });
});
