import type { CreditCandidate, CreditItem, MetadataCandidate } from '../extract/metadata.js';
import type { Span } from '../extract/types.js';
import type { KbEntry } from '../kb/entry.js';
import type { ArticleMetadata, PartMention } from '../model/article-parts.js';
import type { Entity, Organization, Person } from '../model/entity.js';
import type { EntityId } from '../model/ids.js';
import { entityId } from './entity-ids.js';
import type { MentionIndex } from './statements/mention-index.js';
import { resolveCorrespondent } from './statements/correspondent-author.js';
import { analyzeWord } from '../extract/statements/token-tools.js';

/** The knowledge-base look-ups the metadata resolver needs (a subset of KnowledgeBase). */
export interface MediaLookup {
  findByName(text: string): readonly KbEntry[];
  findByLatinName(text: string): readonly KbEntry[];
  findByAbbreviation(text: string): readonly KbEntry[];
}

export interface ResolvedMetadata extends Omit<ArticleMetadata, 'about'> {
  /** Entities the credits or the byline add (not found by the entity stage). */
  readonly added: readonly Entity[];
  /** Facts to add to people: job titles and employers. */
  readonly roles: ReadonlyMap<string, { readonly jobTitles: readonly string[]; readonly worksFor: readonly EntityId[] }>;
  readonly mentions: readonly PartMention[];
}

/** Metadata with its people and organizations resolved: credited photographer and agency, author, publisher. */
export function resolveMetadata(meta: MetadataCandidate, index: MentionIndex, kb: MediaLookup | undefined): ResolvedMetadata {
  const state = new MetadataState(index, kb);
  const contributors = meta.credit ? state.credits(meta.credit) : [];
  const author = meta.correspondent ? resolveCorrespondent(meta.correspondent, index, state) : undefined;
  if (author) state.addRole(author.person, author.role, author.outlet);
  return {
    ...(meta.headline ? { headline: meta.headline } : {}),
    ...(meta.description ? { description: meta.description } : {}),
    ...(meta.credit ? { creditText: meta.credit.text } : {}),
    ...(author?.outlet ? { publisher: author.outlet } : {}),
    authors: author ? [author.person] : [],
    contributors,
    added: state.added,
    roles: state.roles,
    mentions: state.mentions,
  };
}

/** Entities found or created while reading credits and bylines. */
export class MetadataState {
  readonly added: Entity[] = [];
  readonly mentions: PartMention[] = [];
  readonly roles = new Map<string, { jobTitles: string[]; worksFor: EntityId[] }>();
  readonly #index: MentionIndex;
  readonly #kb: MediaLookup | undefined;

  constructor(index: MentionIndex, kb: MediaLookup | undefined) {
    this.#index = index;
    this.#kb = kb;
  }

  credits(credit: CreditCandidate): EntityId[] {
    const ids = credit.items.map((item) => this.creditEntity(item));
    credit.items.forEach((item, i) => {
      const agency = item.of === undefined ? undefined : ids[item.of];
      const person = ids[i];
      if (agency && person && this.typeOf(person) === 'Person' && this.typeOf(agency) === 'Organization') this.addRole(person, undefined, agency);
    });
    return [...new Set(ids.filter((id): id is EntityId => id !== undefined))];
  }

  creditEntity(item: CreditItem): EntityId | undefined {
    const found = this.#index.all.find((m) => m.mention.start >= item.start && m.mention.end <= item.end && m.entity.type !== 'Place');
    if (found) return found.entity.id;
    const entry = this.lookup(item.text);
    if (entry && (entry.type === 'Organization' || entry.type === 'Person')) return this.fromKb(entry, item);
    if (isPersonName(item.text, this.#index)) return this.person(item.text, item);
    return this.organization(item.text, item);
  }

  lookup(text: string): KbEntry | undefined {
    const kb = this.#kb;
    if (!kb) return undefined;
    return kb.findByName(text)[0] ?? kb.findByLatinName(text)[0] ?? kb.findByAbbreviation(text)[0];
  }

  typeOf(id: EntityId): string | undefined {
    return (this.#index.entity(id) ?? this.added.find((e) => e.id === id))?.type;
  }

  fromKb(entry: KbEntry, span: Span & { text: string }): EntityId {
    const qid = /^Q\d+$/.test(entry.id) ? entry.id : undefined;
    const id = entityId(entry.type, entry.name, qid);
    if (entry.type === 'Person') return this.person(entry.name, span, id, qid);
    return this.organization(entry.name, span, id, qid, entry.orgKind);
  }

  person(name: string, span: Span & { text: string }, id = entityId('Person', name), qid?: string): EntityId {
    if (!this.known(id)) {
      const [given, ...rest] = name.split(/\s+/);
      const person: Person = {
        type: 'Person', id, name, alternateNames: [], jobTitles: [], affiliations: [], worksFor: [], nationality: [],
        ...(qid ? { wikidata: qid } : {}),
        ...(given && rest.length > 0 ? { givenName: given, familyName: rest.join(' ') } : {}),
      };
      this.added.push(person);
    }
    this.mentions.push({ start: span.start, end: span.end, text: span.text, kind: 'name', ref: id });
    return id;
  }

  organization(name: string, span: Span & { text: string }, id = entityId('Organization', name), qid?: string, kind?: Organization['orgKind']): EntityId {
    if (!this.known(id)) {
      const org: Organization = { type: 'Organization', id, name, alternateNames: [], orgKind: kind ?? 'news-media', ...(qid ? { wikidata: qid } : {}) };
      this.added.push(org);
    }
    this.mentions.push({ start: span.start, end: span.end, text: span.text, kind: 'name', ref: id });
    return id;
  }

  addRole(person: EntityId, title: string | undefined, employer: EntityId | undefined): void {
    const entry = this.roles.get(person) ?? { jobTitles: [], worksFor: [] };
    if (title && !entry.jobTitles.includes(title)) entry.jobTitles.push(title);
    if (employer && !entry.worksFor.includes(employer)) entry.worksFor.push(employer);
    this.roles.set(person, entry);
  }

  private known(id: EntityId): boolean {
    return this.#index.entity(id) !== undefined || this.added.some((e) => e.id === id);
  }
}

/** Two or three capitalized Cyrillic words, the first a given name the dictionary knows. */
function isPersonName(text: string, index: MentionIndex): boolean {
  const words = text.split(/\s+/);
  if (words.length < 2 || words.length > 3 || !words.every((w) => /^\p{Lu}[\p{Ll}-]+$/u.test(w) && /[а-яё]/i.test(w))) return false;
  return analyzeWord(index.seg.morphology, words[0]!).some((a) => a.tags.has('Name') && a.tags.has('nomn'));
}
