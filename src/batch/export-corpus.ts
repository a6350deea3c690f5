import { availableParallelism } from 'node:os';
import { InputError } from '../errors.js';
import type { Format } from '../pipeline/output-formats.js';
import { discoverInputs } from '../read/collect-inputs.js';
import { performTask } from './perform-task.js';
import { planTasks, type PlannedItem } from './plan-tasks.js';
import { runBatch, type BatchSink } from './run-batch.js';
import { BatchSummary } from './summary.js';
import type { BatchSettings, ExportTask, TaskResult, TaskRunner } from './types.js';

export interface CorpusOptions {
  readonly out: string;
  readonly formats: readonly Format[];
  readonly base: string;
  readonly kbFiles?: readonly string[];
  readonly maxBytes?: number;
  /** Worker threads; 1 runs in this thread. Default: the number of cores, but a small run stays in this thread. */
  readonly jobs?: number;
  /** Skip inputs whose outputs (every format) are newer than the input. */
  readonly resume?: boolean;
  /** Standard input, for the path `-`. */
  readonly stdin: () => AsyncIterable<Uint8Array | string>;
  readonly debug?: boolean;
  /** Test hook: an input whose label contains this text crashes its worker. */
  readonly crashOn?: string;
}

/** Told about the run as it goes, after the summary has counted each event. */
export interface CorpusObserver {
  /** The run is starting: `total` when every input is known already (small runs). */
  start?(total: number | undefined): void;
  result(task: ExportTask, result: TaskResult, summary: BatchSummary): void;
  planned(item: Exclude<PlannedItem, { kind: 'task' }>, summary: BatchSummary): void;
}

export interface CorpusRun {
  readonly summary: BatchSummary;
  /** Worker threads used (1: this thread; 0: nothing needed exporting). */
  readonly jobs: number;
}

/** Without `jobs`, a run of at most this many inputs is exported in this thread: starting workers would cost more. */
export const SMALL_RUN = 16;

/**
 * Exports a corpus: inputs are discovered lazily and exported by a pool of worker threads (or in
 * this thread) with bounded work in flight, each on its own; a failure is counted and the run goes
 * on. Throws only when there is no input at all or the runner cannot start (a bad --kb file).
 */
export async function exportCorpus(paths: readonly string[], options: CorpusOptions, observer: CorpusObserver): Promise<CorpusRun> {
  // The walk is lazy, so it must not find this run's own outputs when --out is inside an input folder.
  const items = planTasks(discoverInputs(paths, undefined, { skipFolders: [options.out] }), {
    out: options.out,
    formats: options.formats,
    stdin: options.stdin,
    ...(options.resume ? { resume: true } : {}),
    ...(options.maxBytes !== undefined ? { maxBytes: options.maxBytes } : {}),
    ...(options.debug ? { debug: true } : {}),
  });
  const head = await takeUpTo(items, SMALL_RUN);
  if (head.items.length === 0) {
    throw new InputError(`no articles (.txt, .html, .jsonl) in ${paths.join(', ')}`, 'exporter.input.none', { hint: 'give article files, folders or globs that match some' });
  }
  const jobs = options.jobs ?? (head.done ? 1 : availableParallelism());
  const settings = settingsOf(options);
  const hasTasks = !head.done || head.items.some((i) => i.kind === 'task');
  const runner = hasTasks ? await startRunner(jobs, settings) : undefined;
  const summary = new BatchSummary();
  observer.start?.(head.done ? head.items.length : undefined);
  try {
    const perform = (task: ExportTask) => (runner ? performTask(task, runner, settings) : Promise.reject(new Error('no runner')));
    await runBatch(chain(head.items, head.done ? undefined : items), perform, runner ? runner.size * 3 + 2 : 1, counting(summary, observer));
  } finally {
    await runner?.close();
  }
  return { summary, jobs: runner ? jobs : 0 };
}

function settingsOf(options: CorpusOptions): BatchSettings {
  return {
    base: options.base,
    formats: options.formats,
    kbFiles: options.kbFiles ?? [],
    ...(options.debug ? { debug: true } : {}),
    ...(options.maxBytes !== undefined ? { maxBytes: options.maxBytes } : {}),
    ...(options.crashOn !== undefined ? { crashOn: options.crashOn } : {}),
  };
}

function counting(summary: BatchSummary, observer: CorpusObserver): BatchSink {
  return {
    result(task, result) {
      summary.addResult(result);
      observer.result(task, result, summary);
    },
    planned(item) {
      if (item.kind === 'failed') summary.addFailure(item.seq, item.failure);
      else summary.addSkipped();
      observer.planned(item, summary);
    },
  };
}

async function startRunner(jobs: number, settings: BatchSettings): Promise<TaskRunner> {
  if (jobs <= 1) {
    const { startInProcess } = await import('./in-process-runner.js');
    return startInProcess(settings);
  }
  const [{ WorkerPool }, { readMorphologyBuffers }] = await Promise.all([import('./worker-pool.js'), import('../segment/morphology-files.js')]);
  return new WorkerPool(jobs, { settings, morphologyBuffers: await readMorphologyBuffers() });
}

/** The first `n` items of an async iterator, and whether that was all of them. */
async function takeUpTo<T>(items: AsyncIterator<T>, n: number): Promise<{ items: T[]; done: boolean }> {
  const out: T[] = [];
  while (out.length < n) {
    const next = await items.next();
    if (next.done) return { items: out, done: true };
    out.push(next.value);
  }
  return { items: out, done: false };
}

async function* chain<T>(head: readonly T[], rest: AsyncIterator<T> | undefined): AsyncGenerator<T> {
  yield* head;
  if (!rest) return;
  for (let next = await rest.next(); !next.done; next = await rest.next()) yield next.value;
}
