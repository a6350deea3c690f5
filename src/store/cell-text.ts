import { VOCAB_PREFIXES, type Prefixes } from '../vocab/prefixes.js';
import type { SparqlJsonTerm } from './sparql-json.js';

/** What a person reads in a table cell: a prefixed name for vocabulary IRIs, a literal's text. */
export function cellText(term: SparqlJsonTerm | undefined, prefixes: Prefixes = VOCAB_PREFIXES): string {
  if (!term) return '';
  if (term.type === 'uri') return compactIri(term.value, prefixes);
  if (term.type === 'bnode') return `_:${term.value}`;
  return term.value;
}

/** The SPARQL 1.1 CSV value of a term: the full IRI, a literal's lexical form, `_:label`. */
export function csvText(term: SparqlJsonTerm | undefined): string {
  if (!term) return '';
  return term.type === 'bnode' ? `_:${term.value}` : term.value;
}

/** Whether a term is a numeric literal (right-aligned in tables). */
export function isNumeric(term: SparqlJsonTerm | undefined): boolean {
  return Boolean(term?.datatype && /#(integer|decimal|double|float|long|int|short|nonNegativeInteger|positiveInteger)$/.test(term.datatype));
}

function compactIri(iri: string, prefixes: Prefixes): string {
  let best: [string, string] | undefined;
  for (const [name, ns] of Object.entries(prefixes)) {
    if (iri.startsWith(ns) && iri.length > ns.length && (!best || ns.length > best[1].length)) best = [name, ns];
  }
  if (!best) return iri;
  const local = iri.slice(best[1].length);
  return /^[\p{L}\p{N}_][\p{L}\p{N}_.-]*$/u.test(local) && !local.endsWith('.') ? `${best[0]}:${local}` : iri;
}
