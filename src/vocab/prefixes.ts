import { rdf } from './rdf.js';
import { xsd } from './xsd.js';
import { schema } from './schema.js';
import { nif } from './nif.js';
import { itsrdf } from './itsrdf.js';
import { ng } from './newsgraph.js';
import { WIKIDATA_ENTITY } from './wikidata.js';

/** A prefix map: prefix name → namespace IRI. */
export type Prefixes = Readonly<Record<string, string>>;

/** The prefixes of every vocabulary the graph uses, in the order serializers declare them. */
export const VOCAB_PREFIXES: Prefixes = Object.freeze({
  rdf: rdf.$iri,
  xsd: xsd.$iri,
  schema: schema.$iri,
  nif: nif.$iri,
  itsrdf: itsrdf.$iri,
  ng: ng.$iri,
  wd: WIKIDATA_ENTITY,
});
