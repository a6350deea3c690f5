import type { Quad, Term } from '@rdfjs/types';
import { VOCAB_PREFIXES, type Prefixes } from '../vocab/prefixes.js';

/**
 * The prefixes to declare for some quads: the vocabularies' and the caller's extra ones (such as
 * the graph stage's `graphPrefixes`), keeping only those whose namespace some IRI in the quads uses.
 */
export function prefixesFor(quads: readonly Quad[], extra: Prefixes = {}): Prefixes {
  const iris = collectIris(quads);
  const out: Record<string, string> = {};
  for (const [name, ns] of Object.entries({ ...VOCAB_PREFIXES, ...extra })) {
    for (const iri of iris) {
      if (iri.startsWith(ns) && iri.length > ns.length) {
        out[name] = ns;
        break;
      }
    }
  }
  return out;
}

function collectIris(quads: readonly Quad[]): Set<string> {
  const iris = new Set<string>();
  const visit = (t: Term) => {
    if (t.termType === 'NamedNode') iris.add(t.value);
    else if (t.termType === 'Literal') iris.add(t.datatype.value);
  };
  for (const q of quads) {
    visit(q.subject);
    visit(q.predicate);
    visit(q.object);
  }
  return iris;
}
