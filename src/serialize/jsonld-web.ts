import type { Literal, Quad } from '@rdfjs/types';
import { SerializationError } from '../errors.js';
import { schema } from '../vocab/schema.js';
import { xsd } from '../vocab/xsd.js';
import type { JsonObject, JsonValue } from './jsonld-full.js';
import { SCHEMA_ORG_CONTEXT_URL } from './jsonld-terms.js';
import { indexSubjects, type SubjectNode } from './subject-index.js';

const NUMERIC = new Set([xsd.decimal.value, xsd.integer.value, xsd.nonNegativeInteger.value]);

/**
 * The web profile, for <script type="application/ld+json"> in a page: a projection of the full
 * graph in the shape of Google's examples.
 * - One tree rooted at the schema:NewsArticle; each node is embedded, with its @id, where a
 *   breadth-first walk from the article first reaches it (so author, publisher, about and mentions
 *   carry whole nodes), and referenced as {"@id"} everywhere else.
 * - schema.org terms only: the NIF provenance and newsgraph's own terms are left out.
 * - Dates, codes and text as plain strings (no language tag; the article's inLanguage says it),
 *   numbers as JSON numbers when that keeps their digits, and IRIs that name no node of the graph
 *   (sameAs, url) as plain URL strings, which schema.org's context reads as IRIs; schema.org
 *   enumeration members (eventStatus, eventAttendanceMode) as {"@id"}, and a day of any year
 *   (--05-09, which schema:Date cannot hold) as an xsd:gMonthDay value object.
 * - Google's recommended Article properties come from the graph as they are (headline, description,
 *   datePublished and dateModified with their time zone when the graph has one, author and
 *   publisher as embedded nodes with their names, image, inLanguage, url), plus mainEntityOfPage
 *   when the url is known (see withMainEntityOfPage).
 * Read as RDF, plain strings are not the full graph's typed literals and IRIs: the full profile is
 * the exact graph, this one the search-engine view of it. The exact relation (every schema.org
 * statement of one is in the other, literals compared by lexical form) is tested in a real browser.
 */
export function buildWebJsonLd(quads: readonly Quad[]): JsonObject {
  const nodes = schemaNodes(quads);
  const root = [...nodes.values()].find((n) => n.types.includes(schema.NewsArticle.value));
  if (!root) {
    throw new SerializationError('the web profile needs a schema:NewsArticle in the graph', 'exporter.serialization.noArticle');
  }
  const claims = claimEmbeddings(root, nodes);
  const emitted = new Set<string>([root.iri]);
  const embed = (node: SubjectNode): JsonObject => {
    const out: JsonObject = { '@type': unwrap(node.types.map(localName)), '@id': node.iri };
    for (const [predicate, objects] of node.properties) {
      const values = objects.map((o): JsonValue => {
        if (o.termType === 'Literal') return webLiteral(o);
        const child = nodes.get(o.value);
        if (!child) return o.value.startsWith(schema.$iri) ? { '@id': o.value } : o.value;
        if (claims.get(child.iri) !== claimKey(node, predicate) || emitted.has(child.iri)) return { '@id': child.iri };
        emitted.add(child.iri);
        return embed(child);
      });
      out[localName(predicate)] = unwrap(values);
    }
    return out;
  };
  return { '@context': SCHEMA_ORG_CONTEXT_URL, ...withMainEntityOfPage(embed(root), root) };
}

/**
 * Google's Article markup names the page an article is the main entity of: when the graph knows
 * the article's schema:url, the web profile adds mainEntityOfPage, a schema:WebPage with that IRI,
 * right after url. It is the one statement the web profile adds to the full graph.
 */
function withMainEntityOfPage(article: JsonObject, root: SubjectNode): JsonObject {
  const url = root.properties.get(schema.url.value)?.find((o) => o.termType === 'NamedNode');
  if (!url || localName(schema.mainEntityOfPage.value) in article) return article;
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(article)) {
    out[key] = value;
    if (key === localName(schema.url.value)) out[localName(schema.mainEntityOfPage.value)] = { '@type': localName(schema.WebPage.value), '@id': url.value };
  }
  return out;
}

/** The subjects with a schema.org type, holding only their schema.org types and properties. */
function schemaNodes(quads: readonly Quad[]): Map<string, SubjectNode> {
  const nodes = new Map<string, SubjectNode>();
  const isSchema = (iri: string) => iri.startsWith(schema.$iri);
  for (const node of indexSubjects(quads).values()) {
    const types = node.types.filter(isSchema);
    if (!types.length) continue;
    const properties = new Map([...node.properties].filter(([p]) => isSchema(p)));
    nodes.set(node.iri, { iri: node.iri, types, properties });
  }
  return nodes;
}

/** Breadth-first from the root: which parent property each node is embedded under. */
function claimEmbeddings(root: SubjectNode, nodes: Map<string, SubjectNode>): Map<string, string> {
  const claims = new Map<string, string>();
  const seen = new Set([root.iri]);
  const queue = [root];
  for (let node = queue.shift(); node; node = queue.shift()) {
    for (const [predicate, objects] of node.properties) {
      for (const o of objects) {
        const child = o.termType === 'NamedNode' ? nodes.get(o.value) : undefined;
        if (!child || seen.has(child.iri)) continue;
        seen.add(child.iri);
        claims.set(child.iri, claimKey(node, predicate));
        queue.push(child);
      }
    }
  }
  return claims;
}

function claimKey(parent: SubjectNode, predicate: string): string {
  return `${parent.iri}\n${predicate}`;
}

function webLiteral(term: Literal): JsonValue {
  if (NUMERIC.has(term.datatype.value) && String(Number(term.value)) === term.value) return Number(term.value);
  if (term.datatype.equals(xsd.boolean)) return term.value === 'true';
  if (term.datatype.equals(xsd.gMonthDay)) return { '@value': term.value, '@type': xsd.gMonthDay.value };
  return term.value;
}

function localName(iri: string): string {
  return iri.startsWith(schema.$iri) ? iri.slice(schema.$iri.length) : iri;
}

function unwrap(values: JsonValue[]): JsonValue {
  return values.length === 1 ? (values[0] as JsonValue) : values;
}
