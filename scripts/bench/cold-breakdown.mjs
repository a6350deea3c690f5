// Where one article's cold start goes: imports, resources, the first article (with its one-time
// costs: gazetteer, first zod parse, JIT), rendering. Prints JSON on stderr.
//   node scripts/bench/cold-breakdown.mjs DIST FILE
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const [dist, file] = process.argv.slice(2);
const at = { start: performance.now() };
const imp = (p) => import(pathToFileURL(join(dist, p)).href);
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
