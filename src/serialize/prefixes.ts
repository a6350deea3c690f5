import type { Quad, Term } from '@rdfjs/types';
import { VOCAB_PREFIXES, type Prefixes } from '../vocab/prefixes.js';

/**
 * The prefixes to declare for some quads: the vocabularies' and the caller's extra ones (such as
 * the graph stage's `graphPrefixes`), keeping only those whose namespace some IRI in the quads uses.
 */
export function prefixesFor(quads: readonly Quad[], extra: Prefixes = {}): Prefixes {
  const candidates = Object.entries({ ...VOCAB_PREFIXES, ...extra });
  const used = new Array<boolean>(candidates.length).fill(false);
  /** The candidates no IRI has used yet (most are found in the first quads; the scan stops when none is left). */
  const pending = candidates.map((_, k) => k);
  const seen = new Set<string>();
  const visit = (t: Term) => {
    const iri = t.termType === 'NamedNode' ? t.value : t.termType === 'Literal' ? t.datatype.value : undefined;
    if (iri === undefined || seen.has(iri)) return;
    seen.add(iri);
    for (let j = pending.length - 1; j >= 0; j--) {
      const ns = candidates[pending[j]!]![1];
      if (iri.length > ns.length && iri.startsWith(ns)) {
        used[pending[j]!] = true;
        pending.splice(j, 1);
      }
    }
  };
  for (let q = 0; q < quads.length && pending.length > 0; q++) {
    visit(quads[q]!.subject);
    visit(quads[q]!.predicate);
    visit(quads[q]!.object);
  }
  const out: Record<string, string> = {};
  candidates.forEach(([name, ns], k) => {
    if (used[k]) out[name] = ns;
  });
  return out;
}
