import { beforeAll, describe, expect, it } from 'vitest';
import { loadMorphology } from '../../../src/segment/az-morphology.js';
import { segmentArticle } from '../../../src/segment/segment-article.js';
import { parseArticleText } from '../../../src/read/read-article.js';
import type { Morphology } from '../../../src/segment/types.js';

let morphology: Morphology;
beforeAll(async () => {
  morphology = await loadMorphology();
});

describe('segmentArticle', () => {
  it('segments the body only, with sentences, paragraphs and token flags', () => {
    const doc = parseArticleText(' date 2026-02-04 Заголовок\n\nМИД России сообщил. Встреча прошла.', 'a.txt');
    const seg = segmentArticle(doc, morphology);
    expect(seg.tokens[0]!.text).toBe('Заголовок');
    expect(seg.sentences).toHaveLength(3);
    expect(seg.paragraphs).toHaveLength(2);
    const mid = seg.tokens.find((t) => t.text === 'МИД')!;
    expect(mid.caps).toBe(true);
    expect(mid.lineBreakBefore).toBe(true);
    expect(seg.tokens.find((t) => t.text === 'России')!.upper).toBe(true);
  });

  it('gives lemmas and grammemes for Russian words (names, places, cases)', () => {
    const doc = parseArticleText('Владимира Путина встретили в Москве.', 'a.txt');
    const seg = segmentArticle(doc, morphology);
    const [name, surname] = seg.tokens.map((t) => seg.analyses(t)[0]);
    expect(name?.lemma).toBe('владимир');
    expect(name?.tags.has('Name')).toBe(true);
    expect(surname?.lemma).toBe('путин');
    expect(surname?.tags.has('Surn')).toBe(true);
    const moscow = seg.analyses(seg.tokens.find((t) => t.text === 'Москве')!)[0];
    expect(moscow?.tags.has('Geox')).toBe(true);
    expect(moscow && morphology.inflect('Москве', moscow, ['nomn'])).toBe('москва');
  });

  it('has no readings for Latin words, numbers and punctuation', () => {
    const seg = segmentArticle(parseArticleText('Reuters: 5 млн.', 'a.txt'), morphology);
    expect(seg.analyses(seg.tokens[0]!)).toEqual([]);
    expect(seg.analyses(seg.tokens[2]!)).toEqual([]);
  });
});

describe('morphology of hyphenated words', () => {
  it('gives a lemma for readings az builds from parts (Поп-звезда)', async () => {
    const morphology = await loadMorphology();
    const readings = morphology.analyze('Поп-звезда');
    expect(readings.length).toBeGreaterThan(0);
    for (const r of readings) expect(r.lemma).toBe('поп-звезда');
  });
});
