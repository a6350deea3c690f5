import type { EntityCandidate, Gender, NameParts } from './types.js';
import {
  canBeSurname,
  genderOf,
  hasArticlePrefix,
  isGivenName,
  isGuessedGivenName,
  isInitialLetter,
  isKnownSurname,
  isNameParticle,
  isPatronymic,
} from './name-words.js';
import { familyFirstNameEnd } from './east-asian-names.js';
import { nominativeWord, subjectOfNextVerb } from './normalize-name.js';
import { afterLocativePreposition, namedByPlaceNoun } from './places.js';
import type { TokenView } from './token-view.js';

/** A person's name found at a position: its token range and parts. */
interface PersonName {
  readonly start: number;
  readonly end: number;
  readonly given?: number;
  readonly patronymic?: number;
  readonly family?: readonly number[];
  readonly initials?: readonly number[];
  /** The family name is written first (Ли Пэн): the canonical name keeps that order. */
  readonly familyFirst?: boolean;
  readonly confidence: number;
}

/**
 * People named by the morphology (`countries`: starts of words the knowledge base knows as
 * countries, which are never part of a name: Израиля Биньямин is two names): given name (+ patronymic) + surname in either order, initials
 * with a surname (В. Путин, Путин В. В.), a dictionary surname or given name alone, foreign
 * names after a given name (Реджеп Тайип Эрдоган).
 */
export function extractPeople(view: TokenView, countries: ReadonlySet<number> = new Set()): EntityCandidate[] {
  const out: EntityCandidate[] = [];
  for (let i = 0; i < view.length; ) {
    const name = view.isWord(i) && !countries.has(view.token(i)!.start) ? readPersonName(view, i, countries) : undefined;
    if (!name) {
      i++;
      continue;
    }
    out.push(toCandidate(view, name));
    i = name.end;
  }
  return out;
}

function readPersonName(view: TokenView, i: number, countries: ReadonlySet<number>): PersonName | undefined {
  const name = readInitialsFirst(view, i) ?? readFamilyFirst(view, i) ?? readGivenFirst(view, i) ?? readSurnameFirst(view, i);
  if (!name) return undefined;
  for (let k = name.start; k < name.end; k++) if (countries.has(view.token(k)!.start)) return undefined;
  return name;
}

const LATIN = /^[A-Za-z]/;

/** В. В. Путин, В.Путин */
function readInitialsFirst(view: TokenView, i: number): PersonName | undefined {
  if (!isInitialLetter(view, i)) return undefined;
  const initials = [i];
  let j = i + 2;
  if (isInitialLetter(view, j)) {
    initials.push(j);
    j += 2;
  }
  if (!canBeSurname(view, j, true) || isInitialLetter(view, j) || !view.isUpper(j)) return undefined;
  // группе E. Следующий матч: a Latin initial does not open a Cyrillic surname
  if (initials.some((k) => LATIN.test(view.text(k)) !== LATIN.test(view.text(j)))) return undefined;
  return { start: i, end: j + 1, initials, family: [j], confidence: 0.9 };
}

/** Ли Пэн, Ким Чен Ын: an East Asian family name, then the given name (see east-asian-names). */
function readFamilyFirst(view: TokenView, i: number): PersonName | undefined {
  const end = familyFirstNameEnd(view, i);
  if (end === undefined) return undefined;
  const given = i + 1;
  return { start: i, end, family: [i], given, familyFirst: true, confidence: 0.9 };
}

/** Владимир Владимирович Путин, Нарендра Моди, Реджеп Тайип Эрдоган, Наина Иосифовна, Мишель */
function readGivenFirst(view: TokenView, i: number): PersonName | undefined {
  const headline = view.isInitial(i) && isGuessedGivenName(view, i) && view.isUpper(i + 1) && canBeSurname(view, i + 1, true);
  if (!isGivenName(view, i) && !headline) return undefined;
  // города Пуэрто Мадрин: the place's name, unless a dictionary surname follows (штата | Кэтлин Кеннеди).
  if (namedByPlaceNoun(view, i) && !view.hasTag(i + 1, 'Surn')) return undefined;
  const knownGiven = view.readings(i).some((r) => r.known && r.tags.has('Name'));
  let j = i + 1;
  let patronymic: number | undefined;
  if (view.adjacent(i, j) && isPatronymic(view, j)) patronymic = j++;
  const family: number[] = [];
  while (family.length < 2 && view.adjacent(i, j)) {
    if (isNameParticle(view, j) && canBeSurname(view, j + 1)) {
      family.push(j, j + 1);
      j += 2;
      break;
    }
    if (!canBeSurname(view, j, true) && !hasArticlePrefix(view, j)) break;
    if (!knownGiven && onlyToponym(view, j)) break;
    if (family.length === 1 && !view.isUnknownWord(family[0]!) && !isKnownSurname(view, j)) break;
    if (patronymic !== undefined && family.length === 1) break;
    family.push(j++);
  }
  if (family.length === 0 && patronymic === undefined) {
    if (surnameNotPluralName(view, i)) return undefined;
    const alone = view.isCapitalized(i) && !view.isCommonWord(i) && !afterLocativePreposition(view, i) ? 0.6 : 0;
    return alone ? { start: i, end: i + 1, given: i, confidence: alone } : undefined;
  }
  const known = view.readings(i).some((r) => r.known && r.tags.has('Name'));
  const conf = family.length > 0 ? (known ? 0.98 : 0.92) : 0.8;
  return { start: i, end: j, given: i, ...(patronymic !== undefined ? { patronymic } : {}), family, confidence: conf };
}

/**
 * Марков, Корнеев alone: a surname in the singular, not the plural of the given names Марк and
 * Корней (the dictionary reads them both ways; a person's given name is not plural).
 */
function surnameNotPluralName(view: TokenView, i: number): boolean {
  const names = view.readings(i).filter((r) => r.known && r.tags.has('Name'));
  return names.length > 0 && names.every((r) => r.tags.has('plur')) && view.readings(i).some((r) => r.known && r.tags.has('Surn') && r.tags.has('sing'));
}

/** Иерусалим: a word the dictionary knows only as a place, never as a surname (Нетаньяху | Иерусалим назвал). */
function onlyToponym(view: TokenView, i: number): boolean {
  const known = view.readings(i).filter((r) => r.known);
  return known.length > 0 && known.every((r) => r.tags.has('Geox') && !r.tags.has('Surn') && !r.tags.has('Name'));
}

/** Путин, Путин Владимир Владимирович, Путин В. В. (not Пушкина | Виталий Григорьевич Костомаров: the surname after the patronymic is his). */
function readSurnameFirst(view: TokenView, i: number): PersonName | undefined {
  if (!isKnownSurname(view, i)) return undefined;
  const j = i + 1;
  if (isInitialLetter(view, j)) {
    const initials = [j];
    if (isInitialLetter(view, j + 2)) initials.push(j + 2);
    const end = initials[initials.length - 1]! + 2;
    return { start: i, end, family: [i], initials, confidence: 0.9 };
  }
  if (isGivenName(view, j) && view.isCapitalized(j)) {
    const patronymic = isPatronymic(view, j + 1) ? j + 1 : undefined;
    const ownSurnameAfter = patronymic !== undefined && view.adjacent(j, j + 2) && canBeSurname(view, j + 2, true);
    if (patronymic !== undefined && !ownSurnameAfter) return { start: i, end: j + 2, family: [i], given: j, patronymic, confidence: 0.9 };
  }
  if (adjectiveOfNounBefore(view, i)) return undefined;
  return { start: i, end: i + 1, family: [i], confidence: view.isCapitalized(i) ? 0.75 : 0.6 };
}

const AGREEMENT = ['nomn', 'gent', 'datv', 'accs', 'ablt', 'loct', 'sing', 'plur'] as const;

/**
 * Папа Римский: a word that agrees as an adjective with the noun right before it (case, number,
 * and gender in the singular) is that noun's adjective, not a surname alone.
 */
function adjectiveOfNounBefore(view: TokenView, i: number): boolean {
  const prev = i - 1;
  if (!view.isWord(prev) || !view.adjacent(prev, i)) return false;
  const nouns = view.readings(prev).filter((r) => r.known && r.pos === 'NOUN' && !r.tags.has('Name') && !r.tags.has('Surn'));
  const adjectives = view.readings(i).filter((r) => r.known && r.pos === 'ADJF');
  return nouns.some((n) => adjectives.some((a) => AGREEMENT.every((g) => n.tags.has(g) === a.tags.has(g)) && (a.tags.has('plur') || ['masc', 'femn', 'neut'].every((g) => n.tags.has(g) === a.tags.has(g)))));
}

function toCandidate(view: TokenView, name: PersonName): EntityCandidate {
  const first = view.token(name.start)!;
  const last = view.token(name.end - 1)!;
  const gender = personGender(view, name);
  const parts = nameParts(view, name, gender);
  const normal = name.familyFirst ? `${parts.family} ${parts.given}` : [parts.given, parts.patronymic, parts.family].filter(Boolean).join(' ');
  return {
    start: first.start,
    end: last.end,
    text: view.seg.text.slice(first.start, last.end),
    type: 'Person',
    kind: 'name',
    normal: parts.initials && !parts.given ? `${[...parts.initials].map((c) => `${c}.`).join(' ')} ${parts.family}` : normal,
    confidence: name.confidence,
    source: 'people',
    sentence: first.sentence,
    parts,
    ...(gender ? { gender } : {}),
  };
}

/** Ли Пэна → Ли | Пэн: the family name does not inflect; the given name's last word does. */
function familyFirstParts(view: TokenView, name: PersonName, gender: Gender | undefined): NameParts {
  const words: string[] = [];
  for (let k = name.given!; k < name.end; k++) words.push(k === name.end - 1 ? nominativeWord(view, k, ['Name'], gender) : view.text(k));
  return { given: words.join(' '), family: view.text(name.start) };
}

function personGender(view: TokenView, name: PersonName): Gender | undefined {
  const fromGiven = name.given !== undefined ? genderOf(view, name.given, ['Name']) : undefined;
  const fromPatr = name.patronymic !== undefined ? genderOf(view, name.patronymic, ['Patr']) : undefined;
  const fromFamily = name.family?.length ? genderOf(view, name.family[name.family.length - 1]!, ['Surn']) : undefined;
  return fromPatr ?? fromGiven ?? fromFamily;
}

function nameParts(view: TokenView, name: PersonName, gender: Gender | undefined): NameParts {
  if (name.familyFirst) return familyFirstParts(view, name, gender);
  const nominative = subjectOfNextVerb(view, name.start, name.end);
  const given = name.given !== undefined ? nominativeWord(view, name.given, ['Name'], gender, nominative) : undefined;
  const patronymic = name.patronymic !== undefined ? nominativeWord(view, name.patronymic, ['Patr'], gender) : undefined;
  const family = name.family?.length
    ? name.family.map((k) => (view.isUpper(k) ? nominativeWord(view, k, ['Surn'], gender, nominative) : view.text(k))).join(' ')
    : undefined;
  const initials = name.initials?.map((k) => view.text(k)).join('');
  return {
    ...(given ? { given } : {}),
    ...(patronymic ? { patronymic } : {}),
    ...(family ? { family } : {}),
    ...(initials ? { initials } : {}),
  };
}
