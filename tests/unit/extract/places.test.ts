import { beforeAll, describe, expect, it } from 'vitest';
import { analyze, entityOf, loadKit, nameMentions, type Kit } from './entity-kit.js';

let kit: Kit;
beforeAll(async () => {
  kit = await loadKit();
});

describe('places', () => {
  it('makes a place of its own, unlinked, of a known place after a qualifier (Новая Шотландия), and keeps the known ones', () => {
    const r = analyze(kit, 'Он живёт в Новой Шотландии, а брат — в Нижней Саксонии. Новая Зеландия далеко.');
    expect(nameMentions(r)).toEqual([
      'Новой Шотландии → Region: Новая Шотландия',
      'Нижней Саксонии → Region: Нижняя Саксония',
      'Новая Зеландия → Country: Новая Зеландия',
    ]);
    expect(entityOf(r, 'Новой Шотландии')?.wikidata).toBeUndefined();
    expect(entityOf(r, 'Новая Зеландия')?.wikidata).toBeDefined();
  });

  it('reads a town named like a person as the person unless a preposition or a settlement noun marks the place', () => {
    expect(nameMentions(analyze(kit, 'Артём сказал, что Королёв прав.'))).toEqual(['Артём → Person: Артём', 'Королёв → Person: Королёв']);
    expect(nameMentions(analyze(kit, 'Он уехал в Пушкин, а потом в город Королёв.'))).toEqual(['Пушкин → City: Пушкин', 'Королёв → City: Королёв']);
  });

  it('keeps a place in the genitive after a common noun before a surname (мэр Москвы Собянин), and a given name before one as a person', () => {
    const r = analyze(kit, 'Мэр Москвы Собянин приехал к губернатору Флориды Бушу. Милан Томашик остался.');
    expect(nameMentions(r)).toContain('Москвы → City: Москва');
    expect(nameMentions(r)).toContain('Флориды → Region: Флорида');
    expect(nameMentions(r).some((m) => m.startsWith('Милан → City'))).toBe(false);
  });

  it('takes the name after a place noun as the place, not as a person (штата Миннесота, селений Гимры и Унцукуль, городе Пуэрто Мадрин)', () => {
    const r = nameMentions(analyze(kit, 'Бывший губернатор штата Миннесота Вентура ушёл. Драка между жителями селений Гимры и Унцукуль. Закрыт морской порт города Пуэрто Мадрин.'));
    expect(r).toContain('Миннесота → Region: Миннесота');
    expect(r).toContain('Гимры → City: Гимры');
    expect(r).toContain('Пуэрто Мадрин → City: Пуэрто Мадрин');
    expect(r.filter((m) => m.includes('Person'))).toEqual([]);
  });

  it('keeps a person after a region named by adjective and noun (Ставропольского края Курман Исмаилов)', () => {
    const r = nameMentions(analyze(kit, 'Погиб муфтий Ставропольского края Курман Исмаилов.'));
    expect(r).toEqual(['Ставропольского края → Region: Ставропольский край', 'Курман Исмаилов → Person: Курман Исмаилов']);
  });

  it('finds names whose first word is an adjective with a short stem in any case (Южной Кореи, Новой Зеландии, Южной Осетией)', () => {
    const r = nameMentions(analyze(kit, 'Дипломат из Южной Кореи прилетел из Новой Зеландии. Договор с Южной Осетией подписан.'));
    expect(r).toEqual(['Южной Кореи → Country: Южная Корея', 'Новой Зеландии → Country: Новая Зеландия', 'Южной Осетией → Region: Южная Осетия']);
  });

  it('links countries in short, official and abbreviated forms to one entity, with the official form as an alternate name', () => {
    const r = analyze(kit, 'Делегация Китайской Народной Республики прибыла в Москву. КНР и Китай — одно. Поднебесная ждёт.');
    const china = entityOf(r, 'Китайской Народной Республики');
    expect(china).toMatchObject({ type: 'Country', name: 'Китай', wikidata: 'Q148', isoCode: 'CN' });
    expect(china?.alternateNames).toContain('Китайская Народная Республика');
    for (const text of ['КНР', 'Китай', 'Поднебесная']) expect(entityOf(r, text)?.id).toBe(china?.id);
  });

  it('names capitals standing for governments as cities', () => {
    const r = analyze(kit, 'Москва и Пекин нацелены на сотрудничество.');
    expect(nameMentions(r)).toEqual(['Москва → City: Москва', 'Пекин → City: Пекин']);
  });

  it('finds landmarks, regions and the name after a place noun', () => {
    const r = analyze(kit, 'Парад прошёл на Красной площади. В Свердловской области и на реке Славянке тихо.');
    expect(entityOf(r, 'Красной площади')).toMatchObject({ type: 'Place', name: 'Красная площадь' });
    expect(entityOf(r, 'Свердловской области')).toMatchObject({ type: 'Region', name: 'Свердловская область' });
    expect(entityOf(r, 'Славянке')?.type).toBe('Place');
  });

  it('reads a foreign city the morphology guesses wrong through the gazetteer', () => {
    expect(entityOf(analyze(kit, 'Саммит прошёл в Тяньцзине.'), 'Тяньцзине')).toMatchObject({ type: 'City', name: 'Тяньцзинь' });
  });

  it('makes adjectives mentions of kind description, not names', () => {
    const r = analyze(kit, 'Развиваются российско-китайские отношения.');
    const adj = r.mentions.filter((m) => m.text === 'российско-китайские');
    expect(adj.map((m) => m.kind)).toEqual(['description', 'description']);
    expect(new Set(adj.map((m) => m.id))).toEqual(new Set(['wd/Q159', 'wd/Q148']));
  });

  it('does not take a month after a number or a sentence-initial common word for a place', () => {
    const r = analyze(kit, 'Это было 9 Мая. Мир изменился.');
    expect(nameMentions(r)).toEqual([]);
  });
});
