import fc from 'fast-check';
import type { Quad } from '@rdfjs/types';
import { beforeAll, describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { buildGraph } from '../../src/graph/build-graph.js';
import type { Article } from '../../src/model/article.js';
import { analyzeArticle } from '../../src/pipeline/analyze-article.js';
import { loadResources } from '../../src/pipeline/load-resources.js';
import { renderArticle } from '../../src/pipeline/render-article.js';
import type { Resources } from '../../src/pipeline/resources.js';
import { parseArticleText } from '../../src/read/read-article.js';
import { buildJsonLd } from '../../src/serialize/jsonld.js';
import { nif } from '../../src/vocab/nif.js';
import { canonicalOfJsonLd, canonicalOfQuads, parseRdfText } from '../helpers/rdf.js';
import { hostileText, runs } from './arbitraries.js';

let resources: Resources;
beforeAll(async () => {
  resources = await loadResources();
});

/** The article of a random text, or undefined when the text is blank (refused, as it should be). */
function exportOf(text: string, name = 'fuzz.txt'): Article | undefined {
  try {
    return analyzeArticle(parseArticleText(text, name), resources, { base: 'https://newsgraph.example/' });
  } catch (e) {
    if (e instanceof InputError && e.code === 'exporter.input.empty') return undefined;
    throw e;
  }
}

/** Every nif:Phrase's offsets (code points) slice its context's nif:isString to exactly its nif:anchorOf. */
function checkNifOffsets(quads: readonly Quad[]): void {
  const value = (s: string, p: string) => quads.find((q) => q.subject.value === s && q.predicate.value === p)?.object.value;
  const context = quads.find((q) => q.predicate.equals(nif.isString));
  if (!context) return;
  const points = [...context.object.value];
  for (const q of quads.filter((x) => x.predicate.equals(nif.anchorOf))) {
    const begin = Number(value(q.subject.value, nif.beginIndex.value));
    const end = Number(value(q.subject.value, nif.endIndex.value));
    expect(points.slice(begin, end).join('')).toBe(q.object.value);
  }
}

/** The web JSON-LD inside the page's script element. */
function htmlJsonLd(html: string): unknown {
  const m = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html);
  expect(m, 'the page has its JSON-LD').not.toBeNull();
  expect(m![1]).not.toMatch(/<\/script|<!--|[\u2028\u2029]/i);
  return JSON.parse(m![1]!);
}

describe('export of random Unicode text (fast-check)', () => {
  it('succeeds; every output parses; NIF offsets slice the text; the page holds the web JSON-LD', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const article = exportOf(text);
        if (!article) return;
        const out = renderArticle(article, ['ttl', 'trig', 'nq', 'jsonld', 'html', 'model']);
        const ttl = parseRdfText(out.ttl!, 'Turtle');
        expect(parseRdfText(out.trig!, 'TriG')).toHaveLength(ttl.length);
        expect(parseRdfText(out.nq!, 'N-Quads')).toHaveLength(ttl.length);
        checkNifOffsets(ttl);
        for (const m of article.mentions) expect([...article.text].slice(m.start, m.end).join('')).toBe(m.text);
        expect(JSON.parse(out.model!).text).toBe(article.text);
        expect(htmlJsonLd(out.html!)).toEqual(JSON.parse(JSON.stringify(buildJsonLd(buildGraph(article), { profile: 'web' }))));
        expect(out.html).not.toMatch(/[\u0000-\u0008\u000B\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]/);
      }),
      { numRuns: runs(200) },
    );
  });

  it('JSON-LD and Turtle hold the same graph', async () => {
    await fc.assert(
      fc.asyncProperty(hostileText, async (text) => {
        const article = exportOf(text);
        if (!article) return;
        const out = renderArticle(article, ['ttl', 'jsonld']);
        const fromTurtle = await canonicalOfQuads(parseRdfText(out.ttl!, 'Turtle'));
        expect(await canonicalOfJsonLd(JSON.parse(out.jsonld!))).toBe(fromTurtle);
      }),
      { numRuns: runs(25) },
    );
  });

  it('mints valid IRIs for odd file names', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }).filter((s) => !/[/\u0000]/.test(s)), (name) => {
        const article = exportOf('Владимир Путин провёл переговоры в Москве.', `${name}.txt`);
        for (const q of buildGraph(article!)) {
          for (const t of [q.subject, q.predicate, q.object]) {
            if (t.termType === 'NamedNode') expect(t.value).not.toMatch(/[\u0000-\u0020<>"{}|^`\\]/);
          }
        }
      }),
      { numRuns: runs(100) },
    );
  });
});
