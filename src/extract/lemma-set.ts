import type { TokenView } from './token-view.js';

/** Inflection (and a fleeting vowel: посол, посла) leaves the first letters of a lemma alone, up to 4 of them. */
function prefixOf(lemma: string): string {
  return lemma.replace(/ё/g, 'е').slice(0, Math.min(4, Math.max(2, lemma.length - 2)));
}

/**
 * A set of lemmas with a cheap pre-check on the word form (its first letters), so extractors ask
 * the morphology only about words that may be in the set: most words of a text never are.
 */
export class LemmaSet {
  readonly #lemmas: ReadonlySet<string>;
  readonly #prefixes = new Set<string>();

  constructor(lemmas: Iterable<string>) {
    this.#lemmas = new Set(lemmas);
    for (const l of this.#lemmas) this.#prefixes.add(prefixOf(l));
  }

  has(lemma: string): boolean {
    return this.#lemmas.has(lemma);
  }

  /** The folded form (Token.norm) may inflect a lemma of the set. */
  mayMatch(norm: string): boolean {
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
