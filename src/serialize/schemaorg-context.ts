import { schema } from '../vocab/schema.js';

/**
 * newsgraph's own minimal JSON-LD context for "https://schema.org", served by the local document
 * loader instead of the network (and written to schemas/schemaorg-context.jsonld by
 * `npm run schemas`). It maps every term to http://schema.org/ through @vocab and keeps schema.org's
 * documented coercions for the terms newsgraph writes: URL-valued properties as @id, date-valued
 * ones as schema:Date. newsgraph's full JSON-LD is explicit (IRIs as {"@id"}, typed literals as
 * value objects), so it means the same graph under this context and under the official one.
 */
export const SCHEMAORG_CONTEXT = {
  '@context': {
    '@vocab': schema.$iri,
    schema: schema.$iri,
    xsd: 'http://www.w3.org/2001/XMLSchema#',
    id: '@id',
    type: '@type',
    sameAs: { '@id': 'schema:sameAs', '@type': '@id' },
    url: { '@id': 'schema:url', '@type': '@id' },
    isPartOf: { '@id': 'schema:isPartOf', '@type': '@id' },
    datePublished: { '@id': 'schema:datePublished', '@type': 'schema:Date' },
    dateModified: { '@id': 'schema:dateModified', '@type': 'schema:Date' },
    dateCreated: { '@id': 'schema:dateCreated', '@type': 'schema:Date' },
    startDate: { '@id': 'schema:startDate', '@type': 'schema:Date' },
    endDate: { '@id': 'schema:endDate', '@type': 'schema:Date' },
  },
} as const;
