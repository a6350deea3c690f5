import type { KbEntry } from '../kb/entry.js';
import { effectiveType, type Gazetteer, type GazetteerHit } from './gazetteer.js';
import { matchGazetteer } from './match-gazetteer.js';
import { nominativePhrase } from './normalize-name.js';
import { placeNounType } from './places.js';
import type { TokenView } from './token-view.js';
import type { EntityCandidate, Gender } from './types.js';
import { adjectiveBeforeNoun, genderOf } from './name-words.js';
import { foldWord, stemWord } from './word-keys.js';

/** Words of a title a person's name or alias in the knowledge base opens with (принц Чарльз, Патриарх Кирилл, папа римский Франциск). */
const TITLE_WORDS = new Set(['папа', 'римский', 'патриарх', 'московский', 'и', 'всея', 'руси', 'король', 'королева', 'принц', 'принцесса', 'наследный', 'император', 'императрица', 'аятолла', 'шейх', 'эмир', 'султан']);

/**
 * How many words of a person's title the matched name opens with: the mention is the name after
 * them (принца Чарльза → Чарльза, the title is no part of a person's name), as long as a word is left.
 */
function titleWords(hit: GazetteerHit): number {
  if (hit.entry.type !== 'Person') return 0;
  let k = 0;
  while (k < hit.words.length - 1 && TITLE_WORDS.has(foldWord(hit.words[k]!))) k++;
  return k;
}

/** Which entry wins when one span names several (Грузия the country over Georgia the state). */
const TYPE_RANK: Readonly<Record<KbEntry['type'], number>> = { Country: 0, City: 1, Region: 2, Organization: 3, Place: 4, Person: 5 };
const FORM_CONFIDENCE: Readonly<Record<GazetteerHit['form'], number>> = { name: 0.97, alias: 0.95, latin: 0.95, fullName: 0.97, familyName: 0.8 };
/** Case endings after an abbreviation that declines: МИДа, МИДом, ОМОНе. */
const ABBR_ENDING = /^(\p{Lu}{2,})(а|у|ом|е|ы|ов|ам|ами|ах)$/u;

/** Names the knowledge base knows: its names and aliases in any inflection, abbreviations, people's surnames. */
export function extractKbNames(view: TokenView, gaz: Gazetteer): EntityCandidate[] {
  const out: EntityCandidate[] = [];
  for (const m of matchGazetteer(view, gaz)) {
    const hit = bestHit(m.hits);
    if (!hit || !plausible(view, m.start, m.end, hit)) continue;
    const start = m.start + titleWords(hit);
    const c = candidate(view, start, m.end, hit.entry, FORM_CONFIDENCE[hit.form], `kb-${hit.form}`);
    if (GEOGRAPHIC.has(effectiveType(hit.entry)) && isQuoted(view, m.start, m.end)) {
      out.push(namesake(view, m.start, m.end, c));
      continue;
    }
    if (GEOGRAPHIC.has(effectiveType(hit.entry)) && qualifiedPlace(view, m.start)) {
      out.push(otherPlace(view, m.start - 1, m.end, hit.entry));
      continue;
    }
    if (hit.form !== 'familyName') out.push(c);
    else out.push(distinctSurname(gaz, hit.entry) ? { ...c, parts: { family: hit.entry.familyName! } } : unlinked(c));
  }
  for (let i = 0; i < view.length; i++) {
    const entry = abbreviationEntry(view, i, gaz);
    if (entry) out.push(candidate(view, i, i + 1, entry, 0.95, 'kb-abbreviation'));
  }
  return withoutShorterOfSameEntry(out);
}

/**
 * ABC | ABC News: of two names of one entry, one inside the other, the longer is the mention when
 * what it adds is capitalized, a part of the name (not a type word: газета «Коммерсантъ», партии
 * «Единая Россия» stay the name alone).
 */
function withoutShorterOfSameEntry(found: readonly EntityCandidate[]): EntityCandidate[] {
  const byEntry = new Map<string, EntityCandidate[]>();
  for (const c of found) {
    if (!c.kbId) continue;
    let list = byEntry.get(c.kbId);
    if (!list) byEntry.set(c.kbId, (list = []));
    list.push(c);
  }
  const addsName = (d: EntityCandidate, c: EntityCandidate) =>
    d.start <= c.start && c.end <= d.end && d.end - d.start > c.end - c.start && CAPITALIZED_WORDS.test(d.text.slice(0, c.start - d.start) + ' ' + d.text.slice(c.end - d.start));
  return found.filter((c) => !c.kbId || !byEntry.get(c.kbId)!.some((d) => addsName(d, c)));
}

/** Only capitalized words (or digits), and spaces. */
const CAPITALIZED_WORDS = /^\s*(?:[\p{Lu}\d][^\s]*\s*)+$/u;

/**
 * Колумбии is not Колумб's: the crude stem matches a surname, but the dictionary knows the word as
 * another word and never as a form of that surname.
 */
function otherKnownWord(view: TokenView, i: number, familyName: string): boolean {
  const known = view.readings(i).filter((r) => r.known);
  const family = foldWord(familyName);
  return known.length > 0 && !known.some((r) => foldWord(r.lemma) === family || r.tags.has('Surn') || r.tags.has('Name'));
}

const GEOGRAPHIC = new Set<KbEntry['type']>(['Country', 'City', 'Region', 'Place']);

/**
 * «Милана», «Зенита», «Россия»: a place name in quote marks names a club, a newspaper, a channel
 * or a company called after the place, not the place: an organization of that name, unlinked.
 */
function namesake(view: TokenView, start: number, end: number, c: EntityCandidate): EntityCandidate {
  const { kbId: _kbId, parts: _parts, gender: _gender, ...rest } = c;
  return { ...rest, type: 'Organization', normal: nominativePhrase(view, start, end), confidence: 0.7, source: 'kb-quoted-place' };
}

/** Adjectives that make a new place of a known one: Новая Шотландия, Нижняя Саксония, Новый Южный Уэльс. */
const QUALIFIERS = new Set(['новый', 'старый', 'северный', 'южный', 'западный', 'восточный', 'верхний', 'нижний', 'центральный']);

/**
 * Новая Шотландия, Нижней Саксонии: a capitalized qualifier right before a place the knowledge base
 * knows under the bare name (the knowledge base's own «Северная Корея» matched before this).
 */
function qualifiedPlace(view: TokenView, start: number): boolean {
  const q = start - 1;
  if (!view.isWord(q) || !view.adjacent(q, start) || !view.token(q)!.upper || view.token(q)!.caps) return false;
  return view.readings(q).some((r) => r.known && r.pos === 'ADJF' && QUALIFIERS.has(r.lemma));
}

/** The qualified place: a place of its own, unlinked (a region when the bare name is a country). */
function otherPlace(view: TokenView, start: number, end: number, bare: KbEntry): EntityCandidate {
  const type = effectiveType(bare) === 'Country' ? 'Region' : effectiveType(bare);
  return { ...view.span(start, end), type, kind: 'name', normal: nominativePhrase(view, start, end), confidence: 0.8, source: 'kb-qualified-place' };
}

/** A surname that names one person of the knowledge base and is long enough not to be another's (Ли, Ван, Ким). */
function distinctSurname(gaz: Gazetteer, entry: KbEntry): boolean {
  const family = entry.familyName ?? '';
  return family.length >= 4 && (gaz.familyNames.get(foldWord(family))?.length ?? 0) === 1;
}

/** The candidate without its link: the surname stays a person, resolve joins it to a full name of the article. */
function unlinked(c: EntityCandidate): EntityCandidate {
  const { kbId: _kbId, ...rest } = c;
  return { ...rest, normal: c.parts?.family ?? c.text, parts: { ...(c.parts?.family ? { family: c.parts.family } : {}) } };
}

function bestHit(hits: readonly GazetteerHit[]): GazetteerHit | undefined {
  return [...hits].sort((a, b) => rank(a) - rank(b))[0];
}

function rank(h: GazetteerHit): number {
  return (h.form === 'familyName' ? 10 : 0) + TYPE_RANK[h.entry.type];
}

/**
 * One-word matches need a capital that means something: not a common word that opens a
 * sentence (Того, Мир), and a surname alone only when the dictionary does not know it better.
 */
function plausible(view: TokenView, start: number, end: number, hit: GazetteerHit): boolean {
  if (end - start > 1) return true;
  const token = view.token(start)!;
  if (!token.upper && hit.shape !== 'L') return false;
  if (isMonth(view, start) || personNameOnly(view, start, hit)) return false;
  if (view.isInitial(start) && view.isCommonWord(start) && !view.isProperWord(start) && !isQuoted(view, start, end) && !standsAlone(view, start) && !view.capitalizedElsewhere(start)) return false;
  if (hit.form === 'familyName') {
    if (view.readings(start).some((r) => r.known && (r.pos === 'CONJ' || r.pos === 'PREP' || r.pos === 'PRCL' || r.pos === 'NPRO'))) return false;
    if (otherKnownWord(view, start, hit.entry.familyName ?? '')) return false;
    return !nextToOtherName(view, start) && (token.text.length >= 3 || view.isCapitalized(start));
  }
  if (PERSONAL_PLACE_TYPES.has(hit.entry.type) && (partOfPersonName(view, start) || alsoPersonName(view, start)) && !placeCue(view, start)) return false;
  if (adjectiveBeforeNoun(view, start)) return false;
  return true;
}

/** Places whose one-word names are also people's names (Кан, Бари, Мамоново): not next to another name word. */
const PERSONAL_PLACE_TYPES = new Set<KbEntry['type']>(['City', 'Region', 'Place']);

/**
 * Оливер Кан, Барри Лоуенкрон: a given name before the word, or a surname after it — unless the
 * word is plainly no given name (see namesAPlaceFirst).
 */
function partOfPersonName(view: TokenView, i: number): boolean {
  const before = view.isWord(i - 1) && view.adjacent(i - 1, i) && view.isUpper(i - 1) && view.hasTag(i - 1, 'Name') && !view.hasTag(i - 1, 'Geox');
  const next = i + 1;
  const after = view.isWord(next) && view.adjacent(i, next) && view.isCapitalized(next) && !view.token(next)!.caps &&
    (view.isUnknownWord(next) || view.hasTag(next, 'Surn')) && !view.hasTag(next, 'Name') && !namesAPlaceFirst(view, i);
  return before || after;
}

/**
 * A place word before a capitalized word that is still no given name: a genitive after a common
 * noun (мэра Москвы Лужкова, губернатор Флориды Джеб Буш, житель Аляски Митч Сиви). A word the
 * dictionary also reads as a given name stays one.
 */
function namesAPlaceFirst(view: TokenView, i: number): boolean {
  const prev = view.token(i - 1);
  if (!prev || prev.kind !== 'word' || view.isCapitalized(i - 1) || !view.adjacent(i - 1, i) || view.hasTag(i, 'Name')) return false;
  return view.hasTag(i, 'gent') && view.readings(i - 1).some((r) => r.known && r.pos === 'NOUN');
}

/**
 * Артём, Пушкин, Королёв, Киров: a town's name the dictionary also knows as a given name or a
 * surname is a person unless something marks a place (see placeCue).
 */
function alsoPersonName(view: TokenView, i: number): boolean {
  return view.readings(i).some((r) => r.known && (r.tags.has('Name') || r.tags.has('Surn')));
}

/** в Кирове, из Пушкина, города Королёва: a preposition or a settlement noun right before the word. */
function placeCue(view: TokenView, i: number): boolean {
  return afterPreposition(view, i) || (view.isWord(i - 1) && view.adjacent(i - 1, i) && placeNounType(view, i - 1) !== undefined);
}

function afterPreposition(view: TokenView, i: number): boolean {
  return view.isWord(i - 1) && view.adjacent(i - 1, i) && view.readings(i - 1).some((r) => r.pos === 'PREP');
}

/** Ван Чжэнь, Джареда Кушнера: a capitalized name word right before or after the surname makes another person. */
function nextToOtherName(view: TokenView, i: number): boolean {
  const near = (j: number): boolean =>
    view.isWord(j) && view.adjacent(i, j) && view.isUpper(j) && !view.token(j)!.caps && (view.isCapitalized(j) || view.hasTag(j, 'Name')) &&
    (view.hasTag(j, 'Name') || view.hasTag(j, 'Surn') || view.isUnknownWord(j));
  return near(i - 1) || near(i + 1);
}

/** A name with an opening quote inside (газета «Известия) ends with its closing quote. */
function closesQuote(view: TokenView, start: number, end: number): boolean {
  let open = false;
  for (let k = start + 1; k < end; k++) if (view.token(k)!.kind === 'quote') open = !open;
  const next = view.token(end);
  return open && !!next && next.kind === 'quote' && !next.spaceBefore;
}

const MONTHS = new Set(['январь', 'февраль', 'март', 'апрель', 'май', 'июнь', 'июль', 'август', 'сентябрь', 'октябрь', 'ноябрь', 'декабрь']);

/** 9 Мая, 1 Марта: a month after a number is a date, not a place. */
export function isMonth(view: TokenView, i: number): boolean {
  return view.token(i - 1)?.kind === 'number' && view.readings(i).some((r) => MONTHS.has(r.lemma));
}

/** Виктором is not Виктория: a word the dictionary knows as a person's name matches a place only by its own form or lemma. */
function personNameOnly(view: TokenView, i: number, hit: GazetteerHit): boolean {
  if (hit.entry.type === 'Person') return false;
  const known = view.readings(i).filter((r) => r.known);
  if (known.length === 0 || !known.every((r) => r.tags.has('Name') || r.tags.has('Surn') || r.tags.has('Patr'))) return false;
  const word = foldWord(hit.words[0] ?? '');
  return foldWord(view.text(i)) !== word && !known.some((r) => foldWord(r.lemma) === word);
}

/** Поднебесная ждёт: a capitalized adjective with no noun after it stands for a name. */
function standsAlone(view: TokenView, i: number): boolean {
  const known = view.readings(i).filter((r) => r.known);
  return known.length > 0 && known.every((r) => r.pos === 'ADJF') && !adjectiveBeforeNoun(view, i);
}

/** «Известий»: the name alone between quote marks. */
function isQuoted(view: TokenView, start: number, end: number): boolean {
  return view.token(start - 1)?.kind === 'quote' && view.token(end)?.kind === 'quote';
}

function candidate(view: TokenView, start: number, end: number, entry: KbEntry, confidence: number, source: string): EntityCandidate {
  const a = view.token(start)!;
  const b = view.token(closesQuote(view, start, end) ? end : end - 1)!;
  const parts = entry.type === 'Person' && entry.familyName
    ? { parts: { ...(entry.givenName ? { given: entry.givenName } : {}), ...(entry.patronymic ? { patronymic: entry.patronymic } : {}), family: entry.familyName } }
    : {};
  return {
    start: a.start,
    end: b.end,
    text: view.seg.text.slice(a.start, b.end),
    type: effectiveType(entry),
    kind: 'name',
    kbId: entry.id,
    normal: entry.name,
    confidence,
    source,
    sentence: a.sentence,
    ...parts,
    ...(entry.type === 'Person' ? genderOfSpan(view, start, end) : {}),
  };
}

function genderOfSpan(view: TokenView, start: number, end: number): { gender?: Gender } {
  for (let k = start; k < end; k++) {
    const g = genderOf(view, k);
    if (g) return { gender: g };
  }
  return {};
}

/**
 * КНР, ШОС, МИД, МИДа: an abbreviation the knowledge base lists, case-sensitive; one of a single
 * letter only in quote marks («Ъ» for Коммерсантъ, not the letter Ъ).
 */
function abbreviationEntry(view: TokenView, i: number, gaz: Gazetteer): KbEntry | undefined {
  const t = view.token(i);
  if (!t || t.kind !== 'word' || !t.upper || (t.text.length === 1 && !isQuoted(view, i, i + 1))) return undefined;
  const text = t.text.replace(/ё/g, 'е').replace(/Ё/g, 'Е');
  const direct = gaz.abbreviations.get(text);
  if (direct) return bestEntry(direct);
  const m = text.match(ABBR_ENDING);
  const declined = m ? gaz.abbreviations.get(m[1]!) : undefined;
  return declined ? bestEntry(declined) : undefined;
}

function bestEntry(entries: readonly KbEntry[]): KbEntry | undefined {
  return [...entries].sort((a, b) => TYPE_RANK[a.type] - TYPE_RANK[b.type])[0];
}

/** Adjectives of places the knowledge base lists (российский, китайский), also in compounds (российско-китайский). */
export function extractPlaceAdjectives(view: TokenView, gaz: Gazetteer): EntityCandidate[] {
  const out: EntityCandidate[] = [];
  for (let i = 0; i < view.length; i++) {
    if (!view.mayBeAdjective(i, gaz)) continue;
    if (!view.readings(i).some((r) => r.pos === 'ADJF') && !view.text(i).includes('-')) continue;
    for (const entry of adjectiveEntries(view, i, gaz)) {
      const t = view.token(i)!;
      out.push({ start: t.start, end: t.end, text: t.text, type: entry.type, kind: 'description', kbId: entry.id, normal: entry.name, confidence: 0.8, source: 'kb-adjective', sentence: t.sentence });
    }
  }
  return out;
}

function adjectiveEntries(view: TokenView, i: number, gaz: Gazetteer): KbEntry[] {
  const parts = view.token(i)!.norm.split('-');
  const found: KbEntry[] = [];
  const add = (list: readonly KbEntry[] | undefined): void => {
    const e = list && bestEntry(list.filter((x) => x.type !== 'Person'));
    if (e && !found.includes(e)) found.push(e);
  };
  parts.slice(0, -1).forEach((p) => add(gaz.adjectives.get(p.endsWith('о') ? p.slice(0, -1) : p)));
  const lemmas = view.readings(i).filter((r) => r.pos === 'ADJF').map((r) => foldWord(r.lemma).split('-').pop()!);
  for (const l of parts.length > 1 ? [parts[parts.length - 1]!] : lemmas) add(gaz.adjectives.get(stemWord(l)));
  if (parts.length > 1) for (const l of lemmas) add(gaz.adjectives.get(stemWord(l)));
  return found;
}
