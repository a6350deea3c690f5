import { loadKnowledgeBase } from '../kb/load-knowledge-base.js';
import { loadMorphology } from '../segment/az-morphology.js';
import type { Resources } from './resources.js';

export interface LoadResourcesOptions {
  /** User knowledge-base files (--kb). */
  readonly kbFiles?: readonly string[];
}

/** Loads what every article needs once per process: the morphology dictionaries and the knowledge base. */
export async function loadResources(options: LoadResourcesOptions = {}): Promise<Resources> {
  const [morphology, kb] = await Promise.all([loadMorphology(), loadKnowledgeBase({ extraFiles: [...(options.kbFiles ?? [])] })]);
  return { morphology, kb };
}
