import { extractEntities } from '../extract/entities.js';
import { gazetteerOf } from '../extract/gazetteer.js';
import { resolveEntities } from '../resolve/resolve-entities.js';
import type { ResolvedEntities } from '../resolve/types.js';
import type { SegmentedArticle } from '../segment/types.js';
import type { Resources } from './resources.js';

/** extract → resolve for people, places and organizations (issue 3). */
export function analyzeEntities(seg: SegmentedArticle, resources: Resources): ResolvedEntities {
  const candidates = extractEntities(seg, gazetteerOf(resources.kb));
  const date = seg.doc.datePublished?.value.slice(0, 10);
  return resolveEntities(candidates, { kb: resources.kb, text: seg.text, morphology: resources.morphology, ...(date && /^\d{4}/.test(date) ? { date } : {}) });
}
