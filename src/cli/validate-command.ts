import { readFile } from 'node:fs/promises';
import { ExitCode, InputError } from '../errors.js';
import { validateFile } from '../validate/validate-file.js';
import type { CliIo } from './io.js';
import { reportFailure } from './report.js';

export interface ValidateOptions {
  /** Also check Google's Article recommendations and schema.org conformance (validate --google). */
  google?: boolean;
}

/** `newsgraph validate`: prints every problem with its place; exit 4 when there is any error. */
export async function runValidate(files: readonly string[], io: CliIo, options: ValidateOptions = {}): Promise<number> {
  let problems = 0;
  let failure: number = ExitCode.ok;
  for (const file of files) {
    try {
      const text = await readText(file);
      const found = await validateFile(file, text);
      if (options.google) found.push(...(await googleProblems(file, text)));
      for (const p of found) io.stdout(`${p.file}: ${p.place ? p.place + ': ' : ''}${p.severity}: ${p.message}\n`);
      const errors = found.filter((p) => p.severity === 'error').length;
      problems += errors;
      if (errors === 0) io.stderr(`newsgraph: ${file}: valid${found.length ? ` (${found.length} warning${found.length === 1 ? '' : 's'})` : ''}\n`);
    } catch (e) {
      const code = reportFailure(io, e, file);
      if (failure === ExitCode.ok) failure = code;
    }
  }
  if (problems > 0) {
    io.stderr(`newsgraph: ${problems} problem${problems === 1 ? '' : 's'} in ${files.length} file${files.length === 1 ? '' : 's'}\n`);
    return ExitCode.validation;
  }
  return failure;
}

async function readText(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (e) {
    throw new InputError(`cannot read the file (${(e as NodeJS.ErrnoException).code ?? String(e)})`, 'exporter.input.unreadable', { file, hint: 'check the path' });
  }
}

/** Google's checks, loaded only when asked for (they read the shipped schema.org vocabulary). */
async function googleProblems(file: string, text: string) {
  const { validateGoogle } = await import('../validate/google-validate.js');
  return validateGoogle(file, text);
}
