/** Characters that must not reach a terminal raw: controls, line and paragraph separators, bidi controls. */
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]|[\ud800-\udfff]/gu;

/**
 * A piece of input quoted for a one-line message: at most `max` code points (then "…"), with
 * control, separator and bidi characters written as \u{…} so they cannot break the line, move the
 * cursor or reorder the text around them.
 */
export function quoteForMessage(text: string, max = 40): string {
  const points = [...text];
  return `"${printable(points.length > max ? points.slice(0, max).join('') + '…' : text)}"`;
}

/** Text (a file name, a piece of input) safe to print on one line of a terminal: see quoteForMessage. */
export function printable(text: string): string {
  return text.replace(UNPRINTABLE, (c) => `\\u{${(c.codePointAt(0) ?? 0).toString(16)}}`);
}
