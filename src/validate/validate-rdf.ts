import { checkNifOffsets } from './nif-offsets.js';
import type { Problem } from './problem.js';
import { inDefaultGraph, parseRdf, type RdfFormat } from './rdf-parse.js';
import { checkShapes } from './shacl.js';

/**
 * Checks an RDF text: it must parse (problems carry the line), then conform to the shipped SHACL
 * shapes, and its NIF offsets must slice the article text to each phrase's anchor. All graphs of
 * a TriG or N-Quads file are checked together.
 */
export async function validateRdf(text: string, format: RdfFormat, file: string): Promise<Problem[]> {
  const parsed = await parseRdf(text, format, file);
  if (parsed.problems) return parsed.problems;
  const quads = inDefaultGraph(parsed.quads);
  return [...(await checkShapes(quads, file)), ...checkNifOffsets(quads, file)];
}
