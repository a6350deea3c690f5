import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { ExitCode, InputError } from '../errors.js';
import { parseArticle } from '../model/parse-article.js';
import type { Article } from '../model/article.js';
import { articleIri } from '../model/build-article.js';
import { EXTENSION, type Format } from '../pipeline/output-formats.js';
import { renderArticle } from '../pipeline/render-article.js';
import type { CliIo } from './io.js';
import { reportFailure } from './report.js';
import { writeFileAtomic } from './write-atomic.js';

export interface RenderOptions {
  readonly out: string;
  readonly format: readonly Format[];
  /** Re-base the article and its entities under another base IRI. */
  readonly base?: string;
}

/** `newsgraph render`: serializes edited model files (export → fix the model JSON → render). */
export async function runRender(files: readonly string[], options: RenderOptions, io: CliIo): Promise<number> {
  let failure: number = ExitCode.ok;
  let done = 0;
  for (const file of files) {
    try {
      const article = rebase(parseArticle(await readJson(file), file), options.base);
      const rendered = await renderArticle(article, options.format);
      const stem = join(options.out, basename(file).replace(/(\.model)?\.json$/i, ''));
      for (const format of options.format) await writeFileAtomic(stem + EXTENSION[format], rendered[format] ?? '');
      done++;
    } catch (e) {
      const code = reportFailure(io, e, file);
      if (failure === ExitCode.ok) failure = code;
    }
  }
  io.stderr(`newsgraph: rendered ${done} of ${files.length} model${files.length === 1 ? '' : 's'} to ${options.out}\n`);
  return failure;
}

async function readJson(file: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    throw new InputError(`cannot read the file (${(e as NodeJS.ErrnoException).code ?? String(e)})`, 'exporter.input.unreadable', { file, hint: 'check the path' });
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new InputError(`not valid JSON: ${(e as Error).message}`, 'exporter.input.json', { file, hint: 'fix the JSON syntax' });
  }
}

function rebase(article: Article, base: string | undefined): Article {
  if (base === undefined || base === article.base) return article;
  const stem = decodeURIComponent(article.iri.slice(article.iri.lastIndexOf('/') + 1));
  const iri = article.iri.startsWith(article.base + 'article/') ? articleIri(base, stem) : article.iri;
  return parseArticle({ ...article, base, iri });
}
