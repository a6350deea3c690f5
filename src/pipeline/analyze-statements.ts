import type { ArticleMetadata, PartMention } from '../model/article-parts.js';
import type { Entity } from '../model/entity.js';
import type { Event } from '../model/event.js';
import type { Figure } from '../model/figure.js';
import type { Quote } from '../model/quote.js';
import type { TimeExpression } from '../model/time-expression.js';
import type { Work } from '../model/work.js';
import type { ResolvedEntities } from '../resolve/types.js';
import type { SegmentedArticle } from '../segment/types.js';
import type { Resources } from './resources.js';

/** What the text says beyond its entities: metadata, quotes, figures, dates, events (issue 4). */
export interface Statements {
  readonly metadata: ArticleMetadata;
  /** The entities, updated (job titles, employers) or extended (a publisher named only in the credits). */
  readonly entities: readonly Entity[];
  readonly events: readonly Event[];
  readonly quotes: readonly Quote[];
  readonly figures: readonly Figure[];
  readonly dates: readonly TimeExpression[];
  readonly works: readonly Work[];
  /** Mentions of quotes, figures, dates, events and works (entity mentions stay in ResolvedEntities). */
  readonly mentions: readonly PartMention[];
}

/** extract → resolve for quotes, figures, dates, events and metadata (issue 4). */
export function analyzeStatements(_seg: SegmentedArticle, resolved: ResolvedEntities, _resources: Resources): Statements {
  return {
    metadata: { authors: [], contributors: [] },
    entities: resolved.entities,
    events: [],
    quotes: [],
    figures: [],
    dates: [],
    works: [],
    mentions: [],
  };
}
