import type { ResolvedEntities } from '../resolve/types.js';
import type { SegmentedArticle } from '../segment/types.js';
import type { Resources } from './resources.js';

/** extract → resolve for people, places and organizations (issue 3). */
export function analyzeEntities(_seg: SegmentedArticle, _resources: Resources): ResolvedEntities {
  return { entities: [], mentions: [] };
}
