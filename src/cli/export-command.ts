import { join } from 'node:path';
import { ExitCode, InputError } from '../errors.js';
import { analyzeArticle } from '../pipeline/analyze-article.js';
import { loadResources } from '../pipeline/load-resources.js';
import { EXTENSION, type Format } from '../pipeline/output-formats.js';
import { renderArticle } from '../pipeline/render-article.js';
import { collectInputs, type InputEntry } from '../read/collect-inputs.js';
import { readArticleFile } from '../read/read-article.js';
import type { CliIo } from './io.js';
import { reportFailure } from './report.js';
import { writeFileAtomic } from './write-atomic.js';

export interface ExportOptions {
  readonly out: string;
  readonly format: readonly Format[];
  readonly base: string;
  readonly kb?: readonly string[];
  readonly maxBytes?: number;
  readonly quiet?: boolean;
}

/** `newsgraph export`: every input is exported on its own; a failure is reported and the run goes on. */
export async function runExport(paths: readonly string[], options: ExportOptions, io: CliIo): Promise<number> {
  const inputs = await collectInputs(paths);
  if (inputs.length === 0) {
    throw new InputError(`no article files (*.txt) in ${paths.join(', ')}`, 'exporter.input.none', { hint: 'give .txt files or folders that contain them' });
  }
  const resources = await loadResources({ kbFiles: options.kb ?? [] });
  const claimed = new Map<string, string>();
  let exported = 0;
  let firstFailure: number = ExitCode.ok;
  for (const input of inputs) {
    const code = await exportOne(input, options, resources, claimed, io);
    if (code === ExitCode.ok) exported++;
    else if (firstFailure === ExitCode.ok) firstFailure = code;
  }
  const failed = inputs.length - exported;
  if (!options.quiet) {
    io.stderr(`newsgraph: exported ${exported} of ${inputs.length} article${inputs.length === 1 ? '' : 's'} to ${options.out}${failed ? `; ${failed} failed` : ''}\n`);
  }
  return firstFailure;
}

async function exportOne(
  input: InputEntry,
  options: ExportOptions,
  resources: Awaited<ReturnType<typeof loadResources>>,
  claimed: Map<string, string>,
  io: CliIo,
): Promise<number> {
  if (input.error) return reportFailure(io, input.error);
  try {
    const doc = await readArticleFile(input.path, options.maxBytes !== undefined ? { maxBytes: options.maxBytes } : {});
    for (const w of doc.warnings) io.stderr(`newsgraph: ${input.path}: warning: ${w}\n`);
    const stem = join(options.out, input.subdir, doc.stem);
    const owner = claimed.get(stem);
    if (owner !== undefined) {
      throw new InputError(`its output ${stem}.* would overwrite the output of ${owner}`, 'exporter.input.outputClash', {
        file: input.path,
        hint: 'rename one of the two inputs or export them to different folders',
      });
    }
    claimed.set(stem, input.path);
    const article = analyzeArticle(doc, resources, { base: options.base });
    const rendered = await renderArticle(article, options.format);
    for (const format of options.format) await writeFileAtomic(stem + EXTENSION[format], rendered[format] ?? '');
    return ExitCode.ok;
  } catch (e) {
    return reportFailure(io, e, input.path);
  }
}
