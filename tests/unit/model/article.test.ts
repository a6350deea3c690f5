import { describe, expect, expectTypeOf, it } from 'vitest';
import { ModelValidationError } from '../../../src/errors.js';
import { Article, type ArticleInput } from '../../../src/model/article.js';
import type { EntityId, LocalId } from '../../../src/model/ids.js';
import { parseArticle } from '../../../src/model/parse-article.js';
import { loadFixtureModel } from '../../helpers/fixtures.js';
import { mentionAt, sampleInput } from '../../helpers/sample-article.js';

/** The issues of a model as "path: message" lines. */
function issuesOf(input: ArticleInput): string[] {
  const result = Article.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('the Article model', () => {
  it('accepts the sample and the seed fixture', () => {
    expect(issuesOf(sampleInput())).toEqual([]);
    expect(loadFixtureModel('seed').quotes).toHaveLength(7);
  });

  it('fills defaults for what a hand-written model leaves out', () => {
    const minimal = Article.parse({ iri: 'https://e.org/a/1', base: 'https://e.org/', source: 'a.txt', text: '' });
    expect(minimal.inLanguage).toBe('ru');
    expect(minimal.entities).toEqual([]);
    expect(minimal.mentions).toEqual([]);
  });

  it('brands ids, so plain strings do not pass for them', () => {
    expectTypeOf<Article['publisher']>().toEqualTypeOf<EntityId | undefined>();
    expectTypeOf<Article['about']>().toEqualTypeOf<LocalId | undefined>();
    expectTypeOf<string>().not.toExtend<EntityId>();
  });

  it('rejects references to what the article does not define, with their paths', () => {
    const input = sampleInput();
    input.publisher = 'org/nobody' as EntityId;
    input.about = 'event-9' as LocalId;
    input.quotes![0] = { ...input.quotes![0]!, speaker: 'person/ghost' as EntityId };
    input.events![1] = { ...input.events![1]!, superEvent: 'event-2' as LocalId };
    expect(issuesOf(input)).toEqual([
      'publisher: org/nobody is not defined in this article',
      'about: event-9 is not defined in this article',
      'events.1.superEvent: an event cannot be its own superEvent',
      'quotes.0.speaker: person/ghost is not defined in this article',
    ]);
  });

  it('rejects references of the wrong kind', () => {
    const input = sampleInput();
    input.about = 'quote-1' as LocalId;
    input.events![0] = { ...input.events![0]!, locations: ['wd/Q1058' as EntityId] };
    expect(issuesOf(input)).toEqual([
      'about: quote-1 is a Quote; expected Event',
      'events.0.locations.0: wd/Q1058 is a Person; expected Country or City or Region or Place',
    ]);
  });

  it('rejects duplicate ids', () => {
    const input = sampleInput();
    input.entities!.push({ ...input.entities![0]! });
    expect(issuesOf(input)).toEqual(['entities.12.id: duplicate id wd/Q1058']);
  });

  it('rejects offsets that do not slice the text to the surface, or lie outside it', () => {
    const input = sampleInput();
    const good = mentionAt('Нарендра Моди', 'name', 'wd/Q1058');
    input.mentions = [
      { ...good, start: good.start + 1, end: good.end + 1 },
      { ...good, start: 5000, end: 5010 },
    ];
    const issues = issuesOf(input);
    expect(issues).toHaveLength(2);
    expect(issues[0]).toMatch(/^mentions\.0\.text: offsets \d+–\d+ slice the text to "арендра Моди /);
    expect(issues[1]).toMatch(/^mentions\.1\.end: offset 5010 lies outside the text \(\d+ code points\)$/);
    expect(issuesOf({ ...input, mentions: [{ ...good, end: good.start }] })).toContain('mentions.0: end must be greater than start');
  });

  it('counts offsets in code points, not UTF-16 units', () => {
    const input = sampleInput();
    const good = mentionAt('Нарендра Моди', 'name', 'wd/Q1058');
    input.mentions = [{ ...good, start: good.start + 1, end: good.end + 1, text: 'Нарендра Моди' }];
    expect(issuesOf(input)).toHaveLength(1);
    expect(input.text.indexOf('Нарендра Моди')).toBe(good.start + 1); // one astral character before it
  });

  it('rejects a quote mention whose text is not its quote\'s, and a mention of the wrong kind of thing', () => {
    const input = sampleInput();
    input.quotes![0] = { ...input.quotes![0]!, text: 'Мы удвоим' };
    input.mentions = [mentionAt('Мы удвоим торговлю', 'quote', 'quote-1'), mentionAt('Индии', 'quote', 'wd/Q668')];
    expect(issuesOf(input)).toEqual([
      "mentions.0.text: the quote mention's text differs from quote-1's text",
      'mentions.1.ref: wd/Q668 is a Country; expected Quote',
    ]);
  });

  it('rejects figures without a value, money without a currency, bad dates', () => {
    const input = sampleInput();
    input.figures = [{ id: 'figure-1' as LocalId, kind: 'MonetaryAmount', value: 1 }, { id: 'figure-2' as LocalId, kind: 'QuantitativeValue', unitCode: 'P1' }];
    input.datePublished = { value: '2026-02-30', precision: 'day' };
    expect(issuesOf(input)).toEqual([
      'datePublished: the value must have the lexical form of its precision (YYYY-MM-DD, YYYY-MM, YYYY, --MM-DD or an ISO date-time) and be a real calendar date',
      'figures.0: a MonetaryAmount needs a currency',
      'figures.1: a figure needs a value, a minValue or a maxValue',
    ]);
  });

  it('throws a ModelValidationError with every problem and its path from parseArticle', () => {
    const input = sampleInput();
    input.publisher = 'org/nobody' as EntityId;
    try {
      parseArticle(input, 'x.model.json');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ModelValidationError);
      expect(e).toMatchObject({ code: 'exporter.validation.model', exitCode: 4, problems: ['publisher: org/nobody is not defined in this article'] });
    }
  });
});
