import { DataFactory, Parser } from 'n3';
import { describe, expect, it } from 'vitest';
import { splitArticleGraphs } from '../../../src/load/article-graphs.js';
import { replaceGraphUpdate } from '../../../src/load/replace-graph-update.js';

const ttl = (path: string) => ({ path, extension: '.ttl' as const });
const trig = (path: string) => ({ path, extension: '.trig' as const });

describe('splitArticleGraphs', () => {
  it('keeps the named graphs of TriG and puts the default graph in its article’s graph', () => {
    const text = `@prefix s: <http://schema.org/>.
<http://x/a1> { <http://x/a1> a s:NewsArticle. <http://x/q> s:text "цитата"@ru. }
<http://x/a2> { <http://x/a2> a s:NewsArticle. }
<http://x/a2> a s:NewsArticle; s:headline "Заголовок"@ru.`;
    const graphs = splitArticleGraphs(text, trig('x.trig'));
    expect(graphs.map((g) => [g.graph, g.triples.length])).toEqual([
      ['http://x/a1', 2],
      ['http://x/a2', 3],
    ]);
    expect(graphs.flatMap((g) => g.triples).every((q) => q.graph.termType === 'DefaultGraph')).toBe(true);
  });

  it('refuses Turtle that describes no article or several, and syntax errors, as input errors', () => {
    expect(() => splitArticleGraphs('<http://x/a> <http://x/b> <http://x/c>.', ttl('a.ttl'))).toThrow(/no schema:NewsArticle/);
    const two = '@prefix s: <http://schema.org/>. <http://x/1> a s:NewsArticle. <http://x/2> a s:NewsArticle.';
    expect(() => splitArticleGraphs(two, ttl('b.ttl'))).toThrow(/2 schema:NewsArticle subjects/);
    expect(() => splitArticleGraphs('<http://x/a> <http://x/b> .', ttl('c.ttl'))).toThrow(expect.objectContaining({ code: 'exporter.input.rdfSyntax', exitCode: 3 }));
  });
});

describe('replaceGraphUpdate', () => {
  it('writes the triples with n3 as N-Triples, escapes included, that parse back the same', () => {
    const tricky = 'кавычки " \\ и\nперевод строки\t😀 } GRAPH <x> {';
    const q = DataFactory.quad(DataFactory.namedNode('http://x/q'), DataFactory.namedNode('http://schema.org/text'), DataFactory.literal(tricky, 'ru'));
    const update = replaceGraphUpdate('http://x/a1', [q]);
    expect(update.startsWith('DROP SILENT GRAPH <http://x/a1> ;\nINSERT DATA { GRAPH <http://x/a1> {\n')).toBe(true);
    const data = update.slice(update.indexOf('{\n') + 2, update.lastIndexOf('} }'));
    expect(new Parser({ format: 'N-Triples' }).parse(data)[0]?.object.value).toBe(tricky);
  });

  it('refuses a graph name SPARQL cannot write as an IRI', () => {
    expect(() => replaceGraphUpdate('http://x/a> } ; DROP ALL ; #', [])).toThrow(expect.objectContaining({ code: 'exporter.input.badGraphIri' }));
  });
});
