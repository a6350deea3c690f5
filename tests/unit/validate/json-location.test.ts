import { describe, expect, it } from 'vitest';
import { findJsonSyntaxError, formatJsonPath, locateJsonPath } from '../../../src/validate/json-location.js';
import { lineColumn } from '../../../src/validate/problem.js';

const text = '{\n  "a": [1, {"b": "x\\"y"}],\n  "c d": {"e": null}\n}';

describe('locateJsonPath', () => {
  it('finds where the value at a path starts', () => {
    expect(lineColumn(text, locateJsonPath(text, ['a', 1, 'b'])!)).toEqual({ line: 2, column: 18 });
    expect(lineColumn(text, locateJsonPath(text, ['c d', 'e'])!)).toEqual({ line: 3, column: 16 });
    expect(locateJsonPath(text, [])).toBe(0);
  });

  it('falls back to the deepest parent that exists', () => {
    expect(locateJsonPath(text, ['a', 1, 'missing'])).toBe(locateJsonPath(text, ['a', 1]));
    expect(locateJsonPath(text, ['a', 7])).toBe(locateJsonPath(text, ['a']));
  });
});

describe('findJsonSyntaxError', () => {
  it.each([
    ['{"a": 1,}', 8, 'expected a double-quoted property name'],
    ['{\n  "a" 1\n}', 8, "expected ':'"],
    ['[1, 2', 5, "expected ',' or ']'"],
    ['{"a": "x\ny"}', 6, 'string'],
    ['{"a": tru}', 6, 'unexpected "t"'],
    ['{} []', 3, 'unexpected text after'],
    ['', 0, 'unexpected end'],
  ])('places the error in %j', (bad, index, message) => {
    expect(() => JSON.parse(bad)).toThrow();
    const found = findJsonSyntaxError(bad);
    expect(found?.index).toBe(index);
    expect(found?.message).toContain(message);
  });

  it('accepts what JSON.parse accepts', () => {
    expect(findJsonSyntaxError(text)).toBeUndefined();
    expect(findJsonSyntaxError(' {"n": -1.5e+3, "u": "\\u0416", "t": [true, false, null]} ')).toBeUndefined();
  });
});

describe('formatJsonPath', () => {
  it('writes a JSONPath-like string', () => {
    expect(formatJsonPath(['mentions', 3, 'text'])).toBe('$.mentions[3].text');
    expect(formatJsonPath(['c d'])).toBe('$["c d"]');
    expect(formatJsonPath([])).toBe('$');
  });
});
