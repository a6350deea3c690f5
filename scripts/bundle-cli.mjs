// Bundles the compiled CLI (dist/cli/main.js) and its worker (dist/batch/export-worker.js) into
// dist/bundle/, which bin/newsgraph.js runs. Node loads one module per file: the CLI's export path
// is about 200 of our modules and zod's 95; bundled they are a few files, and one article from the
// CLI starts about 0.1 s sooner (each worker of a run too). Run after tsc (npm run build does).
//
// The other dependencies stay outside (CommonJS packages, native and data files: az reads its
// dictionaries beside itself). dist/bundle/ is two levels below the package root, as every dist/
// module is, so the paths the code finds from its own location (kb/, schemas/) stay right; the
// worker is the bundle's sibling export-worker.js, where worker-pool.ts looks for it. The library
// (dist/index.js) is not bundled.
import { build } from 'esbuild';
import { readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'dist/bundle');
/** Pure ES-module dependencies worth bundling (zod's entry alone is 95 files). */
const BUNDLED = new Set(['zod']);

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const external = Object.keys(pkg.dependencies ?? {}).filter((name) => !BUNDLED.has(name));

rmSync(OUT, { recursive: true, force: true });
await build({
  entryPoints: [join(ROOT, 'dist/cli/main.js'), join(ROOT, 'dist/batch/export-worker.js')],
  outdir: OUT,
  entryNames: '[name]',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external,
  logLevel: 'warning',
});
