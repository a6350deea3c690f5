import { MAX_HEADLINE } from '../../model/article.js';
import type { Paragraph, SegmentedArticle } from '../../segment/types.js';

const MAX_TITLE_WORDS = 25;
const MIN_CLAUSE = 25;
const CLAUSE_BREAK = /(,\s|\s[—–]\s|:\s|;\s)/g;

/**
 * The text's own title: a short first line, without a final period, followed by the body.
 * Titles longer than the headline limit are cut at a word boundary.
 */
export function ownHeadline(text: string, body: readonly Paragraph[]): string | undefined {
  const first = body[0];
  if (!first || body.length < 2) return undefined;
  const line = text.slice(first.start, first.end).trim();
  const words = line.split(/\s+/).length;
  if (words > MAX_TITLE_WORDS || /[.,:;]$/.test(line) || /^\p{Ll}/u.test(line)) return undefined;
  return fitHeadline(line);
}

/** A title as it is when it fits the headline limit, else cut at a word boundary. */
export function fitHeadline(title: string): string {
  const line = title.replace(/\s+/g, ' ').trim();
  return line.length <= MAX_HEADLINE ? line : cutAtWord(line);
}

/**
 * A headline derived from the lead: its first sentence when it fits, else its first clause, else
 * the sentence cut at the last word boundary that fits (with an ellipsis). Never mid-word.
 */
export function deriveHeadline(seg: SegmentedArticle, lead: Paragraph): string | undefined {
  const s = seg.sentences.find((x) => x.start >= lead.start && x.start < lead.end);
  if (!s) return undefined;
  const sentence = seg.text.slice(s.start, s.end).trim().replace(/[.…]+$/, '').trim();
  if (sentence.length === 0) return undefined;
  if (sentence.length <= MAX_HEADLINE) return sentence;
  CLAUSE_BREAK.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CLAUSE_BREAK.exec(sentence)) !== null) {
    if (m.index > MAX_HEADLINE) break;
    if (m.index >= MIN_CLAUSE) return sentence.slice(0, m.index).trim();
  }
  return cutAtWord(sentence);
}

/** Cut before the last space that leaves room for an ellipsis. */
export function cutAtWord(line: string): string {
  const room = line.slice(0, MAX_HEADLINE);
  const space = room.lastIndexOf(' ');
  const cut = (space > 0 ? room.slice(0, space) : room.slice(0, MAX_HEADLINE - 1)).replace(/[\s,;:—–-]+$/, '');
  return `${cut}…`;
}
