import type { JsonValue } from './jsonld-full.js';

/** Longest line an object or array of primitives is kept on, indentation included. */
const INLINE_WIDTH = 100;

/**
 * JSON indented by two spaces, except that an object or array holding only primitives stays on
 * one line when it fits ({"@id": "…"}, {"@value": "105", "@type": "xsd:nonNegativeInteger"}).
 * Escaping is JSON.stringify's; ends with a newline.
 */
export function formatJson(value: JsonValue): string {
  return `${format(value, '')}\n`;
}

function format(value: JsonValue, indent: string): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  const entries: [string | undefined, JsonValue][] = Array.isArray(value)
    ? value.map((v) => [undefined, v])
    : Object.entries(value);
  const [open, close] = Array.isArray(value) ? ['[', ']'] : ['{', '}'];
  if (entries.length === 0) return open + close;
  const key = (k: string | undefined) => (k === undefined ? '' : `${JSON.stringify(k)}: `);
  if (entries.every(([, v]) => v === null || typeof v !== 'object')) {
    const inline = `${open}${entries.map(([k, v]) => key(k) + JSON.stringify(v)).join(', ')}${close}`;
    if (indent.length + inline.length <= INLINE_WIDTH) return inline;
  }
  const inner = `${indent}  `;
  const lines = entries.map(([k, v]) => inner + key(k) + format(v, inner));
  return `${open}\n${lines.join(',\n')}\n${indent}${close}`;
}
