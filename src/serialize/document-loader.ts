import { SerializationError } from '../errors.js';
import { SCHEMAORG_CONTEXT } from './schemaorg-context.js';

/** What jsonld.js expects a document loader to resolve to. */
export interface LoadedDocument {
  contextUrl: null;
  documentUrl: string;
  document: unknown;
}

export type DocumentLoader = (url: string) => Promise<LoadedDocument>;

export interface LocalLoaderOptions {
  /** The document to serve for schema.org (default: the project's own context). */
  schemaOrgContext?: unknown;
}

const SCHEMA_ORG_URL = /^https?:\/\/schema\.org(\/|\/docs\/jsonldcontext\.jsonld?)?$/;

/**
 * A jsonld.js document loader that serves schema.org's context from the project and refuses every
 * other URL, so checking JSON-LD never touches the network. Pass it with `safe: true`.
 */
export function createLocalDocumentLoader(options: LocalLoaderOptions = {}): DocumentLoader {
  const document = options.schemaOrgContext ?? SCHEMAORG_CONTEXT;
  return async (url: string) => {
    if (SCHEMA_ORG_URL.test(url)) return { contextUrl: null, documentUrl: url, document: structuredClone(document) };
    throw new SerializationError(
      `refused to load the remote document ${url}: newsgraph reads only schema.org's context, from the project`,
      'exporter.serialization.remoteContext',
      { where: url },
    );
  };
}
