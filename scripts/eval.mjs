#!/usr/bin/env node
// npm run eval: scores the current code on the shared corpora with the real CLI and the shared judges.
//
//   factRuEval-2016 devset  → newsgraph export (Turtle) → judge.mjs mentions → factru/score.sh -l
//   NEREL v1.1 dev          → newsgraph export (Turtle) → judge.mjs nerel (NER spans, Wikidata links, MONEY)
//   tests/quotes-gold/*.json (when present) → judge.mjs quotes over the NEREL export
//
// Prints a table, compares it with tests/eval-baseline.json and exits 1 when a score drops below
// its baseline by more than TOLERANCE (or a lower-is-better score rises above it).
// Options: --no-build (use the current dist/), --update-baseline (write the measured scores).
// Without the shared folder (NEWSGRAPH_SHARED, default ../shared) it prints that it skipped and
// exits 0, or 1 when CI=true.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SHARED = resolve(process.env.NEWSGRAPH_SHARED ?? join(ROOT, '..', 'shared'));
const FACTRU = join(SHARED, 'corpora', 'factru-2016');
const NEREL_DEV = join(SHARED, 'corpora', 'nerel-1.1', 'dev');
const JUDGE = join(SHARED, 'tools', 'judge.mjs');
const OUT = join(ROOT, '.tmp', 'eval');
const BASELINE = join(ROOT, 'tests', 'eval-baseline.json');
const QUOTES_GOLD = join(ROOT, 'tests', 'quotes-gold');
const TOLERANCE = 0.002;
/** The scores the baseline keeps: F1s, links, money and quotes (precision and recall alone may trade off). */
const BASELINE_KEYS = /(\.F1|\.f1|^nerel\.linking\..*|^nerel\.money\..*|^quotes\..*)$/;
/** Scores where lower is better. */
const LOWER_IS_BETTER = new Set(['nerel.linking.wrongRate']);

const args = new Set(process.argv.slice(2));

function fail(message) {
  console.error(`eval: ${message}`);
  process.exit(1);
}

function run(cmd, argv, options = {}) {
  const r = spawnSync(cmd, argv, { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, ...options });
  if (r.error) fail(`${cmd} ${argv.join(' ')}: ${r.error.message}`);
  if (r.status !== 0) fail(`${cmd} ${argv.join(' ')} exited with ${r.status}\n${(r.stderr || r.stdout || '').slice(-2000)}`);
  return r.stdout;
}

/** The JSON object on the last line of a tool's stdout. */
function lastJson(stdout, what) {
  const line = stdout.trim().split('\n').pop() ?? '';
  try {
    return JSON.parse(line);
  } catch {
    return fail(`${what}: no JSON on the last line of its output: ${line.slice(0, 200)}`);
  }
}

function exportCorpus(input, out) {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const t0 = performance.now();
  run(process.execPath, ['bin/newsgraph.js', 'export', input, '--out', out, '--format', 'ttl', '--quiet', '--jobs', '1']);
  const seconds = (performance.now() - t0) / 1000;
  const articles = readdirSync(input).filter((f) => f.endsWith('.txt')).length;
  return { articles, seconds };
}

function scoreFactru() {
  const ttl = join(OUT, 'factru', 'ttl');
  const mentions = join(OUT, 'factru', 'mentions');
  const speed = exportCorpus(join(FACTRU, 'devset'), ttl);
  rmSync(mentions, { recursive: true, force: true });
  run(process.execPath, [JUDGE, 'mentions', '--ttl-dir', ttl, '--out', mentions]);
  const stdout = run(join(SHARED, 'tools', 'factru', 'score.sh'), [mentions, 'devset', '-l'], { env: { ...process.env, FACTRU_DIR: FACTRU } });
  return { scores: lastJson(stdout, 'factru/score.sh'), speed };
}

function scoreNerel() {
  const ttl = join(OUT, 'nerel', 'ttl');
  const speed = exportCorpus(NEREL_DEV, ttl);
  const nerel = lastJson(run(process.execPath, [JUDGE, 'nerel', '--ann-dir', NEREL_DEV, '--ttl-dir', ttl]), 'judge nerel');
  const quotes = {};
  if (existsSync(QUOTES_GOLD)) {
    for (const f of readdirSync(QUOTES_GOLD).filter((x) => x.endsWith('.json')).sort()) {
      quotes[f.replace(/\.json$/, '')] = lastJson(run(process.execPath, [JUDGE, 'quotes', '--gold', join(QUOTES_GOLD, f), '--ttl-dir', ttl]), `judge quotes ${f}`);
    }
  }
  return { nerel, quotes, speed };
}

/** The scores as one flat map: factru.per.F1, nerel.ORG.f1, nerel.linking.relaxed, quotes.nerel-dev.recall … */
function flatten(factru, nerel, quotes) {
  const out = {};
  for (const t of ['per', 'loc', 'org', 'overall']) for (const k of ['P', 'R', 'F1']) out[`factru.${t}.${k}`] = factru[t][k];
  for (const t of ['PER', 'LOC', 'ORG']) for (const k of ['p', 'r', 'f1']) out[`nerel.${t}.${k}`] = nerel[t][k];
  out['nerel.linking.strict'] = nerel.linking.strict;
  out['nerel.linking.relaxed'] = nerel.linking.relaxed;
  out['nerel.linking.wrongRate'] = +(nerel.linking.wrong / Math.max(1, nerel.linking.gold)).toFixed(4);
  out['nerel.money.recall'] = nerel.money.recall;
  for (const [name, q] of Object.entries(quotes)) for (const k of ['recall', 'precision', 'attributed']) out[`quotes.${name}.${k}`] = q[k];
  return out;
}

const f3 = (x) => (typeof x === 'number' ? x.toFixed(3) : '  -  ');

function printTable(s, factru, nerel, quotes, speed) {
  console.log('\nfactRuEval-2016 devset (official t1 scorer, -l)');
  console.log('  type      P      R      F1');
  for (const t of ['per', 'loc', 'org', 'overall']) console.log(`  ${t.padEnd(8)} ${f3(s[`factru.${t}.P`])}  ${f3(s[`factru.${t}.R`])}  ${f3(s[`factru.${t}.F1`])}`);
  console.log(`  docs ${factru.docs}, missing outputs ${factru.missing_outputs}, mentions ${factru.mentions_written}`);
  console.log('\nNEREL v1.1 dev (exact spans)');
  console.log('  type      P      R      F1');
  for (const t of ['PER', 'LOC', 'ORG']) console.log(`  ${t.padEnd(8)} ${f3(s[`nerel.${t}.p`])}  ${f3(s[`nerel.${t}.r`])}  ${f3(s[`nerel.${t}.f1`])}`);
  const l = nerel.linking;
  console.log(`  linking: ${l.gold} linked gold mentions; strict ${f3(l.strict)}, relaxed ${f3(l.relaxed)}, wrong ${l.wrong} (${(100 * s['nerel.linking.wrongRate']).toFixed(1)}%)`);
  console.log(`  money recall ${f3(nerel.money.recall)} (${nerel.money.gold} gold)`);
  for (const [name, q] of Object.entries(quotes)) {
    console.log(`\nquotes ${name}: recall ${f3(q.recall)}, precision ${f3(q.precision)}, attribution ${f3(q.attributed)} (${q.found}/${q.gold} found, ${q.extra} extra)`);
  }
  console.log('\nspeed (whole CLI run in one process and one thread, --jobs 1, start-up included)');
  for (const [name, sp] of Object.entries(speed)) console.log(`  ${name.padEnd(7)} ${sp.articles} articles in ${sp.seconds.toFixed(2)} s = ${(sp.articles / sp.seconds).toFixed(1)} articles/s`);
}

/** Scores below their baseline (above it for lower-is-better ones), beyond the tolerance. */
function regressions(scores, baseline) {
  const out = [];
  for (const [key, base] of Object.entries(baseline)) {
    const now = scores[key];
    if (typeof base !== 'number') continue;
    if (typeof now !== 'number') out.push(`${key}: missing (baseline ${base})`);
    else if (LOWER_IS_BETTER.has(key) ? now > base + TOLERANCE : now < base - TOLERANCE) out.push(`${key}: ${now} (baseline ${base})`);
  }
  return out;
}

function main() {
  if (!existsSync(join(FACTRU, 'devset')) || !existsSync(NEREL_DEV) || !existsSync(JUDGE)) {
    console.log(`eval: skipped: the shared corpora and judges are not at ${SHARED} (set NEWSGRAPH_SHARED)`);
    process.exit(process.env.CI === 'true' ? 1 : 0);
  }
  if (!args.has('--no-build')) run('npx', ['tsc', '-p', 'tsconfig.build.json']);
  const factru = scoreFactru();
  const nerel = scoreNerel();
  const scores = flatten(factru.scores, nerel.nerel, nerel.quotes);
  printTable(scores, factru.scores, nerel.nerel, nerel.quotes, { factRu: factru.speed, NEREL: nerel.speed });
  if (args.has('--update-baseline')) {
    const kept = Object.fromEntries(Object.entries(scores).filter(([k]) => BASELINE_KEYS.test(k)));
    writeFileSync(BASELINE, `${JSON.stringify(kept, null, 2)}\n`);
    console.log(`\neval: wrote ${BASELINE}`);
    return;
  }
  const baseline = existsSync(BASELINE) ? JSON.parse(readFileSync(BASELINE, 'utf8')) : {};
  const dropped = regressions(scores, baseline);
  if (dropped.length > 0) fail(`scores below the baseline (tests/eval-baseline.json, tolerance ${TOLERANCE}):\n  ${dropped.join('\n  ')}`);
  console.log(`\neval: no score below the baseline (${Object.keys(baseline).length} scores checked)`);
}

main();
