// The benchmark's corpora: the shared factRuEval and NEREL texts when present, else a synthetic corpus.
import { existsSync, mkdirSync, readdirSync, statSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { writeSyntheticCorpus } from '../synthetic-corpus.mjs';

/** Text files of the shared corpora (read-only: only linked from a temporary folder, never copied). */
export function sharedCorpora(shared) {
  const sets = {
    nerel: ['nerel-1.1/train', 'nerel-1.1/dev'],
    factru: ['factru-2016/devset'],
  };
  const out = {};
  for (const [name, dirs] of Object.entries(sets)) {
    const files = dirs.flatMap((d) => {
      const dir = join(shared, 'corpora', d);
      return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => join(dir, f)) : [];
    });
    if (files.length) out[name] = files;
  }
  return out;
}

/** The corpus to measure: { name, files } lists; the synthetic one is written into `tmp` when nothing is shared. */
export function chooseCorpora(shared, tmp) {
  const found = sharedCorpora(shared);
  if (found.nerel || found.factru) return { source: 'shared', sets: found };
  const files = writeSyntheticCorpus(join(tmp, 'synthetic'), { count: 1000, seed: 42 });
  return { source: 'synthetic', sets: { synthetic: files } };
}

/** A folder of symbolic links to `files`, repeated to `count` entries with distinct names (the export walks it). */
export function linkFolder(dir, files, count = files.length) {
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < count; i++) {
    const src = files[i % files.length];
    symlinkSync(src, join(dir, `a${String(i).padStart(6, '0')}.txt`));
  }
  return dir;
}

export function totalBytes(files) {
  return files.reduce((sum, f) => sum + statSync(f).size, 0);
}
