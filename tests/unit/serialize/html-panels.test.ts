import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../../src/graph/build-graph.js';
import { writeHtml } from '../../../src/serialize/html.js';
import { formatDate, formatQuantity } from '../../../src/serialize/page/format-values.js';
import { sampleArticle } from '../../helpers/sample-article.js';

/** The page with digit-group spaces (U+00A0, U+202F) made plain, and the panel sections by id. */
const html = writeHtml(buildGraph(sampleArticle())).replace(/[\u00a0\u202f]/g, ' ');
const section = (id: string) => new RegExp(`<section id="${id}"[\\s\\S]*?</section>`).exec(html)?.[0] ?? '';
const strip = (s: string) => s.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim();

describe('the panels of the article page', () => {
  it('lists people with job titles, mention counts and Wikidata links, mentioned first', () => {
    const people = strip(section('people'));
    expect(people).toMatch(/^Люди 2 Нарендра Моди премьер-министр Индии упоминаний в тексте: 3 Wikidata: Q1058 Иван Петров/);
    expect(people).toContain('Иван Петров в тексте не упоминается');
  });

  it('lists organizations and places with their specific types', () => {
    expect(strip(section('organizations'))).toContain('МИД Бразилии Государственная организация упоминаний в тексте: 1');
    const places = strip(section('places'));
    expect(places).toContain('Нью-Дели Город Дели');
    expect(places).toContain('Красный форт Достопримечательность');
    expect(places).toContain('Индия упоминаний в тексте: 1 Wikidata: Q668');
  });

  it('lists events with their dates and places', () => {
    const events = strip(section('events'));
    expect(events).toContain('Переговоры Моди в Дели 12 марта 2025 г. Красный форт упоминаний в тексте: 2');
    expect(events).toContain('Саммит БРИКС июль 2025 г. — 8 июля');
    expect(events).toContain('Выставка дата не указана');
  });

  it('groups quotes by speaker and marks reported speech', () => {
    const quotes = strip(section('quotes'));
    expect(quotes).toBe('Цитаты 2 Нарендра Моди (2) Мы удвоим торговлю объём торговли достигнет 5,3 млн долларов Косвенная речь');
  });

  it('lists figures with values, units and what they measure', () => {
    const figures = strip(section('figures'));
    expect(figures).toContain('5 300 000 долл. США Сумма в тексте: «5,3 млн долларов» объём торговли');
    expect(figures).toContain('не менее 40 % Величина в тексте: «40%»');
    expect(figures).toContain('0,5 года Величина');
  });

  it('links every panel from the navigation', () => {
    const nav = /<nav[\s\S]*?<\/nav>/.exec(html)?.[0] ?? '';
    for (const id of ['text', 'people', 'organizations', 'places', 'events', 'quotes', 'figures', 'works']) expect(nav).toContain(`href="#${id}"`);
  });
});

describe('value formatting', () => {
  it('writes dates of every precision in Russian', () => {
    expect(formatDate('2026-02-04')).toBe('4 февраля 2026 г.');
    expect(formatDate('2026-02')).toBe('февраль 2026 г.');
    expect(formatDate('2026')).toBe('2026 г.');
    expect(formatDate('--05-09')).toBe('9 мая');
    expect(formatDate('2026-02-04T10:30:00+03:00')).toBe('4 февраля 2026 г., 10:30 (UTC+03:00)');
    expect(formatDate('not a date')).toBe('not a date');
  });

  it('writes values and ranges with their units', () => {
    const plain = (s: string | undefined) => s?.replace(/[\u00a0\u202f]/g, ' ');
    expect(plain(formatQuantity({ value: '200000000000', unit: 'долл. США' }))).toBe('200 000 000 000 долл. США');
    expect(formatQuantity({ min: '10', max: '20', unit: 'лет' })).toBe('10–20 лет');
    expect(formatQuantity({ max: '3' })).toBe('не более 3');
    expect(formatQuantity({})).toBeUndefined();
  });
});

describe('unit words', () => {
  it('agree with the number for time units and fall back to the unit text, then the code', async () => {
    const { unitWord } = await import('../../../src/serialize/page/format-values.js');
    expect(['1', '3', '80', '21', '0.5'].map((n) => unitWord('ANN', 'год', n))).toEqual(['год', 'года', 'лет', 'год', 'года']);
    expect(unitWord('USD', undefined)).toBe('долл. США');
    expect(unitWord(undefined, 'человеческая жизнь')).toBe('человеческая жизнь');
    expect(unitWord('XYZ', undefined)).toBe('XYZ');
  });
});
