import { createRequire } from 'node:module';
import type * as N3 from 'n3';

/**
 * n3's DataFactory and Writer, loaded from their own modules. n3's entry loads its whole library,
 * stream classes and the readable-stream package included: about 20 ms of a cold start spent on
 * code an export never runs (measured: the entry 21–24 ms, these two modules 3 ms). The rest of
 * newsgraph (parsing, the SHACL store, loading) imports 'n3' itself.
 */
const require = createRequire(import.meta.url);

export const DataFactory: typeof N3.DataFactory = (require('n3/lib/N3DataFactory.js') as { default: typeof N3.DataFactory }).default;
export const Writer: typeof N3.Writer = (require('n3/lib/N3Writer.js') as { default: typeof N3.Writer }).default;
export type Writer = N3.Writer;
