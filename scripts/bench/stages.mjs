// Times each pipeline stage in this process, through the pipeline's optional stage timer.
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';

export const FORMATS = ['jsonld', 'ttl', 'trig', 'nq', 'model', 'html'];

/** Per-stage totals (ms) over some documents; `read` given as a function of the document. */
export async function timeStages(api, resources, docs, formats = FORMATS) {
  const totals = {};
  const add = (stage, ms) => (totals[stage] = (totals[stage] ?? 0) + ms);
  let failures = 0;
  for (const item of docs) {
    try {
      const started = performance.now();
      const doc = await item.read();
      add('read', performance.now() - started);
      const article = api.analyzeArticle(doc, resources, { base: 'https://newsgraph.example/', onStage: add });
      api.renderArticle(article, formats, add);
    } catch {
      failures++;
    }
  }
  return { totals, failures };
}

/**
 * Documents read from files, as the export does: the main thread reads the bytes (not timed here:
 * under load, I/O latency would swamp it), a worker decodes and parses them (the `read` stage).
 */
export function fileDocs(api, files) {
  return files.map((f) => {
    const bytes = readFileSync(f);
    return { read: async () => api.parseArticleBytes(bytes, f) };
  });
}

/** Articles of about `kb` KB each, made by joining corpus texts paragraph by paragraph. */
export async function sizedDocs(api, files, kb, count) {
  const texts = await Promise.all(files.slice(0, 400).map((f) => readFile(f, 'utf8')));
  const paragraphs = texts.flatMap((t) => t.split(/\n\s*\n/).map((p) => p.replace(/^ date \S+ /, '').trim()).filter(Boolean));
  const docs = [];
  let next = 0;
  for (let i = 0; i < count; i++) {
    let text = '';
    while (Buffer.byteLength(text) < kb * 1024) text += paragraphs[next++ % paragraphs.length] + '\n\n';
    const name = `sized-${kb}kb-${i}.txt`;
    docs.push({ bytes: Buffer.byteLength(text), read: async () => api.parseArticleText(text, name) });
  }
  return docs;
}
