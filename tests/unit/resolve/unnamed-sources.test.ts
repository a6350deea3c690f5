import { beforeAll, describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/extract/quotes.js';
import { resolveSpeakers, type SpeakerResolution } from '../../../src/resolve/speakers.js';
import { MentionIndex } from '../../../src/resolve/statements/mention-index.js';
import { loadStatementKit, org, person, resolvedFor, seg, type MentionSpec } from '../extract/statements-kit.js';

beforeAll(loadStatementKit);

const obama = person('Барак Обама', 'barak-obama');
const tass = org('ТАСС', 'tass');
const guardian = org('The Guardian', 'the-guardian');
const putin = person('Владимир Путин', 'vladimir-putin', { jobTitles: ['президент России'] });
const priest = person('Игорь Якимчук', 'igor-yakimchuk');

interface Spoken {
  readonly resolution: SpeakerResolution;
  /** The speaker of each direct quotation: its name and type. */
  readonly speakers: (string | undefined)[];
}

function speak(text: string, specs: readonly MentionSpec[] = []): Spoken {
  const s = seg(text);
  const resolved = resolvedFor(s, specs);
  const quotes = extractQuotes(s);
  const resolution = resolveSpeakers(quotes, new MentionIndex(s, resolved), []);
  const entities = [...resolved.entities, ...resolution.sources];
  const speakers = quotes.flatMap((q, i) => {
    if (q.kind !== 'direct') return [];
    const e = entities.find((x) => x.id === resolution.speakers[i]);
    return [e ? `${e.type}: ${e.name}` : undefined];
  });
  return { resolution, speakers };
}

describe('unnamed sources (a speaker the text describes without a name)', () => {
  it('a role noun with a complement after the verb: a Person named by the phrase, with a description mention', () => {
    const r = speak('Обама купил дом. «Мы решили остаться», — сообщил представитель Обамы.', [{ surface: 'Обама', entity: obama }, { surface: 'Обамы', entity: obama }]);
    expect(r.speakers).toEqual(['Person: представитель Обамы']);
    expect(r.resolution.sources).toMatchObject([{ id: 'person/predstavitel-obamy', type: 'Person', name: 'представитель Обамы' }]);
    expect(r.resolution.mentions).toMatchObject([{ text: 'представитель Обамы', kind: 'description', ref: 'person/predstavitel-obamy' }]);
    expect(speak('«Он скончался», — отметил собеседник ТАСС.', [{ surface: 'ТАСС', entity: tass }]).speakers).toEqual(['Person: собеседник ТАСС']);
  });

  it('groups keep the plural, in the nominative: по словам прокуроров, полицейские сообщили', () => {
    expect(speak('По словам прокуроров, она оказалась «не в том месте в неподходящее время».').speakers).toEqual(['Person: прокуроры']);
    expect(speak('Полицейские сообщили: «Смерть не рассматривается как подозрительная».').speakers).toEqual(['Person: полицейские']);
    expect(speak('После приговора собравшиеся украинцы в зале ответили: «Героям слава!».').speakers).toEqual(['Person: украинцы в зале']);
  });

  it('an organization head noun makes an Organization: the object of a citing verb, a body in which they said it', () => {
    const cited = speak('The Guardian цитирует пресс-службу резиденции наследника британской короны: «Принц чувствует себя хорошо».', [{ surface: 'The Guardian', entity: guardian }]);
    expect(cited.speakers).toEqual(['Organization: пресс-служба резиденции наследника британской короны']);
    expect(speak('В канцелярии премьер-министра сообщили: «Мать и ребенок чувствуют себя хорошо».').speakers).toEqual(['Organization: канцелярия премьер-министра']);
    expect(speak('«Эфир отменен», — говорится в заявлении телекомпании.').speakers).toEqual(['Organization: телекомпания']);
  });

  it('источник, an inanimate word in the dictionary, names a source too', () => {
    expect(speak('«Решение уже принято», — подчеркнул источник издания.').speakers).toEqual(['Person: источник издания']);
    expect(speak('«Решение уже принято», — сообщил источник в правительстве.').speakers).toEqual(['Person: источник в правительстве']);
  });

  it('a medium reports, the source it refers to or cites speaks (со ссылкой на …; цитирует РИА Новости представителя …)', () => {
    const ria = org('РИА Новости', 'ria-novosti');
    const referred = speak('«Задержаны трое», — сообщает ТАСС со ссылкой на источник в силовых структурах.', [{ surface: 'ТАСС', entity: tass }]);
    expect(referred.speakers).toEqual(['Person: источник в силовых структурах']);
    const cited = speak('«Работы завершены», — цитирует РИА Новости представителя ведомства.', [{ surface: 'РИА Новости', entity: ria }]);
    expect(cited.speakers).toEqual(['Person: представитель ведомства']);
    expect(speak('«Работы завершены», — сообщает ТАСС.', [{ surface: 'ТАСС', entity: tass }]).speakers).toEqual(['Organization: ТАСС']);
  });

  it('a pronoun whose antecedent is a common noun: the phrase, and the partitive left out as an alternate name', () => {
    const r = speak('Был задержан 27-летний житель одного из сёл Киевской области. Он сказал, что «огонь ветром опрокинулся дальше».');
    expect(r.speakers).toEqual(['Person: житель одного из сёл Киевской области']);
    expect(r.resolution.sources[0]?.alternateNames).toEqual(['житель Киевской области']);
  });

  it('exists only as the speaker of a direct quotation, never for reported speech', () => {
    const r = speak('Представитель компании заявил, что переговоры продолжатся.');
    expect(r.resolution.sources).toEqual([]);
    expect(r.resolution.mentions).toEqual([]);
  });

  it('a name in apposition or a role the article gives somebody wins over a description', () => {
    expect(speak('По словам протоиерея Игоря Якимчука: «Храм будет открыт».', [{ surface: 'Игоря Якимчука', entity: priest }]).speakers).toEqual(['Person: Игорь Якимчук']);
    const text = 'Артиста поздравил Владимир Путин. В поздравлении президента России говорится: «Человек талантливый и многогранный».';
    expect(speak(text, [{ surface: 'Владимир Путин', entity: putin }]).speakers).toEqual(['Person: Владимир Путин']);
  });

  it('words that are not a speaker stay out: a mostly inanimate noun, a pronoun adjective inside a title', () => {
    const text = 'Трамп и Путин сделали заявление. В заявлении подчеркивается, что дух Эльбы «является примером того, как страны могут сотрудничать».';
    expect(speak(text).resolution.sources).toEqual([]);
    const title = 'Судья в особом мнении по делу «Алексеев и другие против России» высказался за право «создавать семейные отношения свободно».';
    expect(speak(title).resolution.sources.map((e) => e.name)).not.toContain('другие');
  });
});
