import type { Morphology } from '../segment/types.js';

/** What the pipeline needs loaded once per process (or per worker) and injected into stages. */
export interface Resources {
  readonly morphology: Morphology;
}
