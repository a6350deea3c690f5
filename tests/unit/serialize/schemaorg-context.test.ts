import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildGraph } from '../../../src/graph/build-graph.js';
import { buildJsonLd } from '../../../src/serialize/jsonld.js';
import { SCHEMAORG_CONTEXT } from '../../../src/serialize/schemaorg-context.js';
import { canonicalOfJsonLd } from '../../helpers/rdf.js';
import { sampleArticle } from '../../helpers/sample-article.js';
import { describeShared, sharedPath } from '../../helpers/shared.js';

const OFFICIAL = 'vocab/schemaorg-30.0/schemaorgcontext.jsonld';
type Definition = string | { '@id'?: string; '@type'?: string };

describe('the project\'s schema.org context', () => {
  it('maps terms into http://schema.org/ and aliases id and type', () => {
    const ctx = SCHEMAORG_CONTEXT['@context'];
    expect(ctx['@vocab']).toBe('http://schema.org/');
    expect(ctx.id).toBe('@id');
    expect(ctx.type).toBe('@type');
  });
});

describeShared('the project\'s schema.org context against release 30.0', [OFFICIAL], () => {
  let official: Record<string, Definition>;
  beforeAll(() => {
    official = JSON.parse(readFileSync(sharedPath(OFFICIAL), 'utf8'))['@context'];
  });

  it('coerces each of its terms the way the official context does', () => {
    const expand = (t: string | undefined) => (t === 'Date' || t === 'schema:Date' ? 'http://schema.org/Date' : t);
    for (const [term, definition] of Object.entries(SCHEMAORG_CONTEXT['@context'])) {
      if (term.startsWith('@') || typeof definition === 'string') continue;
      const theirs = official[term];
      expect(typeof theirs === 'object' ? expand(theirs['@type']) : undefined, term).toBe(expand(definition['@type']));
    }
  });

  it('reads the full JSON-LD as the same graph as the official context does', async () => {
    const doc = buildJsonLd(buildGraph(sampleArticle()));
    const ours = await canonicalOfJsonLd(doc);
    const theirs = await canonicalOfJsonLd(doc, { schemaOrgContext: { '@context': official } });
    expect(ours).toBe(theirs);
  });

  it('reads the web JSON-LD as the official context does (same coercions of dates and URLs)', async () => {
    const doc = buildJsonLd(buildGraph(sampleArticle()), { profile: 'web' });
    const ours = await canonicalOfJsonLd(doc);
    const theirs = await canonicalOfJsonLd(doc, { schemaOrgContext: { '@context': official } });
    expect(ours).toBe(theirs);
  });
});
