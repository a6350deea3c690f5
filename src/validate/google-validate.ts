import type { Quad } from '@rdfjs/types';
import { indexSubjects } from '../serialize/subject-index.js';
import { checkGoogleArticle } from './google-article.js';
import { checkSchemaConformance } from './google-schema-conformance.js';
import { loadSchemaVocabulary, type SchemaVocabulary } from './google-vocabulary.js';
import type { Problem } from './problem.js';
import { inDefaultGraph, parseRdf } from './rdf-parse.js';
import { formatOfFile } from './validate-file.js';

const JSONLD_SCRIPT = /<script\b[^>]*\btype\s*=\s*["']?application\/ld\+json["']?[^>]*>([\s\S]*?)<\/script\s*>/gi;

/**
 * `validate --google`: Google's Article recommendations and schema.org conformance of a page's
 * JSON-LD (every <script type="application/ld+json"> block, read together as one graph) or of an
 * RDF file (.jsonld, .ttl, .trig, .nq). A file that cannot be parsed gives no problems here: the
 * ordinary validation reports it.
 */
export async function validateGoogle(file: string, text: string, vocab: SchemaVocabulary = loadSchemaVocabulary()): Promise<Problem[]> {
  const quads = await readQuads(file, text);
  if (quads === 'not-applicable') {
    return [{ file, place: '', message: 'Google checks read pages (.html) and RDF (.jsonld, .ttl, .trig, .nq), not model JSON', severity: 'warning' }];
  }
  if (!quads) return [];
  return checkGoogleGraph(quads, vocab, file);
}

/** Both checks on quads (all graphs together). */
export function checkGoogleGraph(quads: readonly Quad[], vocab: SchemaVocabulary, file: string): Problem[] {
  const nodes = indexSubjects(inDefaultGraph(quads));
  return [...checkGoogleArticle(nodes, vocab, file), ...checkSchemaConformance(nodes, vocab, file)];
}

async function readQuads(file: string, text: string): Promise<Quad[] | undefined | 'not-applicable'> {
  const format = formatOfFile(file);
  if (format === undefined) return undefined;
  if (format === 'model') return 'not-applicable';
  if (format !== 'html') return (await parseRdf(text, format, file)).quads;
  const quads: Quad[] = [];
  for (const block of text.matchAll(JSONLD_SCRIPT)) {
    const parsed = await parseRdf(block[1] ?? '', 'jsonld', file);
    if (!parsed.quads) return undefined;
    quads.push(...parsed.quads);
  }
  return quads;
}
