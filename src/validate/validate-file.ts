import { InputError } from '../errors.js';
import { validateModelJson } from './model-json.js';
import type { Problem } from './problem.js';
import type { RdfFormat } from './rdf-parse.js';
import { validateRdf } from './validate-rdf.js';

export type CheckedFormat = 'model' | 'html' | RdfFormat;

const BY_EXTENSION: readonly [RegExp, CheckedFormat][] = [
  [/\.jsonld$|\.json-ld$/i, 'jsonld'],
  [/\.json$/i, 'model'],
  [/\.ttl$/i, 'turtle'],
  [/\.trig$/i, 'trig'],
  [/\.nq$|\.nt$/i, 'nquads'],
  [/\.html?$/i, 'html'],
];

/** What a file holds, by its extension: a model (.json, .model.json) or RDF; undefined when unknown. */
export function formatOfFile(file: string): CheckedFormat | undefined {
  return BY_EXTENSION.find(([pattern]) => pattern.test(file))?.[1];
}

/** Checks one file's text by its extension; throws InputError for an extension it does not know. */
export async function validateFile(file: string, text: string): Promise<Problem[]> {
  const format = formatOfFile(file);
  if (format === undefined) {
    throw new InputError('cannot tell what the file holds from its extension', 'exporter.input.unknownFormat', {
      file,
      hint: 'use .json or .model.json for a model; .ttl, .trig, .nq or .jsonld for RDF; .html for a page with JSON-LD',
    });
  }
  if (format === 'model') return validateModelJson(text, file);
  if (format === 'html') return validateHtmlJsonLd(text, file);
  return validateRdf(text, format, file);
}

const JSONLD_SCRIPT = /<script\b[^>]*\btype\s*=\s*["']?application\/ld\+json["']?[^>]*>([\s\S]*?)<\/script\s*>/gi;

/** Every JSON-LD block of a page, checked as JSON-LD; a page without one is a problem. */
async function validateHtmlJsonLd(html: string, file: string): Promise<Problem[]> {
  const blocks = [...html.matchAll(JSONLD_SCRIPT)];
  if (blocks.length === 0) {
    return [{ file, place: 'page', message: 'no <script type="application/ld+json"> block', severity: 'error' }];
  }
  const out: Problem[] = [];
  for (const [i, block] of blocks.entries()) {
    const found = await validateRdf(block[1] ?? '', 'jsonld', file);
    out.push(...found.map((p) => ({ ...p, place: `script ${i + 1}${p.place ? ' ' + p.place : ''}` })));
  }
  return out;
}
