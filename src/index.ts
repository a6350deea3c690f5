// The public API, listed by hand. SPARQL over exports and loading into stores are the subpath
// exports newsgraph/store and newsgraph/load (they pull in oxigraph's WebAssembly and HTTP code).
export * from './model/index.js';
export { ExporterError, UsageError, InputError, ModelValidationError, SerializationError, NetworkError, ExitCode } from './errors.js';
export type { SourceDocument } from './read/source-document.js';
export { readArticleFile, parseArticleText } from './read/read-article.js';
export { collectInputs } from './read/collect-inputs.js';
export type { Token, Sentence, Paragraph, Analysis, Morphology, SegmentedArticle } from './segment/types.js';
export { segmentArticle } from './segment/segment-article.js';
export { loadMorphology } from './segment/az-morphology.js';
export { KbEntry, KbFile, KbRole } from './kb/entry.js';
export { KnowledgeBase } from './kb/knowledge-base.js';
export { loadKnowledgeBase } from './kb/load-knowledge-base.js';
export type { Resources } from './pipeline/resources.js';
export { loadResources } from './pipeline/load-resources.js';
export { analyzeArticle, type AnalyzeOptions } from './pipeline/analyze-article.js';
export { renderArticle } from './pipeline/render-article.js';
export { FORMATS, EXTENSION, DEFAULT_FORMATS, type Format } from './pipeline/output-formats.js';
export { buildGraph } from './graph/build-graph.js';
export { graphPrefixes } from './graph/iri.js';
export { writeTurtle, writeTrig, writeNQuads } from './serialize/rdf-writers.js';
export { writeJsonLd, buildJsonLd } from './serialize/jsonld.js';
export { writeHtml } from './serialize/html.js';
export { writeIndexPage, indexEntryOf, type IndexEntry } from './serialize/index-page.js';
export { createLocalDocumentLoader } from './serialize/document-loader.js';
export { validateFile } from './validate/validate-file.js';
export { run } from './cli/main.js';
export * as vocab from './vocab/index.js';
