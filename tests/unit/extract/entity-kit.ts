import { extractEntities } from '../../../src/extract/entities.js';
import { gazetteerOf } from '../../../src/extract/gazetteer.js';
import { TokenView } from '../../../src/extract/token-view.js';
import type { EntityCandidate } from '../../../src/extract/types.js';
import type { KnowledgeBase } from '../../../src/kb/knowledge-base.js';
import { loadKnowledgeBase } from '../../../src/kb/load-knowledge-base.js';
import type { Entity } from '../../../src/model/entity.js';
import { analyzeEntities } from '../../../src/pipeline/analyze-entities.js';
import { parseArticleText } from '../../../src/read/read-article.js';
import type { ResolvedEntities } from '../../../src/resolve/types.js';
import { loadMorphology } from '../../../src/segment/az-morphology.js';
import { segmentArticle } from '../../../src/segment/segment-article.js';
import type { Morphology, SegmentedArticle } from '../../../src/segment/types.js';

/** The real morphology and the shipped knowledge base, loaded once per test file. */
export interface Kit {
  readonly morphology: Morphology;
  readonly kb: KnowledgeBase;
}

export async function loadKit(): Promise<Kit> {
  const [morphology, kb] = await Promise.all([loadMorphology(), loadKnowledgeBase()]);
  return { morphology, kb };
}

/** The text as an article (with a date header when given). */
export function segment(kit: Kit, text: string, date?: string): SegmentedArticle {
  const doc = parseArticleText(date ? ` date ${date} ${text}` : text, 'test.txt');
  return segmentArticle(doc, kit.morphology);
}

export function viewOf(kit: Kit, text: string): TokenView {
  return new TokenView(segment(kit, text));
}

export function candidates(kit: Kit, text: string): EntityCandidate[] {
  return extractEntities(segment(kit, text), gazetteerOf(kit.kb));
}

export function analyze(kit: Kit, text: string, date?: string): ResolvedEntities {
  return analyzeEntities(segment(kit, text, date), kit);
}

/** The name mentions as `text → entity type: name`, for compact assertions. */
export function nameMentions(r: ResolvedEntities): string[] {
  const byId = new Map(r.entities.map((e) => [e.id, e]));
  return r.mentions.filter((m) => m.kind === 'name').map((m) => `${m.text} → ${byId.get(m.id)!.type}: ${byId.get(m.id)!.name}`);
}

/** The entity a mention with this exact text refers to (first such mention of the kind). */
export function entityOf(r: ResolvedEntities, text: string, kind = 'name'): Entity | undefined {
  const m = r.mentions.find((x) => x.text === text && x.kind === kind);
  return m ? r.entities.find((e) => e.id === m.id) : undefined;
}
