import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../helpers/shared.js';

/**
 * Extremely long inputs through the whole library pipeline (read → … → every serializer), each in a
 * child process with a time limit, so super-linear behaviour anywhere shows as a failure instead of
 * a hung test run. Uses the build in dist/ (npm test builds first).
 */
const DIST = resolve(PROJECT_ROOT, 'dist/index.js');

const SENTENCES = [
  'Президент России Владимир Путин провёл переговоры с председателем КНР Си Цзиньпином в Москве.',
  '«Мы готовы к диалогу», — заявила официальный представитель МИД Мария Захарова.',
  'Объём торговли вырос на 15% и составил 240 млрд долларов, сообщили в Минфине.',
  'Встреча пройдёт 4 февраля 2026 года в Санкт-Петербурге.',
];

const CASES: Record<string, { readonly build: string; readonly seconds: number }> = {
  // The hostile run (scripts/hostile-run.mjs, in .ci/run) exports a 2 MB single line through the CLI.
  'a 1 MB single-line text': {
    build: `let s = ''; for (let i = 0; Buffer.byteLength(s) < 1024 * 1024; i++) s += SENTENCES[i % 4] + ' '; return s;`,
    seconds: 90,
  },
  'a 400 KB sentence without punctuation': {
    build: `const w = ['слово', 'Москва', 'Путин', 'и', 'в', 'переговоры']; return Array.from({ length: 40000 }, (_, i) => w[(i * 7) % 6]).join(' ');`,
    seconds: 60,
  },
  'a word of 100,000 letters': { build: `return SENTENCES[0] + ' ' + 'а'.repeat(100000) + ' ' + SENTENCES[1];`, seconds: 30 },
  'runs of one letter (оооо…) as words': {
    build: `return Array.from({ length: 400 }, (_, i) => 'оаесн'[i % 5].repeat(5 + (i % 60))).join(' ') + ' ' + SENTENCES[0];`,
    seconds: 30,
  },
  'unclosed quotes by the thousand': { build: `return SENTENCES[0] + ' ' + '«'.repeat(20000) + ' ' + SENTENCES[1] + '„'.repeat(20000);`, seconds: 30 },
};

function exportInChild(build: string, seconds: number): { status: number | null; stdout: string; stderr: string; timedOut: boolean } {
  const script = `
    const { loadResources, parseArticleText, analyzeArticle, renderArticle } = await import(${JSON.stringify(DIST)});
    const SENTENCES = ${JSON.stringify(SENTENCES)};
    const text = (() => { ${build} })();
    const resources = await loadResources();
    const t0 = performance.now();
    const article = analyzeArticle(parseArticleText(text, 'long.txt'), resources, { base: 'https://newsgraph.example/' });
    const out = renderArticle(article, ['jsonld', 'ttl', 'trig', 'nq', 'model', 'html']);
    process.stdout.write(JSON.stringify({ seconds: (performance.now() - t0) / 1000, mentions: article.mentions.length, bytes: Object.values(out).reduce((s, x) => s + x.length, 0) }));
  `;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', timeout: seconds * 1000, maxBuffer: 1 << 20 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, timedOut: r.error !== undefined || r.signal === 'SIGTERM' };
}

describe.skipIf(!existsSync(DIST))('very long inputs finish in linear time', () => {
  it.each(Object.entries(CASES))('%s', (_, { build, seconds }) => {
    const r = exportInChild(build, seconds);
    expect(r.timedOut, `no result within ${seconds} s: something in the pipeline is super-linear`).toBe(false);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).bytes).toBeGreaterThan(0);
  }, 200_000);
});
