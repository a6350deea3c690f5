import { DataFactory } from '../util/n3-core.js';
import type { NamedNode } from '@rdfjs/types';
import { EntityId, type LocalId, type RefId } from '../model/ids.js';
import type { Prefixes } from '../vocab/prefixes.js';

/**
 * The one place where newsgraph mints IRIs. Everything is a deterministic function of the article's
 * IRI, the export base and the model's ids, so the same person gets the same IRI in every article
 * and every run, and no blank node is ever needed.
 *
 * - entity:  `<base>entity/<id>` (ids are URL-safe: wd/Q7747, person/nikolay-ivanov)
 * - local:   `<article>#<id>` for what belongs to one article (event-1, quote-2, figure-3, date-1, work-1)
 * - context: `<article>#char=0,<length>` and phrase `<article>#char=<start>,<end>` (RFC 5147 offsets,
 *            Unicode code points), so two mentions of one span share one phrase node.
 */
export interface ArticleIris {
  readonly article: NamedNode;
  entity(id: EntityId): NamedNode;
  local(id: LocalId): NamedNode;
  /** An entity or an article-local thing, whichever the id names. */
  ref(id: RefId): NamedNode;
  context(length: number): NamedNode;
  phrase(start: number, end: number): NamedNode;
}

export interface IriSource {
  /** The article's IRI. */
  iri: string;
  /** The export base entity IRIs are minted under. */
  base: string;
}

/** The entity id prefixes and the Turtle prefix names that abbreviate their IRIs. */
const ENTITY_PREFIXES = [
  ['ent', 'wd/'],
  ['person', 'person/'],
  ['organization', 'org/'],
  ['country', 'country/'],
  ['city', 'city/'],
  ['region', 'region/'],
  ['place', 'place/'],
] as const;

export function mintIris(source: IriSource): ArticleIris {
  const entityRoot = entityNamespace(source.base);
  const fragment = `${source.iri}#`;
  const entity = (id: EntityId) => DataFactory.namedNode(entityRoot + id);
  const local = (id: LocalId) => DataFactory.namedNode(fragment + id);
  return {
    article: DataFactory.namedNode(source.iri),
    entity,
    local,
    ref: (id) => (isEntityId(id) ? entity(id) : local(id as LocalId)),
    context: (length) => DataFactory.namedNode(`${fragment}char=0,${length}`),
    phrase: (start, end) => DataFactory.namedNode(`${fragment}char=${start},${end}`),
  };
}

/**
 * Prefixes that keep an article's Turtle readable: `art:` for its local things (art:quote-1) and
 * one per entity id kind (ent:Q7747, person:nikolay-ivanov). Serializers declare only those used.
 */
export function graphPrefixes(source: IriSource): Prefixes {
  const entityRoot = entityNamespace(source.base);
  const out: Record<string, string> = { art: `${source.iri}#` };
  for (const [name, idPrefix] of ENTITY_PREFIXES) out[name] = entityRoot + idPrefix;
  return Object.freeze(out);
}

function entityNamespace(base: string): string {
  return `${/[/#]$/.test(base) ? base : `${base}/`}entity/`;
}

function isEntityId(id: RefId): id is EntityId {
  return EntityId.safeParse(id).success;
}
