import type { SegmentedArticle, Token } from '../segment/types.js';
import { findIndirectSpeech } from './statements/indirect-speech.js';
import { pairQuoteMarks, type QuoteMarkPair } from './statements/quote-marks.js';
import {
  findAfterFrame,
  findColonFrame,
  findInnerFrames,
  findMixedFrame,
  findSourceFrame,
  type InnerFrame,
  type QuoteScan,
} from './statements/quote-frames.js';
import type { QuoteCandidate, QuoteFrame } from './statements/quote-types.js';
import { isDash, isTerminal, paragraphOf, tokenIndexAt } from './statements/token-tools.js';
import { findUnmarkedQuotes, trimmed } from './statements/unmarked-quotes.js';
import type { Span } from './types.js';

export type { QuoteCandidate, QuoteFrame, QuoteFrameKind } from './statements/quote-types.js';

/**
 * Direct quotations (and reported speech) of an article, with the words that frame them. A pair
 * of quote marks is a quotation only when a frame of speech attributes it or it has the shape of
 * speech on its own; quoted names, titles and scare quotes are left alone.
 */
export function extractQuotes(seg: SegmentedArticle): QuoteCandidate[] {
  const pairs = pairQuoteMarks(seg.text, seg.paragraphs).filter((p) => p.top);
  const scan = scanOf(seg, pairs);
  const out: QuoteCandidate[] = [];
  for (const pair of pairs) {
    const open = tokenIndexAt(seg.tokens, pair.open);
    const close = tokenIndexAt(seg.tokens, pair.close);
    if (seg.tokens[open]?.start !== pair.open || seg.tokens[close]?.start !== pair.close) continue;
    const found = classifyPair(scan, pair, open, close);
    if (found) out.push(found);
  }
  out.push(...findUnmarkedQuotes(scan), ...findIndirectSpeech(scan));
  return out.sort((a, b) => a.outer.start - b.outer.start);
}

function scanOf(seg: SegmentedArticle, pairs: readonly QuoteMarkPair[]): QuoteScan {
  const quoted = new Uint8Array(seg.tokens.length);
  const speechy = new Uint8Array(seg.tokens.length);
  for (const p of pairs) {
    const from = tokenIndexAt(seg.tokens, p.open);
    const to = tokenIndexAt(seg.tokens, p.close + 1);
    quoted.fill(1, from, to);
    const c = contentOf(seg.tokens, from, to - 1);
    if (c.words >= SPEECH_WORDS || hasSentence(seg.tokens, from, to - 1)) speechy.fill(1, from, to);
  }
  return { seg, tokens: seg.tokens, quoted, speechy };
}

const SPEECH_WORDS = 4;

function hasSentence(tokens: readonly Token[], open: number, close: number): boolean {
  for (let k = open + 1; k < close; k++) if (isTerminal(tokens[k])) return true;
  return false;
}

interface Content {
  readonly words: number;
  readonly lowerFirst: boolean;
  readonly endsTerminal: boolean;
}

function contentOf(tokens: readonly Token[], open: number, close: number): Content {
  let words = 0;
  let first: Token | undefined;
  for (let k = open + 1; k < close; k++) {
    const t = tokens[k]!;
    if (t.kind === 'word' || t.kind === 'number') {
      words++;
      first ??= t;
    }
  }
  const lowerFirst = first !== undefined && first.kind === 'word' && !first.upper;
  return { words, lowerFirst, endsTerminal: isTerminal(tokens[close - 1]) };
}

function classifyPair(scan: QuoteScan, pair: QuoteMarkPair, open: number, close: number): QuoteCandidate | undefined {
  const content = contentOf(scan.tokens, open, close);
  if (content.words === 0) return undefined;
  const inner = findInnerFrames(scan, open, close);
  const frame = frameOf(scan, open, close, content, inner);
  if (!frame) return undefined;
  const outer = { start: pair.open, end: pair.close + 1 };
  return { kind: 'direct', parts: splitParts(scan, pair, inner), frame, outer };
}

function frameOf(scan: QuoteScan, open: number, close: number, c: Content, inner: readonly InnerFrame[]): QuoteFrame | undefined {
  const after = findAfterFrame(scan, close);
  if (after && (isDash(scan.tokens[after.from]) || startsSentence(scan, open))) return after;
  const first = inner[0];
  if (first) return { kind: 'inner', from: first.from, to: first.to, head: first.head };
  const speechShaped = c.words >= 2 || c.endsTerminal;
  const colon = speechShaped ? findColonFrame(scan, open) : undefined;
  if (colon) return colon;
  const source = speechShaped ? findSourceFrame(scan, open) : undefined;
  if (source) return source;
  const mixed = c.lowerFirst && c.words >= 3 ? findMixedFrame(scan, open) : undefined;
  if (mixed) return mixed;
  if (!c.lowerFirst && c.words >= 4 && startsSentence(scan, open) && endsSentence(scan, close, c)) {
    return { kind: 'continued', from: open, to: close + 1 };
  }
  return undefined;
}

/** Only dashes stand between the opening mark and the end of the previous sentence or paragraph. */
function startsSentence(scan: QuoteScan, open: number): boolean {
  const { tokens } = scan;
  let k = open - 1;
  while (k >= 0 && isDash(tokens[k])) k--;
  const prev = tokens[k];
  if (!prev || paragraphOf(scan.seg, prev) !== paragraphOf(scan.seg, tokens[open]!)) return true;
  if (isTerminal(prev)) return true;
  return prev.kind === 'quote' && isTerminal(tokens[k - 1]);
}

function endsSentence(scan: QuoteScan, close: number, c: Content): boolean {
  const next = scan.tokens[close + 1];
  if (!next || paragraphOf(scan.seg, next) !== paragraphOf(scan.seg, scan.tokens[close]!)) return true;
  return c.endsTerminal || isTerminal(next);
}

/** The quoted text between the marks, cut around the frames inside it. */
function splitParts(scan: QuoteScan, pair: QuoteMarkPair, inner: readonly InnerFrame[]): Span[] {
  const text = scan.seg.text;
  const parts: Span[] = [];
  let start = pair.open + 1;
  for (const f of inner) {
    parts.push(trimmed(text, start, scan.tokens[f.from]!.start));
    start = scan.tokens[f.to]?.start ?? pair.close;
  }
  parts.push(inner.length === 0 ? { start, end: pair.close } : trimmed(text, start, pair.close));
  return parts.filter((p) => p.end > p.start);
}
