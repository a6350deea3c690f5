import type { Analysis } from '../segment/types.js';
import type { Gender } from './types.js';
import type { TokenView } from './token-view.js';

/** Lower-case particles inside foreign names: Людвиг ван Бетховен, Отто фон Бисмарк. */
const NAME_PARTICLES = new Set(['фон', 'ван', 'де', 'ди', 'да', 'дель', 'дер', 'ибн', 'бин', 'бен', 'эль', 'ла', 'ле', 'дю', 'ун']);
/** Arabic articles written lower case and joined: аль-Хадж, эль-Сиси, ад-Дин. */
const ARTICLE_PREFIX = /^(аль|эль|ас|ад|ат|ан|ар|аз|уль|ул)-\p{Lu}/u;
const LATIN_WORD = /^[A-Za-z][A-Za-z'’.-]*$/;

export function isLatin(view: TokenView, i: number): boolean {
  return view.isWord(i) && LATIN_WORD.test(view.text(i));
}

export function isNameParticle(view: TokenView, i: number): boolean {
  return view.isWord(i) && NAME_PARTICLES.has(view.text(i)) && view.isUpper(i + 1);
}

export function hasArticlePrefix(view: TokenView, i: number): boolean {
  return view.isWord(i) && ARTICLE_PREFIX.test(view.text(i));
}

/** A single capital letter followed by a period: В. (В.Путин too). */
export function isInitialLetter(view: TokenView, i: number): boolean {
  const t = view.token(i);
  const dot = view.token(i + 1);
  return !!t && !!dot && t.kind === 'word' && /^\p{Lu}$/u.test(t.text) && dot.text === '.' && !dot.spaceBefore;
}

/** Readings of a word that carry a proper-name grammeme (dictionary first, then guesses). */
export function readingsWith(view: TokenView, i: number, tag: string, dictionaryOnly = false): Analysis[] {
  return view.readings(i).filter((r) => r.tags.has(tag) && (!dictionaryOnly || r.known));
}

/** The word is a given name: the dictionary says so, or the best guess for an unknown capitalized word. */
export function isGivenName(view: TokenView, i: number): boolean {
  if (!view.isUpper(i) || view.token(i)?.caps) return false;
  if (readingsWith(view, i, 'Name', true).length > 0) return view.isCapitalized(i) || bestIsProper(view, i, 'Name');
  const best = view.bestReading(i);
  return view.isCapitalized(i) && !!best && !best.known && best.tags.has('Name');
}

export function isPatronymic(view: TokenView, i: number): boolean {
  return view.isUpper(i) && readingsWith(view, i, 'Patr').length > 0 && /(вич|вна|ична|инична|вны|вной|вну|вича|вичу|вичем|виче|ичны|ичной|ичну)$/u.test(view.text(i));
}

const CLOSED_CLASSES = new Set(['PREP', 'CONJ', 'PRCL', 'NPRO', 'INTJ', 'PRED']);

/** An unknown capitalized word whose best guess is a given name (Лионель, Маурисио). */
export function isGuessedGivenName(view: TokenView, i: number): boolean {
  const best = view.bestReading(i);
  return view.isUpper(i) && !view.token(i)?.caps && !!best && !best.known && best.tags.has('Name');
}

/** A dictionary surname (Лужков, Путина mid-sentence). */
export function isKnownSurname(view: TokenView, i: number): boolean {
  if (!view.isUpper(i) || view.token(i)?.caps) return false;
  const surnames = readingsWith(view, i, 'Surn', true);
  if (surnames.length === 0 || surnames.every((r) => r.tags.has('plur'))) return false;
  if (adjectiveBeforeNoun(view, i)) return false;
  return view.isCapitalized(i) || bestIsProper(view, i, 'Surn');
}

/**
 * A word that can stand as a surname after a given name: capitalized and not a place or an
 * organization the dictionary knows better, nor a function word.
 */
export function canBeSurname(view: TokenView, i: number, afterGivenName = false): boolean {
  if (!view.isWord(i) || !view.isUpper(i) || view.token(i)?.caps) return false;
  if (hasArticlePrefix(view, i)) return true;
  if (isLatin(view, i)) return false;
  const best = view.bestReading(i);
  if (!best) return false;
  if (afterGivenName) return !(best.known && CLOSED_CLASSES.has(best.pos ?? '')) && !view.hasTag(i, 'Orgn');
  if (best.known && best.tags.has('Orgn') && !view.hasTag(i, 'Surn')) return false;
  if (best.known && best.tags.has('Geox') && !view.hasTag(i, 'Surn')) return false;
  return !best.known || best.pos === 'NOUN' || best.tags.has('Surn') || best.pos === 'ADJF' || readingsWith(view, i, 'Surn').length > 0;
}

/** Московский университет: an adjective reading and a lower-case noun right after it. */
export function adjectiveBeforeNoun(view: TokenView, i: number): boolean {
  if (!view.readings(i).some((r) => r.known && (r.pos === 'ADJF' || r.pos === 'PRTF') && !r.tags.has('Surn'))) return false;
  const next = view.token(i + 1);
  return !!next && next.kind === 'word' && !next.upper && next.sentence === view.token(i)!.sentence &&
    view.readings(i + 1).some((r) => r.pos === 'NOUN' || r.pos === 'ADJF');
}

/** The best reading (among dictionary readings) has the proper-name grammeme. */
export function bestIsProper(view: TokenView, i: number, tag: string): boolean {
  const known = view.readings(i).filter((r) => r.known);
  if (known.length === 0) return false;
  const best = Math.max(...known.map((r) => r.score));
  return known.some((r) => r.tags.has(tag) && r.score >= best);
}

/** Gender of a name word from its proper readings: masc, femn, or undefined when both or none. */
export function genderOf(view: TokenView, i: number, tags: readonly string[] = ['Name', 'Surn', 'Patr']): Gender | undefined {
  const genders = new Set<Gender>();
  for (const r of view.readings(i)) {
    if (!tags.some((t) => r.tags.has(t))) continue;
    if (r.tags.has('masc')) genders.add('masc');
    if (r.tags.has('femn')) genders.add('femn');
  }
  return genders.size === 1 ? [...genders][0] : undefined;
}
