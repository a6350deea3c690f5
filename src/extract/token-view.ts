import type { Analysis, SegmentedArticle, Token } from '../segment/types.js';
import { BoundedCache } from '../segment/bounded-cache.js';
import type { Gazetteer } from './gazetteer.js';
import { textWordKeys } from './word-keys.js';

/** Grammemes that mark a reading as a proper name. */
export const PROPER = ['Name', 'Surn', 'Patr', 'Geox', 'Orgn', 'Trad'] as const;
export type ProperTag = (typeof PROPER)[number];

/** Word forms whose gazetteer keys are kept (the recently used ones, see BoundedCache). */
export const MAX_KEY_CACHE = 12_000;
/** Gazetteer keys by word form, shared by every article of the process (the readings of a form never change). */
const KEY_CACHE = new BoundedCache<string, readonly string[]>(MAX_KEY_CACHE);

const OPENING_QUOTES = new Set(['«', '„', '“', '"', "'", '‘', '‚', '‹']);

function isProper(a: Analysis): boolean {
  return PROPER.some((t) => a.tags.has(t));
}

/**
 * Per-article, per-token facts the extractors share, computed once on demand: readings, gazetteer
 * keys, whether a capital letter is informative (not the first word of a sentence or a quote).
 */
export class TokenView {
  readonly seg: SegmentedArticle;
  readonly tokens: readonly Token[];
  readonly #readings: (readonly Analysis[] | undefined)[];
  readonly #keys: (readonly string[] | undefined)[];
  /** Per token: 0 not asked yet, 1 no, 2 may be a place adjective. */
  readonly #adjective: Uint8Array;
  #capitalized: Set<string> | undefined;
  #forms: Set<string> | undefined;
  readonly #initial: Uint8Array;

  constructor(seg: SegmentedArticle) {
    this.seg = seg;
    this.tokens = seg.tokens;
    this.#initial = markInitialWords(seg);
    this.#readings = new Array(seg.tokens.length);
    this.#keys = new Array(seg.tokens.length);
    this.#adjective = new Uint8Array(seg.tokens.length);
  }

  get length(): number {
    return this.tokens.length;
  }

  token(i: number): Token | undefined {
    return this.tokens[i];
  }

  /** The text span of tokens start…end-1 (end exclusive), with the sentence of its first token. */
  span(start: number, end: number): { readonly start: number; readonly end: number; readonly text: string; readonly sentence: number } {
    const a = this.tokens[start]!;
    const b = this.tokens[end - 1]!;
    return { start: a.start, end: b.end, text: this.seg.text.slice(a.start, b.end), sentence: a.sentence };
  }

  isWord(i: number): boolean {
    return this.tokens[i]?.kind === 'word';
  }

  text(i: number): string {
    return this.tokens[i]?.text ?? '';
  }

  readings(i: number): readonly Analysis[] {
    const t = this.tokens[i];
    if (!t || t.kind !== 'word') return [];
    return (this.#readings[i] ??= safeAnalyses(this.seg, t));
  }

  keys(i: number): readonly string[] {
    let keys = this.#keys[i];
    if (keys) return keys;
    const text = this.text(i);
    keys = KEY_CACHE.get(text);
    if (!keys) {
      keys = textWordKeys(text, this.readings(i).map((r) => r.lemma).filter((l) => plausibleLemma(l, text)));
      KEY_CACHE.set(text, keys);
    }
    if (i >= 0 && i < this.tokens.length) this.#keys[i] = keys;
    return keys;
  }

  /** gaz.mayBeAdjective of the word at i, asked once per token. */
  mayBeAdjective(i: number, gaz: Gazetteer): boolean {
    let hint = this.#adjective[i];
    if (hint === undefined) return false;
    if (hint === 0) this.#adjective[i] = hint = this.isWord(i) && gaz.mayBeAdjective(this.tokens[i]!.norm) ? 2 : 1;
    return hint === 2;
  }

  /** The exact word form occurs in the article (Клинсман next to Клинсмана tells the nominative). */
  hasForm(form: string): boolean {
    this.#forms ??= new Set(this.tokens.map((t) => t.text));
    return this.#forms.has(form);
  }

  /** The folded word form appears capitalized somewhere in the article where a capital means a name. */
  capitalizedElsewhere(i: number): boolean {
    if (!this.#capitalized) {
      this.#capitalized = new Set();
      for (let k = 0; k < this.tokens.length; k++) if (this.isCapitalized(k)) this.#capitalized.add(this.tokens[k]!.norm.slice(0, 5));
    }
    return this.#capitalized.has(this.tokens[i]?.norm.slice(0, 5) ?? '');
  }

  /** The first word of a sentence, or the first word after an opening quote or a dash that opens a line. */
  isInitial(i: number): boolean {
    return this.#initial[i] === 1;
  }

  /** Starts with a capital letter (or is all capitals). */
  isUpper(i: number): boolean {
    return this.tokens[i]?.upper === true;
  }

  /** A capital that says "proper name": upper case and not where every word is capitalized. */
  isCapitalized(i: number): boolean {
    return this.isUpper(i) && !this.isInitial(i);
  }

  /** Some dictionary reading carries the grammeme. */
  hasTag(i: number, tag: string, dictionaryOnly = true): boolean {
    return this.readings(i).some((r) => (!dictionaryOnly || r.known) && r.tags.has(tag));
  }

  /** The dictionary knows the word as something other than a proper name. */
  isCommonWord(i: number): boolean {
    return this.readings(i).some((r) => r.known && !isProper(r));
  }

  /** The dictionary knows the word only as a proper name (or its best reading is one). */
  isProperWord(i: number): boolean {
    const rs = this.readings(i).filter((r) => r.known);
    if (rs.length === 0) return false;
    const best = Math.max(...rs.map((r) => r.score));
    return rs.some((r) => isProper(r) && r.score >= best);
  }

  /** Not in the dictionary at all (the morphology only guessed). */
  isUnknownWord(i: number): boolean {
    const rs = this.readings(i);
    return rs.length === 0 || rs.every((r) => !r.known);
  }

  /** The most likely reading (dictionary or guess). */
  bestReading(i: number): Analysis | undefined {
    return this.readings(i)[0];
  }

  /** Both tokens exist and lie in the same sentence. */
  adjacent(i: number, j: number): boolean {
    const a = this.tokens[i];
    const b = this.tokens[j];
    return !!a && !!b && a.sentence === b.sentence;
  }
}

/** Guessers may cut an unknown prefix (Гарсии → си, Цзиньпин → пин): such lemmas are not keys. */
function plausibleLemma(lemma: string, surface: string): boolean {
  const l = lemma.toLowerCase();
  const s = surface.toLowerCase();
  return l[0] === s[0] && l.length >= s.length - 3;
}

/** The morphology may fail on rare compounds (горе-пророка): such a word gets no readings. */
function safeAnalyses(seg: SegmentedArticle, t: Token): readonly Analysis[] {
  try {
    return seg.analyses(t);
  } catch {
    return [];
  }
}

function markInitialWords(seg: SegmentedArticle): Uint8Array {
  const out = new Uint8Array(seg.tokens.length);
  for (const s of seg.sentences) {
    let seenWord = false;
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      const t = seg.tokens[i]!;
      if (t.kind === 'word') {
        const prev = seg.tokens[i - 1];
        const afterOpening = !!prev && prev.kind === 'quote' && OPENING_QUOTES.has(prev.text) && opensQuote(seg, i - 1);
        if (!seenWord || afterOpening) out[i] = 1;
        seenWord = true;
      } else if (t.kind === 'number') seenWord = true;
    }
  }
  return out;
}

/** A quote mark that opens: « always; a straight quote after a space or at the start. */
function opensQuote(seg: SegmentedArticle, q: number): boolean {
  const t = seg.tokens[q]!;
  if (t.text === '«' || t.text === '„') return true;
  return t.spaceBefore || q === 0;
}
