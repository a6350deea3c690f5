import type { Quad, Term } from '@rdfjs/types';
import { xsd } from '../vocab/xsd.js';
import { compactVocabIri, DEFAULT_LANGUAGE, FULL_CONTEXT, PLAIN_TEXT_PROPERTIES } from './jsonld-terms.js';
import { indexSubjects, type SubjectNode } from './subject-index.js';

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
export type JsonObject = { [key: string]: JsonValue };

/**
 * The full profile: schema.org's context plus the NIF, ITS, newsgraph and XSD prefixes, and a
 * @graph with one node per subject, in the quads' order. Built directly from the quads (no jsonld.js).
 * It is explicit so that it means the same graph with or without schema.org's type coercions:
 * IRIs as {"@id"}, typed literals as {"@value", "@type"}, xsd:string as {"@value"}, and plain
 * strings only for @ru literals of PLAIN_TEXT_PROPERTIES.
 */
export function buildFullJsonLd(quads: readonly Quad[]): JsonObject {
  const graph = [...indexSubjects(quads).values()].map(fullNode);
  return { '@context': structuredClone(FULL_CONTEXT) as unknown as JsonValue[], '@graph': graph };
}

function fullNode(node: SubjectNode): JsonObject {
  const out: JsonObject = { '@id': node.iri };
  if (node.types.length) out['@type'] = unwrap(node.types.map(compactVocabIri));
  for (const [predicate, objects] of node.properties) {
    out[compactVocabIri(predicate)] = unwrap(objects.map((o) => fullValue(predicate, o)));
  }
  return out;
}

function fullValue(predicate: string, term: Term): JsonValue {
  if (term.termType !== 'Literal') return { '@id': term.value };
  if (term.language) {
    if (term.language === DEFAULT_LANGUAGE && PLAIN_TEXT_PROPERTIES.has(predicate)) return term.value;
    return { '@value': term.value, '@language': term.language };
  }
  if (term.datatype.equals(xsd.string)) return { '@value': term.value };
  return { '@value': term.value, '@type': compactVocabIri(term.datatype.value) };
}

function unwrap<T extends JsonValue>(values: T[]): T | T[] {
  return values.length === 1 ? (values[0] as T) : values;
}
