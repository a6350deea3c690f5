// The path a user would write without newsgraph's writers: the schema.org JSON-LD object, then
// jsonld.js (schema.org context, served locally) → N-Quads → n3 Parser → n3 Writer (Turtle).
import jsonld from 'jsonld';
import { Parser, Writer } from 'n3';

export async function naiveRender(api, article, loader) {
  const doc = api.buildJsonLd(api.buildGraph(article));
  const json = JSON.stringify(doc, null, 2);
  const nquads = await jsonld.toRDF(doc, { format: 'application/n-quads', documentLoader: loader, safe: true });
  const quads = new Parser({ format: 'N-Quads' }).parse(nquads);
  const ttl = await new Promise((resolve, reject) => {
    const writer = new Writer({ prefixes: { schema: 'https://schema.org/' } });
    writer.addQuads(quads);
    writer.end((error, out) => (error ? reject(error) : resolve(out)));
  });
  return { json, ttl };
}

/** jsonld.js compaction with the schema.org context, which a user would add to get compact JSON-LD. */
export async function naiveCompact(api, article, loader) {
  const doc = api.buildJsonLd(api.buildGraph(article));
  return jsonld.compact(doc, 'https://schema.org', { documentLoader: loader, safe: true });
}
