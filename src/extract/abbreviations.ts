import type { EntityType } from '../model/entity.js';
import { genitiveTail } from './genitive-tail.js';
import { isLatin } from './name-words.js';
import { isQuotedOrgType, LEGAL_FORMS } from './org-words.js';
import type { TokenView } from './token-view.js';
import type { EntityCandidate } from './types.js';

const ROMAN = /^[IVXLCDM]+$/;
/** Latin words written lower case inside a Latin name: Bank of China, Committee to Protect Journalists. */
const LATIN_LINKS = new Set(['of', 'and', 'the', 'for', 'to', 'de', 'del', 'della', 'la', 'le', 'du', 'des', 'von', 'van', '&', 'y', 'e']);
const MAX_LATIN_WORDS = 6;

function candidate(view: TokenView, start: number, end: number, type: EntityType, confidence: number, source: string): EntityCandidate {
  const a = view.token(start)!;
  const b = view.token(end - 1)!;
  const text = view.seg.text.slice(a.start, b.end);
  return { start: a.start, end: b.end, text, type, kind: 'name', normal: text, confidence, source, sentence: a.sentence };
}

/**
 * Abbreviations in capitals (СКС, ФИДЕ, NASA) the knowledge base does not know: an organization
 * unless the dictionary knows the word as a place or as a common abbreviation (ВВП, СМИ).
 */
export function extractAbbreviations(view: TokenView): EntityCandidate[] {
  const out: EntityCandidate[] = [];
  const terms = commonTermAbbreviations(view);
  for (let i = 0; i < view.length; i++) {
    const t = view.token(i)!;
    if (t.kind !== 'word' || !t.caps || /\d/.test(t.text) || t.text.replace(/-/g, '').length > 8 || ROMAN.test(t.text) || terms.has(t.text) || LEGAL_FORMS.has(t.text)) continue;
    if (unitOfBody(view, i)) {
      // ГУ МВД Петербурга: the unit, its body and the place it serves, in the genitive
      out.push(candidate(view, i, genitiveTail(view, i + 2, false), 'Organization', 0.75, 'abbreviation-unit'));
      continue;
    }
    const type = abbreviationType(view, i);
    if (type) out.push(candidate(view, i, i + 1, type, type === 'Organization' && view.isUnknownWord(i) ? 0.55 : 0.7, 'abbreviation'));
  }
  return out;
}

/** Abbreviations of the units of a body (главное управление, следственное управление, отдел…). */
const UNIT_ABBREVIATIONS = new Set(['ГУ', 'ГСУ', 'СУ', 'УВД', 'ГУВД', 'ОВД', 'УМВД', 'ОМВД', 'УФСБ', 'УФСИН', 'ГУФСИН', 'УФМС', 'ГИБДД', 'УГИБДД', 'ОГИБДД', 'ЦА']);

/** ГУ МВД, ГСУ СК: a unit's abbreviation right before the abbreviation of its body names the unit. */
function unitOfBody(view: TokenView, i: number): boolean {
  const body = view.token(i + 1);
  return UNIT_ABBREVIATIONS.has(view.text(i)) && !!body && body.kind === 'word' && body.caps && /^[А-ЯЁ]{2,6}$/u.test(body.text) && view.adjacent(i, i + 1);
}

/**
 * Abbreviations the article defines for a common term: свободного программного обеспечения (СПО),
 * приборно-агрегатного отсека (ПАО). The words before the bracket spell it and start lower case.
 */
export function commonTermAbbreviations(view: TokenView): Set<string> {
  const out = new Set<string>();
  for (let i = 1; i < view.length; i++) {
    const t = view.token(i)!;
    if (!t.caps || view.text(i - 1) !== '(' || view.text(i + 1) !== ')') continue;
    let letters = '';
    let first = i - 1;
    for (let k = i - 2; k >= 0 && view.isWord(k) && letters.length < t.text.length; k--) {
      letters = view.text(k).split('-').map((p) => p[0] ?? '').join('') + letters;
      first = k;
    }
    if (first < i - 1 && !view.token(first)!.upper && letters.toUpperCase() === t.text) out.add(t.text);
  }
  return out;
}

function abbreviationType(view: TokenView, i: number): EntityType | undefined {
  if (isLatin(view, i)) return 'Organization';
  const known = view.readings(i).filter((r) => r.known);
  if (known.length === 0) return 'Organization';
  if (known.some((r) => r.tags.has('Orgn'))) return 'Organization';
  if (known.some((r) => r.tags.has('Geox'))) return 'Place';
  return undefined;
}

/**
 * Capitalized Latin-script names (Facebook, World Fashion Channel, Industrial and Commercial Bank
 * of China): in Russian news these are mostly companies, media and products, so organizations.
 */
export function extractLatinNames(view: TokenView): EntityCandidate[] {
  const out: EntityCandidate[] = [];
  for (let i = 0; i < view.length; i++) {
    if (!isLatin(view, i) || !view.isUpper(i) || view.token(i)!.caps || view.text(i).length < 2) continue;
    if (isLatin(view, i - 1) && view.adjacent(i - 1, i) && view.token(i - 1)!.upper) continue;
    const end = latinRunEnd(view, i);
    if (!afterProductNoun(view, i) && !isQuotedTitle(view, i, end) && !looksLikeTitle(view, i, end)) out.push(candidate(view, i, end, 'Organization', 0.5, 'latin'));
    i = end - 1;
  }
  return out;
}

/** Capitalized Latin words with lower-case links between them (of, and, al-, el-) and dots (Lenta.ru). */
function latinRunEnd(view: TokenView, i: number): number {
  let end = i + 1;
  for (let j = i + 1; j < view.length && j - i < MAX_LATIN_WORDS && view.adjacent(i, j); j++) {
    const t = view.token(j)!;
    const latin = isLatin(view, j);
    if (latin && (t.upper || /^(al|el|ad|as|ibn|bin|ben)-/.test(t.text))) end = j + 1;
    else if (latin && view.text(j - 1) === '.' && !t.spaceBefore) end = j + 1;
    else if (!(latin && LATIN_LINKS.has(t.text)) && !(t.text === '.' && !t.spaceBefore && isLatin(view, j + 1))) break;
  }
  return end;
}

/**
 * «It’s My Life», «Such a Shame», «Magna Carta Holy Grail»: Latin words inside quote marks that
 * hold only Latin words are a title (quoted company names come after a type word: компания «Apple»).
 */
function isQuotedTitle(view: TokenView, i: number, end: number): boolean {
  const inTitle = (k: number) => view.adjacent(i, k) && (isLatin(view, k) || APOSTROPHES.has(view.text(k)));
  let open = i - 1;
  while (open >= 0 && inTitle(open) && view.token(open)!.kind !== 'quote') open--;
  let close = end;
  while (close < view.length && inTitle(close) && view.token(close)!.kind !== 'quote') close++;
  const opener = view.token(open);
  if (!opener || opener.kind !== 'quote' || !view.adjacent(open, i) || isQuotedOrgType(view, open - 1)) return false;
  return open < i - 1 || view.token(close)?.kind === 'quote' || end - i > 1;
}

const APOSTROPHES = new Set(["'", '’', '`']);

/** English words that organization names do not contain but titles of songs, albums and films do. */
const TITLE_WORDS = new Set([
  'is', 'are', 'was', 'were', 'be', 'my', 'your', 'our', 'their', 'his', 'her', 'me', 'you', 'we', 'they', 'i', 'must', 'will',
  'can', 'never', 'always', 'not', "don't", "it's",
]);

/**
 * Invaders Must Die, The Day Is My Enemy, Music For The Jilted Generation (1994): Latin words with
 * a pronoun or a verb in them, or followed by a year in brackets, are the title of a work.
 */
function looksLikeTitle(view: TokenView, i: number, end: number): boolean {
  for (let k = i; k < end; k++) if (TITLE_WORDS.has(view.text(k).toLowerCase())) return true;
  return view.text(end) === '(' && /^(1[89]|20)\d\d$/.test(view.text(end + 1)) && view.text(end + 2) === ')';
}

/** Nouns for products, works and events whose Latin names are not organizations. */
const PRODUCT_NOUNS = new Set([
  'система', 'ос', 'браузер', 'платформа', 'программа', 'приложение', 'игра', 'смартфон', 'телефон', 'автомобиль', 'модель',
  'версия', 'устройство', 'планшет', 'консоль', 'процессор', 'чип', 'самолет', 'самолёт', 'вертолет', 'вертолёт', 'фильм', 'сериал',
  'альбом', 'песня', 'сингл', 'книга', 'роман', 'мессенджер', 'язык', 'движок', 'аркада', 'шоу', 'конкурс', 'турнир', 'фестиваль',
  'девиз', 'лозунг', 'слоган', 'продукт', 'препарат', 'вакцина', 'ракета', 'корабль', 'шаттл', 'спутник', 'марка', 'бренд',
  'серия', 'проект', 'сервис', 'ноутбук', 'компьютер', 'код', 'протокол', 'формат', 'стандарт', 'технология', 'утилита', 'редактор',
]);

/** операционной системы Windows, браузера Chrome: a product, not an organization. */
function afterProductNoun(view: TokenView, i: number): boolean {
  const prev = view.token(i - 1);
  if (!prev || prev.kind !== 'word' || !view.adjacent(i - 1, i)) return false;
  return PRODUCT_NOUNS.has(prev.norm) || view.readings(i - 1).some((r) => r.pos === 'NOUN' && PRODUCT_NOUNS.has(r.lemma));
}
