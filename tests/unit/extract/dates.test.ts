import { beforeAll, describe, expect, it } from 'vitest';
import { extractDates } from '../../../src/extract/dates.js';
import { loadStatementKit, seg } from './statements-kit.js';

beforeAll(loadStatementKit);

function dates(text: string) {
  const s = seg(text);
  return extractDates(s).map((d) => ({ text: s.text.slice(d.start, d.end), spec: d.spec, tense: d.tense }));
}

describe('extractDates', () => {
  it('day, month and year: 4 февраля 2026 года, 04.02.2026', () => {
    expect(dates('Это случилось 4 февраля 2026 года.')).toEqual([{ text: '4 февраля 2026 года', spec: { kind: 'calendar', day: 4, month: 2, year: 2026 }, tense: 'past' }]);
    expect(dates('Срок — 04.02.2026.')[0]?.spec).toEqual({ kind: 'calendar', day: 4, month: 2, year: 2026 });
  });

  it('a day and a month without a year, with the tense of its clause', () => {
    expect(dates('9 Мая он стоял на трибуне.')).toEqual([{ text: '9 Мая', spec: { kind: 'calendar', day: 9, month: 5 }, tense: 'past' }]);
  });

  it('month and year, year, and the first year of a range', () => {
    expect(dates('В феврале 2026 года прошли выборы.')[0]).toMatchObject({ text: 'феврале 2026 года', spec: { month: 2, year: 2026 } });
    expect(dates('В 2025 году рост продолжился.')[0]).toMatchObject({ text: '2025 году', spec: { year: 2025 } });
    expect(dates('с 1945-го по 1950 год').map((d) => d.spec)).toEqual([
      { kind: 'calendar', year: 1945 },
      { kind: 'calendar', year: 1950 },
    ]);
    expect(dates('в 1988—1998 годах').map((d) => d.text)).toEqual(['1988', '1998 годах']);
  });

  it('relative days, years and months', () => {
    expect(dates('Сегодня и вчера').map((d) => d.spec)).toEqual([
      { kind: 'relative-day', offset: 0 },
      { kind: 'relative-day', offset: -1 },
    ]);
    expect(dates('в этом году, в прошлом году и в следующем году').map((d) => d.spec)).toEqual([
      { kind: 'relative-year', offset: 0 },
      { kind: 'relative-year', offset: -1 },
      { kind: 'relative-year', offset: 1 },
    ]);
    expect(dates('в феврале этого года')[0]?.spec).toEqual({ kind: 'calendar', month: 2, yearOffset: 0 });
    expect(dates('в прошлом месяце')[0]?.spec).toEqual({ kind: 'relative-month', offset: -1 });
    expect(dates('Переговоры пройдут в сентябре.')[0]).toMatchObject({ spec: { kind: 'calendar', month: 9 }, tense: 'future' });
  });

  it('no dates in decades, bare numbers or month names that are not dates', () => {
    expect(dates('В 1980-е годы 1945 человек. Март — хороший месяц.')).toEqual([]);
  });
});
