import { beforeAll, describe, expect, it } from 'vitest';
import { extractDescriptions } from '../../../src/extract/descriptions.js';
import { gazetteerOf } from '../../../src/extract/gazetteer.js';
import { extractPronouns } from '../../../src/extract/pronouns.js';
import { loadKit, viewOf, type Kit } from './entity-kit.js';

let kit: Kit;
beforeAll(async () => {
  kit = await loadKit();
});

const describeText = (text: string) =>
  extractDescriptions(viewOf(kit, text), gazetteerOf(kit.kb)).map((d) => ({ text: d.text, title: d.role?.title, normal: d.normal, ofKbId: d.role?.ofKbId }));

describe('extractDescriptions', () => {
  it('reads the role and what it belongs to', () => {
    expect(describeText('Об этом сказал президент России.')).toEqual([{ text: 'президент России', title: 'президент', normal: 'президент России', ofKbId: undefined }]);
    expect(describeText('Китайский лидер прибыл.')).toEqual([{ text: 'Китайский лидер', title: 'лидер', normal: 'китайский лидер', ofKbId: 'Q148' }]);
  });

  it('turns глава + complement into a title', () => {
    expect(describeText('Выступил глава государства.')[0]?.title).toBe('глава государства');
    expect(describeText('Ответил глава МИД России.')[0]).toMatchObject({ title: 'министр иностранных дел', text: 'глава МИД России' });
    expect(describeText('Пришёл министр иностранных дел.')[0]?.title).toBe('министр иностранных дел');
  });

  it('skips groups and words that only look like roles', () => {
    expect(describeText('Встретились лидеры двух стран и главы государств.')).toEqual([]);
    expect(describeText('После встречи все ушли.')).toEqual([]);
  });
});

describe('extractPronouns', () => {
  it('finds third-person pronouns with their gender', () => {
    expect(extractPronouns(viewOf(kit, 'Он сказал ей, что её ждут.')).map((p) => [p.text, p.gender])).toEqual([
      ['Он', 'masc'],
      ['ей', 'femn'],
      ['её', 'femn'],
    ]);
  });
});
