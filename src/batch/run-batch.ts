import type { PlannedItem } from './plan-tasks.js';
import type { ExportTask, TaskResult } from './types.js';

/** Receives what happens to each input, in finishing order. */
export interface BatchSink {
  result(task: ExportTask, result: TaskResult): void;
  planned(item: Exclude<PlannedItem, { kind: 'task' }>): void;
}

/**
 * Feeds the planned items to `perform` with at most `limit` tasks in flight, so inputs are pulled
 * (and read) only a little ahead of the export and memory does not grow with the corpus. Each
 * result goes to the sink as soon as it comes. An error of `perform` itself (a worker that cannot
 * start) stops the run and is thrown once the tasks in flight have settled.
 */
export async function runBatch(items: AsyncIterable<PlannedItem>, perform: (task: ExportTask) => Promise<TaskResult>, limit: number, sink: BatchSink): Promise<void> {
  const inFlight = new Set<Promise<void>>();
  let fatal: { error: unknown } | undefined;
  for await (const item of items) {
    if (fatal) break;
    if (item.kind !== 'task') {
      sink.planned(item);
      continue;
    }
    const done: Promise<void> = perform(item.task)
      .then((result) => sink.result(item.task, result))
      .catch((error: unknown) => void (fatal ??= { error }))
      .finally(() => inFlight.delete(done));
    inFlight.add(done);
    if (inFlight.size >= limit) await Promise.race(inFlight);
  }
  await Promise.all(inFlight);
  if (fatal) throw fatal.error;
}
