import { Article, type ArticleInput } from '../../src/model/article.js';
import type { MentionKind } from '../../src/model/mention.js';
import { CodePointIndex } from '../../src/util/code-points.js';

/**
 * A small made-up article for unit tests (not the seed): a text with an astral character before
 * the mentions, so code point offsets differ from UTF-16 ones, and one item of every kind.
 */
export const SAMPLE_TEXT =
  '🌍 Премьер-министр Индии Нарендра Моди встретился в Дели с главой МИД Бразилии. ' +
  '«Мы удвоим торговлю», — сказал он. По его словам, объём торговли достигнет 5,3 млн долларов, около 40% — сырьё. ' +
  'Переговоры прошли 12 марта 2025 года в Красном форте; соглашение «о партнёрстве» подписано.';

/** A mention of the first occurrence of a surface (after a given text, if any), with code point offsets. */
export function mentionAt(surface: string, kind: MentionKind, ref: string, after = '', text = SAMPLE_TEXT) {
  const from = after ? text.indexOf(after) + after.length : 0;
  const unit = text.indexOf(surface, from);
  if (unit < 0 || (after && from < after.length)) throw new Error(`no ${surface} in the sample text`);
  const index = new CodePointIndex(text);
  const start = index.cp(unit);
  return { start, end: start + [...surface].length, text: surface, kind, ref };
}

export function sampleInput(): ArticleInput {
  return {
    iri: 'https://example.org/news/article/sample-1',
    base: 'https://example.org/news/',
    source: 'sample-1.txt',
    url: 'https://example.org/original/sample-1',
    text: SAMPLE_TEXT,
    datePublished: { value: '2025-03-12T10:30', precision: 'dateTime' },
    headline: 'Нарендра Моди встретился в Дели с главой МИД Бразилии',
    description: 'Премьер-министр Индии Нарендра Моди встретился в Дели с главой МИД Бразилии.',
    creditText: 'Фото: Example/Иван Петров',
    publisher: 'org/example-news',
    authors: ['person/ivan-petrov'],
    contributors: [],
    about: 'event-1',
    entities: [
      { type: 'Person', id: 'wd/Q1058', name: 'Нарендра Моди', wikidata: 'Q1058', jobTitles: ['премьер-министр Индии'], affiliations: ['org/mea-india'], nationality: ['wd/Q668'] },
      { type: 'Person', id: 'person/ivan-petrov', name: 'Иван Петров', worksFor: ['org/example-news'] },
      { type: 'Country', id: 'wd/Q668', name: 'Индия', wikidata: 'Q668', isoCode: 'IN' },
      { type: 'Country', id: 'wd/Q155', name: 'Бразилия', wikidata: 'Q155', isoCode: 'BR' },
      { type: 'City', id: 'wd/Q987', name: 'Нью-Дели', alternateNames: ['Дели'], wikidata: 'Q987', containedIn: 'wd/Q668' },
      { type: 'Region', id: 'region/delhi', name: 'Национальный столичный округ Дели', containedIn: 'wd/Q668' },
      { type: 'Place', id: 'place/red-fort', name: 'Красный форт', placeKind: 'landmark', containedIn: 'wd/Q987' },
      { type: 'Place', id: 'place/south-asia', name: 'Южная Азия', placeKind: 'area' },
      { type: 'Organization', id: 'org/mea-india', name: 'Министерство иностранных дел Индии', orgKind: 'government', location: 'wd/Q987' },
      { type: 'Organization', id: 'org/mfa-brazil', name: 'МИД Бразилии', orgKind: 'government', parentOrganization: 'org/mea-india' },
      { type: 'Organization', id: 'org/example-news', name: 'Пример Новости', orgKind: 'news-media' },
      { type: 'Organization', id: 'org/brics', name: 'БРИКС', orgKind: 'international' },
    ],
    events: [
      { id: 'event-1', name: 'Переговоры Моди в Дели', eventKind: 'talks', startDate: { value: '2025-03-12', precision: 'day' }, locations: ['place/red-fort'], attendees: ['wd/Q1058'], organizers: ['org/mea-india'], attendanceMode: 'offline', status: 'held' },
      { id: 'event-2', name: 'Саммит БРИКС', eventKind: 'summit', startDate: { value: '2025-07', precision: 'month' }, endDate: { value: '--07-08', precision: 'monthDay' }, attendanceMode: 'mixed', status: 'planned', superEvent: 'event-1' },
      { id: 'event-3', name: 'Форум', eventKind: 'conference', startDate: { value: '2024', precision: 'year' }, attendanceMode: 'online', status: 'cancelled' },
      { id: 'event-4', name: 'Выставка', eventKind: 'festival', status: 'postponed' },
    ],
    quotes: [
      { id: 'quote-1', text: 'Мы удвоим торговлю', kind: 'direct', speaker: 'wd/Q1058', frame: '— сказал он' },
      { id: 'quote-2', text: 'объём торговли достигнет 5,3 млн долларов', kind: 'indirect', speaker: 'wd/Q1058', frame: 'По его словам' },
    ],
    figures: [
      { id: 'figure-1', kind: 'MonetaryAmount', value: 5300000, currency: 'USD', measures: 'объём торговли' },
      { id: 'figure-2', kind: 'QuantitativeValue', minValue: 40, unitCode: 'P1', unitText: 'процент' },
      { id: 'figure-3', kind: 'Duration', value: 0.5, unitCode: 'ANN' },
    ],
    dates: [{ id: 'date-1', date: { value: '2025-03-12', precision: 'day' } }],
    works: [
      { id: 'work-1', name: 'Соглашение о партнёрстве', workKind: 'treaty', dateCreated: { value: '2025-03', precision: 'month' } },
      { id: 'work-2', name: 'Доклад', workKind: 'creative-work' },
    ],
    mentions: [
      mentionAt('Премьер-министр Индии', 'description', 'wd/Q1058'),
      mentionAt('Индии', 'name', 'wd/Q668'),
      mentionAt('Нарендра Моди', 'name', 'wd/Q1058'),
      mentionAt('Дели', 'name', 'wd/Q987'),
      mentionAt('МИД Бразилии', 'name', 'org/mfa-brazil'),
      mentionAt('Бразилии', 'name', 'wd/Q155'),
      mentionAt('Мы удвоим торговлю', 'quote', 'quote-1'),
      mentionAt('он', 'pronoun', 'wd/Q1058', 'сказал '),
      mentionAt('5,3 млн долларов', 'figure', 'figure-1'),
      mentionAt('40%', 'figure', 'figure-2'),
      mentionAt('12 марта 2025 года', 'date', 'date-1'),
      mentionAt('Красном форте', 'name', 'place/red-fort'),
      mentionAt('соглашение «о партнёрстве»', 'name', 'work-1'),
      mentionAt('Переговоры', 'description', 'event-1'),
      mentionAt('Переговоры', 'name', 'event-1'),
    ],
  };
}

/** The sample article, validated. */
export function sampleArticle(): Article {
  return Article.parse(sampleInput());
}
