export { rdf } from './rdf.js';
export { xsd } from './xsd.js';
export { schema } from './schema.js';
export { nif } from './nif.js';
export { itsrdf } from './itsrdf.js';
export { ng, NEWSGRAPH_NS } from './newsgraph.js';
export { wikidataEntity, WIKIDATA_ENTITY } from './wikidata.js';
export { vocabulary, type Vocabulary } from './namespace.js';
export { VOCAB_PREFIXES, type Prefixes } from './prefixes.js';
