import { describe, expect, it } from 'vitest';
import { pairQuoteMarks } from '../../../src/extract/statements/quote-marks.js';

function pairs(text: string): [string, boolean][] {
  return pairQuoteMarks(text, [{ index: 0, start: 0, end: text.length }]).map((p) => [text.slice(p.open + 1, p.close), p.top]);
}

describe('pairQuoteMarks', () => {
  it('nests «» inside «» and „“ inside «»', () => {
    expect(pairs('«а «б» в „г“»')).toEqual([
      ['а «б» в „г“', true],
      ['б', false],
      ['г', false],
    ]);
  });

  it('pairs ASCII quotes by the characters around them', () => {
    expect(pairs('он сказал "да" и "нет"')).toEqual([
      ['да', true],
      ['нет', true],
    ]);
  });

  it('drops a mark left open at the end of the paragraph instead of swallowing the text', () => {
    expect(pairs('«Печки-лавочки» и «Ваш сын и брат.')).toEqual([['Печки-лавочки', true]]);
  });

  it('pairs English “” marks', () => {
    expect(pairs('it is “fine”')).toEqual([['fine', true]]);
  });
});
