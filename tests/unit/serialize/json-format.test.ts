import { describe, expect, it } from 'vitest';
import { formatJson } from '../../../src/serialize/json-format.js';
import type { JsonValue } from '../../../src/serialize/jsonld-full.js';

/** The plain form of the layout rule: entries, then one line when every value is a primitive and it fits. */
function reference(value: JsonValue, indent = ''): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  const entries: [string | undefined, JsonValue][] = Array.isArray(value) ? value.map((v) => [undefined, v]) : Object.entries(value);
  const [open, close] = Array.isArray(value) ? ['[', ']'] : ['{', '}'];
  if (entries.length === 0) return open + close;
  const key = (k: string | undefined) => (k === undefined ? '' : `${JSON.stringify(k)}: `);
  if (entries.every(([, v]) => v === null || typeof v !== 'object')) {
    const inline = `${open}${entries.map(([k, v]) => key(k) + JSON.stringify(v)).join(', ')}${close}`;
    if (indent.length + inline.length <= 100) return inline;
  }
  const inner = `${indent}  `;
  return `${open}\n${entries.map(([k, v]) => inner + key(k) + reference(v, inner)).join(',\n')}\n${indent}${close}`;
}

/** A pseudo-random JSON value (deterministic), with strings long enough to cross the line width. */
function randomValue(seed: { n: number }, depth: number): JsonValue {
  const next = () => (seed.n = (seed.n * 1103515245 + 12345) % 2147483648) / 2147483648;
  const r = next();
  if (depth > 3 || r < 0.35) {
    const p = next();
    if (p < 0.2) return null;
    if (p < 0.35) return p < 0.27;
    if (p < 0.5) return Math.round(next() * 1e6) / 100;
    return 'слово «в кавычках» \n\t"'.slice(0, Math.floor(next() * 22)).repeat(1 + Math.floor(next() * 5));
  }
  const n = Math.floor(next() * 6);
  if (r < 0.6) return Array.from({ length: n }, () => randomValue(seed, depth + 1));
  return Object.fromEntries(Array.from({ length: n }, (_, i) => [`@k${i}${'x'.repeat(Math.floor(next() * 20))}`, randomValue(seed, depth + 1)]));
}

describe('formatJson', () => {
  it('lays out JSON exactly as the plain rule does', () => {
    const seed = { n: 7 };
    for (let i = 0; i < 2000; i++) {
      const value = randomValue(seed, 0);
      expect(formatJson(value)).toBe(`${reference(value)}\n`);
    }
  });
});
