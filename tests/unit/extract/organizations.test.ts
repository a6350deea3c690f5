import { beforeAll, describe, expect, it } from 'vitest';
import { analyze, entityOf, loadKit, nameMentions, type Kit } from './entity-kit.js';

let kit: Kit;
beforeAll(async () => {
  kit = await loadKit();
});

describe('organizations', () => {
  it('reads a unit’s abbreviation before its body’s as one organization (ГУ МВД, ГУ МВД Петербурга), not the unit alone', () => {
    const r = nameMentions(analyze(kit, 'Об этом говорится в сообщении ГУ МВД. Начальник ГУ МВД Петербурга уволен.'));
    expect(r.filter((m) => m.startsWith('ГУ'))).toEqual(['ГУ МВД → Organization: ГУ МВД', 'ГУ МВД Петербурга → Organization: ГУ МВД Петербурга']);
  });

  it('keeps the name after a place noun in an organization’s name when it does not decline (Университета штата Массачусетс), and stops before a person', () => {
    const r = analyze(kit, 'Он учился в Университете штата Массачусетс. Глава полиции района Уолтер Браун сообщил о стрельбе.');
    expect(nameMentions(r)).toContain('Университете штата Массачусетс → Organization: Университет штата Массачусетс');
    expect(nameMentions(r).some((m) => m.startsWith('полиции района Уолтер'))).toBe(false);
  });

  it('takes the longer of two names of one entry when what it adds is part of the name (ABC News, Республике Кипр), not a type word (газета «Коммерсантъ»)', () => {
    const r = analyze(kit, 'Он возглавил ABC News. Выборы прошли в Республике Кипр. Об этом пишет газета «Коммерсантъ».');
    expect(nameMentions(r)).toEqual(['ABC News → Organization: ABC', 'Республике Кипр → Country: Кипр', 'Коммерсантъ → Organization: Коммерсантъ']);
  });

  it('reads a name of several words the knowledge base knows as no person as that, not as a person or its first word (Франс Пресс, Сергиев Посад)', () => {
    const r = analyze(kit, 'Об этом сообщает агентство Франс Пресс. Убит глава города Сергиев Посад.');
    expect(nameMentions(r)).toEqual(['Франс Пресс → Organization: Франс Пресс', 'Сергиев Посад → City: Сергиев Посад']);
  });

  it('reads an organization named by four adjectives and a head (Московское высшее общевойсковое командное училище)', () => {
    const r = analyze(kit, 'В 1979 году он окончил Московское высшее общевойсковое командное училище.');
    expect(nameMentions(r)).toEqual(['Московское высшее общевойсковое командное училище → Organization: Московское высшее общевойсковое командное училище']);
  });

  it('reads «Ъ» in quote marks as Коммерсантъ, not the letter Ъ alone', () => {
    const r = analyze(kit, 'Как рассказал «Ъ» источник в правительстве, решение принято. Буква Ъ стоит в конце слова.');
    expect(nameMentions(r)).toEqual(['Ъ → Organization: Коммерсантъ']);
  });

  it('knows abbreviations from the knowledge base, declined ones too', () => {
    const r = analyze(kit, 'Саммит ШОС обсудили в ООН, в МИДе промолчали.');
    expect(entityOf(r, 'ШОС')).toMatchObject({ type: 'Organization', name: 'Шанхайская организация сотрудничества' });
    expect(entityOf(r, 'ООН')?.wikidata).toBe('Q1065');
    expect(entityOf(r, 'МИДе')?.type).toBe('Organization');
  });

  it('takes quoted names after a type word, without the quote marks', () => {
    const r = analyze(kit, 'Об этом пишет газета «Известия». Акцию провело движение «Солидарность», деньги дала компания «Рога и копыта».');
    expect(nameMentions(r)).toEqual([
      'Известия → Organization: Известия',
      'Солидарность → Organization: Солидарность',
      'Рога и копыта → Organization: Рога и копыта',
    ]);
    expect(entityOf(r, 'Известия')?.wikidata).toBe('Q753932');
  });

  it('keeps a legal form in the name: ООО «Ромашка»', () => {
    expect(nameMentions(analyze(kit, 'Договор подписало ООО «Ромашка».'))).toEqual(['ООО «Ромашка» → Organization: ООО «Ромашка»']);
  });

  it('reads multiword names around a head noun, in the nominative', () => {
    const r = analyze(kit, 'Заявление сделал Союз координационных советов (СКС). Представитель Европейского суда по правам человека ответил.');
    expect(entityOf(r, 'Союз координационных советов')?.name).toBe('Союз координационных советов');
    expect(entityOf(r, 'СКС')?.id).toBe(entityOf(r, 'Союз координационных советов')?.id);
    expect(entityOf(r, 'Европейского суда по правам человека')?.name).toBe('Европейский суд по правам человека');
  });

  it('ends a name before the person who heads the body, once the name has its own place', () => {
    const r = analyze(kit, 'Министр потребовал отставки начальника управления полиции по Самаре Игоря Кузнецова и его заместителя.');
    const names = nameMentions(r);
    expect(names).toContain('Игоря Кузнецова → Person: Игорь Кузнецов');
    expect(names.filter((m) => m.includes('Кузнецова')).length).toBe(1);
  });

  it('takes Latin words in quote marks for a title, not an organization, unless a type word names one', () => {
    const r = analyze(kit, 'Он автор хитов «It’s My Party» и «Such a Shame». Об этом пишет газета «The Guardian».');
    expect(nameMentions(r)).toEqual(['The Guardian → Organization: The Guardian']);
  });

  it('reads a place name in quote marks as an organization called after it, not the place', () => {
    const r = analyze(kit, 'Болельщики «Зенита» подрались с фанатами «Милана». Матч прошёл в Милане.');
    expect(nameMentions(r)).toEqual(['Зенита → Organization: Зенит', 'Милана → Organization: Милан', 'Милане → City: Милан']);
    expect(entityOf(r, 'Милана')?.wikidata).toBeUndefined();
  });

  it('takes unquoted Latin titles with a pronoun or a verb, or a year in brackets, for works, not organizations', () => {
    const r = analyze(kit, 'Альбомы группы: Music For The Jilted Generation (1994), Invaders Must Die и The Day Is My Enemy. Песню выпустила компания Sony Music.');
    expect(nameMentions(r).map((m) => m.split(' → ')[0])).toContain('Sony Music');
    expect(nameMentions(r).some((m) => /Music For|Invaders|Enemy/.test(m))).toBe(false);
  });

  it('nests a place in an organization name: МИД России', () => {
    const r = analyze(kit, 'Об этом заявили в МИД России.');
    expect(nameMentions(r)).toEqual([
      'МИД России → Organization: Министерство иностранных дел Российской Федерации',
      'России → Country: Россия',
    ]);
  });

  it('takes a generic head with the place it belongs to: мэрии Москвы', () => {
    const r = analyze(kit, 'Митинг прошёл у здания правительства Белоруссии.');
    expect(entityOf(r, 'правительства Белоруссии')?.type).toBe('Organization');
  });

  it('does not make an organization of a sentence-initial noun phrase or a product', () => {
    const r = analyze(kit, 'Призовой фонд матча велик. Вышла версия операционной системы Windows.');
    expect(nameMentions(r)).toEqual([]);
  });

  it('ignores an abbreviation the article defines for a common term', () => {
    const r = analyze(kit, 'Переход на свободное программное обеспечение (СПО) начат. СПО дешевле.');
    expect(nameMentions(r)).toEqual([]);
  });
});
