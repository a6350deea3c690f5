import { loadResources } from '../pipeline/load-resources.js';
import { exportArticle } from './export-article.js';
import type { BatchSettings, TaskRunner } from './types.js';

/** Runs the tasks in this thread (--jobs 1, and small runs): no worker start-up, one set of resources. */
export async function startInProcess(settings: BatchSettings): Promise<TaskRunner> {
  const resources = await loadResources({ kbFiles: settings.kbFiles });
  return {
    size: 1,
    run: (item) => exportArticle(item, { resources, settings }),
    close: async () => {},
  };
}
