import { DataFactory } from '../util/n3-core.js';
import type { NamedNode } from '@rdfjs/types';

/** A vocabulary: one typed NamedNode per term, so a misspelt term fails to compile. */
export type Vocabulary<T extends string> = { readonly [K in T]: NamedNode<string> } & {
  /** The namespace IRI every term starts with. */
  readonly $iri: string;
};

export function vocabulary<const T extends readonly string[]>(base: string, terms: T): Vocabulary<T[number]> {
  const out: Record<string, unknown> = { $iri: base };
  for (const term of terms) out[term] = DataFactory.namedNode(base + term);
  return Object.freeze(out) as Vocabulary<T[number]>;
}
