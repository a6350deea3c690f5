import { beforeAll, describe, expect, it } from 'vitest';
import { analyze, entityOf, loadKit, nameMentions, type Kit } from './entity-kit.js';

let kit: Kit;
beforeAll(async () => {
  kit = await loadKit();
});

describe('name forms: foreign surnames, names in the nominative, naming clauses', () => {
  it('keeps a superlative in an organization name (Высшей партийной школы → Высшая партийная школа, not Высокая)', () => {
    const r = analyze(kit, 'Он окончил Высшую партийную школу и возглавил Высший совет партии.');
    expect(nameMentions(r).map((m) => m.split(': ')[1])).toEqual(['Высшая партийная школа', 'Высший совет партии']);
  });

  it('keeps foreign surnames in -ье as written (Буффье, not Буффьа)', () => {
    const r = analyze(kit, '«Я должен предположить», — сказал Буффье.');
    expect(entityOf(r, 'Буффье')?.name).toBe('Буффье');
  });

  it('keeps unknown names in -а that are the subject of the next verb (Зулема Томас назвала, Ольянта Умала заявил)', () => {
    const r = analyze(kit, 'Министр здравоохранения Перу Зулема Томас назвала состояние тяжёлым. Затем Ольянта Умала заявил о невиновности.');
    expect(entityOf(r, 'Зулема Томас')?.name).toBe('Зулема Томас');
    expect(entityOf(r, 'Ольянта Умала')?.name).toBe('Ольянта Умала');
  });

  it('takes every capitalized word of a naming clause (Полное имя … — Михаил Горбачёв Дом), and the last one alone later', () => {
    const r = analyze(kit, 'Полное имя 32-летнего мужчины — Михаил Горбачёв Дом. Дом отметил, что ему было трудно.');
    expect(entityOf(r, 'Михаил Горбачёв Дом')).toMatchObject({ type: 'Person', name: 'Михаил Горбачёв Дом' });
    expect(entityOf(r, 'Дом')?.id).toBe(entityOf(r, 'Михаил Горбачёв Дом')?.id);
  });

  it('does not read a surname before given name + patronymic + surname as surname-first (Пушкина | Виталий Григорьевич Костомаров)', () => {
    const r = analyze(kit, 'Умер президент Института Пушкина Виталий Григорьевич Костомаров.');
    expect(entityOf(r, 'Виталий Григорьевич Костомаров')?.name).toBe('Виталий Костомаров');
  });
});

describe('organization names with a genitive complement or a shared one', () => {
  it('keeps the capitals of an abbreviation written with a case ending (МИДе → МИД)', () => {
    expect(nameMentions(analyze(kit, 'Об этом заявили в российском МИДе.'))).toContain('МИДе → Organization: МИД');
  });

  it('keeps the complement as written and never takes the head noun for a given name (Институт Пушкина)', () => {
    const r = analyze(kit, 'Об этом сообщили в официальной группе Института Пушкина.');
    expect(entityOf(r, 'Института Пушкина')).toMatchObject({ type: 'Organization', name: 'Институт Пушкина' });
    expect(r.entities.some((e) => e.type === 'Person' && e.name.startsWith('Институт'))).toBe(false);
  });

  it('splits a coordination of heads: the organization takes the shared complement, its mention is the head alone', () => {
    const r = analyze(kit, 'В сообщении правительства и губернатора Оренбургской области говорится о кончине писателя.');
    expect(nameMentions(r)).toContain('правительства → Organization: правительство Оренбургской области');
    expect(r.entities.some((e) => e.name.includes('губернатора'))).toBe(false);
  });
});
