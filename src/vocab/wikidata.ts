import { DataFactory } from '../util/n3-core.js';
import type { NamedNode } from '@rdfjs/types';

export const WIKIDATA_ENTITY = 'http://www.wikidata.org/entity/';

/** The Wikidata entity IRI of a QID such as Q7747. */
export function wikidataEntity(qid: string): NamedNode {
  return DataFactory.namedNode(WIKIDATA_ENTITY + qid);
}
