import { LemmaSet } from './lemma-set.js';
import { canBeSurname, genderOf, hasArticlePrefix, isLatin } from './name-words.js';
import { nominativeWord, subjectOfNextVerb } from './normalize-name.js';
import type { TokenView } from './token-view.js';
import type { EntityCandidate, Gender } from './types.js';
import { nameWordKeys } from './word-keys.js';
import { ORG_COMPOUND } from './organizations.js';
import { orgHeadKind } from './org-words.js';
import { afterLocativePreposition, namedByPlaceNoun } from './places.js';

/** Verbs of saying (lemmas): «…», — сказал Брод; Брод напомнил… */
const SPEECH_VERBS = new LemmaSet([
  'сказать', 'заявить', 'отметить', 'добавить', 'подчеркнуть', 'сообщить', 'пояснить', 'уточнить', 'рассказать', 'считать',
  'говорить', 'признать', 'признаться', 'констатировать', 'подытожить', 'продолжить', 'ответить', 'напомнить', 'заверить',
  'предупредить', 'указать', 'объяснить', 'призвать', 'полагать', 'написать', 'прокомментировать', 'заметить', 'утверждать',
  'высказаться', 'признавать', 'добавлять', 'отмечать', 'заявлять', 'сообщать', 'подчёркивать', 'подчеркивать', 'рассказывать',
  'пообещать', 'обещать', 'выразить', 'опровергнуть', 'подтвердить', 'уверять', 'намекнуть', 'резюмировать', 'прогнозировать',
  'цитировать', 'спросить', 'возразить', 'посетовать', 'пожаловаться', 'предложить', 'выступить', 'объявить', 'уверить',
]);

/** Nouns for people's occupations and ranks that stand before a name: академик Сагдеев, журналист Ши Тао. */
const PERSON_NOUNS = new LemmaSet([
  'президент', 'министр', 'премьер', 'премьер-министр', 'глава', 'директор', 'гендиректор', 'тренер', 'бундестренер', 'наставник',
  'академик', 'профессор', 'доцент', 'журналист', 'адвокат', 'фотограф', 'оператор', 'корреспондент', 'писатель', 'поэт', 'актер',
  'актёр', 'актриса', 'певец', 'певица', 'режиссер', 'режиссёр', 'художник', 'музыкант', 'гроссмейстер', 'шахматист', 'футболист',
  'хоккеист', 'теннисист', 'теннисистка', 'спортсмен', 'спортсменка', 'космонавт', 'астронавт', 'политик', 'депутат', 'сенатор',
  'губернатор', 'мэр', 'посол', 'генерал', 'полковник', 'майор', 'капитан', 'лейтенант', 'сержант', 'судья', 'прокурор', 'следователь',
  'эксперт', 'аналитик', 'экономист', 'ученый', 'учёный', 'историк', 'социолог', 'политолог', 'блогер', 'блоггер', 'пресс-секретарь',
  'представитель', 'спикер', 'председатель', 'лидер', 'основатель', 'владелец', 'бизнесмен', 'предприниматель', 'миллиардер',
  'олигарх', 'инженер', 'врач', 'доктор', 'учитель', 'студент', 'вратарь', 'нападающий', 'защитник', 'форвард', 'полузащитник',
  'сотрудник', 'арбитр', 'рефери', 'продюсер', 'композитор', 'дирижер', 'дирижёр', 'хореограф', 'балерина', 'танцовщик', 'дизайнер',
  'архитектор', 'скульптор', 'кронпринц', 'принц', 'принцесса', 'король', 'королева', 'император', 'императрица', 'кардинал',
  'епископ', 'митрополит', 'патриарх', 'священник', 'имам', 'муфтий', 'раввин', 'пастор', 'монах', 'канцлер', 'госсекретарь',
  'вице-президент', 'вице-премьер', 'советник', 'помощник', 'заместитель', 'руководитель', 'управляющий', 'ректор', 'декан',
  'автор', 'исследователь', 'ведущий', 'комментатор', 'обозреватель', 'редактор', 'главред', 'поэтесса', 'писательница',
  'пилот', 'летчик', 'лётчик', 'гонщик', 'боксер', 'боксёр', 'борец', 'чемпион', 'чемпионка', 'солист', 'солистка', 'вокалист',
  'гитарист', 'барабанщик', 'пианист', 'скрипач', 'драматург', 'сценарист', 'модельер', 'модель', 'бизнесвумен', 'мистер',
  'миссис', 'мисс', 'господин', 'госпожа', 'пользователь', 'коллега', 'брат', 'сестра', 'сын', 'дочь', 'жена', 'муж', 'супруга',
  'супруг', 'вдова', 'мать', 'отец', 'подозреваемый', 'обвиняемый', 'осужденный', 'осуждённый', 'задержанный', 'убийца', 'террорист',
  'активист', 'активистка', 'правозащитник', 'правозащитница', 'оппозиционер', 'диссидент', 'премьер-министр', 'генсек', 'атташе',
]);

const MAX_NAME_WORDS = 4;

/** A capitalized word that can be part of a name not in the dictionary (Клинсман, Ннека, Сайкыа). */
/** Поп-звезда, Экс-президент: a compound whose second part is a lower-case word is not a name word (Жан-Поль is). */
const LOWER_COMPOUND = /-\p{Ll}/u;

function nameLike(view: TokenView, i: number): boolean {
  const t = view.token(i);
  if (!t || t.kind !== 'word' || !t.upper || t.caps || isLatin(view, i) || ORG_COMPOUND.test(t.norm)) return false;
  if (afterLocativePreposition(view, i)) return false;
  if (view.readings(i).some((r) => r.known && (r.tags.has('Geox') || r.tags.has('Orgn')) && !r.tags.has('Surn') && !r.tags.has('Name'))) return false;
  return view.isUnknownWord(i) || view.hasTag(i, 'Surn') || view.hasTag(i, 'Name') || hasArticlePrefix(view, i) || view.hasTag(i, 'Surn', false);
}

/** The run of name-like words starting at i (at most MAX_NAME_WORDS), or i when there is none. */
function nameRun(view: TokenView, i: number): number {
  let j = i;
  while (j - i < MAX_NAME_WORDS && view.adjacent(i, j) && (nameLike(view, j) || shortWord(view, j) || (j > i && view.isCapitalized(j) && canBeSurname(view, j, true)))) {
    if (j > i && view.hasTag(j, 'Name') && (j - i >= 2 || (view.hasTag(j - 1, 'Surn') && !view.hasTag(j - 1, 'Name')))) break;
    j++;
  }
  return j;
}

const CASES = ['nomn', 'gent', 'datv', 'accs', 'ablt', 'loct'] as const;

/** Some dictionary reading of each word has the same case (an indeclinable word has them all). */
function shareCase(view: TokenView, a: number, b: number): boolean {
  const casesOf = (i: number) => {
    const known = view.readings(i).filter((r) => r.known);
    if (known.length === 0 || known.some((r) => r.tags.has('Fixd'))) return new Set<string>(CASES);
    return new Set(known.flatMap((r) => CASES.filter((c) => r.tags.has(c))));
  };
  const first = casesOf(a);
  return [...casesOf(b)].some((c) => first.has(c));
}

/** Parts of Arabic names the dictionary knows as given names, found inside a name (Эссам Абд Эль Фатах). */
const ARABIC_NAME_LINKS = new Set(['абд', 'абу', 'абдул', 'абдель', 'абдуль']);

/** Су, Сан, Ли: a short capitalized syllable of an East Asian name (only inside a run of name words). */
function shortWord(view: TokenView, i: number): boolean {
  return view.isWord(i) && view.isCapitalized(i) && /^\p{Lu}\p{Ll}{1,2}$/u.test(view.text(i));
}

function personCandidate(view: TokenView, start: number, end: number, confidence: number, source: string, asWritten = false): EntityCandidate {
  const a = view.token(start)!;
  const b = view.token(end - 1)!;
  const gender: Gender | undefined = genderOf(view, end - 1) ?? genderOf(view, start);
  const words = [];
  const nominative = subjectOfNextVerb(view, start, end);
  for (let k = start; k < end; k++) words.push(asWritten ? view.text(k) : nominativeWord(view, k, ['Surn', 'Name'], gender, nominative));
  // Альберт II, Мсвати III: a monarch's number ends the name and is no family name
  const regnal = words.length > 1 && REGNAL_NUMBER.test(words[words.length - 1]!);
  const family = regnal ? undefined : words[words.length - 1]!;
  const given = regnal ? words.slice(0, -1).join(' ') : words.length > 1 ? words.slice(0, -1).join(' ') : undefined;
  return {
    start: a.start,
    end: b.end,
    text: view.seg.text.slice(a.start, b.end),
    type: 'Person',
    kind: 'name',
    normal: words.join(' '),
    confidence,
    source,
    sentence: a.sentence,
    parts: { ...(given ? { given } : {}), ...(family ? { family } : {}) },
    ...(gender ? { gender } : {}),
  };
}

/** A Roman number I–XXXIX, as monarchs and popes carry after their name. */
const REGNAL_NUMBER = /^(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})$/;

/** Король Альберт II: the Roman number right after a person's name, in the same sentence. */
function regnalNumberAfter(view: TokenView, last: number): boolean {
  const t = view.token(last + 1);
  return !!t && t.kind === 'word' && view.adjacent(last, last + 1) && REGNAL_NUMBER.test(t.text);
}

function lemmaIn(view: TokenView, i: number, set: LemmaSet, pos: readonly string[]): boolean {
  return set.lemmaAt(view, i, pos) !== undefined;
}

/**
 * People the context gives away when the dictionary does not know the name: after an occupation
 * (академик Сагдеев), after or before a verb of saying (— сказал Брод; Бут рассказала), after
 * «по словам», and runs of two or more unknown capitalized words (Аун Сан Су Чжи).
 */
export function extractPeopleByContext(view: TokenView): EntityCandidate[] {
  const out: EntityCandidate[] = [];
  for (let i = 0; i < view.length; i++) {
    if (!(nameLike(view, i) || (shortWord(view, i) && nameLike(view, i + 1))) || (i > 0 && nameLike(view, i - 1) && view.adjacent(i - 1, i))) continue;
    const end = nameRun(view, i);
    const prev = i - 1;
    const afterNoun = lemmaIn(view, prev, PERSON_NOUNS, ['NOUN']) && !view.readings(prev).every((r) => r.tags.has('plur'));
    const afterVerb = lemmaIn(view, prev, SPEECH_VERBS, ['VERB']) && canBeNominative(view, end - 1);
    const afterCue = afterNoun || afterVerb || isPoSlovam(view, prev);
    // Поп-звезда Мадонна, Экс-губернатор Миннесоты: a title compound opens the run but is no name word.
    const first = LOWER_COMPOUND.test(view.text(i)) ? i + 1 : i;
    const beforeVerb = view.isInitial(i) && speechVerbAgrees(view, end);
    const unknownRun = end - first >= 2 && view.isCapitalized(first + 1) && runIsUnknown(view, first, end);
    if (first < end) {
      if (afterCue && view.adjacent(prev, i)) out.push(personCandidate(view, first, end, 0.8, 'people-context'));
      else if (beforeVerb) out.push(personCandidate(view, first, end, 0.75, 'people-context'));
      else if (unknownRun) out.push(personCandidate(view, first, end, 0.7, 'people-unknown'));
    }
    i = end - 1;
  }
  return out;
}

/** A subject after its verb is in the nominative: — сказал Брод, not рассказал Викиновостям. */
function canBeNominative(view: TokenView, i: number): boolean {
  const rs = view.readings(i);
  if (rs.some((r) => r.known)) return rs.some((r) => r.known && r.tags.has('nomn'));
  return !/(ам|ям|ами|ями|ах|ях)$/u.test(view.token(i)!.norm);
}

/** в Вашингтоне: the surname of a person is a place here. */
function afterPlacePreposition(view: TokenView, i: number): boolean {
  const p = view.token(i - 1);
  return !!p && p.kind === 'word' && ['в', 'во', 'из', 'под', 'над'].includes(p.norm) && view.adjacent(i - 1, i);
}

function isPoSlovam(view: TokenView, i: number): boolean {
  return view.token(i)?.norm === 'словам' && view.token(i - 1)?.norm === 'по';
}

/** Брод напомнил / Бут рассказала: a past-tense verb of saying in the singular right after the name. */
function speechVerbAgrees(view: TokenView, j: number): boolean {
  const t = view.token(j);
  if (!t || t.kind !== 'word' || !SPEECH_VERBS.mayMatch(t.norm)) return false;
  return view.readings(j).some((r) => r.pos === 'VERB' && SPEECH_VERBS.has(r.lemma) && r.tags.has('sing') && !r.tags.has('neut'));
}

function runIsUnknown(view: TokenView, start: number, end: number): boolean {
  let unknown = 0;
  for (let k = start; k < end; k++) if (view.isUnknownWord(k) || view.hasTag(k, 'Name') || /^\p{Lu}\p{Ll}{1,2}$/u.test(view.text(k))) unknown++;
  return unknown === end - start;
}

/**
 * A surname alone after the person was named in full (Клинсман after Юрген Клинсман): every
 * capitalized word that inflects the surname of a full name found in the article.
 */
export function extractSurnameRepeats(view: TokenView, found: readonly EntityCandidate[]): EntityCandidate[] {
  const families = new Map<string, EntityCandidate>();
  for (const c of found) {
    if (c.type !== 'Person' || c.kind !== 'name' || !c.parts?.family || !(c.parts.given || c.parts.initials)) continue;
    for (const k of nameWordKeys(c.parts.family)) if (!families.has(k)) families.set(k, c);
  }
  if (families.size === 0) return [];
  const out: EntityCandidate[] = [];
  for (let i = 0; i < view.length; i++) {
    if (!view.isWord(i) || !view.isUpper(i) || view.token(i)!.caps) continue;
    const person = view.keys(i).map((k) => families.get(k)).find(Boolean);
    if (!person || afterPlacePreposition(view, i)) continue;
    const t = view.token(i)!;
    out.push({
      start: t.start, end: t.end, text: t.text, type: 'Person', kind: 'name', normal: person.parts!.family!,
      confidence: 0.85, source: 'people-repeat', sentence: t.sentence, parts: { family: person.parts!.family! },
      ...(person.gender ? { gender: person.gender } : {}),
    });
  }
  return out;
}

/** A capitalized word next to a person's name that the name can take in: Тулси Габбард, Ли Пэн, Педро Пабло Кучински. */
function extendable(view: TokenView, i: number, name: EntityCandidate, taken: ReadonlySet<number>): boolean {
  const t = view.token(i);
  if (!t || t.kind !== 'word' || !t.upper || t.caps || t.sentence !== name.sentence || isLatin(view, i) || taken.has(t.start)) return false;
  if (LOWER_COMPOUND.test(t.text) || namedByPlaceNoun(view, i)) return false;
  if (givenBeforeSurname(view, i, name) || shortWord(view, i)) return true;
  if (view.isInitial(i) && !view.isUnknownWord(i) && !view.hasTag(i, 'Name')) return false;
  if (view.readings(i).some((r) => r.known && (r.tags.has('Geox') || r.tags.has('Orgn')) && !r.tags.has('Name') && !r.tags.has('Surn'))) return false;
  if (view.readings(i).some((r) => r.known && (r.pos === 'ADJF' || r.pos === 'VERB' || r.pos === 'PREP' || r.pos === 'CONJ'))) return false;
  return view.isUnknownWord(i) || view.hasTag(i, 'Name') || view.hasTag(i, 'Surn') || /^\p{Lu}\p{Ll}{1,2}$/u.test(t.text);
}

/**
 * Сулимы Ямадаева, Тору Камикава: a capitalized noun mid-sentence right before a known surname is
 * its given name, unless it is a common word (Института Пушкина: an organization and its namesake).
 */
function givenBeforeSurname(view: TokenView, i: number, name: EntityCandidate): boolean {
  const next = view.token(i + 1);
  if (!next || next.start !== name.start || name.parts?.given || name.parts?.initials || !view.isCapitalized(i)) return false;
  if (orgHeadKind(view, i) || (view.isCommonWord(i) && !view.hasTag(i, 'Name', false))) return false;
  return view.bestReading(i)?.pos === 'NOUN' && !view.hasTag(i, 'Geox') && !view.hasTag(i, 'Orgn');
}

/** Петра Чайковского | Даниил Трифонов: a full name does not take in the surname or given name before it. */
function endsOtherName(view: TokenView, i: number, name: EntityCandidate): boolean {
  // А.Кулешов, Энди Килпатрик: a name opening with initials, or with a dictionary given name that
  // no other given name precedes, is whole on its left (окружения В.Шеймана | А.Кулешов, биограф
  // Баффета | Энди Килпатрик).
  if (name.parts?.initials && /^\p{Lu}\./u.test(name.text)) return true;
  const twoWords = view.token(i + 1)!.end < name.end;
  const given = view.bestReading(i + 1);
  if (twoWords && !ARABIC_NAME_LINKS.has(view.token(i + 1)!.norm) && given?.known && given.tags.has('Name') && !view.hasTag(i, 'Name')) return true;
  // внучка Шаймиева | Камиля: a known surname and a known given name in no common case are two people.
  if (given?.known && given.tags.has('Name') && view.hasTag(i, 'Surn') && !shareCase(view, i, i + 1)) return true;
  if (!name.parts?.given || !name.parts.family) return false;
  return view.hasTag(i, 'Surn') || view.hasTag(i, 'Name');
}

/** A name of two or more words that ends in a known surname is complete; a known given name after it starts another. */
function startsOtherName(view: TokenView, first: number, last: number): boolean {
  if (last === first) return false;
  return (view.hasTag(last, 'Surn') && !view.hasTag(last, 'Name')) || (view.hasTag(last + 1, 'Name') && !shortWord(view, last + 1));
}

/**
 * Grows people's names over the capitalized words around them that the dictionary does not know
 * (Тулси Габбард, Ли Пэн, Ибрахим Бубакар Кейта): at most MAX_NAME_WORDS words in all.
 */
export function extendPeople(view: TokenView, candidates: readonly EntityCandidate[], places: readonly EntityCandidate[] = []): EntityCandidate[] {
  const byStart = new Map(view.tokens.map((t, k) => [t.start, k]));
  const byEnd = new Map(view.tokens.map((t, k) => [t.end, k]));
  const taken = new Set(places.filter((p) => p.kind === 'name' && p.type !== 'Person' && p.kbId).map((p) => p.start));
  const out: EntityCandidate[] = [];
  for (const c of candidates) {
    if (c.type !== 'Person' || c.kind !== 'name' || c.source === 'kb-name' || c.source === 'kb-fullName') continue;
    let first = byStart.get(c.start);
    let last = byEnd.get(c.end);
    if (first === undefined || last === undefined) continue;
    while (last - first + 1 < MAX_NAME_WORDS && extendable(view, first - 1, c, taken) && !endsOtherName(view, first - 1, c)) first--;
    while (last - first + 1 < MAX_NAME_WORDS && extendable(view, last + 1, c, taken) && !startsOtherName(view, first, last)) last++;
    if (regnalNumberAfter(view, last)) last++;
    if (view.token(first)!.start === c.start && view.token(last)!.end === c.end) continue;
    out.push(personCandidate(view, first, last + 1, Math.min(0.99, c.confidence + 0.01), 'people-extended'));
  }
  return out;
}

/** Бернс (Рой, Грин), Иванов и Петров: name words listed with a person's name are people too. */
export function extractListedPeople(view: TokenView, people: readonly EntityCandidate[]): EntityCandidate[] {
  const starts = new Map(people.filter((p) => p.type === 'Person' && p.kind === 'name').map((p) => [p.start, p]));
  const ends = new Set(people.filter((p) => p.type === 'Person' && p.kind === 'name').map((p) => p.end));
  const out: EntityCandidate[] = [];
  for (let i = 1; i < view.length; i++) {
    if (!nameLike(view, i) || !view.isCapitalized(i) || starts.has(view.token(i)!.start)) continue;
    const before = listedAfter(view, i, ends);
    const after = listedBefore(view, i, starts);
    if (before || after) out.push(personCandidate(view, i, i + 1, 0.7, 'people-listed'));
  }
  return out;
}

const LIST_LINKS = new Set([',', 'и', '(', '—', '-']);

function listedAfter(view: TokenView, i: number, ends: ReadonlySet<number>): boolean {
  const link = view.token(i - 1);
  const name = view.token(i - 2);
  return !!link && !!name && LIST_LINKS.has(link.text) && link.sentence === view.token(i)!.sentence && ends.has(name.end);
}

function listedBefore(view: TokenView, i: number, starts: ReadonlyMap<number, EntityCandidate>): boolean {
  const link = view.token(i + 1);
  const name = view.token(i + 2);
  return !!link && !!name && (link.text === ',' || link.text === 'и') && link.sentence === view.token(i)!.sentence && starts.has(name.start);
}

/** Words after which a dash or a colon (or, for зовут, nothing) gives a person's full name. */
const NAMING_WORDS = new Set(['имя', 'фамилия', 'зовут']);
const NAMING_REACH = 6;

/**
 * Полное имя 32-летнего мужчины — Михаил Горбачёв Дом; его зовут Ли Вэй Мин: a naming clause gives
 * the whole name in the nominative, every capitalized word of it, even words the dictionary
 * knows as common nouns (Дом).
 */
export function extractNamedPeople(view: TokenView): EntityCandidate[] {
  const out: EntityCandidate[] = [];
  for (let i = 0; i < view.length; i++) {
    const t = view.token(i)!;
    if (t.kind !== 'word' || !NAMING_WORDS.has(t.norm)) continue;
    const start = t.norm === 'зовут' ? i + 1 : namingDash(view, i);
    if (start === undefined) continue;
    let end = start;
    while (end - start < MAX_NAME_WORDS && view.adjacent(i, end) && view.isWord(end) && view.isUpper(end) && !view.token(end)!.caps && !isLatin(view, end)) end++;
    const after = view.token(end);
    const closed = !after || !view.adjacent(i, end) || after.kind === 'punct' || after.kind === 'dash';
    if (end - start >= 2 && closed) out.push(personCandidate(view, start, end, 0.99, 'people-named', true));
  }
  return out;
}

/** The word after the dash or colon that follows a naming word in its sentence. */
function namingDash(view: TokenView, i: number): number | undefined {
  for (let k = i + 1; k <= i + NAMING_REACH && view.adjacent(i, k); k++) {
    const t = view.token(k)!;
    if (t.kind === 'dash' || t.text === ':') return k + 1;
    if (t.kind === 'punct') return undefined;
  }
  return undefined;
}
