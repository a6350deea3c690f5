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

/** The parts of n3's Writer that its IRI encoding reads (internal: checked before use). */
interface WriterInternals {
  _baseIri?: unknown;
  _escape?: unknown;
  /** Namespace IRI → `prefix:`, in the order the prefixes were added. */
  _prefixIRIs?: Record<string, string>;
}

/** The local part n3 accepts after a namespace (the second group of its prefix matcher). */
const LOCAL_PART = /^[_a-zA-Z0-9](?:\.?[-_a-zA-Z0-9])*$/;

/**
 * n3's Writer, faster at IRIs. n3 matches each IRI against a regular expression made of all the
 * prefixes. An article has a prefix of its own (art:), so each article's writer made a new
 * expression, which V8 compiled anew: about 0.25 ms an article, most of the Turtle writer's time
 * on a corpus. This writer does what the expression does without it: the first namespace, in the
 * order of the prefixes, that starts the IRI and leaves a local part n3 accepts gives the prefixed
 * name; an IRI that no namespace starts is written whole. It remembers how it wrote each IRI (an
 * article repeats its IRIs). What it does not do is left to n3: IRIs n3 would escape or make
 * relative, and IRIs that begin like a prefixed name (`schema:…`). If n3 renames its internals, n3
 * writes every IRI itself.
 */
class RememberingWriter extends Writer {
  readonly #iris = new Map<string, string>();
  /** [namespace, `prefix:`] in n3's order; made on first use. */
  #namespaces: [string, string][] | undefined;

  /** Prefixes added after some IRIs were written may write those IRIs differently: forget them. */
  override addPrefixes(...args: Parameters<Writer['addPrefixes']>): void {
    if (#iris in this) {
      this.#iris.clear();
      this.#namespaces = undefined;
    }
    super.addPrefixes(...args);
  }

  _encodeIriOrBlank(entity: Term): string {
    if (entity.termType !== 'NamedNode') return encodeIri!.call(this, entity);
    let text = this.#iris.get(entity.value);
    if (text === undefined) {
      text = this.#written(entity.value) ?? encodeIri!.call(this, entity);
      this.#iris.set(entity.value, text);
    }
    return text;
  }

  /** How n3 writes the IRI, or undefined when n3 is to say. */
  #written(iri: string): string | undefined {
    const self = this as unknown as WriterInternals;
    if (self._baseIri || !self._prefixIRIs || !(self._escape instanceof RegExp) || self._escape.test(iri)) return undefined;
    this.#namespaces ??= Object.entries(self._prefixIRIs);
    for (const [namespace, prefix] of this.#namespaces) {
      if (iri.length > namespace.length && iri.startsWith(namespace)) {
        const local = iri.slice(namespace.length);
        if (LOCAL_PART.test(local)) return prefix + local;
      }
    }
    for (const [, prefix] of this.#namespaces) if (iri.startsWith(prefix)) return undefined;
    return `<${iri}>`;
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
