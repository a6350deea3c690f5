import { readFile } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import { InputError } from '../errors.js';
import { collectInputs } from '../read/collect-inputs.js';

/** The export formats the store and the loader read, by file extension. */
export const RDF_FILE_FORMATS = {
  '.nq': { mediaType: 'application/n-quads', n3Format: 'N-Quads', namedGraphs: true },
  '.trig': { mediaType: 'application/trig', n3Format: 'TriG', namedGraphs: true },
  '.ttl': { mediaType: 'text/turtle', n3Format: 'Turtle', namedGraphs: false },
} as const;

export type RdfExtension = keyof typeof RDF_FILE_FORMATS;
export const RDF_EXTENSIONS = Object.keys(RDF_FILE_FORMATS) as RdfExtension[];

export interface RdfFile {
  readonly path: string;
  readonly extension: RdfExtension;
}

/**
 * When a folder holds one article in several formats, the fastest to load is read, once: oxigraph
 * loads newsgraph's TriG in about 60% of the time of the same N-Quads (a quarter of the bytes), and
 * Turtle needs its graph found after parsing.
 */
const PREFERENCE: readonly RdfExtension[] = ['.trig', '.nq', '.ttl'];

/**
 * The RDF exports (.nq, .trig, .ttl) among files and folders, in a stable order. Files given by name
 * are all kept; inside a folder, `NAME.nq`, `NAME.trig` and `NAME.ttl` are one article and only one is
 * taken (TriG, else N-Quads, else Turtle), so nothing is read twice. Throws InputError (exit 3) for a
 * path that does not exist or when no export is found at all.
 */
export async function findRdfFiles(paths: readonly string[]): Promise<RdfFile[]> {
  const entries = await collectInputs(paths, RDF_EXTENSIONS);
  const missing = entries.find((e) => e.error);
  if (missing?.error) throw missing.error;
  const direct = new Set(paths);
  const byStem = new Map<string, RdfFile>();
  const files: RdfFile[] = [];
  for (const { path } of entries) {
    const file: RdfFile = { path, extension: rdfExtension(path) };
    if (direct.has(path)) {
      files.push(file);
      continue;
    }
    const stem = join(dirname(path), basename(path, file.extension));
    const seen = byStem.get(stem);
    if (!seen) {
      byStem.set(stem, file);
      files.push(file);
    } else if (PREFERENCE.indexOf(file.extension) < PREFERENCE.indexOf(seen.extension)) {
      files[files.indexOf(seen)] = file;
      byStem.set(stem, file);
    }
  }
  if (files.length === 0) {
    throw new InputError(`no RDF exports (.nq, .trig, .ttl) in ${paths.join(', ')}`, 'exporter.input.noExports', {
      hint: 'run newsgraph export with --format trig, nq or ttl first, or give --data',
    });
  }
  return files;
}

/** The export format of a file name, or an InputError for any other extension. */
export function rdfExtension(path: string): RdfExtension {
  const ext = extname(path).toLowerCase();
  if (ext in RDF_FILE_FORMATS) return ext as RdfExtension;
  throw new InputError(`not an RDF export (${ext || 'no extension'})`, 'exporter.input.notRdf', {
    file: path,
    hint: 'give .nq, .trig or .ttl files',
  });
}

/** A file's text (UTF-8); InputError (exit 3) when it cannot be read. */
export async function readRdfText(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (e) {
    throw new InputError(`cannot read the file (${(e as NodeJS.ErrnoException).code ?? String(e)})`, 'exporter.input.unreadable', { file: path, hint: 'check the path' });
  }
}
