import type { EntityCandidate } from '../extract/types.js';
import type { KbEntry } from '../kb/entry.js';
import type { KnowledgeBase } from '../kb/knowledge-base.js';
import { addOnce, newDraft, type EntityDraft } from './entity-draft.js';
import { partitionPoint } from '../util/partition-point.js';

/** Titles that make someone the leader of a country: лидер and глава государства resolve to one of them. */
const HEAD_OF_STATE = ['президент', 'председатель', 'король', 'королева', 'император', 'монарх', 'эмир', 'султан'];
const LEADER_TITLES = new Set(['лидер', 'глава государства', 'глава']);
const MAX_APPOSITION_GAP = 2;

export interface DescriptionContext {
  readonly kb: KnowledgeBase;
  readonly drafts: EntityDraft[];
  readonly byMention: Map<EntityCandidate, EntityDraft>;
  /** Name mentions, sorted by start. */
  readonly names: readonly EntityCandidate[];
  /** The article's date (YYYY-MM-DD), for the knowledge base's role holders. */
  readonly date?: string;
  readonly text: string;
}

/** Who the role belongs to: a draft of the article or a knowledge-base id. */
function ownerOf(d: EntityCandidate, ctx: DescriptionContext): { key: string; draft?: EntityDraft; kbId?: string } | undefined {
  const of = d.role?.of;
  if (of) {
    let m: EntityCandidate | undefined;
    for (let k = firstStartingAt(ctx.names, of.start); k < ctx.names.length && ctx.names[k]!.start < of.end && !m; k++) {
      if (ctx.names[k]!.type !== 'Person') m = ctx.names[k];
    }
    const draft = m ? ctx.byMention.get(m) : undefined;
    if (draft) return { key: draft.kb ? draft.kb.id : `draft:${draft.index}`, draft, ...(draft.kb ? { kbId: draft.kb.id } : {}) };
  }
  if (d.role?.ofKbId) {
    const draft = ctx.drafts.find((x) => x.kb?.id === d.role!.ofKbId);
    return { key: d.role.ofKbId, kbId: d.role.ofKbId, ...(draft ? { draft } : {}) };
  }
  return undefined;
}

/** Index of the first name (names are sorted by start) that starts at or after the offset. */
function firstStartingAt(names: readonly EntityCandidate[], offset: number): number {
  return partitionPoint(names.length, (k) => names[k]!.start < offset);
}

/** Keys under which a person named with a role is remembered. */
function registerKeys(title: string, owner: string | undefined): string[] {
  const o = owner ?? '*';
  const keys = [`${title}|${o}`, `${title}|*`];
  if (HEAD_OF_STATE.includes(title)) keys.push(`head|${o}`, 'head|*');
  return keys;
}

/** Keys under which a later description looks for that person. */
function lookupKeys(title: string, owner: string | undefined): string[] {
  const t = LEADER_TITLES.has(title) ? 'head' : title;
  return [`${t}|${owner ?? '*'}`];
}

/** The person named right after the description: президент России Владимир Путин. */
function appositive(d: EntityCandidate, ctx: DescriptionContext): EntityDraft | undefined {
  const first = ctx.names[firstStartingAt(ctx.names, d.end)];
  const next = first && first.start - d.end <= MAX_APPOSITION_GAP ? first : undefined;
  if (!next || ctx.text.slice(d.end, next.start).trim() !== '') return undefined;
  const draft = ctx.byMention.get(next);
  return draft?.type === 'Person' ? draft : undefined;
}

/**
 * Resolves role descriptions to people: the person named right after the description gets the
 * role (and the job title); a later description of the same role joins that person; else the
 * knowledge base's holder of the role on the article's date. Unresolved descriptions are dropped.
 */
export function resolveDescriptions(descriptions: readonly EntityCandidate[], ctx: DescriptionContext): void {
  const holders = new Map<string, EntityDraft>();
  const heads = new Set<EntityDraft>();
  for (const d of [...descriptions].sort((a, b) => a.start - b.start)) {
    const owner = ownerOf(d, ctx);
    const title = d.role?.title ?? '';
    const named = appositive(d, ctx);
    const draft = named ?? (!owner && LEADER_TITLES.has(title) ? latestLeader(heads, d.start) : undefined) ??
      lookupKeys(title, owner?.key).map((k) => holders.get(k)).find(Boolean) ?? fromKnowledgeBase(title, owner?.kbId, ctx) ??
      heldByArticlePerson(title, owner?.kbId, ctx);
    if (!draft) continue;
    if (named) recordRole(named, d, owner?.draft);
    draft.descriptions.push(d);
    for (const k of registerKeys(title, owner?.key)) if (named || !holders.has(k)) holders.set(k, draft);
    if (HEAD_OF_STATE.includes(title) || LEADER_TITLES.has(title)) heads.add(draft);
  }
}

/** глава государства with no country: the head of state mentioned last before it. */
function latestLeader(heads: ReadonlySet<EntityDraft>, before: number): EntityDraft | undefined {
  let best: EntityDraft | undefined;
  let bestAt = -1;
  for (const d of heads) {
    const at = Math.max(-1, ...[...d.names, ...d.descriptions].filter((m) => m.start < before).map((m) => m.start));
    if (at > bestAt) [best, bestAt] = [d, at];
  }
  return best;
}

function recordRole(person: EntityDraft, d: EntityCandidate, owner: EntityDraft | undefined): void {
  if (d.normal) addOnce(person.jobTitles, d.normal);
  if (!owner) return;
  if (owner.type === 'Organization') addOnce(person.affiliations, owner);
  else if (owner.type === 'Country') addOnce(person.nationality, owner);
}

/** The one person the knowledge base says held the role on the article's date. */
function fromKnowledgeBase(title: string, ofId: string | undefined, ctx: DescriptionContext): EntityDraft | undefined {
  if (!ctx.date || !ofId) return undefined;
  const titles = LEADER_TITLES.has(title) ? HEAD_OF_STATE : [title];
  const found = new Set<KbEntry>();
  for (const t of titles) for (const e of ctx.kb.rolesAt(t, ofId, ctx.date)) found.add(e);
  if (found.size !== 1) return undefined;
  const entry = [...found][0]!;
  const existing = ctx.drafts.find((x) => x.kb?.id === entry.id);
  if (existing) return existing;
  const draft = newDraft(ctx.drafts.length, 'Person', entry.name, entry);
  if (entry.familyName) draft.parts = { ...(entry.givenName ? { given: entry.givenName } : {}), family: entry.familyName };
  ctx.drafts.push(draft);
  return draft;
}

/**
 * Without the article's date (or no holder on it): the one linked person of the article the
 * knowledge base says ever held the role (В поздравлении президента России after Владимир Путин).
 */
function heldByArticlePerson(title: string, ofId: string | undefined, ctx: DescriptionContext): EntityDraft | undefined {
  if (!ofId) return undefined;
  const titles = LEADER_TITLES.has(title) ? HEAD_OF_STATE : [title];
  const holders = ctx.drafts.filter((d) => d.type === 'Person' && d.kb?.roles.some((r) => r.of === ofId && titles.includes(r.title)));
  return holders.length === 1 ? holders[0] : undefined;
}
