import type { SourceDocument } from '../read/source-document.js';

export type TokenKind = 'word' | 'number' | 'punct' | 'quote' | 'dash' | 'symbol';

/** A token with UTF-16 offsets into the document text (the model converts to code points). */
export interface Token {
  readonly index: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly kind: TokenKind;
  /** Lower case, ё folded to е. */
  readonly norm: string;
  /** The first letter is upper case. */
  readonly upper: boolean;
  /** Two or more letters, all upper case (КНР, ШОС). */
  readonly caps: boolean;
  /** Index of its sentence. */
  readonly sentence: number;
  /** White space (or the start of the text) right before it. */
  readonly spaceBefore: boolean;
  /** A line break between it and the previous token. */
  readonly lineBreakBefore: boolean;
}

export interface Sentence {
  readonly index: number;
  readonly start: number;
  readonly end: number;
  /** Token range [tokenStart, tokenEnd). */
  readonly tokenStart: number;
  readonly tokenEnd: number;
  readonly paragraph: number;
}

export interface Paragraph {
  readonly index: number;
  readonly start: number;
  readonly end: number;
}

/** One reading of a word form, from the morphological dictionary or its guesser. */
export interface Analysis {
  /** The dictionary form, lower case. */
  readonly lemma: string;
  /** Part of speech (OpenCorpora): NOUN, ADJF, VERB, PRTF…; undefined when unknown. */
  readonly pos: string | undefined;
  /** Every grammeme of the reading: NOUN, anim, masc, sing, gent, Name, Surn, Patr, Geox, Orgn, Abbr, Fixd… */
  readonly tags: ReadonlySet<string>;
  readonly score: number;
  /** From the dictionary (true) or guessed from the word's ending (false). */
  readonly known: boolean;
}

/** The morphological analyzer the pipeline gets injected with (loaded once per process). */
export interface Morphology {
  /** Readings of a word, most likely first; [] for non-Cyrillic words. */
  analyze(word: string): readonly Analysis[];
  /** The word form of a reading with the given grammemes (e.g. ['nomn'], ['nomn', 'sing']). */
  inflect(word: string, reading: Analysis, grammemes: readonly string[]): string | undefined;
}

export interface SegmentedArticle {
  readonly doc: SourceDocument;
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly sentences: readonly Sentence[];
  readonly paragraphs: readonly Paragraph[];
  /** Readings of a word token (cached); [] for other tokens. */
  analyses(token: Token): readonly Analysis[];
  readonly morphology: Morphology;
}
