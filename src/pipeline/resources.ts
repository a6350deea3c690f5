import type { KnowledgeBase } from '../kb/knowledge-base.js';
import type { Morphology } from '../segment/types.js';

/** What the pipeline needs loaded once per process (or per worker) and injected into stages. */
export interface Resources {
  readonly morphology: Morphology;
  /** The knowledge base (shipped kb/*.json plus --kb files); the entity gazetteer is built from it on first use. */
  readonly kb: KnowledgeBase;
}
