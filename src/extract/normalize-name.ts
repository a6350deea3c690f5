import type { Analysis } from '../segment/types.js';
import type { Gender } from './types.js';
import type { TokenView } from './token-view.js';

/** Writes a lower-case form with the capitals of the surface word (each hyphen part). */
export function capitalizeLike(form: string, surface: string): string {
  if (surface.length > 1 && surface === surface.toUpperCase() && surface !== surface.toLowerCase()) return form.toUpperCase();
  // МИДе, ЦРУ: an abbreviation with a case ending in lower case keeps its capitals (МИДе → МИД).
  const abbreviation = surface.match(/^\p{Lu}{2,}(?=\p{Ll}{1,3}$)/u)?.[0];
  if (abbreviation && form.toUpperCase().startsWith(abbreviation)) return abbreviation + form.slice(abbreviation.length);
  const sParts = surface.split('-');
  return form
    .split('-')
    .map((p, k) => {
      const s = sParts[Math.min(k, sParts.length - 1)] ?? '';
      const upper = s.length > 0 && s[0] !== s[0]!.toLowerCase();
      return upper ? p.charAt(0).toUpperCase() + p.slice(1) : p;
    })
    .join('-');
}

function pickReading(view: TokenView, i: number, tags: readonly string[], gender: Gender | undefined): Analysis | undefined {
  const rs = view.readings(i).filter((r) => tags.some((t) => r.tags.has(t)));
  const fit = gender ? rs.filter((r) => r.tags.has(gender)) : rs;
  return (fit.find((r) => r.known) ?? fit[0]) ?? (rs.find((r) => r.known) ?? rs[0]);
}

/**
 * The nominative singular of a name word, in the gender of its reading (Захаровой → Захарова).
 * `nominative`: the context shows the name is in the nominative, so a word the dictionary does
 * not know stays as written (Мартин Вискарра написал, not Вискарр).
 */
export function nominativeWord(view: TokenView, i: number, tags: readonly string[], gender?: Gender, nominative = false): string {
  const surface = view.text(i);
  if (view.token(i)?.caps || !/[\u0400-\u04ff]/.test(surface)) return surface;
  if (nominative && view.isUnknownWord(i)) return surface;
  const reading = pickReading(view, i, tags, gender) ?? adjectiveSurname(view, i, gender);
  if (reading && pluralOfGivenName(reading, surface)) return surface;
  if (reading && (reading.known || reading.tags.has('Fixd'))) {
    if (reading.tags.has('nomn') && !reading.tags.has('plur')) return surface;
    const form = view.seg.morphology.inflect(surface, reading, gender ? ['nomn', 'sing', gender] : ['nomn', 'sing'])
      ?? view.seg.morphology.inflect(surface, reading, ['nomn']);
    if (form) return capitalizeLike(form, surface);
  }
  return guessNominative(view, i, surface, gender);
}

/** Исмаилов, Марков: the plural genitive of a given name (Исмаил, Марк) written like a surname is the surname. */
function pluralOfGivenName(reading: Analysis, surface: string): boolean {
  return reading.tags.has('Name') && reading.tags.has('plur') && reading.tags.has('gent') && /(ов|ев|ёв|ин|ын)$/u.test(surface);
}

/** Surnames declined like adjectives (Долгорукому → Долгорукий, Толстой): the adjective reading. */
function adjectiveSurname(view: TokenView, i: number, gender: Gender | undefined): Analysis | undefined {
  const rs = view.readings(i).filter((r) => r.known && r.pos === 'ADJF' && (!gender || r.tags.has(gender)));
  return rs[0];
}

/**
 * For words the dictionary does not know: keep a form that can be nominative, else strip a case
 * ending. Foreign names in -ье and -ие do not decline (Буфье, Монтескье): they stay as written.
 */
function guessNominative(view: TokenView, i: number, surface: string, gender: Gender | undefined): string {
  if (/[ьи]е$/u.test(surface)) return surface;
  const adjectival = adjectivalSurname(surface, gender);
  if (adjectival) return adjectival;
  const femn = gender === 'femn' ? surface.match(/^(.*[бвгджзклмнпрстфхцчшщ])(ой|ы|у|е)$/u) : null;
  if (femn) return view.hasForm(`${femn[1]}а`) || !isNominative(view, i, gender) ? `${femn[1]}а` : surface;
  const masc = gender !== 'femn' ? surface.match(/^(.*[бвгджзклмнпрстфхцчшщ])(а|у|ом|е|ым)$/u) : null;
  const bestIsNominative = view.bestReading(i)?.tags.has('nomn') === true;
  if (masc && masc[1]!.length >= 3 && (view.hasForm(masc[1]!) || (!isNominative(view, i, gender) && !bestIsNominative))) return masc[1]!;
  return surface;
}

/** Суходольского → Суходольский, Вишневской → Вишневская: surnames in -ский/-цкий the dictionary does not know. */
function adjectivalSurname(surface: string, gender: Gender | undefined): string | undefined {
  const masc = gender !== 'femn' ? surface.match(/^(.{2,}[сцз]к)(ого|ому|им|ом)$/u) : null;
  if (masc) return `${masc[1]}ий`;
  const femn = gender !== 'masc' ? surface.match(/^(.{2,}[сцз]к)(ой|ую)$/u) : null;
  return femn && (gender === 'femn' || femn[2] === 'ую') ? `${femn[1]}ая` : undefined;
}

/**
 * The name in [start, end) is the subject of the finite verb right after it (Зулема Томас назвала,
 * Ольянта Умала заявил): it is in the nominative.
 */
export function subjectOfNextVerb(view: TokenView, start: number, end: number): boolean {
  const t = view.token(end);
  if (!t || t.kind !== 'word' || !view.adjacent(start, end) || t.upper) return false;
  const rs = view.readings(end);
  return rs[0]?.pos === 'VERB' && rs[0].tags.has('indc') && rs[0].tags.has('sing') && !rs[0].tags.has('neut') && !rs[0].tags.has('1per') && !rs[0].tags.has('2per');
}

/** Some reading of an unknown word may be a nominative noun of the gender (or indeclinable). */
function isNominative(view: TokenView, i: number, gender: Gender | undefined): boolean {
  return view.readings(i).some((r) => r.tags.has('nomn') && r.tags.has('NOUN') && (!gender || r.tags.has(gender) || r.tags.has('Fixd')));
}

const AGREEING = new Set(['ADJF', 'PRTF', 'NUMR']);

/**
 * The nominative of a noun phrase name: the adjectives before the head noun and the head are
 * put in the nominative, the tail stays as written (Министерства иностранных дел России →
 * Министерство иностранных дел России; Европейского суда по правам человека → Европейский суд…).
 */
export function nominativePhrase(view: TokenView, start: number, end: number): string {
  const text = view.seg.text;
  let head = start;
  while (head < end - 1 && view.readings(head).some((r) => AGREEING.has(r.pos ?? '')) && !isNounBest(view, head)) head++;
  const number = headNumber(view, head);
  const gender = number === 'sing' ? headGender(view, head) : undefined;
  const forms: string[] = [];
  for (let i = start; i <= head; i++) forms.push(inflectPart(view, i, number, i < head ? gender : undefined));
  const headToken = view.token(head)!;
  const tail = text.slice(headToken.end, view.token(end - 1)!.end);
  return (forms.join(' ') + tail).replace(/\s+/g, ' ').trim();
}

function isNounBest(view: TokenView, i: number): boolean {
  return view.bestReading(i)?.pos === 'NOUN';
}

function headNumber(view: TokenView, head: number): 'sing' | 'plur' {
  const r = view.readings(head).find((a) => a.pos === 'NOUN');
  return r && r.tags.has('plur') && (r.tags.has('Pltm') || !view.readings(head).some((a) => a.pos === 'NOUN' && a.tags.has('sing'))) ? 'plur' : 'sing';
}

function headGender(view: TokenView, head: number): Gender | 'neut' | undefined {
  const r = view.readings(head).find((a) => a.pos === 'NOUN');
  return r?.tags.has('masc') ? 'masc' : r?.tags.has('femn') ? 'femn' : r?.tags.has('neut') ? 'neut' : undefined;
}

/**
 * высшей → высшая, новейшего → новейший: a superlative keeps its stem (the morphology would give
 * another superlative of the lemma, высочайшая). Its stem ends in ш/ж/ч/щ, so the endings are -ий/-ая/-ее/-ие.
 */
function superlativeNominative(surface: string, number: 'sing' | 'plur', gender?: Gender | 'neut'): string {
  const stem = surface.replace(/(ими|его|ему|ий|им|ем|ая|ей|ую|ее|ие|их)$/u, '');
  if (number === 'plur') return `${stem}ие`;
  return stem + (gender === 'femn' ? 'ая' : gender === 'neut' ? 'ее' : 'ий');
}

function inflectPart(view: TokenView, i: number, number: 'sing' | 'plur', gender?: Gender | 'neut'): string {
  const surface = view.text(i);
  const t = view.token(i)!;
  if (t.caps || t.kind !== 'word' || !/[\u0400-\u04ff]/.test(surface)) return surface;
  const reading = view.readings(i).find((r) => r.known && r.pos !== 'ADVB') ?? view.bestReading(i);
  if (!reading) return surface;
  if (reading.tags.has('nomn') || view.readings(i).some((r) => r.known && r.lemma === reading.lemma && r.pos === reading.pos && r.tags.has('nomn') && r.tags.has(number) && (!gender || number === 'plur' || r.tags.has(gender)))) return surface;
  if (reading.pos === 'ADJF' && reading.tags.has('Supr')) return capitalizeLike(superlativeNominative(surface, number, gender), surface);
  const wanted = gender && reading.pos !== 'NOUN' ? ['nomn', number, gender] : ['nomn', number];
  const form = view.seg.morphology.inflect(surface, reading, wanted) ?? view.seg.morphology.inflect(surface, reading, ['nomn']);
  return form ? capitalizeLike(form, surface) : surface;
}
