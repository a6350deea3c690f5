import type { Paragraph } from '../../segment/types.js';
import type { Span } from '../types.js';
import { SPEECH_NOUNS } from './lexicon.js';
import { clauseStart, isSpeechVerb, type QuoteScan } from './quote-frames.js';
import type { QuoteCandidate } from './quote-types.js';
import { hasLemma, isDash, isPunct, isTerminal, tenseOf, tokenIndexAt } from './token-tools.js';

const MIN_WORDS = 4;
const MAX_TAIL = 12;

/**
 * Quotations without marks: a paragraph introduced by a clause of speech ending with a colon
 * (X заявил:⏎ …), and a paragraph that ends with its own frame (… — сказала X.).
 */
export function findUnmarkedQuotes(scan: QuoteScan): QuoteCandidate[] {
  const out: QuoteCandidate[] = [];
  const paras = scan.seg.paragraphs;
  const usual = usualGap(scan.seg.text, paras);
  for (let p = 0; p < paras.length; p++) {
    const close = p + 1 < paras.length && gap(scan.seg.text, paras[p]!, paras[p + 1]!) <= usual;
    const block = close ? blockQuote(scan, paras[p]!, paras[p + 1]!) : undefined;
    if (block) {
      out.push(block);
      p++;
      continue;
    }
    const tail = framedParagraph(scan, paras[p]!);
    if (tail) out.push(tail);
  }
  return out;
}

/** Line breaks between two paragraphs. */
function gap(text: string, a: Paragraph, b: Paragraph): number {
  let n = 0;
  for (let i = a.end; i < b.start; i++) if (text.charCodeAt(i) === 10) n++;
  return n;
}

/**
 * The most common number of line breaks between paragraphs. A colon followed by a wider gap
 * introduces something the text lost (an embedded post, a picture), not the next paragraph.
 */
function usualGap(text: string, paras: readonly Paragraph[]): number {
  const counts = new Map<number, number>();
  for (let p = 1; p < paras.length; p++) {
    const g = gap(text, paras[p - 1]!, paras[p]!);
    counts.set(g, (counts.get(g) ?? 0) + 1);
  }
  let best = 1;
  let bestCount = 0;
  for (const [g, c] of counts) if (c > bestCount || (c === bestCount && g < best)) [best, bestCount] = [g, c];
  return best;
}

function tokenRange(scan: QuoteScan, para: Paragraph): [number, number] {
  return [tokenIndexAt(scan.tokens, para.start), tokenIndexAt(scan.tokens, para.end)];
}

function wordCount(scan: QuoteScan, from: number, to: number): number {
  let n = 0;
  for (let k = from; k < to; k++) if (scan.tokens[k]!.kind === 'word') n++;
  return n;
}

function hasMarks(scan: QuoteScan, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (scan.speechy[k] === 1) return true;
  return false;
}

function blockQuote(scan: QuoteScan, intro: Paragraph, body: Paragraph): QuoteCandidate | undefined {
  const [from, to] = tokenRange(scan, intro);
  const colon = to - 1;
  if (colon < from || !isPunct(scan.tokens[colon], ':')) return undefined;
  const start = clauseStart(scan, colon);
  let head: number | undefined;
  for (let k = colon - 1; k >= start && head === undefined; k--) {
    if (isSpeechVerb(scan, k, false) || hasLemma(scan.seg, scan.tokens[k], SPEECH_NOUNS)) head = k;
  }
  if (head === undefined) return undefined;
  const [bFrom, bTo] = tokenRange(scan, body);
  const first = scan.tokens[bFrom];
  if (!first || first.kind === 'quote' || wordCount(scan, bFrom, bTo) < MIN_WORDS) return undefined;
  const span = trimmed(scan.seg.text, first.start, scan.tokens[bTo - 1]!.end);
  return { kind: 'direct', parts: [span], frame: { kind: 'block', from: start, to: colon + 1, head }, outer: span };
}

/** … — сказала Варвара Визбор. A paragraph without marks ending with a dash and a verb of speech. */
function framedParagraph(scan: QuoteScan, para: Paragraph): QuoteCandidate | undefined {
  const [from, to] = tokenRange(scan, para);
  if (to - from < MIN_WORDS + 2 || hasMarks(scan, from, to) || !isTerminal(scan.tokens[to - 1])) return undefined;
  for (let d = to - 2; d > from && to - d <= MAX_TAIL; d--) {
    if (!isDash(scan.tokens[d])) continue;
    const head = [d + 1, d + 2].find((k) => k < to && isSpeechVerb(scan, k, false));
    if (head === undefined || reportsClause(scan, head, to) || closesAside(scan, d) || afterMarks(scan, d)) continue;
    const end = quoteEndBefore(scan, d);
    const start = isDash(scan.tokens[from]) ? from + 1 : from;
    if (end === undefined || wordCount(scan, start, end) < MIN_WORDS) return undefined;
    if (tenseOf(scan.seg, scan.tokens[head]) !== 'past') return undefined;
    const span = trimmed(scan.seg.text, scan.tokens[start]!.start, scan.tokens[end - 1]!.end);
    return { kind: 'direct', parts: [span], frame: { kind: 'unmarked', from: d, to, head }, outer: span };
  }
  return undefined;
}

/** «…», — сказал X: the frame belongs to the quotation in marks right before it. */
function afterMarks(scan: QuoteScan, dash: number): boolean {
  let k = dash - 1;
  while (k >= 0 && scan.tokens[k]!.kind === 'punct') k--;
  return scan.tokens[k]?.kind === 'quote';
}

/** — сказала журналистам, что …: the frame reports a clause of its own, so the words before it are not a quotation. */
function reportsClause(scan: QuoteScan, head: number, to: number): boolean {
  for (let k = head + 1; k < to - 1; k++) if (isPunct(scan.tokens[k], ',') && scan.tokens[k + 1]!.norm === 'что') return true;
  return false;
}

/** мать – актриса Дебби Рейнольдс – сказала: the dash closes an aside opened a few words before. */
function closesAside(scan: QuoteScan, dash: number): boolean {
  for (let k = dash - 1; k >= Math.max(0, dash - 6); k--) {
    const t = scan.tokens[k]!;
    if (isTerminal(t)) return false;
    if (isDash(t) && t.spaceBefore) return true;
  }
  return false;
}

/** End (exclusive token index) of the quoted words before the frame's dash, skipping markup debris. */
function quoteEndBefore(scan: QuoteScan, dash: number): number | undefined {
  const prev = scan.tokens[dash - 1];
  if (!prev) return undefined;
  if (prev.kind === 'word' || prev.kind === 'number' || isTerminal(prev)) return dash;
  if (isPunct(prev, ',')) return dash - 1;
  for (let k = dash - 1; k >= dash - 4; k--) if (isTerminal(scan.tokens[k])) return k + 1;
  return undefined;
}

/** The span without the spaces around it and the commas at its end (a quote part, a quoted passage). */
export function trimmed(text: string, start: number, end: number): Span {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /[\s,]/.test(text[e - 1]!)) e--;
  return { start: s, end: e };
}
