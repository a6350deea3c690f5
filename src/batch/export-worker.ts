import { parentPort, workerData } from 'node:worker_threads';
import { loadResources } from '../pipeline/load-resources.js';
import type { Resources } from '../pipeline/resources.js';
import { exportArticle } from './export-article.js';
import { serializeError, type FromWorker, type ToWorker, type WorkerData } from './worker-protocol.js';

/**
 * A worker thread of the export pool: loads the resources once, then exports the items it is sent
 * strictly one after the other, in the order sent (the pool relies on it to know which item a crash
 * hit); it writes each article's files itself and answers with how the article ended.
 */
async function serve(): Promise<void> {
  const port = parentPort;
  if (!port) throw new Error('export-worker.js runs as a worker thread');
  const { settings, morphologyBuffers } = workerData as WorkerData;
  const post = (message: FromWorker) => port.postMessage(message);
  let resources: Resources;
  try {
    resources = await loadResources({ kbFiles: settings.kbFiles, morphologyBuffers });
  } catch (e) {
    post({ type: 'init-failed', error: serializeError(e) });
    return;
  }
  let queue = Promise.resolve();
  port.on('message', ({ item }: ToWorker) => {
    queue = queue.then(async () => {
      if (settings.crashOn !== undefined && item.label.includes(settings.crashOn)) return crash(item.label);
      post({ type: 'result', result: await exportArticle(item, { resources, settings }) });
    });
  });
  post({ type: 'ready' });
}

/** The test hook: dies as on a real crash (an uncaught error ends the worker); nothing after it runs. */
function crash(label: string): Promise<never> {
  setImmediate(() => {
    throw new Error(`test crash on ${label}`);
  });
  return new Promise(() => {});
}

await serve();
