import type { PartMention } from '../../model/article-parts.js';
import type { Entity } from '../../model/entity.js';
import type { EntityId } from '../../model/ids.js';
import { foldCase } from '../../util/fold.js';
import { entityId } from '../entity-ids.js';
import type { MentionIndex } from './mention-index.js';
import { sourcePhrase, type SourcePhrase } from './source-phrase.js';

/** A subject that names nobody of the article but is a description: the token of its head noun. */
export interface UnnamedHead {
  readonly unnamed: number;
  /** The verb is plural: the head keeps the plural (власти заявили). */
  readonly plural?: boolean;
}

export function isUnnamed(x: unknown): x is UnnamedHead {
  return typeof x === 'object' && x !== null && 'unnamed' in x;
}

/**
 * The speakers a quotation's frame describes without naming (— сообщил собеседник ТАСС; по
 * словам прокуроров; The Guardian цитирует пресс-службу резиденции): an entity named by the
 * description in the nominative, a Person or, for an organization head noun, an Organization,
 * with a mention of kind description. Only speakers of direct quotations get one, so the entities
 * appear only when they say something; a description that names an entity of the article
 * resolves to it instead.
 */
export class UnnamedSources {
  readonly #index: MentionIndex;
  readonly #entities = new Map<string, Entity>();
  readonly #mentions = new Map<string, PartMention>();

  constructor(index: MentionIndex) {
    this.#index = index;
  }

  /** Entities minted for unnamed speakers, in order of first use. */
  get entities(): Entity[] {
    return [...this.#entities.values()];
  }

  /** Their description mentions (one per phrase). */
  get mentions(): PartMention[] {
    return [...this.#mentions.values()];
  }

  /** The entity standing for the description headed at `head`, minted on first use. */
  speakerFor(head: UnnamedHead): EntityId | undefined {
    const phrase = sourcePhrase(this.#index, head.unnamed, head.plural === true);
    if (!phrase) return undefined;
    const minted = entityId(phrase.type, phrase.name);
    const known = this.#known(phrase) ?? (this.#index.entity(minted) ? minted : undefined);
    const id = known ?? minted;
    if (!known && !this.#entities.has(id)) this.#entities.set(id, toEntity(id, phrase));
    this.#mention(phrase, id);
    return id;
  }

  /** An entity of the article already named exactly so (правительство Оренбургской области). */
  #known(phrase: SourcePhrase): EntityId | undefined {
    const key = foldCase(phrase.name);
    for (const e of this.#index.entities.values()) {
      if (foldCase(e.name) === key || e.alternateNames.some((n) => foldCase(n) === key)) return e.id;
    }
    return undefined;
  }

  #mention(phrase: SourcePhrase, id: EntityId): void {
    const tokens = this.#index.seg.tokens;
    const start = tokens[phrase.from]!.start;
    const end = tokens[phrase.to - 1]!.end;
    const key = `${start}:${end}`;
    const named = this.#index.at(phrase.from)?.mention;
    if (this.#mentions.has(key) || (named && named.start === start && named.end === end)) return;
    this.#mentions.set(key, { start, end, text: this.#index.seg.text.slice(start, end), kind: 'description', ref: id });
  }
}

function toEntity(id: EntityId, p: SourcePhrase): Entity {
  const base = { id, name: p.name, alternateNames: p.aliases.filter((a) => a !== p.name) };
  if (p.type === 'Organization') return { type: 'Organization', ...base, orgKind: p.orgKind ?? 'other' };
  return { type: 'Person', ...base, jobTitles: [], affiliations: [], worksFor: [], nationality: [] };
}
