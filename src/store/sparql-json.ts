/** One RDF term in the SPARQL 1.1 Query Results JSON Format. */
export interface SparqlJsonTerm {
  readonly type: 'uri' | 'literal' | 'bnode' | 'typed-literal' | 'triple';
  readonly value: string;
  readonly 'xml:lang'?: string;
  readonly datatype?: string;
}

export type SparqlJsonBinding = Readonly<Record<string, SparqlJsonTerm>>;

/** The SPARQL 1.1 Query Results JSON Format: solutions (SELECT) or a boolean (ASK). */
export interface SparqlJsonResults {
  readonly head: { readonly vars?: readonly string[]; readonly link?: readonly string[] };
  readonly results?: { readonly bindings: readonly SparqlJsonBinding[] };
  readonly boolean?: boolean;
}
