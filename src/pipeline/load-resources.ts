import { GAZETTEER_INDEX_FILE } from '../extract/gazetteer-index.js';
import { primeGazetteer } from '../extract/gazetteer.js';
import { readDerivedIndex } from '../kb/derived-index.js';
import { loadKnowledgeBase } from '../kb/load-knowledge-base.js';
import { loadMorphology } from '../segment/az-morphology.js';
import type { MorphologyBuffers } from '../segment/morphology-files.js';
import type { Resources } from './resources.js';

export interface LoadResourcesOptions {
  /** User knowledge-base files (--kb). */
  readonly kbFiles?: readonly string[];
  /** az's binary dictionaries read already into shared memory (a worker of a run); else read here. */
  readonly morphologyBuffers?: MorphologyBuffers;
}

/**
 * Loads what every article needs once per process: the morphology dictionaries, the knowledge
 * base and its gazetteer (read from kb/derived/ when it matches the shipped knowledge base, else built).
 */
export async function loadResources(options: LoadResourcesOptions = {}): Promise<Resources> {
  const extraFiles = [...(options.kbFiles ?? [])];
  const [morphology, kb, index] = await Promise.all([
    loadMorphology(options.morphologyBuffers),
    loadKnowledgeBase({ extraFiles }),
    extraFiles.length === 0 ? readDerivedIndex(GAZETTEER_INDEX_FILE) : undefined,
  ]);
  primeGazetteer(kb, index);
  return { morphology, kb };
}
