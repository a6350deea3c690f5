#!/usr/bin/env node
// npm run bench — measures (never asserts) the export on a corpus: end to end from the CLI
// (articles/s, MB/s, peak RSS), per stage, per KB, cold start, the naive jsonld.js path, and memory
// as the corpus grows. Corpus: ../shared's NEREL + factRuEval texts when present, else synthetic.
//   node scripts/bench.mjs [--quick] [--memory-articles 10000] [--json FILE]
// NEWSGRAPH_SHARED: where the shared folder is; NEWSGRAPH_DIST: a built dist/ other than ./dist.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chooseCorpora, linkFolder, totalBytes } from './bench/corpus.mjs';
import { rssQuartiles, runNode } from './bench/cli-runs.mjs';
import { naiveCompact, naiveRender } from './bench/naive.mjs';
import { fileDocs, sizedDocs, timeStages } from './bench/stages.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DIST = resolve(process.env.NEWSGRAPH_DIST ?? join(ROOT, 'dist'));
const SHARED = resolve(process.env.NEWSGRAPH_SHARED ?? join(ROOT, '..', 'shared'));
const args = process.argv.slice(2);
const QUICK = args.includes('--quick');
const MEMORY_ARTICLES = Number(valueOf('--memory-articles') ?? (QUICK ? 2000 : 10_000));
const NAIVE_ARTICLES = QUICK ? 50 : 200;
const results = {};

function valueOf(flag) {
  const i = args.indexOf(flag);
  return i >= 0 ? args[i + 1] : undefined;
}

const say = (line = '') => process.stdout.write(line + '\n');
const fmt = (n, d = 1) => (Number.isFinite(n) ? n.toFixed(d) : '–');

async function main() {
  const tmp = mkdtempSync(join(tmpdir(), 'newsgraph-bench-'));
  try {
    machine();
    const { source, sets } = chooseCorpora(SHARED, tmp);
    const all = Object.values(sets).flat();
    const target = sets.nerel ?? all;
    say(`corpus: ${source} — ${Object.entries(sets).map(([k, v]) => `${k} ${v.length} texts, ${fmt(totalBytes(v) / 1e6, 2)} MB`).join('; ')}`);
    const cli = cliRunner(tmp);
    await endToEnd(cli, tmp, target, all, sets.nerel ? 'NEREL' : source);
    const api = await loadApi();
    await stages(api, all);
    await perKb(api, all);
    await naive(api, all);
    await coldStart(cli, tmp, all[0]);
    await memory(cli, tmp, all);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  const json = valueOf('--json');
  if (json) writeFileSync(json, JSON.stringify(results, null, 2) + '\n');
}

function machine() {
  const model = readFileSync('/proc/cpuinfo', 'utf8').match(/^model name\s*:\s*(.*)$/m)?.[1] ?? cpus()[0]?.model ?? '?';
  const nproc = execFileSync('nproc').toString().trim();
  results.machine = { nproc: Number(nproc), cpu: model, node: process.version, loadavg: loadavg().map((l) => +l.toFixed(2)) };
  say(`machine: ${nproc} cores, ${model}, node ${process.version}, load average ${results.machine.loadavg.join(' ')} at start`);
  say('extraction code changes often: these numbers measure whatever src/ held when dist/ was built');
}

/** `node <runner> …` runs the dist's CLI like bin/newsgraph.js does (bin itself when dist is ./dist): its bundle, if it has one. */
function cliRunner(tmp) {
  if (DIST === join(ROOT, 'dist')) return join(ROOT, 'bin/newsgraph.js');
  const runner = join(tmp, 'newsgraph.mjs');
  const main = existsSync(join(DIST, 'bundle/main.js')) ? 'bundle/main.js' : 'cli/main.js';
  writeFileSync(runner, `import { run } from ${JSON.stringify(pathToFileURL(join(DIST, main)).href)};\nprocess.exitCode = await run(process.argv.slice(2));\n`);
  return runner;
}

async function exportRun(cli, tmp, dir, jobs, label) {
  const out = join(tmp, `out-${label}`);
  const report = join(tmp, `report-${label}.json`);
  const run = await runNode(cli, ['export', dir, '--out', out, '--format', 'jsonld,ttl', '--jobs', String(jobs), '--quiet', '--report', report]);
  const r = JSON.parse(readFileSync(report, 'utf8'));
  rmSync(out, { recursive: true, force: true });
  return { ...run, report: r, rate: r.exported / run.seconds, mbps: (r.megabytesPerSecond * r.seconds) / run.seconds };
}

async function endToEnd(cli, tmp, target, all, name) {
  say(`\n## End to end (CLI, jsonld + ttl, wall time including start-up) on ${name}`);
  const dir = linkFolder(join(tmp, 'e2e'), target);
  results.endToEnd = {};
  for (const jobs of [2, 1]) {
    const r = await exportRun(cli, tmp, dir, jobs, `e2e-${jobs}`);
    results.endToEnd[`jobs${jobs}`] = { articles: r.report.inputs, failed: r.report.failed, seconds: r.seconds, articlesPerSecond: r.rate, megabytesPerSecond: r.mbps, peakRssMb: Math.max(r.peakMb, r.report.peakRssMb) };
    say(`--jobs ${jobs}: ${r.report.exported}/${r.report.inputs} articles (${r.report.failed} failed) in ${fmt(r.seconds, 2)} s = ${fmt(r.rate)} articles/s, ${fmt(r.mbps, 2)} MB/s, peak RSS ${fmt(Math.max(r.peakMb, r.report.peakRssMb), 0)} MB`);
  }
  if (all.length > target.length) {
    const r = await exportRun(cli, tmp, linkFolder(join(tmp, 'e2e-all'), all), 2, 'e2e-all');
    results.endToEnd.allJobs2 = { articles: r.report.inputs, seconds: r.seconds, articlesPerSecond: r.rate, megabytesPerSecond: r.mbps };
    say(`all corpora, --jobs 2: ${r.report.inputs} articles in ${fmt(r.seconds, 2)} s = ${fmt(r.rate)} articles/s, ${fmt(r.mbps, 2)} MB/s`);
  }
}

async function loadApi() {
  const imp = (p) => import(pathToFileURL(join(DIST, p)).href);
  const modules = await Promise.all(
    [
      'pipeline/load-resources.js',
      'pipeline/analyze-article.js',
      'pipeline/render-article.js',
      'read/read-article.js',
      'batch/export-article.js',
      'graph/build-graph.js',
      'serialize/jsonld.js',
      'serialize/document-loader.js',
    ].map(imp),
  );
  return Object.assign({}, ...modules);
}

async function stages(api, files) {
  say(`\n## Time per stage (one thread, ${files.length} articles, after a warm-up pass over 50)`);
  const resources = await api.loadResources();
  await timeStages(api, resources, fileDocs(api, files.slice(0, 50)));
  const started = performance.now();
  const { totals, failures } = await timeStages(api, resources, fileDocs(api, files));
  const wall = performance.now() - started;
  const n = files.length - failures;
  results.stages = Object.fromEntries(Object.entries(totals).map(([k, v]) => [k, v / n]));
  for (const [stage, ms] of Object.entries(totals)) say(`${stage.padEnd(16)} ${fmt(ms / n, 3).padStart(8)} ms/article  ${fmt((100 * ms) / wall).padStart(5)}%`);
  const e2e = ['read', 'segment', 'extract+resolve', 'model', 'graph', 'jsonld', 'ttl'].reduce((s, k) => s + (totals[k] ?? 0), 0) / n;
  results.stages.jsonldTtlPath = e2e;
  say(`read→jsonld+ttl: ${fmt(e2e, 2)} ms/article = ${fmt(1000 / e2e, 0)} articles/s in one thread (file reads and writes not counted); ${failures} failed`);
}

async function perKb(api, files) {
  say('\n## Time per KB by article length (one thread): flat means linear');
  const resources = await api.loadResources();
  results.perKb = {};
  const stageNames = ['segment', 'extract+resolve', 'model', 'graph', 'jsonld', 'ttl'];
  say(`size    ${stageNames.map((s) => s.padStart(16)).join('')}   total ms/KB`);
  for (const kb of [1, 4, 16, 64]) {
    const docs = await sizedDocs(api, files, kb, Math.max(3, Math.round(256 / kb)));
    await timeStages(api, resources, docs.slice(0, 2), ['jsonld', 'ttl']);
    const { totals } = await timeStages(api, resources, docs, ['jsonld', 'ttl']);
    const kbTotal = docs.reduce((s, d) => s + d.bytes, 0) / 1024;
    const row = Object.fromEntries(stageNames.map((s) => [s, (totals[s] ?? 0) / kbTotal]));
    results.perKb[`${kb}KB`] = row;
    const total = Object.values(row).reduce((a, b) => a + b, 0);
    say(`${String(kb).padStart(3)} KB ${stageNames.map((s) => fmt(row[s], 3).padStart(16)).join('')}   ${fmt(total, 3)}`);
  }
}

async function naive(api, files) {
  const n = Math.min(NAIVE_ARTICLES, files.length);
  say(`\n## newsgraph's writers vs the naive jsonld.js path (${n} articles, models built first, steady state)`);
  const resources = await api.loadResources();
  const loader = api.createLocalDocumentLoader();
  const articles = [];
  for (const f of files.slice(0, n)) {
    try {
      articles.push(api.analyzeArticle(await api.readArticleFile(f), resources, { base: 'https://newsgraph.example/' }));
    } catch {}
  }
  const first = performance.now();
  await naiveRender(api, articles[0], loader);
  const firstMs = performance.now() - first;
  const time = async (fn) => {
    const s = performance.now();
    for (const a of articles) await fn(a);
    return (performance.now() - s) / articles.length;
  };
  const ours = await time(async (a) => api.renderArticle(a, ['jsonld', 'ttl']));
  const theirs = await time((a) => naiveRender(api, a, loader));
  const compact = await time((a) => naiveCompact(api, a, loader).catch(() => undefined));
  results.naive = { oursMs: ours, naiveMs: theirs, ratio: theirs / ours, compactMs: compact, firstContextMs: firstMs };
  say(`newsgraph (graph + jsonld + ttl): ${fmt(ours, 3)} ms/article; naive (JSON-LD → jsonld.toRDF → n3 Parser → n3 Writer): ${fmt(theirs, 2)} ms/article — ${fmt(theirs / ours)}× slower`);
  say(`(+ jsonld.compact with the schema.org context, if a user also compacts: ${fmt(compact, 2)} ms/article; the first article, loading the context: ${fmt(firstMs, 0)} ms)`);
}

async function coldStart(cli, tmp, file) {
  say('\n## Cold start: one article from the CLI (node bin/newsgraph.js export one.txt), 5 runs');
  const runs = [];
  for (let i = 0; i < 5; i++) runs.push((await runNode(cli, ['export', file, '--out', join(tmp, 'cold'), '--quiet'], { sampleMs: 1000 })).seconds);
  runs.sort((a, b) => a - b);
  const script = join(dirname(fileURLToPath(import.meta.url)), 'bench/cold-breakdown.mjs');
  const lastJson = (r) => JSON.parse(r.stderr.trim().split('\n').pop() ?? '{}');
  const parts = lastJson(await runNode(script, [DIST, file]));
  const bundled = existsSync(join(DIST, 'bundle/main.js')) ? lastJson(await runNode(script, [DIST, file, 'bundle'])) : undefined;
  results.coldStart = { medianSeconds: runs[2], minSeconds: runs[0], breakdownMs: parts, bundledMs: bundled };
  const list = (o) => Object.entries(o).map(([k, v]) => `${k} ${fmt(v, 0)}`).join(', ');
  say(`wall: median ${fmt(runs[2], 3)} s, best ${fmt(runs[0], 3)} s`);
  if (bundled) say(`the bundled CLI (ms): ${list(bundled)}`);
  say(`where the time goes, step by step over the unbundled modules (ms): ${list(parts)}`);
}

async function memory(cli, tmp, files) {
  say(`\n## Memory as the corpus grows (CLI, --jobs 2, jsonld + ttl; the corpus repeated under distinct names)`);
  results.memory = {};
  for (const count of [Math.round(MEMORY_ARTICLES / 10), MEMORY_ARTICLES]) {
    const dir = linkFolder(join(tmp, `mem-${count}`), files, count);
    const r = await exportRun(cli, tmp, dir, 2, `mem-${count}`);
    const peak = Math.max(r.peakMb, r.report.peakRssMb);
    results.memory[count] = { peakRssMb: peak, rssQuartilesMb: rssQuartiles(r.samples), seconds: r.seconds, articlesPerSecond: r.rate };
    say(`${count} articles: peak RSS ${fmt(peak, 0)} MB; RSS at 25/50/75/100% of the run: ${rssQuartiles(r.samples).join(' / ')} MB; ${fmt(r.rate)} articles/s`);
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
