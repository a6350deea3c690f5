#!/usr/bin/env node
// Writes N hostile article files (default 1,000, deterministic seed) and a manifest of what each one
// is and what newsgraph should do with it. Never commit the output: it goes to a temporary folder.
//
//   node scripts/hostile-inputs.mjs [--out DIR] [--count 1000] [--seed 7]
//
// DIR/in/… holds the inputs (some in sub-folders, some with odd names), DIR/manifest.json one entry
// per input: { path, category, expect: 'export'|'refuse'|'either', reason?, textSha256? }.
// textSha256 is the SHA-256 of the exact text the export must carry (decoded, BOM removed): the run
// compares it with the model's text, so a wrong encoding guess (mojibake) cannot pass.
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CATEGORIES } from './hostile/categories.mjs';
import { makeNews, makeRandom } from './hostile/news.mjs';

export { makeRandom };

/** Generates the inputs into `dir`; returns the manifest entries. */
export function generateHostileInputs(dir, { count = 1000, seed = 7 } = {}) {
  const rnd = makeRandom(seed);
  const news = makeNews(rnd);
  const entries = [];
  const used = new Set();
  const plan = planCategories(count, rnd);
  const seen = new Map();
  plan.forEach((category, i) => {
    const occurrence = seen.get(category.name) ?? 0;
    seen.set(category.name, occurrence + 1);
    const item = category.make({ rnd, news, index: i, occurrence });
    const path = uniquePath(item.path ?? `${String(i).padStart(4, '0')}-${category.name}.txt`, used, i);
    const full = join(dir, 'in', path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, item.bytes);
    entries.push({
      path,
      category: category.name,
      expect: item.expect,
      ...(item.reason ? { reason: item.reason } : {}),
      ...(item.text !== undefined ? { textSha256: sha256(item.text) } : {}),
      bytes: item.bytes.length,
    });
  });
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ seed, count: entries.length, entries }, null, 1) + '\n');
  return entries;
}

/** Each category's share of the inputs; categories with a fixed count come first. */
function planCategories(count, rnd) {
  const fixed = CATEGORIES.filter((c) => c.fixed !== undefined);
  const weighted = CATEGORIES.filter((c) => c.fixed === undefined);
  const plan = fixed.flatMap((c) => Array(c.fixed).fill(c));
  const totalWeight = weighted.reduce((s, c) => s + c.weight, 0);
  const rest = Math.max(0, count - plan.length);
  let given = 0;
  weighted.forEach((c, i) => {
    const n = i === weighted.length - 1 ? rest - given : Math.round((rest * c.weight) / totalWeight);
    given += n;
    for (let k = 0; k < n; k++) plan.push(c);
  });
  // Interleave deterministically so neighbouring files differ (the run order is the file order).
  return plan.slice(0, count).map((c) => ({ c, key: rnd() })).sort((a, b) => a.key - b.key).map((x) => x.c);
}

function uniquePath(path, used, i) {
  let p = path;
  if (used.has(p.toLowerCase()) && !p.includes('clash')) p = p.replace(/(\.[^./]*)?$/, `-${i}$1`);
  used.add(p.toLowerCase());
  return p;
}

export function sha256(text) {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

function parseArgs(argv) {
  const args = { out: undefined, count: 1000, seed: 7 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--out') args.out = argv[++i];
    else if (a === '--count') args.count = Number(argv[++i]);
    else if (a === '--seed') args.seed = Number(argv[++i]);
    else throw new Error(`unknown argument ${a}`);
  }
  return args;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = parseArgs(process.argv.slice(2));
  const dir = args.out ?? mkdtempSync(join(tmpdir(), 'newsgraph-hostile-'));
  mkdirSync(dir, { recursive: true });
  const entries = generateHostileInputs(dir, args);
  process.stdout.write(`${entries.length} hostile inputs in ${join(dir, 'in')} (manifest: ${join(dir, 'manifest.json')})\n`);
}
