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
  const analyses = (token: Token): readonly Analysis[] => (token.kind === 'word' ? morphology.analyze(token.text) : []);
  return { doc, text, tokens, sentences, paragraphs, analyses, morphology };
}

function makeToken(text: string, raw: ReturnType<typeof tokenize>, i: number, sentence: number): Token {
  const r = raw[i]!;
  const prevEnd = i > 0 ? raw[i - 1]!.end : 0;
  const t = text.slice(r.start, r.end);
  const letters = t.replace(/[^\p{L}]/gu, '');
  const between = text.slice(prevEnd, r.start);
  return {
    index: i,
    start: r.start,
    end: r.end,
    text: t,
    kind: r.kind,
    norm: t.toLowerCase().replace(/ё/g, 'е'),
    upper: letters.length > 0 && letters[0] !== letters[0]!.toLowerCase(),
    caps: letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase(),
    sentence,
    spaceBefore: i === 0 || between.length > 0,
    lineBreakBefore: /[\n\r\u2028\u2029]/.test(between),
  };
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
