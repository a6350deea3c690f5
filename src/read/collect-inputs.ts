import { readdir, stat } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import { InputError } from '../errors.js';
import type { GlobPattern } from './glob.js';

/** The files a folder walk takes as articles: plain text, HTML pages, JSON Lines. */
export const ARTICLE_EXTENSIONS = ['.txt', '.html', '.htm', '.jsonl', '.ndjson'] as const;

/** Characters that make a path that does not exist a glob. */
const GLOB_CHARS = /[*?[\]{}]/;

/** The command-line path that means standard input. */
export const STDIN_PATH = '-';

/** One input the export will read, or a path that could not be used (reported, the run goes on). */
export type InputEntry =
  | { readonly path: string; readonly error?: undefined; /** Sub-folder of the given folder, '' for files given directly. */ readonly subdir: string }
  | { readonly path: string; readonly error: InputError; readonly subdir: string };

/**
 * Expands the command line's paths lazily, one folder at a time, so a corpus of any size is never
 * listed in memory: a file is taken as it is; a folder gives every file with one of `extensions`
 * inside it, recursively, in a stable (sorted) order, with its sub-folder; a glob (`corpus/**\/*.txt`)
 * gives the files it matches, with their sub-folder under the glob's base; `-` is standard input.
 * A path given twice, or a file inside a folder also given, is taken once.
 */
export async function* discoverInputs(paths: readonly string[], extensions: readonly string[] = ARTICLE_EXTENSIONS, options: DiscoverOptions = {}): AsyncGenerator<InputEntry> {
  const seen = paths.length > 1 ? new Set<string>() : undefined; // one path cannot repeat itself
  const skipped = new Set((options.skipFolders ?? []).map((f) => resolve(f)));
  const walk = { skip: (dir: string) => skipped.size > 0 && skipped.has(resolve(dir)) };
  for (const p of paths) {
    for await (const entry of expandPath(p, extensions, walk)) {
      if (seen && !entry.error) {
        if (seen.has(entry.path)) continue;
        seen.add(entry.path);
      }
      yield entry;
    }
  }
}

export interface DiscoverOptions {
  /** Folders a walk does not enter: the output folder, when it is inside an input folder. */
  readonly skipFolders?: readonly string[];
}

/** What a folder walk leaves out. */
interface WalkRules {
  readonly skip: (dir: string) => boolean;
}

/** The same as discoverInputs, as a list (for commands that read a handful of files). */
export async function collectInputs(paths: readonly string[], extensions: readonly string[] = ARTICLE_EXTENSIONS): Promise<InputEntry[]> {
  const out: InputEntry[] = [];
  for await (const entry of discoverInputs(paths, extensions)) out.push(entry);
  return out;
}

async function* expandPath(p: string, extensions: readonly string[], rules: WalkRules): AsyncGenerator<InputEntry> {
  if (p === STDIN_PATH) {
    yield { path: p, subdir: '' };
    return;
  }
  const info = await stat(p).catch(() => undefined);
  if (info?.isDirectory()) {
    yield* walkFolder(p, '', (name) => extensions.includes(extname(name).toLowerCase()), true, rules);
  } else if (info) {
    yield { path: p, subdir: '' };
  } else if (GLOB_CHARS.test(p)) {
    yield* expandGlob(p, rules);
  } else {
    yield { path: p, subdir: '', error: new InputError('no such file or folder', 'exporter.input.notFound', { file: p, hint: 'check the path' }) };
  }
}

async function* expandGlob(pattern: string, rules: WalkRules): AsyncGenerator<InputEntry> {
  const { compileGlob } = await import('./glob.js'); // picomatch only when a pattern is given
  const glob = compileGlob(pattern);
  let found = false;
  const base = await stat(glob.base).catch(() => undefined);
  if (base?.isDirectory()) {
    for await (const entry of walkGlob(glob, rules)) {
      found = true;
      yield entry;
    }
  }
  if (!found) {
    yield { path: pattern, subdir: '', error: new InputError('the pattern matches no file', 'exporter.input.notFound', { file: pattern, hint: 'check the pattern; quote it so the shell does not expand it' }) };
  }
}

function walkGlob(glob: GlobPattern, rules: WalkRules): AsyncGenerator<InputEntry> {
  const relative = (subdir: string, name: string) => (subdir ? `${subdir.replaceAll('\\', '/')}/${name}` : name);
  return walkFolder(glob.base, '', (name, subdir) => glob.matches(relative(subdir, name)), glob.deep, rules);
}

/** Files under `dir` that `take` accepts, sorted by name at each level; dot files and folders are skipped. */
async function* walkFolder(
  dir: string,
  subdir: string,
  take: (name: string, subdir: string) => boolean,
  deep: boolean,
  rules: WalkRules,
): AsyncGenerator<InputEntry> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (e) {
    const reason = (e as NodeJS.ErrnoException).code ?? String(e);
    yield { path: dir, subdir, error: new InputError(`cannot read the folder (${reason})`, 'exporter.input.unreadable', { file: dir, hint: 'check its permissions' }) };
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const full = join(dir, e.name);
    const kind = e.isSymbolicLink() ? await linkKind(full) : e.isDirectory() ? 'dir' : e.isFile() ? 'file' : 'other';
    if (kind === 'dir' && deep && !e.isSymbolicLink() && !rules.skip(full)) yield* walkFolder(full, subdir ? join(subdir, e.name) : e.name, take, deep, rules);
    else if (kind === 'file' && take(e.name, subdir)) yield { path: full, subdir };
  }
}

/** A symbolic link is followed to a file; links to folders are not walked (they can loop). */
async function linkKind(path: string): Promise<'file' | 'dir' | 'other'> {
  const info = await stat(path).catch(() => undefined);
  return info?.isFile() ? 'file' : info?.isDirectory() ? 'dir' : 'other';
}
