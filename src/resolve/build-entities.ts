import type { KbEntry } from '../kb/entry.js';
import type { Entity } from '../model/entity.js';
import type { EntityId } from '../model/ids.js';
import type { EntityMention } from './types.js';
import type { EntityDraft } from './entity-draft.js';
import { entityId } from './entity-ids.js';

/** The id of a draft: the QID when linked, the local key's slug, else the slug of its name. */
export function draftId(d: EntityDraft): EntityId {
  const kbId = d.kb?.id;
  if (kbId?.startsWith('Q')) return entityId(d.type, d.name, kbId);
  if (kbId?.startsWith('local:')) return entityId(d.type, kbId.slice('local:'.length).replace(/^(person|org|country|city|region|place)-/, ''));
  return entityId(d.type, d.type === 'Person' ? personName(d) : d.name);
}

function personName(d: EntityDraft): string {
  const p = d.parts;
  if (p?.given && p.family) return `${p.given} ${p.family}`;
  return d.name;
}

/** The model entity of a draft (ids of other drafts resolved through `idOf`). */
export function buildEntity(d: EntityDraft, idOf: (d: EntityDraft) => EntityId, kbIdOf: (kbId: string) => EntityId | undefined): Entity {
  const id = idOf(d);
  const name = d.kb ? d.kb.name : d.type === 'Person' ? personName(d) : d.name;
  const base = {
    id,
    name,
    alternateNames: alternateNames(d, name),
    ...(d.kb?.id.startsWith('Q') ? { wikidata: d.kb.id } : {}),
  };
  switch (d.type) {
    case 'Person':
      return {
        type: 'Person',
        ...base,
        ...(d.parts?.given ? { givenName: d.parts.given } : {}),
        ...(d.parts?.family ? { familyName: d.parts.family } : {}),
        jobTitles: [...d.jobTitles],
        affiliations: unique(d.affiliations.map(idOf)),
        worksFor: [],
        nationality: unique(d.nationality.map(idOf)),
      };
    case 'Country':
      return { type: 'Country', ...base, isoCode: d.kb?.isoCode ?? 'XX' };
    case 'Organization':
      return { type: 'Organization', ...base, orgKind: d.kb?.orgKind ?? 'other' };
    case 'Place':
      return { type: 'Place', ...base, placeKind: d.kb?.placeKind ?? 'other', ...containedIn(d.kb, kbIdOf) };
    default:
      return { type: d.type, ...base, ...containedIn(d.kb, kbIdOf) };
  }
}

function containedIn(kb: KbEntry | undefined, kbIdOf: (kbId: string) => EntityId | undefined): { containedIn?: EntityId } {
  const id = kb?.containedIn ? kbIdOf(kb.containedIn) : undefined;
  return id ? { containedIn: id } : {};
}

function alternateNames(d: EntityDraft, name: string): string[] {
  const out = new Set<string>();
  if (d.kb) for (const a of [...d.kb.aliases, ...d.kb.abbreviations]) out.add(a);
  for (const a of d.alternateNames) out.add(a);
  for (const n of d.names) if (n.normal && !/^\p{Lu}\.\s/u.test(n.normal)) out.add(n.normal);
  out.delete(name);
  return [...out].filter((x) => x.trim().length > 0).sort();
}

function unique<T>(xs: readonly T[]): T[] {
  return [...new Set(xs)];
}

/** Every mention of every draft, sorted by start then end. */
export function draftMentions(drafts: readonly EntityDraft[], idOf: (d: EntityDraft) => EntityId): EntityMention[] {
  const out: EntityMention[] = [];
  for (const d of drafts) {
    const id = idOf(d);
    for (const m of d.names) out.push({ start: m.start, end: m.end, text: m.text, kind: 'name', id });
    for (const m of d.descriptions) out.push({ start: m.start, end: m.end, text: m.text, kind: 'description', id });
    for (const m of d.pronouns) out.push({ start: m.start, end: m.end, text: m.text, kind: 'pronoun', id });
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}

