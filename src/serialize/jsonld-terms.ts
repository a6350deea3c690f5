import { itsrdf } from '../vocab/itsrdf.js';
import { ng } from '../vocab/newsgraph.js';
import { nif } from '../vocab/nif.js';
import { schema } from '../vocab/schema.js';
import { WIKIDATA_ENTITY } from '../vocab/wikidata.js';
import { xsd } from '../vocab/xsd.js';

/** The context reference that stands for schema.org's vocabulary. */
export const SCHEMA_ORG_CONTEXT_URL = 'https://schema.org';

/** The default language of the full profile: plain strings of PLAIN_TEXT_PROPERTIES are @ru. */
export const DEFAULT_LANGUAGE = 'ru';

/** Prefixes the full profile declares next to schema.org's context (schema.org terms are bare). */
export const JSONLD_PREFIXES = {
  nif: nif.$iri,
  itsrdf: itsrdf.$iri,
  ng: ng.$iri,
  xsd: xsd.$iri,
  wd: WIKIDATA_ENTITY,
} as const;

/** The full profile's @context: schema.org, then the prefixes and the default language. */
export const FULL_CONTEXT = [SCHEMA_ORG_CONTEXT_URL, { ...JSONLD_PREFIXES, '@language': DEFAULT_LANGUAGE }] as const;

/**
 * Properties whose @ru literals the full profile writes as plain JSON strings. Each has no type
 * coercion in schema.org's release 30.0 context (a test checks that against the context file), so a
 * plain string means the same @ru literal under that context, under its successor without coercion,
 * and under the project's own context. Every other literal is written as an explicit value object.
 */
export const PLAIN_TEXT_PROPERTIES: ReadonlySet<string> = new Set([
  schema.name.value,
  schema.alternateName.value,
  schema.description.value,
  schema.headline.value,
  schema.creditText.value,
  schema.text.value,
  schema.jobTitle.value,
  schema.givenName.value,
  schema.familyName.value,
  schema.unitText.value,
  ng.frame.value,
]);

const COMPACT_PREFIXES = Object.entries(JSONLD_PREFIXES);

/**
 * A property or class IRI as the full profile writes it: schema.org terms bare (name, Person),
 * other vocabularies as compact IRIs (nif:beginIndex, ng:ReportedSpeech), anything else in full.
 */
export function compactVocabIri(iri: string): string {
  let compact = compacted.get(iri);
  if (compact === undefined) {
    compact = compactUncached(iri);
    compacted.set(iri, compact);
  }
  return compact;
}

const compacted = new Map<string, string>();

function compactUncached(iri: string): string {
  if (iri.startsWith(schema.$iri) && /^[A-Za-z][A-Za-z0-9]*$/.test(iri.slice(schema.$iri.length))) {
    return iri.slice(schema.$iri.length);
  }
  for (const [prefix, ns] of COMPACT_PREFIXES) {
    const local = iri.slice(ns.length);
    if (iri.startsWith(ns) && /^[A-Za-z_][A-Za-z0-9_.-]*$/.test(local)) return `${prefix}:${local}`;
  }
  return iri;
}
