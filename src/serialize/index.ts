export { writeTurtle, writeTrig, writeNQuads, type RdfWriteOptions } from './rdf-writers.js';
export { writeJsonLd, buildJsonLd, type JsonLdOptions, type JsonLdProfile } from './jsonld.js';
export type { JsonObject, JsonValue } from './jsonld-full.js';
export { FULL_CONTEXT, JSONLD_PREFIXES, PLAIN_TEXT_PROPERTIES, SCHEMA_ORG_CONTEXT_URL } from './jsonld-terms.js';
export { writeHtml } from './html.js';
export { escapeJsonForScript, escapeHtml } from './script-escape.js';
export { createLocalDocumentLoader, type DocumentLoader, type LoadedDocument, type LocalLoaderOptions } from './document-loader.js';
export { SCHEMAORG_CONTEXT } from './schemaorg-context.js';
export { prefixesFor } from './prefixes.js';
