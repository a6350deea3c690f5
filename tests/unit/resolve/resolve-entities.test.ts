import { beforeAll, describe, expect, it } from 'vitest';
import { analyze, entityOf, loadKit, type Kit } from '../extract/entity-kit.js';

let kit: Kit;
beforeAll(async () => {
  kit = await loadKit();
});

describe('linking and ids', () => {
  it('links knowledge-base entities by QID and gives unknown names stable slugs', () => {
    const r = analyze(kit, 'Владимир Путин встретился с Николаем Ивановым в Кремле.');
    expect(entityOf(r, 'Владимир Путин')).toMatchObject({ id: 'wd/Q7747', wikidata: 'Q7747', type: 'Person' });
    expect(entityOf(r, 'Николаем Ивановым')).toMatchObject({ id: 'person/nikolay-ivanov', name: 'Николай Иванов', givenName: 'Николай', familyName: 'Иванов' });
    expect(analyze(kit, 'Николай Иванов уехал.').entities[0]?.id).toBe('person/nikolay-ivanov');
  });

  it('joins a surname alone, initials and ё/е spellings to the full name', () => {
    const r = analyze(kit, 'Юрий Лужков выступил. Лужкова поддержали. Ю. Лужков ушёл. Михаил Горбачёв и Горбачев — одно лицо.');
    expect(entityOf(r, 'Лужкова')?.id).toBe(entityOf(r, 'Юрий Лужков')?.id);
    expect(entityOf(r, 'Ю. Лужков')?.id).toBe(entityOf(r, 'Юрий Лужков')?.id);
    expect(entityOf(r, 'Горбачев')?.id).toBe(entityOf(r, 'Михаил Горбачёв')?.id);
  });

  it('keeps people with the same surname apart when the given names differ', () => {
    const r = analyze(kit, 'Билл Клинтон и Хиллари Клинтон приехали.');
    expect(entityOf(r, 'Билл Клинтон')?.id).not.toBe(entityOf(r, 'Хиллари Клинтон')?.id);
  });

  it('makes every mention resolve to one entity of the article', () => {
    const r = analyze(kit, 'Президент России Владимир Путин и председатель КНР Си Цзиньпин провели переговоры в Москве.');
    const ids = new Set(r.entities.map((e) => e.id));
    expect(r.mentions.every((m) => ids.has(m.id))).toBe(true);
    expect(ids.size).toBe(r.entities.length);
  });
});

describe('descriptions', () => {
  const text =
    'Президент России Владимир Путин принял гостя. Председатель КНР Си Цзиньпин прибыл. ' +
    '«Мы рады», — сказал российский лидер. Китайский лидер ответил. «Спасибо», — сказал глава государства.';

  it('gives the role to the person named with it and resolves later descriptions to that person', () => {
    const r = analyze(kit, text);
    const putin = r.entities.find((e) => e.id === 'wd/Q7747');
    expect(putin?.type === 'Person' && putin.jobTitles).toEqual(['президент России']);
    const describedAs = (t: string) => r.mentions.find((m) => m.kind === 'description' && m.text === t)?.id;
    expect(describedAs('российский лидер')).toBe('wd/Q7747');
    expect(describedAs('Китайский лидер')).toBe('wd/Q15031');
    expect(describedAs('глава государства')).toBe('wd/Q15031');
  });

  it('falls back to the knowledge base holder of the role on the article date', () => {
    const r = analyze(kit, 'Президент США выступил с речью.', '2019-05-01');
    expect(r.mentions.find((m) => m.kind === 'description')?.id).toBe('wd/Q22686');
    expect(analyze(kit, 'Президент США выступил с речью.').mentions.filter((m) => m.kind === 'description')).toEqual([]);
  });
});

describe('pronouns', () => {
  it('resolves a pronoun to the last person of its gender when that is unambiguous', () => {
    const r = analyze(kit, 'Мария Захарова провела брифинг. Она заявила, что ответ будет.');
    expect(r.mentions.find((m) => m.text === 'Она')).toMatchObject({ kind: 'pronoun', id: entityOf(r, 'Мария Захарова')?.id });
  });

  it('leaves a pronoun alone when two people of its gender are in view', () => {
    const r = analyze(kit, 'Иван Петров встретил Сергея Смирнова. Он улыбнулся.');
    expect(r.mentions.filter((m) => m.kind === 'pronoun')).toEqual([]);
  });
});

describe('knowledge-base roles', () => {
  it('gives people the roles they held on the article date, and their country when the article names it', () => {
    const r = analyze(kit, 'Ангела Меркель прилетела в Германию.', '2019-05-01');
    const merkel = entityOf(r, 'Ангела Меркель');
    expect(merkel?.type === 'Person' && merkel.jobTitles).toContain('канцлер Германии');
    expect(merkel?.type === 'Person' && merkel.nationality).toEqual(['wd/Q183']);
    const undated = entityOf(analyze(kit, 'Ангела Меркель прилетела в Германию.'), 'Ангела Меркель');
    expect(undated?.type === 'Person' && undated.jobTitles).toEqual([]);
  });
});
