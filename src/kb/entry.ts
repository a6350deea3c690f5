import { z } from 'zod';
import { Qid } from '../model/ids.js';
import { OrganizationKind, PlaceKind } from '../model/entity.js';

/** A partial ISO date: 2012, 2012-05 or 2012-05-07. */
const PartialDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'YYYY, YYYY-MM or YYYY-MM-DD');

/**
 * A role a person holds, for resolving descriptions (президент России, глава МИД, министр
 * иностранных дел) to the person who held it on the article's date.
 */
export const KbRole = z.object({
  /** The title in the nominative, lower case: президент, председатель, премьер-министр, министр иностранных дел. */
  title: z.string().min(1),
  /** The country or organization the role belongs to (a QID or a local key of this knowledge base). */
  of: z.string().min(1).optional(),
  from: PartialDate.optional(),
  to: PartialDate.optional(),
});
export type KbRole = z.infer<typeof KbRole>;

/**
 * One entry of the knowledge base. Names are Russian, in the nominative, as they are written;
 * the matcher inflects and lemmatizes them, so «Китайской Народной Республики» finds
 * «Китайская Народная Республика».
 */
export const KbEntry = z.object({
  /** Wikidata QID when the entity has one; else a local key `local:<slug>` (ASCII, lower case). */
  id: z.union([Qid, z.string().regex(/^local:[a-z0-9]+(-[a-z0-9]+)*$/)]),
  type: z.enum(['Person', 'Country', 'City', 'Region', 'Place', 'Organization']),
  /** Canonical name in the nominative: Владимир Путин, Китай, Шанхайская организация сотрудничества. */
  name: z.string().min(1),
  /** Other full names and short forms, nominative: Китайская Народная Республика, Поднебесная. */
  aliases: z.array(z.string().min(1)).default([]),
  /** Abbreviations, matched case-sensitively and not inflected: КНР, ШОС, МИД. */
  abbreviations: z.array(z.string().min(1)).default([]),
  /** Names in Latin script as they appear in Russian text: Reuters, Bloomberg. */
  latinNames: z.array(z.string().min(1)).default([]),
  /** Adjectives, masculine nominative singular: российский, китайский; they also cover compounds (российско-китайский). */
  adjectives: z.array(z.string().min(1)).default([]),
  /** People: the parts of the name, for «Путин», «В. Путин», «Владимир Владимирович Путин». */
  givenName: z.string().min(1).optional(),
  patronymic: z.string().min(1).optional(),
  familyName: z.string().min(1).optional(),
  roles: z.array(KbRole).default([]),
  /** Countries: ISO 3166-1 alpha-2. */
  isoCode: z.string().regex(/^[A-Z]{2}$/).optional(),
  orgKind: OrganizationKind.optional(),
  placeKind: PlaceKind.optional(),
  /** The country, region or city it lies in or belongs to (QID or local key). */
  containedIn: z.string().min(1).optional(),
  /** Where the entry's facts come from, when not the file's default source. */
  source: z.string().min(1).optional(),
});
export type KbEntry = z.infer<typeof KbEntry>;

/** A knowledge base file: an array of entries, or an object with an `entries` array and notes. */
export const KbFile = z.union([
  z.array(KbEntry),
  z.object({ source: z.string().optional(), note: z.string().optional(), entries: z.array(KbEntry) }),
]);
export type KbFile = z.infer<typeof KbFile>;
