/** The --format choices of `newsgraph query` (kept apart so the CLI declares them without loading the store). */
export const RESULT_FORMATS = ['table', 'json', 'csv', 'ttl', 'nt'] as const;
export type ResultFormat = (typeof RESULT_FORMATS)[number];
