import { cyrillicLookalikes } from '../segment/az-morphology.js';
import type { TokenView } from './token-view.js';

/**
 * Inflection (and a fleeting vowel: посол, посла) leaves the first letters of a lemma alone, up to
 * 4 of them; at least `shortest` (2 by default: орёл, орла; a set without such words may say 3).
 */
function prefixOf(lemma: string, shortest: number): string {
  return lemma.replace(/ё/g, 'е').slice(0, Math.min(4, Math.max(shortest, lemma.length - 2)));
}

/** The first two UTF-16 units of a string as one number (a shorter string gets its own values). */
function opening(text: string): number {
  return text.length >= 2 ? text.charCodeAt(0) * 0x10000 + text.charCodeAt(1) : -1 - (text.charCodeAt(0) || 0);
}

/**
 * A set of lemmas with a cheap pre-check on the word form (its first letters), so extractors ask
 * the morphology only about words that may be in the set: most words of a text never are.
 */
export class LemmaSet {
  readonly #lemmas: ReadonlySet<string>;
  readonly #prefixes = new Set<string>();
  /** The first two letters of the prefixes, as numbers: most words fail here without a string made. */
  readonly #openings = new Set<number>();

  /** `shortestPrefix`: see prefixOf; 3 for words whose first three letters never change (город, сад, пруд). */
  constructor(lemmas: Iterable<string>, shortestPrefix = 2) {
    this.#lemmas = new Set(lemmas);
    for (const l of this.#lemmas) this.#prefixes.add(prefixOf(l, shortestPrefix));
    for (const p of this.#prefixes) this.#openings.add(opening(p));
  }

  has(lemma: string): boolean {
    return this.#lemmas.has(lemma);
  }

  /** The folded form (Token.norm) may inflect a lemma of the set. */
  mayMatch(form: string): boolean {
    const norm = cyrillicLookalikes(form); // the morphology reads раcсказала with a Latin c as рассказала
    if (!this.#openings.has(opening(norm))) return false;
    return this.#prefixes.has(norm.slice(0, 4)) || this.#prefixes.has(norm.slice(0, 3)) || this.#prefixes.has(norm.slice(0, 2));
  }

  /** The lemma of the set the word at i has (as one of the parts of speech, if given), or undefined. */
  lemmaAt(view: TokenView, i: number, pos?: readonly string[]): string | undefined {
    const t = view.token(i);
    if (!t || t.kind !== 'word' || !this.mayMatch(t.norm)) return undefined;
    if (this.#lemmas.has(t.norm)) return t.norm;
    return view.readings(i).find((r) => (!pos || pos.includes(r.pos ?? '')) && this.#lemmas.has(r.lemma))?.lemma;
  }
}
