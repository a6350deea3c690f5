import { beforeAll, describe, expect, it } from 'vitest';
import { extractQuotes, type QuoteCandidate } from '../../../src/extract/quotes.js';
import { loadStatementKit, seg } from './statements-kit.js';

beforeAll(loadStatementKit);

/** Each quotation as [kind, frame kind, parts…]. */
function quotes(text: string): string[][] {
  const s = seg(text);
  return extractQuotes(s).map((q: QuoteCandidate) => [q.kind, q.frame.kind, ...q.parts.map((p) => s.text.slice(p.start, p.end))]);
}

const direct = (text: string) => quotes(text).filter((q) => q[0] === 'direct');

describe('extractQuotes: frames of speech', () => {
  it('«…», — сказал X: the frame after the closing mark', () => {
    expect(direct('«Мы готовы продолжить работу», — сказал министр.')).toEqual([['direct', 'after', 'Мы готовы продолжить работу']]);
  });

  it('"…", - сказал X: ASCII quotes and a hyphen', () => {
    expect(direct('"Решение будет принято завтра", - сказал губернатор.')).toEqual([['direct', 'after', 'Решение будет принято завтра']]);
  });

  it('X заявил: «…» — a colon after a clause of speech', () => {
    expect(direct('Министр заявил: «Переговоры прошли успешно».')).toEqual([['direct', 'colon', 'Переговоры прошли успешно']]);
  });

  it('по словам X, «…» and как пишет X, «…»', () => {
    expect(direct('По словам министра, «ситуация остается сложной».')).toEqual([['direct', 'source', 'ситуация остается сложной']]);
    expect(direct('Как пишет газета, «решение уже подписано президентом».')).toEqual([['direct', 'source', 'решение уже подписано президентом']]);
  });

  it('X заявил, что «…»: quoted words inside reported speech', () => {
    expect(direct('Президент заявил, что «экономика растет быстрее прогнозов».')).toEqual([['direct', 'mixed', 'экономика растет быстрее прогнозов']]);
  });

  it('a quotation split by its frame gives two parts of one quotation', () => {
    const [q] = direct('«Я должен признать, — сказал мэр, — что мы опоздали с решением».');
    expect(q).toEqual(['direct', 'inner', 'Я должен признать', 'что мы опоздали с решением']);
  });

  it('nested quotes do not cut the quotation (the text between the outer marks, exactly)', () => {
    expect(direct('«Сегодня праздник „Весна“, и все рады», — сказал он.')[0]?.[2]).toBe('Сегодня праздник „Весна“, и все рады');
    expect(direct('«Мы смотрели фильм «Экипаж» всей семьей», — рассказала она.')[0]?.[2]).toBe('Мы смотрели фильм «Экипаж» всей семьей');
  });

  it('a quotation of several sentences', () => {
    expect(direct('«Работа идет. Сроки не сорваны. Все будет готово», — отметил глава города.')[0]?.[2]).toBe('Работа идет. Сроки не сорваны. Все будет готово');
  });

  it('a quotation that goes on after an attributed one needs no frame of its own', () => {
    const found = direct('«Первый этап завершен», — сказал директор. «Мы начинаем второй этап уже в понедельник».');
    expect(found.map((q) => q[1])).toEqual(['after', 'continued']);
  });
});

describe('extractQuotes: what is not a quotation', () => {
  it('quoted names of media, companies and parties', () => {
    expect(direct('Об этом сообщила газета «Коммерсантъ», а также компания «Газпром».')).toEqual([]);
    expect(direct('Корреспондент «Известий» побывал на месте.')).toEqual([]);
  });

  it('titles of laws and treaties', () => {
    expect(direct('Депутаты приняли закон «о защите прав потребителей» во втором чтении.')).toEqual([]);
    expect(direct('Исполнилось 20 лет договору «о дружбе и сотрудничестве».')).toEqual([]);
  });

  it('single scare-quoted words', () => {
    expect(direct('Эксперты назвали проект «грандиозным».')).toEqual([]);
    expect(direct('Слово «грандиозный» здесь уместно.')).toEqual([]);
  });

  it('a parenthesis between dashes is not a frame', () => {
    expect(direct('Его мать – известная актриса – сказала журналистам, что все хорошо.')).toEqual([]);
  });
});

describe('extractQuotes: reported speech and quotations without marks', () => {
  it('X отметил, что … is indirect speech', () => {
    expect(quotes('Министр отметил, что бюджет будет исполнен полностью.')).toEqual([['indirect', 'indirect', 'бюджет будет исполнен полностью']]);
  });

  it('как отметил X, … is indirect speech', () => {
    expect(quotes('И, как отметил президент, страна справится с трудностями.')).toEqual([['indirect', 'indirect', 'страна справится с трудностями']]);
  });

  it('a paragraph after «X заявил:» is a block quotation', () => {
    expect(direct('Министр заявил:\nМы завершили переговоры и подписали соглашение.\nДругие новости.')).toEqual([
      ['direct', 'block', 'Мы завершили переговоры и подписали соглашение.'],
    ]);
  });

  it('a paragraph ending with «— сказала X.» is a quotation without marks', () => {
    expect(direct('Для меня это очень важный день в жизни — сказала певица.')).toEqual([
      ['direct', 'unmarked', 'Для меня это очень важный день в жизни'],
    ]);
  });
});
