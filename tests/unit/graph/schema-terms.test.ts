import { readFileSync } from 'node:fs';
import { beforeAll, expect, it } from 'vitest';
import { buildGraph } from '../../../src/graph/build-graph.js';
import { schema } from '../../../src/vocab/schema.js';
import { describeShared, sharedPath } from '../../helpers/shared.js';
import { sampleArticle } from '../../helpers/sample-article.js';

const VOCAB = 'vocab/schemaorg-30.0/schemaorg-current-http.ttl';

describeShared('schema.org terms (release 30.0)', [VOCAB], () => {
  let defined: Set<string>;
  beforeAll(() => {
    const text = readFileSync(sharedPath(VOCAB), 'utf8');
    defined = new Set([...text.matchAll(/^schema:(\w+) a /gm)].map((m) => m[1] ?? ''));
  });

  it('defines every term of the schema vocabulary constants', () => {
    const terms = Object.keys(schema).filter((k) => k !== '$iri');
    expect(terms.filter((t) => !defined.has(t))).toEqual([]);
  });

  it('defines every schema.org class and property the graph stage writes', () => {
    const used = new Set<string>();
    for (const q of buildGraph(sampleArticle())) {
      for (const t of [q.predicate, q.object]) {
        if (t.termType === 'NamedNode' && t.value.startsWith(schema.$iri)) used.add(t.value.slice(schema.$iri.length));
      }
    }
    expect([...used].filter((t) => !defined.has(t))).toEqual([]);
  });
});
