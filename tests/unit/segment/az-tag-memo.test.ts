import Az from 'az';
import { describe, expect, it } from 'vitest';
import { loadMorphology } from '../../../src/segment/az-morphology.js';

await loadMorphology(); // memoizes the tag tests once az is loaded

const NOT_PRODUCTIVE = ['NUMR', 'NPRO', 'PRED', 'PREP', 'CONJ', 'PRCL', 'INTJ', 'Apro', 'NUMB', 'ROMN', 'LATN', 'PNCT', 'UNKN'];
const NAME_LIKE = ['Name', 'Surn', 'Patr', 'Geox', 'Init'];

describe('remembered az tag tests', () => {
  it('answer as az does, the first time and every time after, for every tag of many words', () => {
    const tags = ['Москва', 'слово', 'и', 'в', 'три', 'Иванович', 'Петров', 'он', 'привет', 'XIV', 'стали'].flatMap((w) => Az.Morph(w).map((p) => p.tag));
    expect(tags.length).toBeGreaterThan(20);
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
