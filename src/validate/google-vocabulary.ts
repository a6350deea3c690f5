import { readFileSync } from 'node:fs';
import { z } from 'zod';

/**
 * schema.org's vocabulary as newsgraph ships it: schemas/schemaorg-vocabulary.json, derived from
 * schema.org's RDF release by scripts/generate-schemaorg-vocabulary.mjs (source and licence are in
 * the file). Terms are local names (Person, datePublished).
 */
export const VOCABULARY_FILE = new URL('../../schemas/schemaorg-vocabulary.json', import.meta.url);

const Names = z.array(z.string());
const VocabularyFile = z.object({
  source: z.string(),
  license: z.string(),
  dataTypes: Names,
  types: z.record(z.string(), Names),
  properties: z.record(z.string(), z.tuple([Names, Names])),
  members: z.record(z.string(), Names),
  pending: Names,
  supersededBy: z.record(z.string(), z.string()),
});
type VocabularyFile = z.infer<typeof VocabularyFile>;

export interface PropertyDefinition {
  readonly domains: readonly string[];
  readonly ranges: readonly string[];
}

export interface SchemaVocabulary {
  readonly source: string;
  readonly license: string;
  isType(name: string): boolean;
  /** A type and all its superclasses (empty for an unknown type). */
  superTypes(name: string): ReadonlySet<string>;
  property(name: string): PropertyDefinition | undefined;
  /** The types of an enumeration member (EventScheduled → EventStatusType), if it is one. */
  memberTypes(name: string): readonly string[] | undefined;
  /** Whether a type is a data type (Text, URL, Number, Integer, Date…) rather than a Thing. */
  isDataType(name: string): boolean;
  isPending(name: string): boolean;
  supersededBy(name: string): string | undefined;
}

/** A vocabulary from the JSON of schemas/schemaorg-vocabulary.json (validated). */
export function parseSchemaVocabulary(json: unknown): SchemaVocabulary {
  const data: VocabularyFile = VocabularyFile.parse(json);
  const closures = new Map<string, ReadonlySet<string>>();
  const superTypes = (name: string): ReadonlySet<string> => {
    const known = closures.get(name);
    if (known) return known;
    const out = new Set<string>();
    const stack = Object.hasOwn(data.types, name) ? [name] : [];
    for (let t = stack.pop(); t !== undefined; t = stack.pop()) {
      if (out.has(t)) continue;
      out.add(t);
      stack.push(...(data.types[t] ?? []));
    }
    closures.set(name, out);
    return out;
  };
  const pending = new Set(data.pending);
  const baseDataTypes = new Set(data.dataTypes);
  return {
    source: data.source,
    license: data.license,
    isType: (name) => Object.hasOwn(data.types, name),
    superTypes,
    property: (name) => {
      const entry = Object.hasOwn(data.properties, name) ? data.properties[name] : undefined;
      return entry && { domains: entry[0], ranges: entry[1] };
    },
    memberTypes: (name) => (Object.hasOwn(data.members, name) ? data.members[name] : undefined),
    isDataType: (name) => [...superTypes(name)].some((t) => baseDataTypes.has(t)),
    isPending: (name) => pending.has(name),
    supersededBy: (name) => (Object.hasOwn(data.supersededBy, name) ? data.supersededBy[name] : undefined),
  };
}

let shipped: SchemaVocabulary | undefined;

/** The shipped vocabulary, read once per process. */
export function loadSchemaVocabulary(): SchemaVocabulary {
  shipped ??= parseSchemaVocabulary(JSON.parse(readFileSync(VOCABULARY_FILE, 'utf8')));
  return shipped;
}
