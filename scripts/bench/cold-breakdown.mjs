// Where one article's cold start goes: imports, resources, the first article (with its one-time
// costs: gazetteer, first zod parse, JIT), rendering. Prints JSON on stderr. The steps import the
// unbundled modules of DIST one part at a time; with `bundle`, it times importing the bundled CLI
// that bin/newsgraph.js runs, then its export of the article (the rest of the chunks, resources,
// analysis, writing) instead.
//   node scripts/bench/cold-breakdown.mjs DIST FILE [bundle]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const [dist, file, mode] = process.argv.slice(2);
const at = { start: performance.now() };
const imp = (p) => import(pathToFileURL(join(dist, p)).href);
if (mode === 'bundle') {
  const { run } = await imp('bundle/main.js');
  const entry = performance.now();
  const out = mkdtempSync(join(tmpdir(), 'cold-'));
  await run(['export', file, '--out', out, '--quiet']);
  rmSync(out, { recursive: true, force: true });
  process.stderr.write(JSON.stringify({ 'node start-up (before the script)': at.start, 'import the bundled CLI': entry - at.start, 'its export of the article': performance.now() - entry }) + '\n');
  process.exit(0);
}
await imp('cli/main.js');
at.cli = performance.now();
const { loadResources } = await imp('pipeline/load-resources.js');
const { analyzeArticle } = await imp('pipeline/analyze-article.js');
const { renderArticle } = await imp('pipeline/render-article.js');
const { readArticleFile } = await imp('read/read-article.js');
at.pipeline = performance.now();
const resources = await loadResources();
at.resources = performance.now();
const stages = {};
const article = analyzeArticle(await readArticleFile(file), resources, { base: 'https://newsgraph.example/', onStage: (s, ms) => (stages[s] = ms) });
at.first = performance.now();
renderArticle(article, ['jsonld', 'ttl']);
at.render = performance.now();
const again = performance.now();
analyzeArticle(await readArticleFile(file), resources, { base: 'https://newsgraph.example/' });
const warm = performance.now() - again;
process.stderr.write(
  JSON.stringify({
    'node start-up (before the script)': at.start,
    'import CLI': at.cli - at.start,
    'import pipeline': at.pipeline - at.cli,
    'load resources (az + KB)': at.resources - at.pipeline,
    'first article analysis': at.first - at.resources,
    'of which segment': stages.segment,
    'of which extract+resolve': stages['extract+resolve'],
    'of which model (zod)': stages.model,
    'render jsonld+ttl': at.render - at.first,
    'same article again (warm)': warm,
  }) + '\n',
);
