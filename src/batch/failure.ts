import { ExitCode, ExporterError } from '../errors.js';
import type { Failure } from './types.js';

/** The code of a failure that is a bug in newsgraph rather than a problem with the input. */
export const INTERNAL_CODE = 'exporter.internal';

/** A thrown error as a failure record: typed errors keep their code and exit code; anything else is a bug (exit 1). */
export function failureOf(e: unknown, file: string, debug = false): Failure {
  if (e instanceof ExporterError) {
    const line = e.details.file ? e.toLine() : `${file}: ${e.toLine()}`;
    return { file, code: e.code, exitCode: e.exitCode, message: e.message, line };
  }
  const message = e instanceof Error ? e.message : String(e);
  const stack = debug && e instanceof Error && e.stack ? `\n${e.stack}` : '';
  return {
    file,
    code: INTERNAL_CODE,
    exitCode: ExitCode.internal,
    message,
    line: `${file}: internal error: ${message} (this is a bug in newsgraph; please report it with the input file)${stack}`,
  };
}

/** The failure of an input whose worker died (a crash or running out of memory) while exporting it. */
export function crashFailure(file: string, reason: string): Failure {
  const message = `the worker exporting it stopped (${reason}); it was restarted and the run went on`;
  return {
    file,
    code: `${INTERNAL_CODE}.workerCrash`,
    exitCode: ExitCode.internal,
    message,
    line: `${file}: internal error: ${message} (this is a bug in newsgraph; please report it with the input file)`,
  };
}
