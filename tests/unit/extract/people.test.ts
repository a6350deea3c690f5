import { beforeAll, describe, expect, it } from 'vitest';
import { extractPeople } from '../../../src/extract/people.js';
import { analyze, candidates, entityOf, loadKit, nameMentions, viewOf, type Kit } from './entity-kit.js';

let kit: Kit;
beforeAll(async () => {
  kit = await loadKit();
});

const people = (text: string) => extractPeople(viewOf(kit, text)).map((c) => [c.text, c.normal]);

describe('extractPeople (morphology)', () => {
  it('puts full names in the nominative, female surnames stay female', () => {
    expect(people('Встреча Владимира Путина и Марии Захаровой.')).toEqual([
      ['Владимира Путина', 'Владимир Путин'],
      ['Марии Захаровой', 'Мария Захарова'],
    ]);
    expect(people('Речь Ангелы Меркель')).toEqual([['Ангелы Меркель', 'Ангела Меркель']]);
  });

  it('keeps an East Asian family name first and puts the given name in the nominative', () => {
    expect(people('Именно на Ли Пэна возлагают ответственность, сообщил Нгуен Зунг.')).toEqual([
      ['Ли Пэна', 'Ли Пэн'],
      ['Нгуен Зунг', 'Нгуен Зунг'],
    ]);
    const [a] = extractPeople(viewOf(kit, 'В Пекине умер Ли Пэн.'));
    expect(a?.parts).toMatchObject({ family: 'Ли', given: 'Пэн' });
  });

  it('reads a lone Марков or Корнеев as a surname, not as the plural of the given name Марк or Корней', () => {
    const found = extractPeople(viewOf(kit, '3:2 — 21:14 Сёмин (Корнеев, Марков), ГБ.'));
    const parts = Object.fromEntries(found.map((c) => [c.text, c.parts]));
    expect(parts['Корнеев']).toEqual({ family: 'Корнеев' });
    expect(parts['Марков']).toEqual({ family: 'Марков' });
  });

  it('does not take a title compound that opens the sentence into a name (Поп-звезда Мадонна, Экс-губернатор Миннесоты)', () => {
    const r = nameMentions(analyze(kit, 'Поп-звезда Мадонна сообщила, что больна. Экс-губернатор Миннесоты метит в президенты.'));
    expect(r).toEqual(['Мадонна → Person: Мадонна', 'Миннесоты → Region: Миннесота']);
  });

  it('keeps a name word the dictionary reads only as the plural of a given name as written (Исмаилов, Лорин)', () => {
    expect(nameMentions(analyze(kit, 'Пришёл Курман Исмаилов. Дирижёр Лорин Маазель умер.'))).toEqual([
      'Курман Исмаилов → Person: Курман Исмаилов',
      'Лорин Маазель → Person: Лорин Маазель',
    ]);
  });

  it('takes a monarch’s number into the name, not as a family name (Альберт II, Мсвати III, Кигели V)', () => {
    const r = analyze(kit, 'Король Альберт II выступил с обращением. Король Мсвати III отметил, что все хорошо. Основан фонд Короля Кигели V.');
    expect(nameMentions(r)).toEqual(['Альберт II → Person: Альберт II', 'Мсвати III → Person: Мсвати III', 'Кигели V → Person: Кигели V']);
    expect(entityOf(r, 'Альберт II')).toMatchObject({ givenName: 'Альберт' });
    expect(entityOf(r, 'Альберт II')).not.toHaveProperty('familyName');
  });

  it('does not read a Latin capital and a dot before a Cyrillic word as an initial (группе E. Следующий матч)', () => {
    expect(nameMentions(analyze(kit, 'Сборная вышла на первую строчку в группе E. Следующий матч сборная сыграет в среду.'))).toEqual([]);
  });

  it('reads the title word of a known person’s alias as no part of the mention (принца Чарльза, Патриарх Кирилл), and Папа Римский as no person', () => {
    const r = analyze(kit, 'Свадьба принца Чарльза прошла в Лондоне. Патриарх Кирилл прибыл в город. Новый Папа Римский будет избран.');
    expect(nameMentions(r)).toEqual(['Чарльза → Person: Карл III', 'Лондоне → City: Лондон', 'Кирилл → Person: Патриарх Кирилл']);
  });

  it('reads no surname alone inside a known or quoted name of something else («Манчестер Юнайтед», «Ляпис Трубецкой»)', () => {
    const r = analyze(kit, 'Он играл в «Манчестер Юнайтед». Группа «Ляпис Трубецкой» прекратила существование.');
    expect(nameMentions(r).filter((m) => m.includes('Person'))).toEqual([]);
  });

  it('puts surnames in -ский the dictionary does not know in the nominative', () => {
    expect(people('Глава Минтранса Михаила Суходольского критиковали.')).toEqual([['Михаила Суходольского', 'Михаил Суходольский']]);
    expect(people('Выступление Анны Вишневской.')).toEqual([['Анны Вишневской', 'Анна Вишневская']]);
  });

  it('does not grow a name over the word before its initials or its given name', () => {
    const a = nameMentions(analyze(kit, 'Пост занял человек из окружения В.Шеймана А.Кулешов.'));
    expect(a.map((m) => m.split(' → ')[0])).toEqual(['В.Шеймана', 'А.Кулешов']);
    const b = nameMentions(analyze(kit, 'Биограф Баффета Энди Килпатрик рассказал об этом.'));
    expect(b.map((m) => m.split(' → ')[0])).toContain('Энди Килпатрик');
    expect(b.some((m) => m.startsWith('Баффета Энди'))).toBe(false);
  });

  it('does not take a word the dictionary knows only as a place for the surname after an unknown given name', () => {
    expect(people('На заседании правительства Нетаньяху Иерусалим назвал вечной столицей.').map(([text]) => text)).not.toContain('Нетаньяху Иерусалим');
    expect(people('Министр Андрей Белоусов приехал.')).toEqual([['Андрей Белоусов', 'Андрей Белоусов']]);
  });

  it('does not read a known word as a surname of the knowledge base that only shares its stem (Колумбии is not Колумб)', () => {
    const r = analyze(kit, 'После гибели шаттла «Колумбия» и «Колумбии» НАСА молчало. Колумб открыл Америку.');
    expect(nameMentions(r).filter((m) => m.includes('→ Person'))).toEqual([expect.stringMatching(/^Колумб → Person/)]);
  });

  it('makes no person of a word inside a name the knowledge base knows as an organization, nor of a compound noun', () => {
    const r = analyze(kit, 'Как передаёт Ассошиэйтед Пресс, сын певицы отказался. Пресс-служба молчит. Экс-министр Иван Петров тоже.');
    expect(nameMentions(r).filter((m) => m.includes('→ Person'))).toEqual(['Иван Петров → Person: Иван Петров']);
  });

  it('reads patronymics, initials before and after the surname', () => {
    expect(people('Указ подписал Владимир Владимирович Путин.')).toEqual([['Владимир Владимирович Путин', 'Владимир Владимирович Путин']]);
    const [a] = extractPeople(viewOf(kit, 'Его поддержал В. Путин.'));
    expect(a?.text).toBe('В. Путин');
    expect(a?.parts).toMatchObject({ family: 'Путин', initials: 'В' });
    const [b] = extractPeople(viewOf(kit, 'Документ подписал Путин В. В. вчера.'));
    expect(b?.text).toBe('Путин В. В.');
    expect(b?.parts).toMatchObject({ family: 'Путин', initials: 'ВВ' });
  });

  it('does not take sentence-initial common words or adjectives for names', () => {
    expect(people('Президент сказал, что Москва готова.')).toEqual([]);
    expect(people('Вера в победу крепка.')).toEqual([]);
    expect(people('Московский университет открыт.')).toEqual([]);
  });
});

describe('people in context', () => {
  it('finds foreign names the dictionary does not know', () => {
    const r = analyze(kit, 'Премьер Индии Нарендра Моди встретился с Реджепом Тайипом Эрдоганом. Глава КНР Си Цзиньпин прислал письмо.');
    expect(nameMentions(r)).toEqual(expect.arrayContaining([
      'Нарендра Моди → Person: Нарендра Моди',
      'Реджепом Тайипом Эрдоганом → Person: Реджеп Тайип Эрдоган',
      'Си Цзиньпин → Person: Си Цзиньпин',
    ]));
  });

  it('takes a surname alone after the full name, also one the dictionary does not know', () => {
    const r = analyze(kit, 'Тренер Юрген Клинсман назвал состав. «Решение принято», — сказал Клинсман. Клуб не согласен с Клинсманом.');
    const ids = r.mentions.filter((m) => m.kind === 'name').map((m) => m.id);
    expect(ids).toHaveLength(3);
    expect(new Set(ids).size).toBe(1);
    expect(entityOf(r, 'Клинсманом')?.name).toBe('Юрген Клинсман');
  });

  it('knows people from verbs of saying and occupations', () => {
    const r = analyze(kit, '«Это важно», — подытожил Шендерович. Академик Сагдеев не согласился.');
    expect(nameMentions(r)).toEqual(['Шендерович → Person: Шендерович', 'Сагдеев → Person: Сагдеев']);
  });

  it('grows a name over unknown words but keeps two adjacent names apart', () => {
    const r = analyze(kit, 'Член Палаты представителей Тулси Габбард выступила. Лауреат конкурса имени Петра Чайковского Даниил Трифонов сыграл.');
    const people = nameMentions(r).filter((m) => m.includes('Person'));
    expect(people).toEqual(expect.arrayContaining(['Тулси Габбард → Person: Тулси Габбард', 'Петра Чайковского → Person: Пётр Чайковский', 'Даниил Трифонов → Person: Даниил Трифонов']));
  });

  it('leaves quoted words and holidays alone', () => {
    const text = 'Сегодня установление весны, „Личунь“, после которого уходят морозы. Прилагательное «грандиозный» подходит. Наступает Год огненной лошади.';
    expect(candidates(kit, text).filter((c) => c.type === 'Person' && c.kind === 'name')).toEqual([]);
  });
});
