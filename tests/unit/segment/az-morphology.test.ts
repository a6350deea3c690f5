import Az from 'az';
import { describe, expect, it } from 'vitest';
import { cyrillicLookalikes, loadMorphology } from '../../../src/segment/az-morphology.js';

const morphology = await loadMorphology();

describe('az morphology', () => {
  it('reads a word and inflects its readings (also when they come from the cache)', () => {
    for (let pass = 0; pass < 2; pass++) {
      const readings = morphology.analyze('Москве');
      const noun = readings.find((r) => r.pos === 'NOUN');
      expect(noun?.lemma).toBe('москва');
      expect(noun?.tags.has('loct') || noun?.tags.has('datv')).toBe(true);
      expect(morphology.inflect('Москве', noun!, ['nomn'])).toBe('москва');
    }
  });

  it("loads az's tags once: the Russian-notation copy az keeps for debug printing is an empty tag", () => {
    const tag = Az.Morph('слово')[0]!.tag as unknown as { POST: string; ext: { toString(): string } };
    expect(tag.POST).toBe('NOUN');
    expect(tag.ext.toString()).toBe('');
  });

  it('reads a Russian word typed with Latin look-alike letters as the Russian word', () => {
    expect(cyrillicLookalikes('Cолист')).toBe('Солист');
    expect(cyrillicLookalikes('The')).toBe('The');
    expect(cyrillicLookalikes('Москва')).toBe('Москва');
    expect(morphology.analyze('Cолист').find((r) => r.pos === 'NOUN')?.lemma).toBe('солист');
  });

  it('does not read a name with a doubled letter as another word with that letter once (Маррокко is not Марокко)', () => {
    expect(morphology.analyze('Маррокко').some((r) => r.lemma === 'марокко')).toBe(false);
    expect(morphology.analyze('Марокко').some((r) => r.lemma === 'марокко')).toBe(true);
  });

  it('inflects a reading by its own parse, not by a dropped parse that repairs stutter (Нассер is not Насер)', () => {
    // az's best parses of these words read another word with one letter less; they are dropped,
    // so the readings' places are not the parses' places.
    for (const [word, lemma] of [['Нассер', 'нассер'], ['Энн', 'энн'], ['Армии', 'армия'], ['Корее', 'корея'], ['Белоруссии', 'белоруссия']] as const) {
      for (const reading of morphology.analyze(word).filter((r) => r.lemma === lemma)) {
        expect(morphology.inflect(word, reading, ['nomn', 'sing']), word).toBe(lemma);
      }
    }
  });

  it('gives readings of one word one lemma string and shares tag sets between words', () => {
    const a = morphology.analyze('России');
    const lemmas = a.filter((r) => r.lemma === 'россия');
    expect(lemmas.length).toBeGreaterThan(1);
    const b = morphology.analyze('Франции');
    const same = b.find((r) => r.tags.size === a[0]!.tags.size && [...r.tags].every((t) => a[0]!.tags.has(t)));
    if (same) expect(same.tags).toBe(a[0]!.tags);
  });

  it('gives no readings to tokens no word looks like (az takes seconds on them; tests/hostile/long-input covers the time)', () => {
    for (const word of ['о'.repeat(60), 'а'.repeat(400), 'Аааа', 'а-б-в-г-д-е-ж-з', 'ж'.repeat(100_000)]) expect(morphology.analyze(word)).toEqual([]);
    expect(morphology.analyze('ООО').length).toBeGreaterThan(0);
    expect(morphology.analyze('пра-пра-пра-пра-правнук').length).toBeGreaterThan(0);
  });
});
