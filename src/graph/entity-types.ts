import type { NamedNode } from '@rdfjs/types';
import type { Entity, OrganizationKind, PlaceKind } from '../model/entity.js';
import { schema } from '../vocab/schema.js';

/** schema.org type of each place kind; the subtypes are also typed schema:Place. */
export const PLACE_TYPE: Readonly<Record<PlaceKind, NamedNode>> = {
  landmark: schema.LandmarksOrHistoricalBuildings,
  building: schema.CivicStructure,
  continent: schema.Continent,
  water: schema.BodyOfWater,
  landform: schema.Landform,
  area: schema.Place,
  other: schema.Place,
};

/** schema.org type of each organization kind; the subtypes are also typed schema:Organization. */
export const ORGANIZATION_TYPE: Readonly<Record<OrganizationKind, NamedNode>> = {
  government: schema.GovernmentOrganization,
  'news-media': schema.NewsMediaOrganization,
  party: schema.PoliticalParty,
  company: schema.Corporation,
  educational: schema.EducationalOrganization,
  research: schema.ResearchOrganization,
  sports: schema.SportsOrganization,
  ngo: schema.NGO,
  international: schema.Organization,
  military: schema.Organization,
  religious: schema.Organization,
  other: schema.Organization,
};

/** The rdf:types of an entity, most specific first, without repeats. */
export function entityTypes(e: Entity): NamedNode[] {
  switch (e.type) {
    case 'Person':
      return [schema.Person];
    case 'Country':
      return [schema.Country];
    case 'City':
      return [schema.City];
    case 'Region':
      return [schema.AdministrativeArea];
    case 'Place':
      return withSupertype(PLACE_TYPE[e.placeKind], schema.Place);
    case 'Organization':
      return withSupertype(ORGANIZATION_TYPE[e.orgKind], schema.Organization);
  }
}

function withSupertype(type: NamedNode, supertype: NamedNode): NamedNode[] {
  return type.equals(supertype) ? [type] : [type, supertype];
}
