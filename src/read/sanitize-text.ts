import { codePointLength } from '../util/code-points.js';
import { countControlCharacters, firstControlCharacter, replaceLoneSurrogates } from '../util/unicode-text.js';

export interface SanitizedText {
  readonly text: string;
  readonly warnings: readonly string[];
}

/**
 * What the read stage does to decoded text before any offset is taken. Lone surrogates (possible
 * in strings from JSON or UTF-16 files, never in UTF-8 output) become U+FFFD, one code point for
 * one, with a warning. Control characters are kept as they are, so offsets keep pointing at the
 * input; every serializer escapes them (Turtle, N-Quads and JSON as \u escapes; the HTML page
 * shows U+FFFD, since HTML cannot carry them), and a warning says they are there.
 */
export function sanitizeText(text: string): SanitizedText {
  const warnings: string[] = [];
  const fixed = replaceLoneSurrogates(text);
  if (fixed.replaced > 0) {
    warnings.push(`${count(fixed.replaced, 'unpaired surrogate')} (not a character) replaced by U+FFFD`);
  }
  const controls = countControlCharacters(fixed.text);
  const first = firstControlCharacter(fixed.text);
  if (controls > 0 && first) {
    const code = `U+${first.char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
    const at = codePointLength(fixed.text.slice(0, first.index));
    warnings.push(`the text has ${count(controls, 'control character')} (the first, ${code}, at character ${at}); kept in the text, shown as U+FFFD in the HTML page`);
  }
  return { text: fixed.text, warnings };
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
