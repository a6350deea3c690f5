import { escapeHtml } from '../script-escape.js';

export type AttributeValue = string | number | boolean | undefined;

/**
 * ` name="value"` for each attribute, values HTML-escaped; `true` writes a bare attribute, `false`
 * and `undefined` leave it out. Names are the caller's constants, never data.
 */
export function attributes(attrs: Readonly<Record<string, AttributeValue>>): string {
  let out = '';
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    out += value === true ? ` ${name}` : ` ${name}="${escapeHtml(String(value))}"`;
  }
  return out;
}

/** An element around HTML that is already safe (built with these helpers or escapeHtml). */
export function element(tag: string, attrs: Readonly<Record<string, AttributeValue>>, innerHtml: string): string {
  return `<${tag}${attributes(attrs)}>${innerHtml}</${tag}>`;
}

/** An element around plain text, which is escaped. */
export function textElement(tag: string, attrs: Readonly<Record<string, AttributeValue>>, text: string): string {
  return element(tag, attrs, escapeHtml(text));
}

/** A link that opens outside the page (Wikidata, the original article). */
export function externalLink(href: string, text: string, label?: string): string {
  return textElement('a', { href, rel: 'noopener noreferrer external', 'aria-label': label }, text);
}
