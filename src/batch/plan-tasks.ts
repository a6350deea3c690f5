import { join } from 'node:path';
import { InputError } from '../errors.js';
import type { Format } from '../pipeline/output-formats.js';
import type { InputEntry } from '../read/collect-inputs.js';
import { inputKindOf, stemOfPath } from '../read/input-kind.js';
import { parseJsonLine, readJsonLines } from '../read/read-jsonl.js';
import { readStdinArticle, STDIN_NAME } from '../read/read-stdin.js';
import type { SourceDocument } from '../read/source-document.js';
import { failureOf } from './failure.js';
import { mtimeOf, outputsUpToDate } from './resume.js';
import type { ExportTask, Failure } from './types.js';

/** What the planner makes of each input (each JSON Lines row is one): a task, a failure found already, or a skip. */
export type PlannedItem =
  | { readonly kind: 'task'; readonly task: ExportTask }
  | { readonly kind: 'failed'; readonly seq: number; readonly failure: Failure }
  | { readonly kind: 'skipped'; readonly seq: number; readonly label: string };

export interface PlanOptions {
  readonly out: string;
  readonly formats: readonly Format[];
  /** Skip inputs whose outputs (every format) are newer than the input. */
  readonly resume?: boolean;
  readonly maxBytes?: number;
  /** Standard input, for the path `-`. */
  readonly stdin: () => AsyncIterable<Uint8Array | string>;
  readonly debug?: boolean;
}

/**
 * Turns the discovered inputs into export tasks, lazily and in input order: files become tasks the
 * workers read; JSON Lines files are streamed here, one task per row; standard input is read here.
 * Two inputs with the same output name are a failure of the second, never an overwrite.
 */
export async function* planTasks(entries: AsyncIterable<InputEntry>, options: PlanOptions): AsyncGenerator<PlannedItem> {
  const planner = new Planner(options);
  for await (const entry of entries) {
    const kind = inputKindOf(entry.path);
    if (entry.error) yield planner.failed(entry.path, entry.error);
    else if (kind === 'jsonl') yield* planJsonLines(entry, planner, options);
    else if (kind === 'stdin') yield await planStdin(planner, options);
    else {
      const mtime = options.resume ? await mtimeOf(entry.path) : undefined;
      const outStem = join(options.out, entry.subdir, stemOfPath(entry.path));
      yield await planner.plan(entry.path, outStem, { kind: 'file', path: entry.path, format: kind }, mtime);
    }
  }
}

async function planStdin(planner: Planner, options: PlanOptions): Promise<PlannedItem> {
  let doc: SourceDocument;
  try {
    doc = await readStdinArticle(options.stdin(), maxBytesOf(options));
  } catch (e) {
    return planner.failed(STDIN_NAME, e);
  }
  return planner.plan(STDIN_NAME, join(options.out, STDIN_NAME), { kind: 'document', doc }, undefined);
}

async function* planJsonLines(entry: InputEntry, planner: Planner, options: PlanOptions): AsyncGenerator<PlannedItem> {
  const mtime = options.resume ? await mtimeOf(entry.path) : undefined;
  try {
    for await (const line of readJsonLines(entry.path, maxBytesOf(options))) {
      const label = `${entry.path}:${line.line}`;
      let doc: SourceDocument;
      try {
        doc = parseJsonLine(line, entry.path, options.maxBytes);
      } catch (e) {
        yield planner.failed(label, e);
        continue;
      }
      yield await planner.plan(label, join(options.out, entry.subdir, doc.stem), { kind: 'document', doc }, mtime);
    }
  } catch (e) {
    yield planner.failed(entry.path, e);
  }
}

/** Numbers the inputs and claims their output names. */
class Planner {
  private readonly claimed = new Map<string, string>();
  private seq = 0;

  constructor(private readonly options: PlanOptions) {}

  failed(label: string, e: unknown): PlannedItem {
    return { kind: 'failed', seq: this.seq++, failure: failureOf(e, label, this.options.debug) };
  }

  async plan(label: string, outStem: string, source: ExportTask['source'], inputMtime: number | undefined): Promise<PlannedItem> {
    const owner = this.claimed.get(outStem);
    if (owner !== undefined) {
      return this.failed(label, new InputError(`its output ${outStem}.* would overwrite the output of ${owner}`, 'exporter.input.outputClash', {
        file: label,
        hint: 'rename one of the two inputs (or give the JSON Lines rows distinct ids), or export them to different folders',
      }));
    }
    this.claimed.set(outStem, label);
    const seq = this.seq++;
    if (inputMtime !== undefined && (await outputsUpToDate(outStem, this.options.formats, inputMtime))) return { kind: 'skipped', seq, label };
    return { kind: 'task', task: { seq, label, source, outStem } };
  }
}

function maxBytesOf(options: PlanOptions): { maxBytes?: number } {
  return options.maxBytes !== undefined ? { maxBytes: options.maxBytes } : {};
}
