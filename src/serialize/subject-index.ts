import type { Quad, Term } from '@rdfjs/types';
import { rdf } from '../vocab/rdf.js';

/** One subject of a graph: its types and its other properties, in the order the quads gave them. */
export interface SubjectNode {
  readonly iri: string;
  readonly types: string[];
  /** predicate IRI → objects, in first-seen order. */
  readonly properties: Map<string, Term[]>;
}

/**
 * Groups quads by subject, keeping the order subjects, predicates and objects first appear in.
 * Only IRI subjects are expected (newsgraph writes no blank nodes); others are grouped by their id.
 */
export function indexSubjects(quads: readonly Quad[]): Map<string, SubjectNode> {
  const nodes = new Map<string, SubjectNode>();
  for (const q of quads) {
    const iri = q.subject.value;
    let node = nodes.get(iri);
    if (!node) {
      node = { iri, types: [], properties: new Map() };
      nodes.set(iri, node);
    }
    if (q.predicate.equals(rdf.type) && q.object.termType === 'NamedNode') {
      if (!node.types.includes(q.object.value)) node.types.push(q.object.value);
      continue;
    }
    const objects = node.properties.get(q.predicate.value) ?? [];
    if (!objects.some((o) => o.equals(q.object))) objects.push(q.object);
    node.properties.set(q.predicate.value, objects);
  }
  return nodes;
}
