import { ExporterError, ExitCode } from '../errors.js';
import { printable } from '../util/message-text.js';
import type { CliIo } from './io.js';

/** One line for a failure: the typed errors say file, problem and hint; anything else is a bug. */
export function describeFailure(e: unknown, file?: string): { line: string; exitCode: number } {
  if (e instanceof ExporterError) {
    const line = e.details.file || !file ? e.toLine() : `${file}: ${e.toLine()}`;
    return { line, exitCode: e.exitCode };
  }
  const message = e instanceof Error ? e.message : String(e);
  const where = file ? `${file}: ` : '';
  return {
    line: `${where}internal error: ${message} (this is a bug in newsgraph; please report it with the input file)`,
    exitCode: ExitCode.internal,
  };
}

export function reportFailure(io: CliIo, e: unknown, file?: string): number {
  const { line, exitCode } = describeFailure(e, file);
  io.stderr(`newsgraph: ${printable(line)}\n`);
  if (exitCode === ExitCode.internal && process.env.NEWSGRAPH_DEBUG && e instanceof Error && e.stack) io.stderr(e.stack + '\n');
  return exitCode;
}
