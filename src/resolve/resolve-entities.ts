import type { EntityCandidate } from '../extract/types.js';
import type { KnowledgeBase } from '../kb/knowledge-base.js';
import type { Entity } from '../model/entity.js';
import type { EntityId } from '../model/ids.js';
import type { Morphology } from '../segment/types.js';
import { applyGlosses } from './apply-glosses.js';
import { addKbRoles } from './kb-roles.js';
import { localizeLinks } from './localize-links.js';
import { unlinkNamesakes } from './namesakes.js';
import { buildEntity, draftId, draftMentions } from './build-entities.js';
import { clusterNames } from './cluster-names.js';
import { newDraft, type EntityDraft } from './entity-draft.js';
import { resolveDescriptions } from './resolve-descriptions.js';
import { resolvePronouns } from './resolve-pronouns.js';
import { selectNames } from './select-names.js';
import { SpanIndex } from './span-index.js';
import type { ResolvedEntities } from './types.js';

export interface ResolveContext {
  readonly kb: KnowledgeBase;
  readonly text: string;
  /** The article's date, YYYY-MM-DD (or shorter), for role holders. */
  readonly date?: string;
  /** For job titles from the knowledge base (президент России needs the genitive). */
  readonly morphology?: Morphology;
}

/**
 * Candidates → the article's entities: choose the name mentions, group them into entities,
 * attach place adjectives, role descriptions and pronouns, then mint ids and model entities.
 */
export function resolveEntities(candidates: readonly EntityCandidate[], ctx: ResolveContext): ResolvedEntities {
  const names = unlinkNamesakes(localizeLinks(applyGlosses(selectNames(candidates), ctx.text), ctx.kb), ctx.text);
  const { drafts, byMention } = clusterNames(names, ctx.kb);
  for (const d of drafts) fillFromNames(d);
  attachAdjectives(outsideNames(candidates, names), drafts, ctx.kb);
  const descriptions = candidates.filter((c) => c.kind === 'description' && c.role);
  resolveDescriptions(descriptions, { kb: ctx.kb, drafts, byMention, names, text: ctx.text, ...(ctx.date ? { date: ctx.date } : {}) });
  resolvePronouns(candidates.filter((c) => c.kind === 'pronoun'), drafts);
  addKbRoles(drafts, ctx.kb, ctx.date, ctx.morphology);
  return assemble(drafts);
}

/** The candidates that overlap no name mention. */
function outsideNames(candidates: readonly EntityCandidate[], names: readonly EntityCandidate[]): EntityCandidate[] {
  const spans = new SpanIndex();
  names.forEach((n, k) => spans.add(k, n.start, n.end));
  return candidates.filter((c) => {
    let overlapped = false;
    spans.forEachNear(c.start, c.end, (k) => {
      const n = names[k]!;
      overlapped ||= n.start < c.end && c.start < n.end;
    });
    return !overlapped;
  });
}

/** The gender and name parts the mentions tell, when the first mention did not. */
function fillFromNames(d: EntityDraft): void {
  for (const n of d.names) {
    if (!d.gender && n.gender) d.gender = n.gender;
    if (d.type === 'Person' && n.parts?.given && n.parts.family && !d.parts?.given) d.parts = n.parts;
  }
  if (d.type === 'Person' && !d.kb && d.parts?.given && d.parts.family) d.name = `${d.parts.given} ${d.parts.family}`;
}

/** российский, российско-китайских: a mention of the country, kind description. */
function attachAdjectives(candidates: readonly EntityCandidate[], drafts: EntityDraft[], kb: KnowledgeBase): void {
  const byKb = new Map<string, EntityDraft>();
  for (let k = drafts.length - 1; k >= 0; k--) if (drafts[k]!.kb) byKb.set(drafts[k]!.kb!.id, drafts[k]!);
  for (const c of candidates) {
    if (c.kind !== 'description' || c.role || !c.kbId) continue;
    let d = byKb.get(c.kbId);
    if (!d) {
      const entry = kb.get(c.kbId);
      if (!entry) continue;
      d = newDraft(drafts.length, entry.type, entry.name, entry);
      drafts.push(d);
      byKb.set(c.kbId, d);
    }
    d.descriptions.push(c);
  }
}

function assemble(drafts: readonly EntityDraft[]): ResolvedEntities {
  const live = drafts.filter((d) => d.names.length + d.descriptions.length + d.pronouns.length > 0);
  const ids = new Map<EntityDraft, EntityId>(live.map((d) => [d, draftId(d)]));
  const idOf = (d: EntityDraft): EntityId => ids.get(d) ?? draftId(d);
  const kbIds = new Map(live.filter((d) => d.kb).map((d) => [d.kb!.id, idOf(d)]));
  const mentions = draftMentions(live, idOf);
  const first = new Map<EntityId, number>();
  for (const m of mentions) if (!first.has(m.id)) first.set(m.id, m.start);
  const entities = new Map<EntityId, Entity>();
  const ordered = [...live].sort((a, b) => (first.get(idOf(a)) ?? 0) - (first.get(idOf(b)) ?? 0) || b.names.length - a.names.length);
  for (const d of ordered) {
    const id = idOf(d);
    if (!entities.has(id)) entities.set(id, buildEntity(d, idOf, (k) => kbIds.get(k)));
  }
  const known = new Set(entities.keys());
  return { entities: [...entities.values()].map((e) => dropDangling(e, known)), mentions };
}

/** Affiliations and nationalities must point at entities of the article. */
function dropDangling(e: Entity, known: ReadonlySet<EntityId>): Entity {
  if (e.type !== 'Person') return e;
  return { ...e, affiliations: e.affiliations.filter((x) => known.has(x)), nationality: e.nationality.filter((x) => known.has(x)) };
}
