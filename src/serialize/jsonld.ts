import type { Quad } from '@rdfjs/types';
import { buildFullJsonLd, type JsonObject } from './jsonld-full.js';
import { buildWebJsonLd } from './jsonld-web.js';
import { formatJson } from './json-format.js';

export type JsonLdProfile = 'full' | 'web';

export interface JsonLdOptions {
  /** full (default): the exact graph with NIF provenance; web: the tree for <script> embedding. */
  profile?: JsonLdProfile;
}

/** The JSON-LD document of some quads as an object. */
export function buildJsonLd(quads: readonly Quad[], options: JsonLdOptions = {}): JsonObject {
  return options.profile === 'web' ? buildWebJsonLd(quads) : buildFullJsonLd(quads);
}

/** The JSON-LD document of some quads, indented (small objects on one line), with a final newline. */
export function writeJsonLd(quads: readonly Quad[], options: JsonLdOptions = {}): string {
  return formatJson(buildJsonLd(quads, options));
}
