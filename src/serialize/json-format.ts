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
  const array = Array.isArray(value);
  const keys = array ? undefined : Object.keys(value);
  const count = keys ? keys.length : (value as JsonValue[]).length;
  const at = (k: number): JsonValue => (keys ? (value as Record<string, JsonValue>)[keys[k]!]! : (value as JsonValue[])[k]!);
  if (count === 0) return array ? '[]' : '{}';
  const inline = inlineForm(keys, count, at, INLINE_WIDTH - indent.length);
  if (inline !== undefined) return inline;
  const inner = `${indent}  `;
  let out = array ? '[\n' : '{\n';
  for (let k = 0; k < count; k++) {
    if (k > 0) out += ',\n';
    out += inner + (keys ? keyOf(keys[k]!) : '') + format(at(k), inner);
  }
  return `${out}\n${indent}${array ? ']' : '}'}`;
}

/** The one-line form of an object or array of primitives when it is at most `width` long; else undefined. */
function inlineForm(keys: string[] | undefined, count: number, at: (k: number) => JsonValue, width: number): string | undefined {
  let out = keys ? '{' : '[';
  for (let k = 0; k < count; k++) {
    const v = at(k);
    if (v !== null && typeof v === 'object') return undefined;
    if (k > 0) out += ', ';
    out += (keys ? keyOf(keys[k]!) : '') + JSON.stringify(v);
    if (out.length >= width) return undefined;
  }
  out += keys ? '}' : ']';
  return out.length <= width ? out : undefined;
}

/** `"key": `, remembered for the keys JSON-LD repeats (@id, @type, @value…). */
function keyOf(key: string): string {
  let text = KEYS.get(key);
  if (text === undefined) {
    text = `${JSON.stringify(key)}: `;
    if (KEYS.size < MAX_KEYS) KEYS.set(key, text);
  }
  return text;
}

const KEYS = new Map<string, string>();
const MAX_KEYS = 1_000;
