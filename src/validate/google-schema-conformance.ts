import type { Literal, Term } from '@rdfjs/types';
import { xsd } from '../vocab/xsd.js';
import type { SubjectNode } from '../serialize/subject-index.js';
import type { SchemaVocabulary } from './google-vocabulary.js';
import type { Problem, Severity } from './problem.js';

const XSD_NS = xsd.$iri;
const RDF_LANG_STRING = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#langString';

/** schema.org's local name of an IRI in its namespace (http or https), else undefined. */
export function schemaLocalName(iri: string): string | undefined {
  const m = /^https?:\/\/schema\.org\/([^/#?]+)$/.exec(iri);
  return m?.[1];
}

const ISO_DATE = /^-?\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$|^--(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const ISO_DATE_TIME = /^-?\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d+)?)?(Z|[+-]([01]\d|2[0-3]):?[0-5]\d)?$/;
const ISO_TIME = /^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d+)?)?(Z|[+-]([01]\d|2[0-3]):?[0-5]\d)?$/;
const ABSOLUTE_URL = /^[a-z][a-z0-9+.-]*:\/\/\S+$/i;
const NUMERIC = new Set(['decimal', 'integer', 'int', 'long', 'short', 'byte', 'double', 'float', 'nonNegativeInteger', 'positiveInteger', 'negativeInteger', 'nonPositiveInteger', 'unsignedInt', 'unsignedLong']);

/** The schema.org data types a literal can stand for, judged by its datatype and, for text, its form. */
export function literalDataTypes(term: Literal): string[] {
  const datatype = term.datatype.value;
  const value = term.value;
  const byForm = () => [ISO_DATE_TIME.test(value) && 'DateTime', ISO_DATE.test(value) && 'Date', ISO_TIME.test(value) && 'Time'].filter((t): t is string => Boolean(t));
  if (term.language || datatype === RDF_LANG_STRING) return ['Text'];
  if (datatype === xsd.string.value) return ['Text', ...(ABSOLUTE_URL.test(value) ? ['URL'] : []), ...byForm()];
  const local = datatype.startsWith(XSD_NS) ? datatype.slice(XSD_NS.length) : schemaLocalName(datatype);
  if (local === undefined) return [];
  if (NUMERIC.has(local) || local === 'Number' || local === 'Integer' || local === 'Float') return Number.isInteger(Number(value)) ? ['Integer', 'Number'] : ['Float', 'Number'];
  if (local === 'boolean' || local === 'Boolean') return ['Boolean'];
  if (local === 'anyURI' || local === 'URL') return ['URL'];
  if (['date', 'dateTime', 'gYear', 'gYearMonth', 'gMonthDay', 'time', 'Date', 'DateTime', 'Time'].includes(local)) return byForm();
  return local === 'Text' ? ['Text'] : [];
}

interface Finding {
  readonly severity: Severity;
  readonly message: string;
}

/**
 * schema.org conformance of a graph against the shipped vocabulary: every schema.org type and
 * property is known (superseded terms are warnings; pending ones, such as Quotation and jobTitle,
 * are part of the release and accepted); each property is used on a type
 * in its domain, counting superclasses (nodes without a schema.org type are not checked); each
 * value fits the property's range where that can be told: literals by datatype and lexical form,
 * enumeration members by their types, nodes of the graph by their types. Text where a thing is
 * expected is a warning (schema.org accepts it as a fallback).
 */
export function checkSchemaConformance(nodes: ReadonlyMap<string, SubjectNode>, vocab: SchemaVocabulary, file: string): Problem[] {
  const problems: Problem[] = [];
  const report = (place: string, f: Finding | undefined) => f && problems.push({ file, place, message: `schema.org: ${f.message}`, severity: f.severity });
  for (const node of nodes.values()) {
    const types = node.types.map(schemaLocalName).filter((t): t is string => t !== undefined);
    for (const type of types) report(`<${node.iri}> a schema:${type}`, termStatus(type, 'type', vocab));
    const known = types.filter((t) => vocab.isType(t));
    for (const [predicate, objects] of node.properties) {
      const name = schemaLocalName(predicate);
      if (name === undefined) continue;
      const place = `<${node.iri}> schema:${name}`;
      const status = termStatus(name, 'property', vocab);
      report(place, status);
      const definition = vocab.property(name);
      if (!definition) continue;
      report(place, domainFinding(name, known, definition.domains, vocab));
      for (const o of objects) report(place, rangeFinding(o, definition.ranges, nodes, vocab));
    }
  }
  return problems;
}

function termStatus(name: string, kind: 'type' | 'property', vocab: SchemaVocabulary): Finding | undefined {
  const known = kind === 'type' ? vocab.isType(name) : vocab.property(name) !== undefined;
  if (!known) return { severity: 'error', message: `schema:${name} is not a schema.org ${kind}` };
  const newer = vocab.supersededBy(name);
  if (newer) return { severity: 'warning', message: `schema:${name} is superseded by schema:${newer}` };
  return undefined;
}

function domainFinding(property: string, types: readonly string[], domains: readonly string[], vocab: SchemaVocabulary): Finding | undefined {
  if (!types.length || !domains.length) return undefined;
  if (types.some((t) => domains.some((d) => vocab.superTypes(t).has(d)))) return undefined;
  return { severity: 'error', message: `schema:${property} is not a property of ${types.join(', ')} (schema.org uses it on ${domains.join(', ')})` };
}

function fits(candidates: readonly string[], ranges: readonly string[], vocab: SchemaVocabulary): boolean {
  return candidates.some((c) => ranges.some((r) => vocab.superTypes(c).has(r)));
}

function rangeFinding(object: Term, ranges: readonly string[], nodes: ReadonlyMap<string, SubjectNode>, vocab: SchemaVocabulary): Finding | undefined {
  if (!ranges.length) return undefined;
  const expected = ranges.join(' or ');
  if (object.termType === 'Literal') {
    const candidates = literalDataTypes(object);
    if (fits(candidates, ranges, vocab)) return undefined;
    const thingExpected = ranges.some((r) => !vocab.isDataType(r));
    if (thingExpected && candidates.includes('Text')) return { severity: 'warning', message: `expects ${expected}; the text "${shorten(object.value)}" is accepted only as a fallback` };
    return { severity: 'error', message: `expects ${expected}, not the value "${shorten(object.value)}"${candidates.length ? ` (${candidates.join('/')})` : ''}` };
  }
  const member = schemaLocalName(object.value);
  const memberTypes = member === undefined ? undefined : vocab.memberTypes(member);
  if (memberTypes) return fits(memberTypes, ranges, vocab) ? undefined : { severity: 'error', message: `expects ${expected}, not the ${memberTypes.join('/')} value schema:${member}` };
  const types = (nodes.get(object.value)?.types ?? []).map(schemaLocalName).filter((t): t is string => t !== undefined && vocab.isType(t));
  if (!types.length || fits(types, ranges, vocab) || (object.termType === 'NamedNode' && ranges.includes('URL'))) return undefined;
  return { severity: 'error', message: `expects ${expected}, not a ${types.join('/')} (<${object.value}>)` };
}

function shorten(text: string): string {
  const chars = [...text];
  return chars.length > 40 ? `${chars.slice(0, 39).join('')}…` : text;
}
