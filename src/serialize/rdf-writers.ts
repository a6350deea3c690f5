import { DataFactory, Writer } from 'n3';
import type { Quad } from '@rdfjs/types';
import { SerializationError } from '../errors.js';
import type { Prefixes } from '../vocab/prefixes.js';
import { prefixesFor } from './prefixes.js';

export interface RdfWriteOptions {
  /** Prefixes beyond the vocabularies' (for example the graph stage's `graphPrefixes(article)`). */
  prefixes?: Prefixes;
}

/** Turtle with the vocabularies' prefixes, the quads in the order given (n3 groups by subject). */
export function writeTurtle(quads: readonly Quad[], options: RdfWriteOptions = {}): string {
  return runWriter('Turtle', { format: 'Turtle', prefixes: { ...prefixesFor(quads, options.prefixes) } }, quads);
}

/** TriG with every quad in one named graph: the article's, by convention its IRI. */
export function writeTrig(quads: readonly Quad[], graphIri: string, options: RdfWriteOptions = {}): string {
  const prefixes = { ...prefixesFor(quads, options.prefixes) };
  return runWriter('TriG', { format: 'TriG', prefixes }, inGraph(quads, graphIri));
}

/** N-Quads (canonical escaping); in the named graph `graphIri` when given, else the default graph. */
export function writeNQuads(quads: readonly Quad[], graphIri?: string): string {
  return runWriter('N-Quads', { format: 'N-Quads' }, graphIri === undefined ? quads : inGraph(quads, graphIri));
}

function inGraph(quads: readonly Quad[], graphIri: string): Quad[] {
  const graph = DataFactory.namedNode(graphIri);
  return quads.map((q) => DataFactory.quad(q.subject, q.predicate, q.object, graph));
}

function runWriter(format: string, options: { format: string; prefixes?: Record<string, string> }, quads: readonly Quad[]): string {
  let result: string | undefined;
  let failure: unknown;
  try {
    const writer = new Writer(options);
    writer.addQuads([...quads]);
    writer.end((error, output: string) => {
      failure = error;
      result = output;
    });
  } catch (error) {
    failure = error;
  }
  if (failure || result === undefined) {
    const reason = failure instanceof Error ? failure.message : 'the writer produced no output';
    throw new SerializationError(`cannot write ${format}: ${reason}`, 'exporter.serialization.rdf', {}, { cause: failure });
  }
  return result;
}
