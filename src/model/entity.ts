import { z } from 'zod';
import { EntityId, Qid } from './ids.js';

const NonEmpty = z.string().trim().min(1);

const entityBase = {
  id: EntityId,
  /** Canonical name in the nominative: Владимир Путин, Китай, Шанхайская организация сотрудничества. */
  name: NonEmpty,
  /** Other names the entity goes by (official forms, abbreviations, forms seen in the text). */
  alternateNames: z.array(NonEmpty).default([]),
  /** Wikidata item, when the knowledge base knows the entity. */
  wikidata: Qid.optional(),
  description: NonEmpty.optional(),
};

export const Person = z.object({
  type: z.literal('Person'),
  ...entityBase,
  givenName: NonEmpty.optional(),
  familyName: NonEmpty.optional(),
  /** Roles the text or the knowledge base gives: президент России, корреспондент. */
  jobTitles: z.array(NonEmpty).default([]),
  /** Organizations or countries the person acts for (schema:affiliation). */
  affiliations: z.array(EntityId).default([]),
  /** Employers (schema:worksFor): a correspondent's paper, a photographer's agency. */
  worksFor: z.array(EntityId).default([]),
  /** Countries of citizenship (schema:nationality). */
  nationality: z.array(EntityId).default([]),
});
export type Person = z.infer<typeof Person>;

export const Country = z.object({
  type: z.literal('Country'),
  ...entityBase,
  /** ISO 3166-1 alpha-2 code. */
  isoCode: z.string().regex(/^[A-Z]{2}$/, 'an ISO 3166-1 alpha-2 code such as RU'),
});
export type Country = z.infer<typeof Country>;

export const City = z.object({
  type: z.literal('City'),
  ...entityBase,
  containedIn: EntityId.optional(),
});
export type City = z.infer<typeof City>;

/** A region, province, state, federal subject or district. */
export const Region = z.object({
  type: z.literal('Region'),
  ...entityBase,
  containedIn: EntityId.optional(),
});
export type Region = z.infer<typeof Region>;

export const PlaceKind = z.enum(['landmark', 'building', 'continent', 'water', 'landform', 'area', 'other']);
export type PlaceKind = z.infer<typeof PlaceKind>;

/** Any other place: a square, a building, a sea, a continent. */
export const Place = z.object({
  type: z.literal('Place'),
  ...entityBase,
  placeKind: PlaceKind.default('other'),
  containedIn: EntityId.optional(),
});
export type Place = z.infer<typeof Place>;

export const OrganizationKind = z.enum([
  'government',
  'news-media',
  'international',
  'party',
  'company',
  'educational',
  'research',
  'military',
  'sports',
  'ngo',
  'religious',
  'other',
]);
export type OrganizationKind = z.infer<typeof OrganizationKind>;

export const Organization = z.object({
  type: z.literal('Organization'),
  ...entityBase,
  orgKind: OrganizationKind.default('other'),
  parentOrganization: EntityId.optional(),
  /** Where it is based (a country or city id). */
  location: EntityId.optional(),
});
export type Organization = z.infer<typeof Organization>;

export const Entity = z.discriminatedUnion('type', [Person, Country, City, Region, Place, Organization]);
export type Entity = z.infer<typeof Entity>;
export type EntityType = Entity['type'];
