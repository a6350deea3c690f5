import { SerializationError } from '../errors.js';
import { readInputBytes } from '../read/read-bytes.js';
import { failureOf } from './failure.js';
import type { BatchSettings, ExportTask, LoadedSource, TaskResult, TaskRunner } from './types.js';
import { writeOutputs } from './write-outputs.js';

/**
 * One input from end to end, the I/O in this thread and the CPU in the runner: read the file, have
 * it exported, write each serialization atomically. Resolves to how it ended; never rejects for the
 * input's sake (only when the runner itself fails, e.g. a worker that cannot start).
 */
export async function performTask(task: ExportTask, runner: TaskRunner, settings: BatchSettings): Promise<TaskResult> {
  let source: LoadedSource;
  try {
    const { source: from } = task;
    source = from.kind === 'file' ? { kind: 'bytes', path: from.path, format: from.format, bytes: await readInputBytes(from.path, settings.maxBytes) } : from;
  } catch (e) {
    return { seq: task.seq, ok: false, failure: failureOf(e, task.label, settings.debug), warnings: [] };
  }
  const result = await runner.run({ seq: task.seq, label: task.label, source });
  if (!result.ok) return result;
  const { outputs, ...done } = result;
  try {
    await writeOutputs(task.outStem, outputs, settings.formats);
  } catch (e) {
    const reason = (e as NodeJS.ErrnoException).code ?? String(e);
    const error = new SerializationError(`cannot write its output ${task.outStem}.* (${reason})`, 'exporter.output.unwritable', {
      file: task.label,
      hint: 'check that the output folder is writable and the disk has room',
    }, { cause: e });
    return { seq: task.seq, ok: false, failure: failureOf(error, task.label), warnings: result.warnings };
  }
  return done;
}
