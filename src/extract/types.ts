import type { EntityType } from '../model/entity.js';

/**
 * What the extract stage hands to resolve. Offsets are UTF-16 units into the document text
 * (the model stage converts them to code points).
 */
export interface Span {
  readonly start: number;
  readonly end: number;
}

export type CandidateKind = 'name' | 'description' | 'pronoun';

/** A span that may name a person, a place or an organization. */
export interface EntityCandidate extends Span {
  readonly text: string;
  readonly type: EntityType;
  readonly kind: CandidateKind;
  /** The knowledge-base entry the span matched, when the gazetteer found it. */
  readonly kbId?: string;
  /** The name in the nominative, when the extractor could normalize it. */
  readonly normal?: string;
  /** How sure the extractor is, 0–1; resolve drops or keeps overlapping candidates by it. */
  readonly confidence: number;
  /** Which extractor produced it (for debugging and evaluation). */
  readonly source: string;
}
