import type { SegmentedArticle } from '../segment/types.js';
import { extractAbbreviations, extractLatinNames } from './abbreviations.js';
import { extractDescriptions } from './descriptions.js';
import type { Gazetteer } from './gazetteer.js';
import { extractKbNames, extractPlaceAdjectives } from './kb-names.js';
import { extendOrganizations, extractOrganizations } from './organizations.js';
import { extractPeople } from './people.js';
import { extendPeople, extractListedPeople, extractNamedPeople, extractPeopleByContext, extractSurnameRepeats } from './person-contexts.js';
import { extractPlaces, extractPlacesAfterPrepositions, extractSkyBodies } from './places.js';
import { extractPronouns } from './pronouns.js';
import { extractQuotedNames } from './quoted-names.js';
import { TokenView } from './token-view.js';
import type { EntityCandidate } from './types.js';
import { partitionPoint } from '../util/partition-point.js';

/**
 * Every span of the article that may name, describe or stand for a person, a place or an
 * organization, from each extractor; overlapping candidates are kept for resolve to choose.
 */
export function extractEntities(seg: SegmentedArticle, gazetteer: Gazetteer): EntityCandidate[] {
  const view = new TokenView(seg);
  const known = extractKbNames(view, gazetteer);
  const countries = new Set(known.filter((k) => k.type === 'Country').map((k) => k.start));
  const quotedNames = extractQuotedNames(view, gazetteer);
  // «Манчестер Юнайтед», «Ляпис Трубецкой»: a word alone read as a surname inside a known or quoted name of something else is no person.
  const insideNamedThing = coveredBy([...known, ...quotedNames].filter((k) => k.type !== 'Person' && /\s/.test(k.text)));
  const noPersonOpeningKnownName = notOpeningKnownName(known);
  const people = [...extractPeople(view, countries), ...extractPeopleByContext(view), ...extractNamedPeople(view)]
    .filter(noPersonOpeningKnownName)
    .filter((p) => !(p.source === 'people' && !/\s/.test(p.text) && insideNamedThing(p)));
  // Ассошиэйтед Пресс read as a person inside a name the knowledge base knows as something else makes no surname to repeat.
  const insideOtherName = coveredBy(known.filter((k) => k.type !== 'Person'));
  const repeats = extractSurnameRepeats(view, [...known, ...people.filter((p) => !insideOtherName(p))]);
  const places = extractPlaces(view);
  // Гимры и Унцукуль: a word read as a person that a surer place candidate takes lists nobody.
  const outranked = outrankedBy(places);
  const listed = extractListedPeople(view, [...known, ...people.filter((p) => !outranked(p)), ...repeats]);
  const repeated = new Set(repeats.map((r) => r.start));
  const organizations = [...extractOrganizations(view, gazetteer, [...known, ...people]), ...quotedNames];
  return [
    ...known.filter((k) => !(repeated.has(k.start) && k.type !== 'Person' && k.type !== 'Country')).filter(noPersonOpeningKnownName),
    ...people,
    ...repeats,
    ...listed,
    ...extendPeople(view, [...known, ...people, ...repeats], known),
    ...places,
    ...extractSkyBodies(view),
    ...extractPlacesAfterPrepositions(view),
    ...organizations,
    ...extendOrganizations(view, gazetteer, known),
    ...extractAbbreviations(view),
    ...extractLatinNames(view),
    ...extractPlaceAdjectives(view, gazetteer),
    ...extractDescriptions(view, gazetteer, [...known, ...people, ...repeats]),
    ...extractPronouns(view),
  ];
}

/**
 * Франс Пресс, Сергиев Посад, «Нур Отан»: a name of several words the knowledge base knows as no
 * person is not read as a person, whole or by its first word (a person inside it stays: Фонд
 * Владимира Потанина).
 */
function notOpeningKnownName(known: readonly EntityCandidate[]): (c: EntityCandidate) => boolean {
  const ends = new Map<number, number>();
  for (const k of known) if (k.type !== 'Person' && /\s/.test(k.text)) ends.set(k.start, Math.max(ends.get(k.start) ?? 0, k.end));
  return (c) => c.type !== 'Person' || c.end > (ends.get(c.start) ?? -1);
}

/** Whether one of the given candidates has exactly the span of a candidate, with a higher confidence. */
function outrankedBy(candidates: readonly EntityCandidate[]): (c: EntityCandidate) => boolean {
  const best = new Map<string, number>();
  for (const c of candidates) {
    const key = `${c.start}:${c.end}`;
    best.set(key, Math.max(best.get(key) ?? 0, c.confidence));
  }
  return (c) => (best.get(`${c.start}:${c.end}`) ?? 0) > c.confidence;
}

/** Whether a span lies inside one of the given spans: sorted by start with a running maximum of ends, so a long article stays linear. */
function coveredBy(spans: readonly EntityCandidate[]): (c: EntityCandidate) => boolean {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const maxEnd: number[] = [];
  for (const s of sorted) maxEnd.push(Math.max(s.end, maxEnd[maxEnd.length - 1] ?? -1));
  return (c) => {
    const after = partitionPoint(sorted.length, (k) => sorted[k]!.start <= c.start);
    return after > 0 && maxEnd[after - 1]! >= c.end;
  };
}
