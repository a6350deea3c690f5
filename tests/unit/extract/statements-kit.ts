import type { CandidateKind } from '../../../src/extract/types.js';
import type { Entity } from '../../../src/model/entity.js';
import { EntityId } from '../../../src/model/ids.js';
import { parseArticleText } from '../../../src/read/read-article.js';
import type { EntityMention, ResolvedEntities } from '../../../src/resolve/types.js';
import { loadMorphology } from '../../../src/segment/az-morphology.js';
import { segmentArticle } from '../../../src/segment/segment-article.js';
import type { Morphology, SegmentedArticle } from '../../../src/segment/types.js';

/** Shared helpers of the statement tests: real morphology, hand-made entities and mentions. */
let morphology: Morphology | undefined;

export async function loadStatementKit(): Promise<void> {
  morphology ??= await loadMorphology();
}

/** The text as an article; with `date` it gets the archive's ` date YYYY-MM-DD ` header. */
export function seg(text: string, date?: string): SegmentedArticle {
  if (!morphology) throw new Error('call loadStatementKit() in beforeAll');
  return segmentArticle(parseArticleText(date ? ` date ${date} ${text}` : text, 'test.txt'), morphology);
}

const id = (s: string) => EntityId.parse(s);

export function person(name: string, slug: string, extra: Partial<Extract<Entity, { type: 'Person' }>> = {}): Entity {
  return { type: 'Person', id: id(`person/${slug}`), name, alternateNames: [], jobTitles: [], affiliations: [], worksFor: [], nationality: [], ...extra };
}

export function org(name: string, slug: string, wikidata?: string): Entity {
  return { type: 'Organization', id: id(wikidata ? `wd/${wikidata}` : `org/${slug}`), name, alternateNames: [], orgKind: 'other', ...(wikidata ? { wikidata } : {}) };
}

export function country(name: string, slug: string, isoCode: string): Entity {
  return { type: 'Country', id: id(`country/${slug}`), name, alternateNames: [], isoCode };
}

export function city(name: string, slug: string): Entity {
  return { type: 'City', id: id(`city/${slug}`), name, alternateNames: [] };
}

export function place(name: string, slug: string): Entity {
  return { type: 'Place', id: id(`place/${slug}`), name, alternateNames: [], placeKind: 'landmark' };
}

/** A surface form that refers to an entity; every occurrence in the text becomes a mention. */
export interface MentionSpec {
  readonly surface: string;
  readonly entity: Entity;
  readonly kind?: CandidateKind;
}

/** ResolvedEntities as the entity stage would give them, from surface forms. */
export function resolvedFor(article: SegmentedArticle, specs: readonly MentionSpec[]): ResolvedEntities {
  const mentions: EntityMention[] = [];
  for (const spec of specs) {
    let at = article.text.indexOf(spec.surface, article.doc.bodyStart);
    while (at >= 0) {
      mentions.push({ start: at, end: at + spec.surface.length, text: spec.surface, kind: spec.kind ?? 'name', id: spec.entity.id });
      at = article.text.indexOf(spec.surface, at + spec.surface.length);
    }
  }
  mentions.sort((a, b) => a.start - b.start || a.end - b.end);
  const entities = [...new Map(specs.map((s) => [s.entity.id as string, s.entity])).values()];
  return { entities, mentions };
}
