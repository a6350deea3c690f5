import { readInputBytes } from '../read/read-bytes.js';
import { failureOf } from './failure.js';
import type { BatchSettings, ExportTask, LoadedSource, TaskResult, TaskRunner } from './types.js';

/**
 * One input from end to end: read the file in this thread (a little ahead of the runner), then have
 * the runner export it and write its files. Resolves to how it ended; never rejects for the input's
 * sake (only when the runner itself fails, e.g. a worker that cannot start).
 */
export async function performTask(task: ExportTask, runner: TaskRunner, settings: BatchSettings): Promise<TaskResult> {
  let source: LoadedSource;
  try {
    const { source: from } = task;
    source = from.kind === 'file' ? { kind: 'bytes', path: from.path, format: from.format, bytes: await readInputBytes(from.path, settings.maxBytes) } : from;
  } catch (e) {
    return { seq: task.seq, ok: false, failure: failureOf(e, task.label, settings.debug), warnings: [] };
  }
  return runner.run({ seq: task.seq, label: task.label, source, outStem: task.outStem });
}
