/**
 * Small facts about Unicode text that the read stage and the serializers share. Every function is
 * one linear pass over the string.
 */

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** A UTF-16 code unit that is half of a surrogate pair without its other half. */
export function hasLoneSurrogate(text: string): boolean {
  LONE_SURROGATE.lastIndex = 0;
  return LONE_SURROGATE.test(text);
}

/**
 * Replaces every lone surrogate with U+FFFD. One code unit becomes one code point, so offsets in
 * code points stay where they were. (String.prototype.toWellFormed does the same from Node 20.)
 */
export function replaceLoneSurrogates(text: string): { text: string; replaced: number } {
  let replaced = 0;
  const out = text.replace(LONE_SURROGATE, () => {
    replaced++;
    return '\uFFFD';
  });
  return { text: out, replaced };
}

/** C0 controls other than tab, line feed and carriage return; DEL; C1 controls. */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

/** The first control character (other than \t, \n, \r) and its UTF-16 offset. */
export function firstControlCharacter(text: string): { char: string; index: number } | undefined {
  const m = new RegExp(CONTROL.source).exec(text);
  return m ? { char: m[0], index: m.index } : undefined;
}

/** How many control characters (other than \t, \n, \r) the text has. */
export function countControlCharacters(text: string): number {
  return text.match(CONTROL)?.length ?? 0;
}

/**
 * Characters an HTML or XML 1.0 document cannot carry as text: NUL, the other C0 controls except
 * tab, line feed, form feed and carriage return, DEL, the C1 controls, lone surrogates and the
 * noncharacters U+FFFE/U+FFFF. HTML parsers drop or replace them; writers put U+FFFD instead.
 */
export const NOT_MARKUP_SAFE = /[\u0000-\u0008\u000B\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** The text with every character markup cannot carry replaced by U+FFFD (code point for code point). */
export function toMarkupSafe(text: string): string {
  return text.replace(NOT_MARKUP_SAFE, '\uFFFD');
}

/** White space, controls and invisible format characters (zero-width space, joiners, BOM). */
const VISIBLE = /[^\s\p{Cc}\p{Cf}]/u;

/** Whether the text has nothing a reader could see: only white space, controls and format characters. */
export function isBlankText(text: string): boolean {
  return !VISIBLE.test(text);
}
