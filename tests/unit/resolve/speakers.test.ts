import { beforeAll, describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/extract/quotes.js';
import { resolveSpeakers } from '../../../src/resolve/speakers.js';
import { MentionIndex } from '../../../src/resolve/statements/mention-index.js';
import { loadStatementKit, org, person, resolvedFor, seg, type MentionSpec } from '../extract/statements-kit.js';

beforeAll(loadStatementKit);

const putin = person('Владимир Путин', 'vladimir-putin');
const xi = person('Си Цзиньпин', 'si-tszinpin');
const anna = person('Анна Петрова', 'anna-petrova');
const ivan = person('Иван Сидоров', 'ivan-sidorov');
const tass = org('ТАСС', 'tass');
const police = org('полиция Армении', 'politsiya-armenii');

/** [quoted text start, speaker name] for every direct quotation. */
function speakers(text: string, specs: readonly MentionSpec[]): [string, string | undefined][] {
  const s = seg(text);
  const resolved = resolvedFor(s, specs);
  const quotes = extractQuotes(s);
  const found = resolveSpeakers(quotes, new MentionIndex(s, resolved), []);
  const ids = found.speakers;
  const entities = [...resolved.entities, ...found.sources];
  const name = (id: string | undefined) => entities.find((e) => e.id === id)?.name;
  return quotes.flatMap((q, i) => (q.kind === 'direct' ? q.parts.map((p) => [s.text.slice(p.start, Math.min(p.end, p.start + 12)), name(ids[i])] as [string, string | undefined]) : []));
}

describe('resolveSpeakers', () => {
  it('a name after the verb of the frame', () => {
    expect(speakers('«Мы готовы к работе», — заявил Владимир Путин.', [{ surface: 'Владимир Путин', entity: putin }])).toEqual([['Мы готовы к ', 'Владимир Путин']]);
  });

  it('no guess for an impersonal frame when the last speaker is the one the quotation speaks of', () => {
    const text = 'Иван Сидоров поздравил коллегу. «Президент Сидоров подтвердил решимость продолжать работу», - говорится в сообщении.';
    expect(speakers(text, [{ surface: 'Иван Сидоров', entity: ivan }, { surface: 'Президент Сидоров', entity: ivan, kind: 'description' }])).toEqual([
      ['Президент Си', undefined],
    ]);
  });

  it('the press named with a place adjective speaks as an unnamed source, not as the country', () => {
    const ukraine: MentionSpec['entity'] = { ...org('Украина', 'ukraina'), type: 'Country' } as MentionSpec['entity'];
    const text = '«Барак уходит после фиаско», - отмечают украинские издания. «Закон не исполняют», — говорится в сообщении украинских СМИ.';
    const found = speakers(text, [{ surface: 'украинские', entity: ukraine, kind: 'description' }, { surface: 'украинских', entity: ukraine, kind: 'description' }]);
    expect(found.map(([, name]) => name)).toEqual([expect.stringMatching(/издания$/), 'СМИ']);
  });

  it('a role description the entity stage resolved (— сказал глава государства)', () => {
    const text = 'Владимир Путин провел совещание. «Задачи ясны», — сказал глава государства.';
    expect(speakers(text, [{ surface: 'Владимир Путин', entity: putin }, { surface: 'глава государства', entity: putin, kind: 'description' }])).toEqual([['Задачи ясны', 'Владимир Путин']]);
  });

  it('a role noun the entity stage left alone stands for the last person of its gender', () => {
    const text = 'Анна Петрова вышла на сцену. «Я счастлива сегодня», — призналась певица.';
    expect(speakers(text, [{ surface: 'Анна Петрова', entity: anna }])).toEqual([['Я счастлива ', 'Анна Петрова']]);
  });

  it('a pronoun: the last person of its gender, the speaker before first', () => {
    const text = 'Иван Сидоров и Анна Петрова приехали вместе. «Мы рады», — сказала она.';
    expect(speakers(text, [{ surface: 'Иван Сидоров', entity: ivan }, { surface: 'Анна Петрова', entity: anna }])).toEqual([['Мы рады', 'Анна Петрова']]);
  });

  it('the subject before the colon, not a name in the genitive', () => {
    const text = 'Поддержав кандидатуру Ивана Сидорова, Анна Петрова заявила: «Я голосую за него».';
    expect(speakers(text, [{ surface: 'Ивана Сидорова', entity: ivan }, { surface: 'Анна Петрова', entity: anna }])).toEqual([['Я голосую за', 'Анна Петрова']]);
  });

  it('one speaker for both parts of a split quotation', () => {
    const text = '«Первое, — сказал Иван Сидоров, — и второе».';
    expect(speakers(text, [{ surface: 'Иван Сидоров', entity: ivan }])).toEqual([
      ['Первое', 'Иван Сидоров'],
      ['и второе', 'Иван Сидоров'],
    ]);
  });

  it('по словам X, «…»', () => {
    const text = 'По словам Си Цзиньпина, «отношения крепнут».';
    expect(speakers(text, [{ surface: 'Си Цзиньпина', entity: xi }])).toEqual([['отношения кр', 'Си Цзиньпин']]);
  });

  it('the source of an impersonal frame: в заявлении X говорится', () => {
    const text = '«Задержаны пять человек», - говорится в заявлении полиции Армении.';
    expect(speakers(text, [{ surface: 'полиции Армении', entity: police }])).toEqual([['Задержаны пя', 'полиция Армении']]);
  });

  it('an unnamed source speaks as itself, not as the last person named', () => {
    const text = 'Иван Сидоров уехал. «Он не вернется», — сообщил собеседник ТАСС.';
    expect(speakers(text, [{ surface: 'Иван Сидоров', entity: ivan }, { surface: 'ТАСС', entity: tass }])).toEqual([['Он не вернет', 'собеседник ТАСС']]);
  });

  it('a quotation without a frame continues the speaker before it', () => {
    const text = '«Все готово», — сказал Иван Сидоров. «Мы начинаем работу уже завтра утром».';
    expect(speakers(text, [{ surface: 'Иван Сидоров', entity: ivan }]).map((q) => q[1])).toEqual(['Иван Сидоров', 'Иван Сидоров']);
  });
});
