import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/segment/tokenize.js';
import { splitSentences } from '../../../src/segment/sentences.js';

const words = (text: string) => tokenize(text).map((t) => `${text.slice(t.start, t.end)}/${t.kind}`);

describe('tokenize', () => {
  it('keeps hyphenated words, numbers with decimal commas, quotes and dashes', () => {
    expect(words('«Нью-Йорк», — российско-китайских 5,3 млн 80-летие')).toEqual([
      '«/quote', 'Нью-Йорк/word', '»/quote', ',/punct', '—/dash', 'российско-китайских/word', '5,3/number', 'млн/word', '80-летие/word',
    ]);
  });

  it('gives UTF-16 offsets that slice the text', () => {
    const text = 'Привет, 🌍 мир!';
    for (const t of tokenize(text)) expect(text.slice(t.start, t.end).length).toBe(t.end - t.start);
    expect(words(text)).toEqual(['Привет/word', ',/punct', '🌍/symbol', 'мир/word', '!/punct']);
  });
});

describe('splitSentences', () => {
  const sentences = (text: string) => {
    const tokens = tokenize(text);
    return splitSentences(text, tokens).map((s) => text.slice(tokens[s.tokenStart]!.start, tokens[s.tokenEnd - 1]!.end));
  };

  it('splits on terminal marks before a capital, not after initials or abbreviations', () => {
    expect(sentences('Об этом сказал В. Путин. Встреча прошла в т. ч. онлайн. Итог ясен!')).toEqual([
      'Об этом сказал В. Путин.',
      'Встреча прошла в т. ч. онлайн.',
      'Итог ясен!',
    ]);
  });

  it('ends a sentence at every line break (titles have no period)', () => {
    expect(sentences('Заголовок без точки\nПервый абзац. Второе предложение')).toEqual([
      'Заголовок без точки',
      'Первый абзац.',
      'Второе предложение',
    ]);
  });

  it('keeps a closing quote with its sentence', () => {
    expect(sentences('«Это весна.» Так он сказал.')).toEqual(['«Это весна.»', 'Так он сказал.']);
  });
});
