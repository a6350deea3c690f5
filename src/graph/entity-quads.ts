import type { Entity, Organization, Person } from '../model/entity.js';
import { ng } from '../vocab/newsgraph.js';
import { rdf } from '../vocab/rdf.js';
import { schema } from '../vocab/schema.js';
import { wikidataEntity } from '../vocab/wikidata.js';
import { entityTypes } from './entity-types.js';
import type { GraphContext } from './graph-context.js';
import { maybe } from './quad-list.js';
import { plainLiteral } from './literals.js';

/** A person, country, city, region, place or organization, with its names and links. */
export function addEntity(e: Entity, g: GraphContext): void {
  const { out, iris } = g;
  const s = iris.entity(e.id);
  out.addAll(s, rdf.type, entityTypes(e));
  out.add(s, schema.name, g.text(e.name));
  out.addAll(s, schema.alternateName, e.alternateNames.map((n) => g.text(n)));
  out.add(s, schema.description, g.text(e.description));
  out.add(s, schema.sameAs, maybe(e.wikidata, wikidataEntity));
  switch (e.type) {
    case 'Person':
      return addPersonDetails(e, g);
    case 'Organization':
      return addOrganizationDetails(e, g);
    case 'Country':
      return out.add(s, ng.isoCode, plainLiteral(e.isoCode));
    default:
      return out.add(s, schema.containedInPlace, maybe(e.containedIn, iris.entity));
  }
}

function addPersonDetails(p: Person, g: GraphContext): void {
  const { out, iris } = g;
  const s = iris.entity(p.id);
  out.add(s, schema.givenName, g.text(p.givenName));
  out.add(s, schema.familyName, g.text(p.familyName));
  out.addAll(s, schema.jobTitle, p.jobTitles.map((t) => g.text(t)));
  out.addAll(s, schema.affiliation, p.affiliations.map(iris.entity));
  out.addAll(s, schema.worksFor, p.worksFor.map(iris.entity));
  out.addAll(s, schema.nationality, p.nationality.map(iris.entity));
}

function addOrganizationDetails(o: Organization, g: GraphContext): void {
  const { out, iris } = g;
  const s = iris.entity(o.id);
  out.add(s, ng.organizationKind, plainLiteral(o.orgKind));
  out.add(s, schema.parentOrganization, maybe(o.parentOrganization, iris.entity));
  out.add(s, schema.location, maybe(o.location, iris.entity));
}
