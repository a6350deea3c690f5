#!/usr/bin/env node
// The hostile run: generates the hostile inputs (scripts/hostile-inputs.mjs), exports them all in
// one `newsgraph export` run, and checks that nothing crashed, every output is valid (n3, rapper,
// oxigraph, jsonld.js, the HTML's JSON-LD, NIF offsets), every refused input is listed with its
// reason and every other input was exported with exactly its text. Exit code 0 only then.
//
//   node scripts/hostile-run.mjs [--count 1000] [--seed 7] [--dir DIR] [--jobs 2] [--timeout 600]
//                                [--sample 60] [--bin bin/newsgraph.js] [--keep] [--verbose]
//   node scripts/hostile-run.mjs --check output     (validate every article of an existing output folder)
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { generateHostileInputs, sha256 } from './hostile-inputs.mjs';
import { hasRapper, validateArticleOutputs } from './hostile/validate-outputs.mjs';

const root = resolve(dirname(new URL(import.meta.url).pathname), '..');
const args = parseArgs(process.argv.slice(2));
const t0 = Date.now();
const { createLocalDocumentLoader } = await import(join(root, 'dist/serialize/document-loader.js'));
const documentLoader = createLocalDocumentLoader();
const rapper = await hasRapper();
if (!rapper) console.error('hostile-run: rapper (raptor2-utils) is not installed; RDF files are checked with n3 and oxigraph only');
process.exitCode = args.check ? await checkFolder(args.check) : await hostileRun();

async function hostileRun() {
  const dir = args.dir ?? mkdtempSync(join(tmpdir(), 'newsgraph-hostile-'));
  const entries = existsSync(join(dir, 'manifest.json')) ? JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')).entries : generateHostileInputs(dir, args);
  const out = join(dir, 'out');
  rmSync(out, { recursive: true, force: true });
  const run = await runExport(join(dir, 'in'), out, join(dir, 'report.json'));
  const failures = readFailures(run, join(dir, 'report.json'), join(dir, 'in'));
  const results = await judge(entries, dir, out, failures);
  const summary = summarize(entries, results, run, (Date.now() - t0) / 1000);
  writeFileSync(join(dir, 'hostile-summary.json'), JSON.stringify({ ...summary, results }, null, 1) + '\n');
  printSummary(summary, results, dir);
  if (!args.keep && summary.ok) rmSync(dir, { recursive: true, force: true });
  return summary.ok ? 0 : 1;
}

/** One export over the whole folder, with a time limit; --jobs and --report only when the CLI has them. */
async function runExport(inDir, out, reportFile) {
  const help = await capture(['export', '--help'], 60);
  const extra = [];
  if (help.stdout.includes('--jobs')) extra.push('--jobs', String(args.jobs));
  if (help.stdout.includes('--report')) extra.push('--report', reportFile);
  const started = Date.now();
  const r = await capture(['export', inDir, '--out', out, '--format', 'all', '--max-bytes', '3MB', '-q', ...extra], args.timeout);
  return { ...r, seconds: (Date.now() - started) / 1000 };
}

function capture(cliArgs, timeoutSeconds) {
  return new Promise((done) => {
    const child = spawn(process.execPath, [resolve(root, args.bin), ...cliArgs], { detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '', stderr = '', timedOut = false;
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => {
      timedOut = true;
      try { process.kill(-child.pid, 'SIGKILL'); } catch { /* already gone */ }
    }, timeoutSeconds * 1000);
    child.on('close', (code) => {
      clearTimeout(timer);
      done({ code, stdout, stderr, timedOut });
    });
  });
}

/** Failures by input path: from --report's JSON when there is one, else from stderr's one-line messages. */
function readFailures(run, reportFile, inDir) {
  const byPath = new Map();
  if (existsSync(reportFile)) {
    for (const f of JSON.parse(readFileSync(reportFile, 'utf8')).failures ?? []) byPath.set(resolve(f.file), { code: f.code, message: f.message });
    return byPath;
  }
  for (const line of run.stderr.split('\n')) {
    const m = /^newsgraph: (.*?): (?!warning: )(.*)$/.exec(line);
    if (m && m[1].startsWith(inDir)) byPath.set(resolve(m[1]), { code: codeOf(m[2]), message: m[2] });
  }
  return byPath;
}

function codeOf(message) {
  const rules = [[/binary|not article text/, 'binary'], [/empty|no text/, 'empty'], [/UTF-8|UTF-32|encoding/, 'encoding'], [/more than the limit/, 'tooLarge'], [/would overwrite/, 'outputClash']];
  return `exporter.input.${rules.find(([re]) => re.test(message))?.[1] ?? 'other'}`;
}

/** What happened to each input, and whether that is what the manifest expects (two articles at a time). */
async function judge(entries, dir, out, failures) {
  const results = new Array(entries.length);
  let deepLeft = args.sample;
  let next = 0;
  const worker = async () => {
    while (next < entries.length) {
      const i = next++;
      const e = entries[i];
      const stem = join(out, dirname(e.path), basename(e.path, extname(e.path)));
      const deep = deepLeft > 0 && statSize(`${stem}.ttl`) < 1_000_000 && (deepLeft--, true);
      results[i] = await judgeOne(e, resolve(dir, 'in', e.path), stem, failures, deep);
    }
  };
  await Promise.all([worker(), worker()]);
  return results;
}

async function judgeOne(e, input, stem, failures, deep) {
  const failure = failures.get(input);
  const exported = !failure && existsSync(`${stem}.model.json`);
  const r = { path: e.path, category: e.category, outcome: failure ? 'refused' : exported ? 'exported' : 'missing', problems: [] };
  if (failure) Object.assign(r, { code: failure.code, message: failure.message });
  if (exported) {
    r.problems.push(...(await validateArticleOutputs(stem, { deep, rapper, documentLoader })));
    if (e.textSha256 && sha256(JSON.parse(readFileSync(`${stem}.model.json`, 'utf8')).text) !== e.textSha256) r.problems.push('text: the exported text is not the input text (wrong decoding)');
  }
  r.problems.push(...expectationProblems(e, r));
  return r;
}

function expectationProblems(e, r) {
  if (r.outcome === 'missing') return ['neither exported nor listed as refused'];
  if (r.code === 'exporter.internal' || /internal error/.test(r.message ?? '')) return ['crash: internal error'];
  const reasons = [e.reason ?? []].flat().map((x) => `exporter.input.${x}`);
  if (e.expect === 'export' && r.outcome !== 'exported') return [`expected an export, got ${r.code}: ${r.message}`];
  if (e.expect === 'refuse' && r.outcome !== 'refused') return [`expected a refusal (${reasons.join(' or ')}), got an export`];
  if (r.outcome === 'refused' && reasons.length && !reasons.includes(r.code)) return [`refused as ${r.code}, expected ${reasons.join(' or ')}`];
  return [];
}

function summarize(entries, results, run, seconds) {
  const refused = {};
  for (const r of results) if (r.outcome === 'refused') refused[r.code] = (refused[r.code] ?? 0) + 1;
  const crashLines = run.stderr.split('\n').filter((l) => /internal error|^\s+at .+:\d+:\d+\)?$/.test(l));
  const invalid = results.filter((r) => r.problems.length > 0);
  const summary = {
    inputs: entries.length,
    exported: results.filter((r) => r.outcome === 'exported').length,
    refused,
    crashes: crashLines.length + (run.code === 1 ? 1 : 0),
    timedOut: run.timedOut,
    exitCode: run.code,
    invalid: invalid.length,
    exportSeconds: run.seconds,
    totalSeconds: seconds,
  };
  const brokenLines = run.stderr.split('\n').filter((l) => l && !l.startsWith('newsgraph: '));
  return { ...summary, brokenMessageLines: brokenLines.length, ok: summary.crashes === 0 && !run.timedOut && invalid.length === 0 && brokenLines.length === 0 };
}

function printSummary(s, results, dir) {
  const refused = Object.entries(s.refused).map(([k, v]) => `${k.replace('exporter.input.', '')} ${v}`).join(', ');
  console.log(`hostile run: ${s.inputs} inputs, ${s.exported} exported, ${s.inputs - s.exported} refused (${refused || 'none'}); ` +
    `${s.crashes} crashes, ${s.invalid} with problems, ${s.brokenMessageLines} stray stderr lines${s.timedOut ? ', TIMED OUT' : ''}; ` +
    `export ${s.exportSeconds.toFixed(1)} s, total ${s.totalSeconds.toFixed(1)} s (exit code ${s.exitCode})`);
  const refusedList = results.filter((x) => x.outcome === 'refused').sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  for (const r of refusedList) console.log(`  refused (${r.code.replace('exporter.input.', '')}) ${JSON.stringify(r.path)}: ${args.verbose ? r.message : r.message.slice(0, 110)}`);
  for (const r of results.filter((x) => x.problems.length).slice(0, 40)) console.log(`  PROBLEM ${r.category} ${JSON.stringify(r.path)}: ${r.problems.join('; ')}`);
  if (!s.ok) console.log(`hostile run: FAILED; inputs, outputs and hostile-summary.json kept in ${dir}`);
}

/** --check DIR: validates every article of an existing output folder, deeply. */
async function checkFolder(folder) {
  // An article is a stem with RDF or a model; an HTML page alone (an index page) is not one.
  const stems = [...new Set(listFiles(folder).filter((f) => /\.(ttl|trig|nq|jsonld|model\.json)$/.test(f)).map((f) => f.replace(/\.(ttl|trig|nq|jsonld|model\.json)$/, '')))].sort();
  let bad = 0;
  for (const stem of stems) {
    const problems = await validateArticleOutputs(stem, { deep: true, rapper, documentLoader });
    if (problems.length) console.log(`  PROBLEM ${stem}: ${problems.join('; ')}`), bad++;
  }
  console.log(`independent parsers: ${stems.length} articles in ${folder}, ${bad} with problems (n3, ${rapper ? 'rapper, ' : ''}oxigraph, jsonld.js, HTML JSON-LD, NIF offsets)`);
  return bad ? 1 : 0;
}

function listFiles(dir) {
  return readdirSync(dir, { withFileTypes: true, recursive: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath ?? e.path, e.name));
}

function statSize(file) {
  return existsSync(file) ? statSync(file).size : Infinity;
}

function parseArgs(argv) {
  const a = { count: 1000, seed: 7, jobs: 2, timeout: 600, sample: 60, bin: 'bin/newsgraph.js', keep: false, verbose: false };
  for (let i = 0; i < argv.length; i++) {
    const k = argv[i].replace(/^--/, '');
    if (k === 'keep' || k === 'verbose') a[k] = true;
    else if (k in a || k === 'dir' || k === 'check') a[k] = typeof a[k] === 'number' ? Number(argv[++i]) : argv[++i];
    else throw new Error(`unknown argument ${argv[i]}`);
  }
  return a;
}
