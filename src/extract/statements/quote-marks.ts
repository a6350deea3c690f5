import type { Paragraph } from '../../segment/types.js';

/** A pair of matching quote marks: offsets of the opening and the closing mark (UTF-16). */
export interface QuoteMarkPair {
  readonly open: number;
  readonly close: number;
  /** Not inside another pair (nested quotes: «… „Личунь“ …», «… «…» …»). */
  readonly top: boolean;
}

interface Open {
  readonly mark: string;
  readonly at: number;
}

const MARKS = /[«»„“”"]/g;
const OPENING_CONTEXT = /[\s([{«„“'‘—–\-\/:]/;
const CLOSING_CONTEXT = /[\s)\]}».,;:!?…—–\-\/]/;

/**
 * Pairs the quote marks of each paragraph in one left-to-right pass: «» and „“ nest with a
 * stack (the same marks too: «… «…» …»), English “” pair among themselves, and ASCII " opens or
 * closes by the characters around it. Marks left open at the end of a paragraph are dropped, so
 * a stray mark cannot swallow the rest of the text.
 */
export function pairQuoteMarks(text: string, paragraphs: readonly Paragraph[]): QuoteMarkPair[] {
  const pairs: { open: number; close: number }[] = [];
  for (const p of paragraphs) pairInParagraph(text, p.start, p.end, pairs);
  return markTopLevel(pairs);
}

function pairInParagraph(text: string, from: number, to: number, out: { open: number; close: number }[]): void {
  const stack: Open[] = [];
  const closeWith = (marks: string, at: number): boolean => {
    for (let k = stack.length - 1; k >= 0; k--) {
      if (marks.includes(stack[k]!.mark)) {
        out.push({ open: stack[k]!.at, close: at });
        stack.length = k;
        return true;
      }
    }
    return false;
  };
  MARKS.lastIndex = from;
  for (let m = MARKS.exec(text); m !== null && m.index < to; m = MARKS.exec(text)) {
    const i = m.index;
    const c = m[0];
    if (c === '«' || c === '„') stack.push({ mark: c, at: i });
    else if (c === '»') closeWith('«', i);
    else if (c === '”') closeWith('“„', i);
    else if (c === '“') {
      if (stack.length > 0 && stack[stack.length - 1]!.mark === '„') closeWith('„', i);
      else if (opensHere(text, i, from)) stack.push({ mark: c, at: i });
      else closeWith('“„', i);
    } else if (c === '"') {
      const canClose = stack.some((o) => o.mark === '"') && closesHere(text, i, to);
      if (canClose) closeWith('"', i);
      else if (opensHere(text, i, from)) stack.push({ mark: c, at: i });
      else closeWith('"', i);
    }
  }
}

function opensHere(text: string, i: number, from: number): boolean {
  const before = i > from ? text[i - 1]! : ' ';
  const after = text[i + 1] ?? ' ';
  return OPENING_CONTEXT.test(before) && !/\s/.test(after);
}

function closesHere(text: string, i: number, to: number): boolean {
  const before = text[i - 1] ?? ' ';
  const after = i + 1 < to ? text[i + 1]! : ' ';
  return !/\s/.test(before) && CLOSING_CONTEXT.test(after);
}

function markTopLevel(pairs: { open: number; close: number }[]): QuoteMarkPair[] {
  const sorted = [...pairs].sort((a, b) => a.open - b.open);
  const out: QuoteMarkPair[] = [];
  const ends: number[] = [];
  for (const p of sorted) {
    while (ends.length > 0 && ends[ends.length - 1]! < p.open) ends.pop();
    out.push({ open: p.open, close: p.close, top: ends.length === 0 });
    ends.push(p.close);
  }
  return out;
}
