import { toMarkupSafe } from '../util/unicode-text.js';

const SCRIPT_UNSAFE = /[<>&\u2028\u2029\u007f-\u009f\ufffe\uffff]/g;

/**
 * JSON text made safe to place inside <script type="application/ld+json">: `<`, `>`, `&`, U+2028
 * and U+2029 become \u003c, \u003e, \u0026, \u2028, \u2029. JSON allows these escapes only inside
 * strings, which is the only place the characters occur in JSON.stringify's output, so the JSON
 * means the same, and no text can close the element (</script>) or open a comment (<!--). DEL,
 * the C1 controls and U+FFFE/U+FFFF (which JSON.stringify leaves raw and HTML cannot carry) are
 * escaped the same way.
 */
export function escapeJsonForScript(json: string): string {
  return json.replace(SCRIPT_UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

const HTML_SPECIAL: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Text made safe for HTML element content and quoted attribute values. Characters HTML cannot carry
 * (NUL and other controls, lone surrogates, U+FFFE/U+FFFF) become U+FFFD, one for one.
 */
export function escapeHtml(text: string): string {
  return toMarkupSafe(text).replace(/[&<>"']/g, (c) => HTML_SPECIAL[c] ?? c);
}
