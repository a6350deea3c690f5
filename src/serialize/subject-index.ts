import type { Quad, Term } from '@rdfjs/types';
import { termKey } from '../graph/term-key.js';
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
  const seen = new WeakMap<Term[], Set<string>>();
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
    let objects = node.properties.get(q.predicate.value);
    if (!objects) node.properties.set(q.predicate.value, (objects = []));
    if (!includesTerm(objects, q.object, seen)) objects.push(q.object);
  }
  return nodes;
}

/** Object lists longer than this are checked for duplicates with a set of keys (a scan is cheaper below). */
const LONG_LIST = 24;

/** The list holds a term equal to `term`; long lists get a set of term keys (kept in `seen`). */
function includesTerm(list: Term[], term: Term, seen: WeakMap<Term[], Set<string>>): boolean {
  const key = list.length > LONG_LIST ? termKey(term) : undefined;
  if (key === undefined) return list.some((o) => o.equals(term));
  let keys = seen.get(list);
  if (!keys) {
    keys = new Set();
    for (const o of list) keys.add(termKey(o) ?? '');
    seen.set(list, keys);
  }
  if (keys.has(key)) return true;
  keys.add(key);
  return false;
}
