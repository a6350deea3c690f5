import { DataFactory } from 'n3';
import { describe, expect, it } from 'vitest';
import { prefixesFor } from '../../../src/serialize/prefixes.js';
import { VOCAB_PREFIXES } from '../../../src/vocab/prefixes.js';

const { namedNode, literal, quad } = DataFactory;

describe('prefixesFor', () => {
  it('declares the prefixes some IRI uses, in declaration order, namespaces alone not counting', () => {
    const schemaNs = (VOCAB_PREFIXES as Record<string, string>).schema!;
    const xsdNs = (VOCAB_PREFIXES as Record<string, string>).xsd!;
    const quads = [
      quad(namedNode('https://example.org/ent/a'), namedNode(`${schemaNs}name`), literal('5', namedNode(`${xsdNs}decimal`))),
      quad(namedNode('https://example.org/ent/b'), namedNode(`${schemaNs}about`), namedNode('https://example.org/unused/')),
    ];
    const out = prefixesFor(quads, { ent: 'https://example.org/ent/', unused: 'https://example.org/unused/' });
    expect(Object.keys(out)).toEqual(Object.keys({ ...VOCAB_PREFIXES, ent: '', unused: '' }).filter((k) => ['schema', 'xsd', 'ent'].includes(k)));
    expect(out.ent).toBe('https://example.org/ent/');
    expect(out.unused).toBeUndefined();
  });
});
