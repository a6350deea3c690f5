import { beforeAll, describe, expect, it } from 'vitest';
import { extractDates } from '../../../src/extract/dates.js';
import { extractFigures, type FigureCandidate } from '../../../src/extract/figures.js';
import { loadStatementKit, seg } from './statements-kit.js';

beforeAll(loadStatementKit);

type Shown = Omit<FigureCandidate, 'start' | 'end' | 'from' | 'to'> & { text: string };

function figures(text: string): Shown[] {
  const s = seg(text);
  return extractFigures(s, extractDates(s)).map(({ start, end, from: _f, to: _t, ...rest }) => ({ text: s.text.slice(start, end), ...rest }));
}

const one = (text: string) => figures(text)[0];

describe('extractFigures: money', () => {
  it('digits with a scale word and a currency in any case', () => {
    expect(one('Товарооборот превысил 200 миллиардов долларов.')).toMatchObject({ text: '200 миллиардов долларов', kind: 'MonetaryAmount', value: 2e11, currency: 'USD', measures: 'товарооборот' });
    expect(one('Ущерб составил 5,3 млн рублей.')).toMatchObject({ value: 5.3e6, currency: 'RUB', measures: 'ущерб' });
    expect(one('Бюджет — 1,5 трлн рублей.')).toMatchObject({ value: 1.5e12, currency: 'RUB' });
    expect(one('Штраф составит 300 тыс. руб.')).toMatchObject({ value: 3e5, currency: 'RUB' });
  });

  it('currency signs before the number and other currencies', () => {
    expect(one('Клуб хочет получить $27.5 млн.')).toMatchObject({ text: '$27.5 млн', value: 27.5e6, currency: 'USD' });
    expect(one('Сделка на £22 млн.')).toMatchObject({ value: 22e6, currency: 'GBP' });
    expect(one('Он получил 750 тысяч юаней.')).toMatchObject({ value: 750000, currency: 'CNY' });
    expect(one('Кредит в 100 млн гонконгских долларов.')).toMatchObject({ currency: 'HKD' });
    expect(one('Цена — 30 миллионов фунтов стерлингов.')).toMatchObject({ text: '30 миллионов фунтов стерлингов', currency: 'GBP' });
    expect(one('Заплатили 5 евро.')).toMatchObject({ value: 5, currency: 'EUR' });
  });

  it('numbers in words', () => {
    expect(one('Компания заработала полтора миллиона рублей.')).toMatchObject({ value: 1.5e6, currency: 'RUB' });
    expect(one('Сделка за миллиард долларов.')).toMatchObject({ value: 1e9, currency: 'USD' });
  });

  it('approximations and ranges become bounds', () => {
    expect(one('Ущерб — более 45 тысяч рублей.')).toMatchObject({ minValue: 45000, currency: 'RUB' });
    expect(one('Ему заплатили почти 30 миллионов долларов.')).toMatchObject({ maxValue: 3e7 });
    expect(one('Штраф до 750 тысяч юаней.')).toMatchObject({ maxValue: 750000 });
    expect(one('Штраф от 3 до 5 тысяч рублей.')).toMatchObject({ minValue: 3000, maxValue: 5000, currency: 'RUB' });
    expect(one('На ремонт ушло 50-70 млн рублей.')).toMatchObject({ minValue: 5e7, maxValue: 7e7 });
    expect(one('Стоимость — около 8 млн долларов.')).toMatchObject({ value: 8e6 });
  });

  it('a bare scaled amount takes the currency of the amount before it', () => {
    const found = figures('Победитель получит 368 млн рублей, второе место — 316 млн.');
    expect(found.map((f) => [f.value, f.currency])).toEqual([
      [368e6, 'RUB'],
      [316e6, 'RUB'],
    ]);
  });
});

describe('extractFigures: durations, ages, percentages, counts', () => {
  it('years, months, days, hours', () => {
    expect(one('Три года подряд рост продолжается.')).toMatchObject({ text: 'Три года', kind: 'Duration', value: 3, unitCode: 'ANN' });
    expect(one('Договору исполняется 25 лет.')).toMatchObject({ value: 25, unitCode: 'ANN' });
    expect(one('Работы займут шесть месяцев.')).toMatchObject({ value: 6, unitCode: 'MON' });
    expect(one('Он провел там 10 дней.')).toMatchObject({ value: 10, unitCode: 'DAY' });
    expect(one('Поиски длились 12 часов.')).toMatchObject({ value: 12, unitCode: 'HUR' });
  });

  it('anniversaries and ages written as compounds', () => {
    expect(one('Страна отметила 80-летие Победы.')).toMatchObject({ text: '80-летие', value: 80, unitCode: 'ANN' });
    expect(one('Задержан 29-летний мужчина.')).toMatchObject({ value: 29, unitCode: 'ANN' });
  });

  it('percentages', () => {
    expect(one('Инфляция составила 7,4%.')).toMatchObject({ value: 7.4, unitCode: 'P1', measures: 'инфляция' });
    expect(one('Рост ВВП составил 3 процента.')).toMatchObject({ value: 3, unitCode: 'P1', measures: 'рост ВВП' });
  });

  it('counts and vague amounts (десятки, сотни)', () => {
    expect(one('Задержаны 5 человек.')).toMatchObject({ kind: 'QuantitativeValue', value: 5, unitText: 'человек' });
    expect(one('Погибли десятки миллионов людей.')).toMatchObject({ minValue: 1e7, maxValue: 1e8 });
  });
});

describe('extractFigures: numbers that are not figures', () => {
  it('dates and years', () => {
    expect(figures('Встреча прошла 9 мая 2025 года, а в 2026 году будет другая.')).toEqual([]);
  });

  it('clock times, article numbers, phone numbers, list numbering, ordinals', () => {
    expect(figures('Встреча начнется в 14:00.')).toEqual([]);
    expect(figures('Дело возбуждено по статье 105 и пункту 6 части 2.')).toEqual([]);
    expect(figures('Звоните по телефону 8-800-555-35-35.')).toEqual([]);
    expect(figures('Он занял 14-е место в 97-м забеге.')).toEqual([]);
    expect(figures('План:\n1. Собрать данные.\n2. Подвести итоги.')).toEqual([]);
  });
});
