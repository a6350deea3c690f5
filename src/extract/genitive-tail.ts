import { placeNounType } from './places.js';
import type { TokenView } from './token-view.js';

const MAX_TAIL_WORDS = 9;
/** Prepositions that continue an organization name: по правам человека, при президенте, имени Пушкина. */
const NAME_PREPOSITIONS = new Set(['по', 'при', 'имени', 'им', 'для', 'за']);
const NAME_PREPOSITION_PAIRS = new Set(['в защиту', 'в сфере', 'в области', 'в поддержку', 'по делам', 'против']);

const FUNCTION_POS = new Set(['PREP', 'CONJ', 'PRCL', 'INTJ', 'NPRO', 'ADVB', 'PRED', 'VERB', 'INFN']);

function hasCase(view: TokenView, i: number, c: string): boolean {
  const best = view.bestReading(i);
  if (!best || (best.known && FUNCTION_POS.has(best.pos ?? '')) || view.text(i).length < 2) return false;
  return view.readings(i).some((r) => r.tags.has(c) && (r.pos === 'NOUN' || r.pos === 'ADJF' || r.pos === 'PRTF' || r.pos === 'NUMR'));
}

function isNounish(view: TokenView, i: number): boolean {
  const t = view.token(i)!;
  if (t.caps) return true;
  return view.readings(i).some((r) => r.pos === 'NOUN') || view.isUnknownWord(i);
}

/** A genitive word (or an abbreviation, which does not inflect) that can extend a name. */
function isGenitiveWord(view: TokenView, i: number): boolean {
  const t = view.token(i);
  if (!t || t.kind !== 'word' || /\d/.test(t.text)) return false;
  if (t.caps && t.text.length <= 6) return true;
  return hasCase(view, i, 'gent');
}

/**
 * The end (exclusive) of the words that continue a name after its head noun: genitive phrases
 * (иностранных дел России, координационных советов), and phrases after по/при/имени/в сфере
 * (по правам человека, при Президенте РФ по развитию информационного общества). It never ends on
 * a preposition or an adjective; returns `from` when nothing continues the name. An «и» right
 * after the head joins another head, not a complement (правительства | и губернатора области).
 */
export function genitiveTail(view: TokenView, from: number, allowPrepositions = true, stop?: (i: number) => boolean): number {
  let end = from;
  let j = from;
  let words = 0;
  let governed: string | undefined = 'gent';
  while (words < MAX_TAIL_WORDS && view.adjacent(from - 1, j) && view.isWord(j) && !stop?.(j)) {
    const norm = view.token(j)!.norm;
    const pair = `${norm} ${view.token(j + 1)?.norm ?? ''}`;
    if (allowPrepositions && NAME_PREPOSITION_PAIRS.has(pair)) {
      j += 2;
      words += 2;
      governed = 'gent';
      continue;
    }
    if (allowPrepositions && NAME_PREPOSITIONS.has(norm)) {
      governed = undefined;
      j++;
      words++;
      continue;
    }
    if (norm === 'и' && end === j && j > from && isGenitiveWord(view, j + 1)) {
      j++;
      words++;
      continue;
    }
    // Университета штата Массачусетс: a name after a place noun that is no genitive stands in
    // apposition and ends the tail (not полиции района | Уолтер Браун: a second capitalized word is a person)
    if (j > from && view.isCapitalized(j) && placeNounType(view, j - 1) !== undefined && !isGenitiveWord(view, j)) {
      if (!(view.isWord(j + 1) && view.adjacent(j, j + 1) && view.isUpper(j + 1))) end = j + 1;
      break;
    }
    const fits = governed === 'gent' ? isGenitiveWord(view, j) : view.readings(j).some((r) => r.pos === 'NOUN' || r.pos === 'ADJF') || view.isUpper(j);
    if (!fits) break;
    j++;
    words++;
    if (isNounish(view, j - 1)) end = j;
    if (governed === undefined && isNounish(view, j - 1)) governed = 'gent';
  }
  return end;
}
