import { z } from 'zod';

/** A Wikidata item id such as Q7747. */
export const Qid = z.string().regex(/^Q[1-9]\d*$/, 'a Wikidata item id such as Q7747');
export type Qid = z.infer<typeof Qid>;

/**
 * The id of an entity, stable across articles: `wd/Q7747` when it is linked to Wikidata,
 * else `<kind>/<slug>` from its normalized name (for example `person/nikolay-ivanov`).
 * The graph stage turns it into an IRI under the export's base.
 */
export const EntityId = z
  .string()
  .regex(
    /^(wd\/Q[1-9]\d*|(person|org|country|city|region|place)\/[a-z0-9]+(-[a-z0-9]+)*)$/,
    'an entity id: wd/Q… or person|org|country|city|region|place/<slug>',
  )
  .brand<'EntityId'>();
export type EntityId = z.infer<typeof EntityId>;

/** The id of something that belongs to one article: an event, a quote, a figure, a time expression. */
export const LocalId = z
  .string()
  .regex(/^(event|quote|figure|date|work)-[1-9]\d*$/, 'a local id such as quote-1')
  .brand<'LocalId'>();
export type LocalId = z.infer<typeof LocalId>;

/** What a mention can refer to. */
export const RefId = z.union([EntityId, LocalId]);
export type RefId = z.infer<typeof RefId>;
