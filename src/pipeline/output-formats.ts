export const FORMATS = ['jsonld', 'ttl', 'trig', 'nq', 'model', 'html'] as const;
export type Format = (typeof FORMATS)[number];
export const DEFAULT_FORMATS: readonly Format[] = ['jsonld', 'ttl'];

/** The file name suffix each format is written with: NAME.txt → NAME.jsonld, NAME.model.json… */
export const EXTENSION: Readonly<Record<Format, string>> = {
  jsonld: '.jsonld',
  ttl: '.ttl',
  trig: '.trig',
  nq: '.nq',
  model: '.model.json',
  html: '.html',
};
