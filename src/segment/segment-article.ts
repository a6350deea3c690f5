import type { SourceDocument } from '../read/source-document.js';
import { splitSentences } from './sentences.js';
import { tokenize } from './tokenize.js';
import type { Analysis, Morphology, Paragraph, SegmentedArticle, Sentence, Token } from './types.js';

/** Tokens, sentences and paragraphs of the article body, with morphology on demand. */
export function segmentArticle(doc: SourceDocument, morphology: Morphology): SegmentedArticle {
  const { text } = doc;
  const raw = tokenize(text, doc.bodyStart);
  const spans = splitSentences(text, raw);
  const paragraphs = findParagraphs(text, doc.bodyStart);
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  let para = 0;
  spans.forEach((span, s) => {
    const first = raw[span.tokenStart]!;
    const last = raw[span.tokenEnd - 1]!;
    while (para < paragraphs.length - 1 && paragraphs[para]!.end <= first.start) para++;
    sentences.push({ index: s, start: first.start, end: last.end, tokenStart: span.tokenStart, tokenEnd: span.tokenEnd, paragraph: para });
    for (let i = span.tokenStart; i < span.tokenEnd; i++) tokens.push(makeToken(text, raw, i, s));
  });
  return { doc, text, tokens, sentences, paragraphs, analyses: tokenAnalyses(tokens, morphology), morphology };
}

const NO_READINGS: readonly Analysis[] = Object.freeze([]);

/** Readings of the article's word tokens, asked of the morphology once per token. */
function tokenAnalyses(tokens: readonly Token[], morphology: Morphology): (token: Token) => readonly Analysis[] {
  const byIndex: (readonly Analysis[] | undefined)[] = new Array(tokens.length);
  return (token) => {
    if (token.kind !== 'word') return NO_READINGS;
    if (tokens[token.index] !== token) return morphology.analyze(token.text);
    return (byIndex[token.index] ??= morphology.analyze(token.text));
  };
}

function makeToken(text: string, raw: ReturnType<typeof tokenize>, i: number, sentence: number): Token {
  const r = raw[i]!;
  const prevEnd = i > 0 ? raw[i - 1]!.end : 0;
  const t = text.slice(r.start, r.end);
  const letters = NON_LETTER.test(t) ? t.replace(NON_LETTERS, '') : t;
  const first = letters[0];
  const upper = first !== undefined && first !== first.toLowerCase();
  const lower = t.toLowerCase();
  return {
    index: i,
    start: r.start,
    end: r.end,
    text: t,
    kind: r.kind,
    norm: lower.includes('ё') ? lower.replace(/ё/g, 'е') : lower,
    upper,
    // A first letter that upper-casing changes cannot open an all-capitals word.
    caps: letters.length >= 2 && first === first!.toUpperCase() && letters === letters.toUpperCase() && letters !== letters.toLowerCase(),
    sentence,
    spaceBefore: i === 0 || r.start > prevEnd,
    lineBreakBefore: hasLineBreak(text, prevEnd, r.start),
  };
}

const NON_LETTER = /[^\p{L}]/u;
const NON_LETTERS = /[^\p{L}]/gu;

function hasLineBreak(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029) return true;
  }
  return false;
}

/** Non-empty lines of the body: news paragraphs are lines (blank lines between them or not). */
function findParagraphs(text: string, from: number): Paragraph[] {
  const out: Paragraph[] = [];
  const re = /[^\n\r\u2028\u2029]+/g;
  re.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (m[0].trim() === '') continue;
    out.push({ index: out.length, start: m.index, end: m.index + m[0].length });
  }
  return out;
}
