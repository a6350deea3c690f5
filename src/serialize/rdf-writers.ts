import { DataFactory, Writer } from '../util/n3-core.js';
import type { Quad, Term } from '@rdfjs/types';
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

type EncodeIri = (this: Writer, entity: Term) => string;
const encodeIri = (Writer.prototype as unknown as { _encodeIriOrBlank?: EncodeIri })._encodeIriOrBlank;

/**
 * n3's Writer, remembering how it wrote each IRI. Matching an IRI against the prefixes is most of
 * the writer's work and an article repeats its IRIs; the prefixes are set when the writer is made,
 * so the same IRI is always written the same way. (If n3 ever renames the internal method
 * `_encodeIriOrBlank`, this override is simply not called.)
 */
class RememberingWriter extends Writer {
  readonly #iris = new Map<string, string>();
  #prefixRegex: unknown;

  _encodeIriOrBlank(entity: Term): string {
    const self = this as unknown as { _prefixRegex?: unknown };
    if (entity.termType !== 'NamedNode' || !encodeIri) return encodeIri!.call(this, entity);
    if (self._prefixRegex !== this.#prefixRegex) {
      this.#iris.clear();
      this.#prefixRegex = self._prefixRegex;
    }
    let text = this.#iris.get(entity.value);
    if (text === undefined) {
      text = encodeIri.call(this, entity);
      this.#prefixRegex = self._prefixRegex; // made on first use
      this.#iris.set(entity.value, text);
    }
    return text;
  }
}

function runWriter(format: string, options: { format: string; prefixes?: Record<string, string> }, quads: readonly Quad[]): string {
  let result: string | undefined;
  let failure: unknown;
  try {
    const writer = encodeIri ? new RememberingWriter(options) : new Writer(options);
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
