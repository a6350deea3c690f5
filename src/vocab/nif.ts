import { vocabulary } from './namespace.js';

/** NIF 2.0 Core: the provenance of every mention as character offsets into the article text. */
export const nif = vocabulary('http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#', [
  'Context',
  'Phrase',
  'String',
  'RFC5147String',
  'OffsetBasedString',
  'isString',
  'beginIndex',
  'endIndex',
  'anchorOf',
  'referenceContext',
  'sourceUrl',
  'predLang',
]);
