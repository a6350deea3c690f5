import { cyrillicLookalikes } from '../../segment/az-morphology.js';
import type { SegmentedArticle, Token } from '../../segment/types.js';
import { PREPOSITIONS, SOURCE_PREPOSITION_NOUNS, SPEECH_NOUNS, SPEECH_VERBS, WEAK_SPEECH_VERBS } from './lexicon.js';
import type { QuoteFrame } from './quote-types.js';
import { hasLemma, isDash, isPunct, isTerminal, isVerbOf, paragraphOf, verbOpenings } from './token-tools.js';

/** What the frame finders share: the article and which tokens lie inside quotation marks. */
export interface QuoteScan {
  readonly seg: SegmentedArticle;
  readonly tokens: readonly Token[];
  /** 1 for tokens inside a top-level pair of quote marks (the marks included). */
  readonly quoted: Uint8Array;
  /** 1 for tokens of pairs shaped like speech (four words or more, or a sentence inside): not a quoted name. */
  readonly speechy: Uint8Array;
}

const STRONG_SPEECH = new Set([...SPEECH_VERBS].filter((v) => !WEAK_SPEECH_VERBS.has(v)));
/** How forms of the verbs of speech begin: most words of a text are asked no morphology here. */
const SPEECH_OPENINGS = verbOpenings(SPEECH_VERBS);
const MAX_FRAME = 24;
const POSSESSIVE = /^(его|ее|их)$/;

export function isSpeechVerb(scan: QuoteScan, i: number, weakToo = true): boolean {
  const t = scan.tokens[i];
  if (!t || t.kind !== 'word' || !SPEECH_OPENINGS.has(cyrillicLookalikes(t.norm.slice(0, 3)))) return false;
  return isVerbOf(scan.seg, t, weakToo ? SPEECH_VERBS : STRONG_SPEECH);
}

function isSpeechNoun(scan: QuoteScan, i: number): boolean {
  const t = scan.tokens[i];
  return t !== undefined && t.kind === 'word' && hasLemma(scan.seg, t, SPEECH_NOUNS);
}

/** First token of the sentence of token i. */
export function sentenceStart(scan: QuoteScan, i: number): number {
  const t = scan.tokens[i];
  return t ? (scan.seg.sentences[t.sentence]?.tokenStart ?? 0) : 0;
}

/** End (exclusive) of the frame that starts at token `from`: the sentence end, a new quotation or the paragraph end. */
export function frameEnd(scan: QuoteScan, from: number): number {
  const { tokens } = scan;
  const first = tokens[from];
  if (!first) return from;
  const para = paragraphOf(scan.seg, first);
  let i = from;
  while (i < tokens.length && i - from < MAX_FRAME) {
    const t = tokens[i]!;
    if (paragraphOf(scan.seg, t) !== para) break;
    if (i > from && scan.speechy[i] === 1 && scan.speechy[i - 1] === 0) break;
    i++;
    if (isTerminal(t)) break;
  }
  return i;
}

/** «…», — сказал X / «…» — отметил X / «…», — с этими словами X …: the frame after the closing mark. */
export function findAfterFrame(scan: QuoteScan, close: number): QuoteFrame | undefined {
  const { tokens } = scan;
  let i = close + 1;
  while (i < close + 3 && tokens[i] && tokens[i]!.kind === 'punct' && /^[,.!?…]$/.test(tokens[i]!.text)) i++;
  const dash = tokens[i];
  if (!dash || paragraphOf(scan.seg, dash) !== paragraphOf(scan.seg, tokens[close]!)) return undefined;
  const start = i;
  if (isDash(dash)) i++;
  else if (!isPunct(tokens[close + 1], ',')) return undefined;
  const end = frameEnd(scan, i);
  for (let k = i; k < Math.min(end, i + 4); k++) {
    if (scan.quoted[k] === 1) break;
    if (isSpeechVerb(scan, k)) return { kind: 'after', from: start, to: end, head: k };
    if (!isDash(dash)) break; // without a dash only «…», сказал X
  }
  if (isDash(dash) && withTheseWords(tokens, i)) return { kind: 'after', from: start, to: end, head: i + 2 };
  return undefined;
}

function withTheseWords(tokens: readonly Token[], i: number): boolean {
  return tokens[i]?.norm === 'с' && /^(этими|такими)$/.test(tokens[i + 1]?.norm ?? '') && /^слов/.test(tokens[i + 2]?.norm ?? '');
}

/** X заявил: «…» / выразил соболезнования: «…» — a clause with a verb or noun of speech before a colon. */
export function findColonFrame(scan: QuoteScan, open: number): QuoteFrame | undefined {
  const colon = open - 1;
  if (!isPunct(scan.tokens[colon], ':')) return undefined;
  const from = clauseStart(scan, colon);
  const head = findBackward(scan, from, colon, (k) => isSpeechVerb(scan, k, false) || isSpeechNoun(scan, k));
  return head === undefined ? undefined : { kind: 'colon', from, to: colon + 1, head };
}

/** по словам X, «…» / как пишет X, «…»: a source phrase opens the sentence, a comma precedes the quotation. */
export function findSourceFrame(scan: QuoteScan, open: number): QuoteFrame | undefined {
  if (!isPunct(scan.tokens[open - 1], ',')) return undefined;
  const from = clauseStart(scan, open - 1);
  const head = sourcePhraseAt(scan, from);
  return head === undefined ? undefined : { kind: 'source', from, to: open - 1, head };
}

/** The head of «по словам …» or «как пишет …» starting at token i (or right after a conjunction there). */
export function sourcePhraseAt(scan: QuoteScan, i: number): number | undefined {
  const { tokens } = scan;
  let k = i;
  if (/^(а|и|но|однако)$/.test(tokens[k]?.norm ?? '')) k++;
  if (tokens[k]?.norm === 'по' && hasLemma(scan.seg, tokens[k + 1], SOURCE_PREPOSITION_NOUNS)) return k + 1;
  if (tokens[k]?.norm === 'по' && POSSESSIVE.test(tokens[k + 1]?.norm ?? '') && hasLemma(scan.seg, tokens[k + 2], SOURCE_PREPOSITION_NOUNS)) return k + 2;
  if (tokens[k]?.norm === 'как' && isSpeechVerb(scan, k + 1)) return k + 1;
  if (tokens[k]?.norm === 'как' && isSpeechVerb(scan, k + 2)) return k + 2;
  return undefined;
}

/**
 * X заявил, что «…» / высказался за право «…»: quoted words inside reported speech. The verb of
 * speech (or a source phrase) comes earlier in the same sentence, outside other quotations.
 */
export function findMixedFrame(scan: QuoteScan, open: number): QuoteFrame | undefined {
  const from = sentenceStart(scan, open);
  const lower = Math.max(from, open - 30);
  if (PREPOSITIONS.has(scan.tokens[open - 1]?.norm ?? '')) return undefined;
  for (let k = open - 1; k >= lower; k--) {
    if (scan.quoted[k] === 1) continue;
    if (isSpeechVerb(scan, k, false)) return { kind: 'mixed', from, to: open, head: k };
    const source = sourcePhraseAt(scan, k);
    if (source !== undefined && (k === from || isPunct(scan.tokens[k - 1], ','))) return { kind: 'source', from: k, to: open, head: source };
  }
  return undefined;
}

/** Start of the clause that ends at token `end`: the sentence start or the token after an earlier quotation. */
export function clauseStart(scan: QuoteScan, end: number): number {
  const from = sentenceStart(scan, end);
  for (let k = end - 1; k >= from; k--) if (scan.speechy[k] === 1) return k + 1;
  return from;
}

function findBackward(scan: QuoteScan, from: number, to: number, test: (k: number) => boolean): number | undefined {
  for (let k = to - 1; k >= from; k--) if (scan.quoted[k] !== 1 && test(k)) return k;
  return undefined;
}

/** A frame inside the marks that splits the quotation: «…, — сказал X, — …». */
export interface InnerFrame {
  /** The opening dash and the token after the closing dash. */
  readonly from: number;
  readonly to: number;
  readonly head: number;
}

/** Frames inside a quotation (tokens open+1 … close-1): a dash, a verb of speech, words, a dash. */
export function findInnerFrames(scan: QuoteScan, open: number, close: number): InnerFrame[] {
  const { tokens } = scan;
  const out: InnerFrame[] = [];
  for (let i = open + 2; i < close - 2; i++) {
    if (!isDash(tokens[i]) || !tokens[i]!.spaceBefore) continue;
    const head = [i + 1, i + 2].find((k) => k < close && isSpeechVerb(scan, k));
    if (head === undefined) continue;
    const shut = closingDash(tokens, head + 1, Math.min(close, head + 10));
    if (shut === undefined) continue;
    out.push({ from: i, to: shut + 1, head });
    i = shut;
  }
  return out;
}

function closingDash(tokens: readonly Token[], from: number, to: number): number | undefined {
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (isDash(t) && t.spaceBefore) return k;
    if (t.kind === 'quote') return undefined;
  }
  return undefined;
}
