import type { SourceDocument } from '../read/source-document.js';
import type { Entity } from './entity.js';
import type { Event } from './event.js';
import type { Figure } from './figure.js';
import type { EntityId, LocalId, RefId } from './ids.js';
import type { MentionKind } from './mention.js';
import type { Quote } from './quote.js';
import type { TimeExpression } from './time-expression.js';
import type { Work } from './work.js';

/** A mention as the extract and resolve stages give it: offsets in UTF-16 units. */
export interface PartMention {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly kind: MentionKind;
  readonly ref: RefId;
}

/** Article-level facts the text states about itself (issue 4: headline, lead, credits). */
export interface ArticleMetadata {
  readonly headline?: string;
  readonly description?: string;
  readonly creditText?: string;
  readonly publisher?: EntityId;
  readonly authors: readonly EntityId[];
  readonly contributors: readonly EntityId[];
  readonly about?: LocalId;
}

/** Everything the model stage assembles into an Article. */
export interface ArticleParts {
  readonly doc: SourceDocument;
  /** The base IRI for article and entity IRIs (ends with / or #). */
  readonly base: string;
  readonly metadata: ArticleMetadata;
  readonly entities: readonly Entity[];
  readonly events: readonly Event[];
  readonly quotes: readonly Quote[];
  readonly figures: readonly Figure[];
  readonly dates: readonly TimeExpression[];
  readonly works: readonly Work[];
  readonly mentions: readonly PartMention[];
}
