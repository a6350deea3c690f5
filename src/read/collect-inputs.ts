import { readdir, stat } from 'node:fs/promises';
import { join, extname } from 'node:path';
import { InputError } from '../errors.js';

export const ARTICLE_EXTENSIONS = ['.txt'] as const;

/** One input the export will read, or a path that could not be used (reported, the run goes on). */
export type InputEntry =
  | { readonly path: string; readonly error?: undefined; /** Sub-folder of the given folder, '' for files given directly. */ readonly subdir: string }
  | { readonly path: string; readonly error: InputError; readonly subdir: string };

/**
 * Expands the command line's paths: a file is taken as it is; a folder gives every article file
 * inside it, recursively, in a stable (sorted) order. Duplicates are dropped.
 */
export async function collectInputs(paths: readonly string[], extensions: readonly string[] = ARTICLE_EXTENSIONS): Promise<InputEntry[]> {
  const out: InputEntry[] = [];
  const seen = new Set<string>();
  for (const p of paths) {
    let info;
    try {
      info = await stat(p);
    } catch {
      out.push({ path: p, subdir: '', error: new InputError('no such file or folder', 'exporter.input.notFound', { file: p, hint: 'check the path' }) });
      continue;
    }
    const files = info.isDirectory() ? await listFolder(p, extensions, '') : [{ path: p, subdir: '' }];
    for (const f of files) {
      if (seen.has(f.path)) continue;
      seen.add(f.path);
      out.push(f);
    }
  }
  return out;
}

async function listFolder(dir: string, extensions: readonly string[], subdir: string): Promise<{ path: string; subdir: string }[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const out: { path: string; subdir: string }[] = [];
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const full = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await listFolder(full, extensions, subdir ? join(subdir, e.name) : e.name)));
    else if (e.isFile() && extensions.includes(extname(e.name).toLowerCase())) out.push({ path: full, subdir });
  }
  return out;
}
