import { mintIris } from '../../src/graph/iri.js';
import type { Article } from '../../src/model/article.js';
import type { VirtuosoServer } from './virtuoso-server.js';

/** The number of triples in the given graphs, as the server counts them. */
export async function tripleCount(server: VirtuosoServer, graphs: readonly string[]): Promise<number> {
  const values = graphs.map((g) => `<${g}>`).join(' ');
  const json = await server.select(`SELECT (COUNT(*) AS ?n) WHERE { VALUES ?g { ${values} } GRAPH ?g { ?s ?p ?o } }`);
  return Number(json.results?.bindings[0]?.['n']?.value ?? NaN);
}

export interface QuoteRow {
  readonly quote: string;
  readonly text: string;
  readonly lang: string;
  readonly speaker: string;
  readonly direct: boolean;
}

/** Every quote of an article's graph with its text, language, speaker and whether it is a schema:Quotation. */
export function quotesQuery(article: Article): string {
  return `PREFIX schema: <http://schema.org/>
SELECT ?quote ?text ?speaker ?direct WHERE {
  GRAPH <${article.iri}> {
    ?quote schema:isPartOf <${article.iri}> ; schema:text ?text ; schema:creator ?speaker .
    BIND (EXISTS { ?quote a schema:Quotation } AS ?direct)
  }
}`;
}

export async function readQuotes(server: VirtuosoServer, query: string): Promise<QuoteRow[]> {
  const json = await server.select(query);
  return (json.results?.bindings ?? [])
    .map((b) => ({
      quote: b['quote']?.value ?? '',
      text: b['text']?.value ?? '',
      lang: b['text']?.['xml:lang'] ?? '',
      speaker: b['speaker']?.value ?? '',
      direct: b['direct']?.value === '1' || b['direct']?.value === 'true',
    }))
    .sort((a, b) => a.quote.localeCompare(b.quote));
}

/** The same rows from the model: what the server must give back. */
export function expectedQuotes(article: Article): QuoteRow[] {
  const iris = mintIris(article);
  return article.quotes
    .filter((q) => q.speaker !== undefined)
    .map((q) => ({ quote: iris.local(q.id).value, text: q.text, lang: 'ru', speaker: iris.entity(q.speaker!).value, direct: q.kind === 'direct' }))
    .sort((a, b) => a.quote.localeCompare(b.quote));
}
