import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import { Store, namedNode } from 'oxigraph';
import { InputError } from '../errors.js';
import { schema } from '../vocab/schema.js';
import { RDF_FILE_FORMATS, readRdfText, type RdfFile } from './rdf-files.js';

/** Where a Turtle file waits while the store finds its article; never seen by a query. */
const PENDING_GRAPH = 'urn:newsgraph:store:pending';

/** oxigraph's WASM objects have free(), which its typings leave out. */
function free(object: unknown): void {
  (object as { free?: () => void }).free?.();
}

function iriRef(iri: string): string {
  const term = namedNode(iri);
  try {
    return term.toString();
  } finally {
    free(term);
  }
}

/**
 * oxigraph's in-process store holding exports: TriG and N-Quads keep their named graphs; a Turtle
 * file goes into the named graph of the one schema:NewsArticle it describes (the export convention:
 * one graph per article, named by the article IRI), or into the default graph when it has none or
 * several. Texts are loaded whole (oxigraph parses a string 5–20× faster than quads added one by
 * one). Call free() when done: the WASM memory is not returned otherwise.
 */
export class ExportStore {
  readonly #store = new Store();

  /** The number of quads held. */
  get size(): number {
    return this.#store.size;
  }

  /** Loads one export's text; `source` names it in errors. Throws InputError on a syntax error. */
  loadText(text: string, file: RdfFile): void {
    const format = RDF_FILE_FORMATS[file.extension];
    if (format.namedGraphs) return this.#load(text, format.mediaType, file.path);
    const pending = namedNode(PENDING_GRAPH);
    try {
      this.#load(text, format.mediaType, file.path, pending);
    } finally {
      free(pending);
    }
    this.#movePending();
  }

  /** Runs a query with oxigraph's serialization of the results (e.g. `json`, `application/n-triples`). */
  query(sparql: string, resultsFormat: string): string {
    const out = this.#store.query(sparql, { use_default_graph_as_union: true, results_format: resultsFormat });
    return typeof out === 'string' ? out : String(out);
  }

  free(): void {
    free(this.#store);
  }

  #load(text: string, mediaType: string, path: string, graph?: ReturnType<typeof namedNode>): void {
    try {
      this.#store.load(text, { format: mediaType, no_transaction: true, ...(graph ? { to_graph_name: graph } : {}) });
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      throw new InputError(`cannot parse: ${message}`, 'exporter.input.rdfSyntax', { file: path, hint: 'the file is not valid RDF in the format its extension names' }, { cause: e });
    }
  }

  #movePending(): void {
    const pending = iriRef(PENDING_GRAPH);
    const found = this.#store.query(`SELECT DISTINCT ?article WHERE { GRAPH ${pending} { ?article a ${iriRef(schema.NewsArticle.value)} } } LIMIT 2`, {
      results_format: 'json',
    });
    const bindings = (JSON.parse(String(found)) as { results: { bindings: { article: { type: string; value: string } }[] } }).results.bindings;
    const only = bindings.length === 1 && bindings[0]?.article.type === 'uri' ? bindings[0].article.value : undefined;
    const target = only === undefined ? 'DEFAULT' : `GRAPH ${iriRef(only)}`;
    this.#store.update(`ADD SILENT GRAPH ${pending} TO ${target}; DROP SILENT GRAPH ${pending}`);
  }
}

/** Reads and loads export files one by one, letting the event loop run between them. */
export async function loadRdfFiles(store: ExportStore, files: readonly RdfFile[]): Promise<void> {
  for (const file of files) {
    store.loadText(await readRdfText(file.path), file);
    await yieldToEventLoop();
  }
}
