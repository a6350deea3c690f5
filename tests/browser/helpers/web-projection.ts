import type { Quad, Term } from '@rdfjs/types';
import { Parser } from 'n3';
import { createLocalDocumentLoader } from '../../../src/serialize/document-loader.js';
import { schema } from '../../../src/vocab/schema.js';
import { rdf } from '../../../src/vocab/rdf.js';
import { xsd } from '../../../src/vocab/xsd.js';

/** A JSON-LD document as canonical RDF (RDFC-1.0 with jsonld.js, the local loader, safe mode). */
export async function canonicalQuads(doc: object): Promise<Quad[]> {
  const { default: jsonld } = await import('jsonld');
  const options = { algorithm: 'RDFC-1.0', format: 'application/n-quads', documentLoader: createLocalDocumentLoader(), safe: true } as unknown;
  const nquads = (await jsonld.canonize(doc, options as Parameters<typeof jsonld.canonize>[1])) as string;
  return new Parser({ format: 'N-Quads' }).parse(nquads);
}

const NUMBER_TYPES = new Set([xsd.decimal.value, xsd.integer.value, xsd.nonNegativeInteger.value, `${xsd.$iri}double`]);

/**
 * The projection π that the web profile applies to an object: IRIs stay IRIs; a literal keeps its
 * lexical form only (the full graph's "x"@ru, "2026-02-04"^^xsd:date and "5300000"^^xsd:decimal
 * are the web's "x", "2026-02-04"^^schema:Date and 5300000, an xsd:integer), numbers compared as
 * numbers, booleans as booleans.
 */
function projectObject(o: Term): string {
  if (o.termType !== 'Literal') return `<${o.value}>`;
  if (NUMBER_TYPES.has(o.datatype.value)) return `number ${Number(o.value)}`;
  if (o.datatype.equals(xsd.boolean)) return `boolean ${o.value}`;
  return JSON.stringify(o.value);
}

const isSchema = (iri: string) => iri.startsWith(schema.$iri);

/** The full graph's schema.org statements about what the article reaches through schema.org properties. */
function schemaStatements(full: readonly Quad[], articleIri: string): Quad[] {
  const statements = full.filter((q) => (q.predicate.equals(rdf.type) ? isSchema(q.object.value) : isSchema(q.predicate.value)));
  const typed = new Set(statements.filter((q) => q.predicate.equals(rdf.type)).map((q) => q.subject.value));
  const reached = new Set([articleIri]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const q of statements) {
      if (reached.has(q.subject.value) && q.object.termType === 'NamedNode' && typed.has(q.object.value) && !reached.has(q.object.value)) {
        reached.add(q.object.value);
        grew = true;
      }
    }
  }
  return statements.filter((q) => reached.has(q.subject.value));
}

const key = (q: Quad) => `<${q.subject.value}> <${q.predicate.value}> ${projectObject(q.object)}`;

/**
 * The web profile is a projection of the full graph, exactly: π(W) minus the derived statements
 * equals π(F), where
 * - F: the full graph's schema.org statements (schema.org predicates; rdf:type with a schema.org
 *   class) about the article and every typed node it reaches through them; NIF and newsgraph's own
 *   terms are not projected;
 * - W: the web JSON-LD's statements (under the same schema.org context);
 * - π: objects compared as projectObject says;
 * - derived: `article schema:mainEntityOfPage U` and `U a schema:WebPage`, allowed only when F has
 *   `article schema:url U`.
 * Returns what breaks the relation (both lists empty when it holds).
 */
export function compareWebWithFull(web: readonly Quad[], full: readonly Quad[], articleIri: string): { missingFromWeb: string[]; notInFull: string[] } {
  const fullKeys = new Set(schemaStatements(full, articleIri).map(key));
  const urls = new Set(full.filter((q) => q.subject.value === articleIri && q.predicate.equals(schema.url)).map((q) => q.object.value));
  const derived = (q: Quad) =>
    (q.subject.value === articleIri && q.predicate.equals(schema.mainEntityOfPage) && urls.has(q.object.value)) ||
    (urls.has(q.subject.value) && q.predicate.equals(rdf.type) && q.object.equals(schema.WebPage));
  const webKeys = new Set(web.filter((q) => !derived(q)).map(key));
  return {
    missingFromWeb: [...fullKeys].filter((k) => !webKeys.has(k)).sort(),
    notInFull: [...webKeys].filter((k) => !fullKeys.has(k)).sort(),
  };
}
