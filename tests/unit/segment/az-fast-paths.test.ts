import Az from 'az';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
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
  // words the dictionary lacks, guessed from their endings (with по-/наи- stripped too)
  'Клегга', 'Ходжатоллы', 'Шпильмана', 'Коваленковой', 'понаехавшими', 'поклеггски', 'наиклеггейший', 'ютуберами', 'хайпанули', 'зумеров',
];

describe('az fast paths', () => {
  it('read every kind of word exactly as az does without them', () => {
    const dawg = (Az as unknown as { DAWG: { prototype: Record<'findAll' | 'findAllEveryPath' | 'followString' | 'followStringAz', unknown> } }).DAWG.prototype;
    const parsers = (Az.Morph as unknown as { Parsers: Record<string, unknown> }).Parsers;
    const [lookup, follow, guesser] = [dawg.findAll, dawg.followString, parsers.SuffixKnown];
    expect(dawg.findAllEveryPath).toBeTypeOf('function');
    expect(lookup).not.toBe(dawg.findAllEveryPath);
    expect(dawg.followStringAz).toBeTypeOf('function');
    expect(follow).not.toBe(dawg.followStringAz);
    expect(parsers.SuffixKnownAz).toBeTypeOf('function');
    expect(guesser).not.toBe(parsers.SuffixKnownAz);
    const read = (w: string) => Az.Morph(w).map((p) => `${String(p)}|${String(p.tag)}|${p.score}|${p.parser}|${p.stutterCnt}|${String(p.normalize())}`);
    let guessed = 0;
    for (const word of WORDS) {
      const fast = read(word);
      if (fast.some((p) => p.includes('|SuffixKnown|'))) guessed++;
      dawg.findAll = dawg.findAllEveryPath;
      dawg.followString = dawg.followStringAz;
      parsers.SuffixKnown = parsers.SuffixKnownAz;
      try {
        expect(fast, word).toEqual(read(word));
      } finally {
        dawg.findAll = lookup;
        dawg.followString = follow;
        parsers.SuffixKnown = guesser;
      }
    }
    expect(guessed).toBeGreaterThan(10);
  });

  it('find in the dictionary what az finds, in the order az finds it, for words with е and with repeated letters', () => {
    type Lookup = (this: { format?: string }, str: string, replaces?: Record<string, string>, maxStutter?: number, maxTypos?: number) => unknown[];
    const dawg = (Az as unknown as { DAWG: { prototype: { findAll: Lookup; findAllEveryPath: Lookup } } }).DAWG.prototype;
    let words: { format?: string } | undefined; // the word automaton, caught as az asks it about a word
    const lookup = dawg.findAll;
    dawg.findAll = function (this: { format?: string }, ...args) {
      if (this.format === 'words') words = this;
      return lookup.apply(this, args);
    };
    try {
      Az.Morph('слово');
    } finally {
      dawg.findAll = lookup;
    }
    const automaton = words!;
    expect(automaton.format).toBe('words');
    const repeated = ['аллла', 'алллла', 'нееет', 'ееелка', 'ссссора', 'ммама', 'д-да', 'да-а-а', 'ввввверх', 'пппривет', 'ооооочень', 'маррокко', 'ещеее', 'аааа', 'иии', 'еее', 'кк-кто', 'ёлка', 'елка', 'все', 'ещё', ''];
    let found = 0;
    for (const word of repeated) {
      const expected = dawg.findAllEveryPath.call(automaton, word, { е: 'ё' }, Infinity, 0);
      found += expected.length;
      expect(lookup.call(automaton, word, { е: 'ё' }, Infinity, 0), word).toEqual(expected);
      expect(lookup.call(automaton, word, { е: 'ё' }, 0, 0), word).toEqual(dawg.findAllEveryPath.call(automaton, word, { е: 'ё' }, 0, 0));
    }
    expect(found).toBeGreaterThan(20);
  });

  it("follow a letter to the byte az's own Windows-1251 table gives it, for every UTF-16 code unit", () => {
    // az's table, read from its source: an object literal with a numeric key per character
    const source = readFileSync(createRequire(import.meta.url).resolve('az'), 'utf8');
    const literal = /var CP1251 = (\{[^}]*\});/.exec(source)?.[1];
    expect(literal).toBeDefined();
    const table = JSON.parse(literal!.replace(/(\d+):/g, '"$1":')) as Record<string, number>;
    expect(Object.keys(table)).toHaveLength(255);
    // an automaton that notes the byte it is asked to follow and goes back to its start (0); -1 is
    // followString's answer for a letter without a byte
    const follow = (Az as unknown as { DAWG: { prototype: { followString(this: unknown, s: string): number } } }).DAWG.prototype.followString;
    let asked = -1;
    const noting = { followByte: (byte: number) => ((asked = byte), 0) };
    for (let code = 0; code < 65536; code++) {
      asked = -1;
      const answer = follow.call(noting, String.fromCharCode(code));
      const expected = table[code] ?? -1;
      if (answer !== (expected < 0 ? -1 : 0) || asked !== expected) expect({ code, asked, answer }).toEqual({ code, asked: expected, answer: expected < 0 ? -1 : 0 });
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
