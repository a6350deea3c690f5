import { vocabulary } from './namespace.js';

/**
 * newsgraph's own small vocabulary, for what schema.org and NIF do not say: how a mention refers
 * (name, description, pronoun), the kind of an event or organization, reported speech.
 */
export const NEWSGRAPH_NS = 'https://newsgraph.example/ns#';

export const ng = vocabulary(NEWSGRAPH_NS, [
  // classes
  'ReportedSpeech',
  'TimeExpression',
  // mention kinds (objects of ng:mentionKind)
  'Name',
  'Description',
  'Pronoun',
  'QuoteSpan',
  'FigureSpan',
  'DateSpan',
  // properties
  'mentionKind',
  'refersTo',
  'frame',
  'quoteKind',
  'speechKind',
  'eventKind',
  'eventPhase',
  'organizationKind',
  'placeKind',
  'isoCode',
  'dateValue',
  'measures',
  'sourceFile',
  'datePrecision',
]);
