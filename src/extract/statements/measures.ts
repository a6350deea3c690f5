import type { SegmentedArticle } from '../../segment/types.js';
import { foldCase } from '../../util/fold.js';
import { readingsOf } from './token-tools.js';

/** Nouns that say what a figure measures (товарооборот составил …, штраф в размере …). */
const MEASURE_NOUNS: ReadonlySet<string> = new Set([
  'товарооборот', 'оборот', 'бюджет', 'инфляция', 'ввп', 'рост', 'выручка', 'прибыль', 'убыток', 'ущерб', 'штраф',
  'зарплата', 'пенсия', 'доход', 'расход', 'долг', 'инвестиция', 'капитализация', 'стоимость', 'цена', 'объем',
  'экспорт', 'импорт', 'дефицит', 'профицит', 'население', 'тираж', 'компенсация', 'кредит', 'заем', 'гонорар',
  'выплата', 'пособие', 'ставка', 'безработица', 'рождаемость', 'смертность', 'тариф', 'налог', 'пошлина',
  'продажа', 'производство', 'добыча', 'потребление', 'поставка', 'численность', 'возраст', 'срок', 'стаж',
  'снижение', 'падение', 'увеличение', 'сокращение', 'финансирование', 'бонус', 'премия', 'залог', 'взнос',
  'контракт', 'сделка', 'состояние', 'траты', 'вложение', 'субсидия', 'грант', 'турнир', 'трансфер', 'зарплата',
]);

/** Measures that read better with the word they govern: рост ВВП, объем экспорта. */
const GOVERNING = new Set(['рост', 'снижение', 'падение', 'увеличение', 'сокращение', 'объем', 'стоимость', 'доля', 'цена']);

const WINDOW = 10;

/**
 * What the figure at token `from` measures, when its sentence names it shortly before: the lemma
 * of a measure noun (товарооборот, штраф), with the word it governs when that says more (рост ВВП).
 */
export function measureBefore(seg: SegmentedArticle, from: number): string | undefined {
  const t = seg.tokens[from];
  if (!t) return undefined;
  const start = Math.max(seg.sentences[t.sentence]!.tokenStart, from - WINDOW);
  for (let k = from - 1; k >= start; k--) {
    const tok = seg.tokens[k]!;
    if (tok.kind !== 'word') continue;
    const lemma = tok.caps
      ? foldCase(tok.text)
      : readingsOf(seg, tok).filter((a) => a.pos === 'NOUN' && !a.tags.has('Abbr')).map((a) => foldCase(a.lemma)).find((l) => MEASURE_NOUNS.has(l));
    if (!lemma || !MEASURE_NOUNS.has(lemma)) continue;
    const governor = k > start ? governingLemma(seg, k - 1) : undefined;
    if (governor) return `${governor} ${tok.caps ? tok.text : lemma}`;
    const next = seg.tokens[k + 1];
    if (GOVERNING.has(lemma) && next && next.kind === 'word' && k + 1 < from && governed(seg, k + 1)) return `${lemma} ${next.text}`;
    return tok.caps ? tok.text : lemma;
  }
  return undefined;
}

function governed(seg: SegmentedArticle, k: number): boolean {
  const t = seg.tokens[k]!;
  return t.caps || readingsOf(seg, t).some((a) => a.pos === 'NOUN' && a.tags.has('gent'));
}

/** рост, объем … before a measure noun: «рост ВВП». */
function governingLemma(seg: SegmentedArticle, k: number): string | undefined {
  const t = seg.tokens[k];
  if (!t || t.kind !== 'word') return undefined;
  return readingsOf(seg, t).map((a) => foldCase(a.lemma)).find((l) => GOVERNING.has(l));
}
