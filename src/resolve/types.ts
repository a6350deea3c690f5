import type { Entity } from '../model/entity.js';
import type { EntityId } from '../model/ids.js';
import type { CandidateKind, Span } from '../extract/types.js';

/** A mention of a resolved entity; offsets are UTF-16 units into the document text. */
export interface EntityMention extends Span {
  readonly text: string;
  readonly kind: CandidateKind;
  readonly id: EntityId;
}

/** Every entity of the article with every span that refers to it. */
export interface ResolvedEntities {
  /** In order of first mention. */
  readonly entities: readonly Entity[];
  /** Sorted by start, then end. */
  readonly mentions: readonly EntityMention[];
}
