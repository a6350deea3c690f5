import type { EntityType } from '../model/entity.js';
import { isMonth } from './kb-names.js';
import { LemmaSet } from './lemma-set.js';
import { bestIsProper, readingsWith } from './name-words.js';
import { capitalizeLike, nominativePhrase, nominativeWord } from './normalize-name.js';
import type { TokenView } from './token-view.js';
import type { EntityCandidate } from './types.js';

/** Nouns that name a kind of place, with the entity type of the place they name. */
export const PLACE_NOUNS: ReadonlyMap<string, EntityType> = new Map([
  ...['область', 'край', 'район', 'округ', 'провинция', 'штат', 'графство', 'губерния', 'уезд', 'волость', 'автономия', 'префектура', 'кантон', 'земля']
    .map((w) => [w, 'Region'] as const),
  ...['площадь', 'улица', 'проспект', 'бульвар', 'переулок', 'шоссе', 'набережная', 'мост', 'парк', 'сад', 'сквер', 'лес', 'озеро',
    'река', 'море', 'океан', 'залив', 'пролив', 'гора', 'горы', 'хребет', 'остров', 'острова', 'полуостров', 'пустыня', 'долина',
    'вокзал', 'аэропорт', 'кладбище', 'канал', 'бухта', 'равнина', 'плато', 'тракт', 'проезд', 'аллея', 'пруд', 'водохранилище']
    .map((w) => [w, 'Place'] as const),
  ...['город', 'село', 'деревня', 'поселок', 'станица', 'хутор', 'аул', 'кишлак', 'столица', 'городок', 'пгт', 'селение', 'местечко', 'коммуна']
    .map((w) => [w, 'City'] as const),
]);

/** Adjective + place noun (Тверская площадь) or place noun + capitalized name (реки Славянки). No place noun changes its first three letters. */
const PLACE_NOUN_SET = new LemmaSet(PLACE_NOUNS.keys(), 3);

export function placeNounType(view: TokenView, i: number): EntityType | undefined {
  const lemma = PLACE_NOUN_SET.lemmaAt(view, i, ['NOUN']);
  return lemma ? PLACE_NOUNS.get(lemma) : undefined;
}

/**
 * штата Миннесота | Вентура, города Пуэрто Мадрин: the word after a place noun names the place,
 * unless it is a given name (улица Льва Толстого) or the noun ends a name of its own
 * (Ставропольского края | Курман Исмаилов, автономного района | Ма Ай Лунь).
 */
export function namedByPlaceNoun(view: TokenView, i: number): boolean {
  const noun = i - 1;
  if (!view.isWord(noun) || !view.adjacent(noun, i) || placeNounType(view, noun) === undefined || view.hasTag(i, 'Name')) return false;
  return !(view.isWord(noun - 1) && view.adjacent(noun - 1, noun) && view.bestReading(noun - 1)?.pos === 'ADJF');
}

/**
 * Places the morphology or the phrasing gives away: capitalized words the dictionary knows as
 * toponyms (Geox), an adjective before a place noun (Свердловской области, Тверской площади),
 * and the name after a place noun (реки Славянки, городе Маунтин-Вью).
 */
export function extractPlaces(view: TokenView): EntityCandidate[] {
  const out: EntityCandidate[] = [];
  for (let i = 0; i < view.length; i++) {
    if (!view.isWord(i)) continue;
    const found = adjectivePlace(view, i) ?? namedAfterNoun(view, i) ?? toponym(view, i);
    if (found) out.push(found);
  }
  return out;
}

function candidate(view: TokenView, start: number, end: number, type: EntityType, normal: string, confidence: number, source: string): EntityCandidate {
  const a = view.token(start)!;
  const b = view.token(end - 1)!;
  return { start: a.start, end: b.end, text: view.seg.text.slice(a.start, b.end), type, kind: 'name', normal, confidence, source, sentence: a.sentence };
}

/** Свердловской области, Красной площади, Южно-Китайском море: capitalized adjective(s) + place noun. */
function adjectivePlace(view: TokenView, i: number): EntityCandidate | undefined {
  if (!view.isUpper(i) || !isAdjective(view, i)) return undefined;
  let j = i + 1;
  if (view.isUpper(j) && isAdjective(view, j)) j++;
  const type = placeNounType(view, j);
  if (!type || type === 'City' || !view.adjacent(i, j)) return undefined;
  if (!view.isCapitalized(i) && !view.isProperWord(i) && !view.isUnknownWord(i) && view.isInitial(i) && !isToponymAdjective(view, i)) return undefined;
  return candidate(view, i, j + 1, type, nominativePhrase(view, i, j + 1), 0.8, 'places');
}

function isAdjective(view: TokenView, i: number): boolean {
  const best = view.bestReading(i);
  return !!best && (best.pos === 'ADJF' || view.readings(i).some((r) => r.pos === 'ADJF' && r.known));
}

/** Adjectives made from place names, capitalized only in names: московский, тверской. */
function isToponymAdjective(view: TokenView, i: number): boolean {
  return /(ск|цк)(ий|ой|ая|ое|ие|ого|ому|ом|ую|ых|ым|ыми|ими|их)$/u.test(view.token(i)!.norm);
}

/**
 * реки Славянки, городе Маунтин-Вью, штат Калифорния, городе Пуэрто Мадрин: the name only, the
 * noun is a descriptor. Two words the dictionary does not know make one name when no third
 * capitalized word follows (городе Бишкек | Алмазбек Атамбаев is a place and a person).
 */
function namedAfterNoun(view: TokenView, i: number): EntityCandidate | undefined {
  const type = placeNounType(view, i);
  const j = i + 1;
  if (!type || !view.adjacent(i, j) || !view.isCapitalized(j) || view.token(j)!.caps) return undefined;
  if (readingsWith(view, j, 'Name', true).length > 0 && view.isUpper(j + 1)) return undefined; // улица Льва Толстого
  if (twoWordName(view, j)) return candidate(view, j, j + 2, type, view.seg.text.slice(view.token(j)!.start, view.token(j + 1)!.end), 0.85, 'places');
  const normal = type === 'Place' ? view.text(j) : capitalizeLike(nominativeWord(view, j, ['Geox']), view.text(j));
  return candidate(view, j, j + 1, type, normal, 0.85, 'places');
}

function twoWordName(view: TokenView, j: number): boolean {
  const unknownCapital = (k: number) => view.isWord(k) && view.adjacent(j, k) && view.isCapitalized(k) && !view.token(k)!.caps && view.isUnknownWord(k);
  return unknownCapital(j) && unknownCapital(j + 1) && !(view.isWord(j + 2) && view.adjacent(j, j + 2) && view.isUpper(j + 2));
}

const LOCATIVE_PREPOSITIONS = new Set(['в', 'во', 'из', 'на', 'под', 'над', 'около', 'возле', 'через', 'до', 'от', 'близ', 'вблизи', 'между']);
/** Prepositions after which an unknown capitalized word is a place: в Тоттенхэме, из Кушадаси. */
const PLACE_PREPOSITIONS = new Set(['в', 'во', 'из', 'близ', 'вблизи', 'под']);

/** в Кушадаси, в армянском Гаваре: an unknown capitalized word after в/во/из (an adjective may stand between). */
export function afterLocativePreposition(view: TokenView, i: number): boolean {
  if (!view.isUnknownWord(i)) return false;
  let p = i - 1;
  if (view.isWord(p) && !view.isUpper(p) && view.readings(p).some((r) => r.pos === 'ADJF')) p--;
  const prep = view.token(p);
  return !!prep && prep.kind === 'word' && PLACE_PREPOSITIONS.has(prep.norm) && view.adjacent(p, i);
}

/** Unknown names after в/во/из: places (в Кушадаси, в Оксфордшире). */
export function extractPlacesAfterPrepositions(view: TokenView): EntityCandidate[] {
  const out: EntityCandidate[] = [];
  for (let i = 0; i < view.length; i++) {
    if (!view.isCapitalized(i) || view.token(i)!.caps || !/[\u0400-\u04ff]/.test(view.text(i)) || !afterLocativePreposition(view, i)) continue;
    let end = i + 1;
    while (end < i + 3 && view.adjacent(i, end) && view.isCapitalized(end) && view.isUnknownWord(end)) end++;
    out.push(candidate(view, i, end, 'Place', view.seg.text.slice(view.token(i)!.start, view.token(end - 1)!.end), 0.6, 'place-prep'));
  }
  return out;
}

/** A capitalized word the dictionary knows as a toponym (Невы, Урале, Сколково), not also a person's name. */
function toponym(view: TokenView, i: number): EntityCandidate | undefined {
  if (!view.isUpper(i) || view.token(i)!.caps) return undefined;
  if (!view.readings(i).some((r) => r.known && r.pos === 'NOUN' && r.tags.has('Geox'))) return undefined;
  if (isMonth(view, i) || nextToName(view, i)) return undefined;
  if (view.readings(i).some((r) => r.known && r.pos === 'ADJF' && r.score >= (view.bestReading(i)?.score ?? 0))) return undefined;
  const personal = view.hasTag(i, 'Name') || view.hasTag(i, 'Surn');
  if (personal && !LOCATIVE_PREPOSITIONS.has(view.token(i - 1)?.norm ?? '')) return undefined;
  if (!bestIsProper(view, i, 'Geox') && !(view.isCapitalized(i) && !view.hasTag(i, 'Name') && !view.hasTag(i, 'Surn'))) return undefined;
  if (view.isInitial(i) && view.isCommonWord(i) && !bestIsProper(view, i, 'Geox')) return undefined;
  return candidate(view, i, i + 1, 'Place', nominativeWord(view, i, ['Geox']), 0.7, 'toponym');
}

/** Ван Цзюнь, Гата Камский, Барри Лоуенкрон: a toponym-looking word inside a person's name. */
function nextToName(view: TokenView, i: number): boolean {
  const prev = i - 1;
  const next = i + 1;
  const namePrev = view.isWord(prev) && view.adjacent(prev, i) && view.isUpper(prev) && view.hasTag(prev, 'Name');
  const nameNext = view.isWord(next) && view.adjacent(i, next) && view.isCapitalized(next) && !view.token(next)!.caps &&
    (view.isUnknownWord(next) || view.hasTag(next, 'Surn') || view.hasTag(next, 'Name'));
  return namePrev || nameNext;
}

/** Sky bodies, written with a capital when they are places: на Луне, с Земли, к Марсу. */
const SKY_BODIES = new LemmaSet(['луна', 'земля', 'марс', 'венера', 'меркурий', 'юпитер', 'сатурн', 'уран', 'нептун', 'плутон', 'солнце', 'церера']);

export function extractSkyBodies(view: TokenView): EntityCandidate[] {
  const out: EntityCandidate[] = [];
  for (let i = 0; i < view.length; i++) {
    if (!view.isCapitalized(i) || view.token(i)!.caps) continue;
    const lemma = SKY_BODIES.lemmaAt(view, i, ['NOUN']);
    if (lemma) out.push(candidate(view, i, i + 1, 'Place', capitalizeLike(lemma, view.text(i)), 0.7, 'sky'));
  }
  return out;
}
