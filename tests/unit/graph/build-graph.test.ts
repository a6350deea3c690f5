import { DataFactory, Store } from 'n3';
import type { NamedNode, Quad, Term } from '@rdfjs/types';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildGraph } from '../../../src/graph/build-graph.js';
import { mintIris } from '../../../src/graph/iri.js';
import type { Article } from '../../../src/model/article.js';
import { EntityId, LocalId } from '../../../src/model/ids.js';
import { itsrdf, ng, nif, rdf, schema, xsd } from '../../../src/vocab/index.js';
import { sampleArticle } from '../../helpers/sample-article.js';

const { namedNode } = DataFactory;

describe('buildGraph on a sample article', () => {
  let article: Article;
  let quads: Quad[];
  let store: Store;
  let iris: ReturnType<typeof mintIris>;
  /** Objects in the order the graph stage wrote them. */
  const objects = (s: Term, p: NamedNode) => quads.filter((q) => q.subject.equals(s) && q.predicate.equals(p)).map((q) => q.object);
  const values = (s: Term, p: NamedNode) => objects(s, p).map((o) => o.value);
  const entity = (id: string) => iris.entity(EntityId.parse(id));
  const local = (id: string) => iris.local(LocalId.parse(id));

  beforeAll(() => {
    article = sampleArticle();
    quads = buildGraph(article);
    store = new Store(quads);
    iris = mintIris(article);
  });

  it('uses no blank nodes and only the default graph', () => {
    for (const q of quads) {
      expect([q.subject.termType, q.object.termType]).not.toContain('BlankNode');
      expect(q.graph.termType).toBe('DefaultGraph');
    }
  });

  it('is deterministic: the same model gives the same quads in the same order', () => {
    const again = buildGraph(sampleArticle());
    expect(again.length).toBe(quads.length);
    again.forEach((q, i) => expect(q.equals(quads[i] ?? null)).toBe(true));
  });

  it('keeps each subject contiguous, rdf:type first', () => {
    const seen = new Set<string>();
    let previous = '';
    for (const q of quads) {
      if (q.subject.value !== previous) {
        expect(seen.has(q.subject.value), `${q.subject.value} appears twice`).toBe(false);
        expect(q.predicate.equals(rdf.type), `${q.subject.value} starts with rdf:type`).toBe(true);
        seen.add(q.subject.value);
        previous = q.subject.value;
      }
    }
  });

  it('describes the NewsArticle with typed dates, language tags and links', () => {
    const a = iris.article;
    expect(values(a, rdf.type)).toEqual([schema.NewsArticle.value]);
    const [headline] = objects(a, schema.headline);
    expect(headline).toEqual(DataFactory.literal('Нарендра Моди встретился в Дели с главой МИД Бразилии', 'ru'));
    const [date] = objects(a, schema.datePublished);
    expect(date).toEqual(DataFactory.literal('2025-03-12T10:30:00', xsd.dateTime));
    expect(objects(a, schema.inLanguage)).toEqual([DataFactory.literal('ru')]);
    expect(objects(a, schema.url)).toEqual([namedNode('https://example.org/original/sample-1')]);
    expect(objects(a, schema.author)).toEqual([entity('person/ivan-petrov')]);
    expect(objects(a, schema.publisher)).toEqual([entity('org/example-news')]);
    expect(objects(a, schema.about)).toEqual([local('event-1')]);
    expect(objects(a, ng.sourceFile)).toEqual([DataFactory.literal('sample-1.txt')]);
  });

  it('lists every entity, event, quote, figure and work under schema:mentions, and no date', () => {
    const mentioned = values(iris.article, schema.mentions);
    const expected = [
      ...article.entities.map((e) => iris.entity(e.id).value),
      ...[...article.events, ...article.quotes, ...article.figures, ...article.works].map((x) => iris.local(x.id).value),
    ];
    expect(mentioned).toEqual(expected);
    expect(mentioned).not.toContain(local('date-1').value);
  });

  it('types entities with schema.org classes, the subtypes with their supertype too', () => {
    expect(values(entity('wd/Q1058'), rdf.type)).toEqual([schema.Person.value]);
    expect(values(entity('wd/Q668'), rdf.type)).toEqual([schema.Country.value]);
    expect(values(entity('wd/Q987'), rdf.type)).toEqual([schema.City.value]);
    expect(values(entity('region/delhi'), rdf.type)).toEqual([schema.AdministrativeArea.value]);
    expect(values(entity('place/red-fort'), rdf.type)).toEqual([schema.LandmarksOrHistoricalBuildings.value, schema.Place.value]);
    expect(values(entity('place/south-asia'), rdf.type)).toEqual([schema.Place.value]);
    expect(values(entity('org/mea-india'), rdf.type)).toEqual([schema.GovernmentOrganization.value, schema.Organization.value]);
    expect(values(entity('org/brics'), rdf.type)).toEqual([schema.Organization.value]);
    expect(values(entity('org/example-news'), ng.organizationKind)).toEqual(['news-media']);
  });

  it('links entities to Wikidata and to each other', () => {
    const modi = entity('wd/Q1058');
    expect(objects(modi, schema.sameAs)).toEqual([namedNode('http://www.wikidata.org/entity/Q1058')]);
    expect(objects(modi, schema.jobTitle)).toEqual([DataFactory.literal('премьер-министр Индии', 'ru')]);
    expect(objects(modi, schema.affiliation)).toEqual([entity('org/mea-india')]);
    expect(objects(modi, schema.nationality)).toEqual([entity('wd/Q668')]);
    expect(objects(entity('person/ivan-petrov'), schema.worksFor)).toEqual([entity('org/example-news')]);
    expect(objects(entity('wd/Q987'), schema.alternateName)).toEqual([DataFactory.literal('Дели', 'ru')]);
    expect(objects(entity('wd/Q987'), schema.containedInPlace)).toEqual([entity('wd/Q668')]);
    expect(objects(entity('org/mfa-brazil'), schema.parentOrganization)).toEqual([entity('org/mea-india')]);
    expect(objects(entity('org/mea-india'), schema.location)).toEqual([entity('wd/Q987')]);
    expect(objects(entity('wd/Q155'), ng.isoCode)).toEqual([DataFactory.literal('BR')]);
  });

  it('maps event status, phase, attendance mode and dates', () => {
    const e1 = local('event-1');
    expect(objects(e1, schema.eventStatus)).toEqual([schema.EventScheduled]);
    expect(values(e1, ng.eventPhase)).toEqual(['held']);
    expect(objects(e1, schema.eventAttendanceMode)).toEqual([schema.OfflineEventAttendanceMode]);
    expect(objects(e1, schema.location)).toEqual([entity('place/red-fort')]);
    expect(objects(e1, schema.organizer)).toEqual([entity('org/mea-india')]);
    const e2 = local('event-2');
    expect(objects(e2, schema.eventStatus)).toEqual([schema.EventScheduled]);
    expect(values(e2, ng.eventPhase)).toEqual(['planned']);
    expect(objects(e2, schema.eventAttendanceMode)).toEqual([schema.MixedEventAttendanceMode]);
    expect(objects(e2, schema.startDate)).toEqual([DataFactory.literal('2025-07', xsd.gYearMonth)]);
    expect(objects(e2, schema.endDate)).toEqual([DataFactory.literal('--07-08', xsd.gMonthDay)]);
    expect(objects(e2, schema.superEvent)).toEqual([e1]);
    expect(objects(local('event-3'), schema.eventStatus)).toEqual([schema.EventCancelled]);
    expect(objects(local('event-3'), ng.eventPhase)).toEqual([]);
    expect(objects(local('event-4'), schema.eventStatus)).toEqual([schema.EventPostponed]);
  });

  it('makes direct quotes Quotations and never indirect speech', () => {
    const direct = local('quote-1');
    expect(values(direct, rdf.type)).toEqual([schema.Quotation.value]);
    expect(objects(direct, schema.text)).toEqual([DataFactory.literal('Мы удвоим торговлю', 'ru')]);
    expect(objects(direct, schema.creator)).toEqual([entity('wd/Q1058')]);
    expect(objects(direct, schema.isPartOf)).toEqual([iris.article]);
    expect(objects(direct, ng.frame)).toEqual([DataFactory.literal('— сказал он', 'ru')]);
    const indirect = local('quote-2');
    expect(values(indirect, rdf.type)).toEqual([schema.CreativeWork.value, ng.ReportedSpeech.value]);
    expect(store.getSubjects(rdf.type, schema.Quotation, null)).toEqual([direct]);
  });

  it('writes figures as decimals without exponent, with currency and unit codes as plain strings', () => {
    const money = local('figure-1');
    expect(values(money, rdf.type)).toEqual([schema.MonetaryAmount.value]);
    expect(objects(money, schema.value)).toEqual([DataFactory.literal('5300000', xsd.decimal)]);
    expect(objects(money, schema.currency)).toEqual([DataFactory.literal('USD')]);
    expect(objects(money, schema.description)).toEqual([DataFactory.literal('объём торговли', 'ru')]);
    const share = local('figure-2');
    expect(values(share, rdf.type)).toEqual([schema.QuantitativeValue.value]);
    expect(objects(share, schema.minValue)).toEqual([DataFactory.literal('40', xsd.decimal)]);
    expect(objects(share, schema.unitCode)).toEqual([DataFactory.literal('P1')]);
    expect(objects(share, schema.unitText)).toEqual([DataFactory.literal('процент', 'ru')]);
    const duration = local('figure-3');
    expect(values(duration, rdf.type)).toEqual([schema.QuantitativeValue.value]);
    expect(objects(duration, schema.value)).toEqual([DataFactory.literal('0.5', xsd.decimal)]);
  });

  it('types time expressions and works', () => {
    expect(values(local('date-1'), rdf.type)).toEqual([ng.TimeExpression.value]);
    expect(objects(local('date-1'), ng.dateValue)).toEqual([DataFactory.literal('2025-03-12', xsd.date)]);
    expect(values(local('work-1'), rdf.type)).toEqual([schema.Legislation.value]);
    expect(objects(local('work-1'), schema.dateCreated)).toEqual([DataFactory.literal('2025-03', xsd.gYearMonth)]);
    expect(values(local('work-2'), rdf.type)).toEqual([schema.CreativeWork.value]);
  });

  it('keeps the whole text in one NIF context, with its length in code points', () => {
    const length = [...article.text].length;
    expect(length).toBe(article.text.length - 1); // the sample starts with an astral character
    const context = iris.context(length);
    expect(values(context, rdf.type)).toEqual([nif.Context.value, nif.OffsetBasedString.value]);
    expect(objects(context, nif.isString)).toEqual([DataFactory.literal(article.text)]);
    expect(objects(context, nif.beginIndex)).toEqual([DataFactory.literal('0', xsd.nonNegativeInteger)]);
    expect(objects(context, nif.endIndex)).toEqual([DataFactory.literal(String(length), xsd.nonNegativeInteger)]);
    expect(objects(context, nif.sourceUrl)).toEqual([iris.article]);
  });

  it('writes one phrase per span, in text order, with code point offsets that slice the text', () => {
    const phrases = store.getSubjects(rdf.type, nif.Phrase, null);
    const spans = new Set(article.mentions.map((m) => `${m.start},${m.end}`));
    expect(phrases.length).toBe(spans.size);
    const chars = [...article.text];
    for (const p of phrases) {
      const begin = Number(values(p, nif.beginIndex)[0]);
      const end = Number(values(p, nif.endIndex)[0]);
      expect(p.value).toBe(iris.phrase(begin, end).value);
      expect(values(p, nif.anchorOf)).toEqual([chars.slice(begin, end).join('')]);
      expect(objects(p, nif.referenceContext)).toEqual([iris.context(chars.length)]);
    }
    const begins = quads.filter((q) => q.predicate.equals(nif.beginIndex) && !q.object.value.startsWith('0')).map((q) => Number(q.object.value));
    expect(begins).toEqual([...begins].sort((x, y) => x - y));
  });

  it('links names, quotes, figures and dates with taIdentRef, descriptions and pronouns with ng:refersTo', () => {
    const phraseOf = (surface: string) => {
      const m = article.mentions.find((x) => x.text === surface);
      if (!m) throw new Error(surface);
      return iris.phrase(m.start, m.end);
    };
    expect(objects(phraseOf('Нарендра Моди'), itsrdf.taIdentRef)).toEqual([entity('wd/Q1058')]);
    expect(objects(phraseOf('Нарендра Моди'), ng.mentionKind)).toEqual([ng.Name]);
    expect(objects(phraseOf('Премьер-министр Индии'), itsrdf.taIdentRef)).toEqual([]);
    expect(objects(phraseOf('Премьер-министр Индии'), ng.refersTo)).toEqual([entity('wd/Q1058')]);
    expect(objects(phraseOf('Премьер-министр Индии'), ng.mentionKind)).toEqual([ng.Description]);
    expect(objects(phraseOf('он'), ng.refersTo)).toEqual([entity('wd/Q1058')]);
    expect(objects(phraseOf('он'), ng.mentionKind)).toEqual([ng.Pronoun]);
    expect(objects(phraseOf('Мы удвоим торговлю'), itsrdf.taIdentRef)).toEqual([local('quote-1')]);
    expect(objects(phraseOf('Мы удвоим торговлю'), ng.mentionKind)).toEqual([ng.QuoteSpan]);
    expect(objects(phraseOf('40%'), ng.mentionKind)).toEqual([ng.FigureSpan]);
    expect(objects(phraseOf('12 марта 2025 года'), ng.mentionKind)).toEqual([ng.DateSpan]);
  });

  it('shares one phrase node between two mentions of the same span', () => {
    const phrase = store.getSubjects(nif.anchorOf, DataFactory.literal('Переговоры'), null);
    expect(phrase).toHaveLength(1);
    const [node] = phrase;
    expect(objects(node!, ng.mentionKind)).toEqual([ng.Description, ng.Name]);
    expect(objects(node!, ng.refersTo)).toEqual([local('event-1')]);
    expect(objects(node!, itsrdf.taIdentRef)).toEqual([local('event-1')]);
    expect(store.getQuads(node!, nif.beginIndex, null, null)).toHaveLength(1);
  });
});
