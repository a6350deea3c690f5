import { describe, expect, it } from 'vitest';
import { escapeHtml, escapeJsonForScript } from '../../../src/serialize/script-escape.js';

describe('escapeJsonForScript', () => {
  const hostile = { text: '</script><script>alert(1)</script> <!-- x --> a & b > c \u2028\u2029 «ok»' };
  const escaped = escapeJsonForScript(JSON.stringify(hostile));

  it('leaves nothing that could end the script element or open a comment', () => {
    expect(escaped).not.toMatch(/[<>&\u2028\u2029]/);
    expect(escaped).toContain('\\u003c/script\\u003e');
    expect(escaped).toContain('\\u003c!--');
    expect(escaped).toContain('\\u0026');
    expect(escaped).toContain('\\u2028\\u2029');
  });

  it('keeps the JSON meaning the same', () => {
    expect(JSON.parse(escaped)).toEqual(hostile);
  });

  it('leaves other text, Cyrillic included, as it is', () => {
    expect(escapeJsonForScript('{"a":"Путин"}')).toBe('{"a":"Путин"}');
  });
});

describe('escapeHtml', () => {
  it('escapes the five HTML-special characters', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });
});
