import type { Format } from '../pipeline/output-formats.js';
import type { IndexEntry } from '../serialize/index-page.js';
import type { SourceDocument } from '../read/source-document.js';

/** Where a task's article comes from: a file (read by the main thread), or a document read already (JSON Lines, stdin). */
export type TaskSource =
  | { readonly kind: 'file'; readonly path: string; readonly format: 'text' | 'html' }
  | { readonly kind: 'document'; readonly doc: SourceDocument };

/** One article to export. */
export interface ExportTask {
  /** Position in the input order (0-based): failures and the exit code follow it, not the finishing order. */
  readonly seq: number;
  /** The input as messages name it: a path, `corpus.jsonl:12`, `stdin`. */
  readonly label: string;
  readonly source: TaskSource;
  /** Output path without extension: `out/sub/NAME`; each format adds its own. */
  readonly outStem: string;
}

/** A task's source once read: the file's bytes (decoded by the worker), or the document. */
export type LoadedSource =
  | { readonly kind: 'bytes'; readonly path: string; readonly format: 'text' | 'html'; readonly bytes: Uint8Array }
  | { readonly kind: 'document'; readonly doc: SourceDocument };

/** What a runner (a worker or this thread) is given: the input read already; it writes the outputs. */
export interface WorkItem {
  readonly seq: number;
  readonly label: string;
  readonly source: LoadedSource;
  /** Output path without extension: `out/sub/NAME`; each format adds its own. */
  readonly outStem: string;
}

/** What one exported article contains, summed into the run's summary. */
export interface ArticleCounts {
  readonly entities: number;
  readonly quotes: number;
  readonly figures: number;
  readonly events: number;
}

/** An input that could not be exported: where, the error's dotted code, its exit code, one line for people. */
export interface Failure {
  readonly file: string;
  readonly code: string;
  readonly exitCode: number;
  readonly message: string;
  /** The line printed on stderr (file, problem, what to do). */
  readonly line: string;
}

type Failed = { readonly seq: number; readonly ok: false; readonly failure: Failure; readonly warnings: readonly string[] };
type Exported = {
  readonly seq: number;
  readonly ok: true;
  readonly counts: ArticleCounts;
  readonly bytes: number;
  readonly warnings: readonly string[];
  /** The article's row of index.html, when pages are written (its `file` is set by the main thread). */
  readonly index?: IndexEntry;
};

/** How an input ended, once its files are written. */
export type TaskResult = Exported | Failed;

/** What every article of a run is exported with; a worker receives it once. */
export interface BatchSettings {
  readonly base: string;
  readonly formats: readonly Format[];
  readonly kbFiles: readonly string[];
  readonly maxBytes?: number;
  /** Add stack traces to internal errors (NEWSGRAPH_DEBUG). */
  readonly debug?: boolean;
  /** Test hook: a task whose label contains this text crashes its worker (in this thread: throws). */
  readonly crashOn?: string;
}

/** Turns read inputs into written serializations: in this thread or in a pool of workers. */
export interface TaskRunner {
  /** How many items it works on at once. */
  readonly size: number;
  run(item: WorkItem): Promise<TaskResult>;
  close(): Promise<void>;
}
