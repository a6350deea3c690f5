import type { QuoteCandidate } from './quote-types.js';
import { isSpeechVerb, sentenceStart, sourcePhraseAt, type QuoteScan } from './quote-frames.js';
import { isPunct, isTerminal, readingWhere, tenseOf } from './token-tools.js';

const MIN_WORDS = 3;

/**
 * Reported speech without quote marks: «X заявил, что …», «как отметил X, …», «по словам X, …».
 * The reported clause runs to the end of the sentence; sentences with quote marks are left to the
 * direct quotations.
 */
export function findIndirectSpeech(scan: QuoteScan): QuoteCandidate[] {
  const out: QuoteCandidate[] = [];
  for (const s of scan.seg.sentences) {
    if (hasQuoted(scan, s.tokenStart, s.tokenEnd)) continue;
    const found = sourceClause(scan, s.tokenStart, s.tokenEnd) ?? thatClause(scan, s.tokenStart, s.tokenEnd);
    if (found) out.push(found);
  }
  return out;
}

function hasQuoted(scan: QuoteScan, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (scan.speechy[k] === 1) return true;
  return false;
}

/** «(И,) как отметил X, …» / «По словам X, …» at the start of the sentence. */
function sourceClause(scan: QuoteScan, from: number, to: number): QuoteCandidate | undefined {
  let k = from;
  if (/^(и|а|но)$/.test(scan.tokens[k]?.norm ?? '')) k++;
  if (isPunct(scan.tokens[k], ',')) k++;
  const head = sourcePhraseAt(scan, k);
  if (head === undefined) return undefined;
  let comma = head + 1;
  while (comma < to && !isPunct(scan.tokens[comma], ',')) comma++;
  return clauseFrom(scan, comma + 1, to, { from, to: comma + 1, head });
}

/** «X заявил(, …), что …»: a finite verb of speech, a comma and что within a few words. */
function thatClause(scan: QuoteScan, from: number, to: number): QuoteCandidate | undefined {
  for (let v = from; v < to - 2; v++) {
    if (!isSpeechVerb(scan, v, false) || tenseOf(scan.seg, scan.tokens[v]) === undefined || editorial(scan, v)) continue;
    for (let k = v + 1; k < Math.min(to - 1, v + 5); k++) {
      if (!isPunct(scan.tokens[k], ',')) continue;
      if (scan.tokens[k + 1]?.norm !== 'что') break;
      return clauseFrom(scan, k + 2, to, { from: Math.max(sentenceStart(scan, v), v - 12), to: k + 2, head: v });
    }
  }
  return undefined;
}

function clauseFrom(scan: QuoteScan, start: number, to: number, frame: { from: number; to: number; head: number }): QuoteCandidate | undefined {
  let end = to;
  while (end > start && (isTerminal(scan.tokens[end - 1]) || scan.tokens[end - 1]!.kind === 'punct')) end--;
  let words = 0;
  for (let k = start; k < end; k++) if (scan.tokens[k]!.kind === 'word') words++;
  if (words < MIN_WORDS) return undefined;
  const span = { start: scan.tokens[start]!.start, end: scan.tokens[end - 1]!.end };
  return { kind: 'indirect', parts: [span], frame: { kind: 'indirect', ...frame }, outer: span };
}

/** Напомним, что / Отметим, что: the newsroom's own first-person aside, not somebody's speech. */
function editorial(scan: QuoteScan, v: number): boolean {
  return readingWhere(scan.seg, scan.tokens[v], (a) => a.pos === 'VERB' && a.tags.has('1per')) !== undefined;
}
