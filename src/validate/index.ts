export type { Problem, Severity } from './problem.js';
export { validateModelJson } from './model-json.js';
export { validateRdf } from './validate-rdf.js';
export { validateFile, formatOfFile, type CheckedFormat } from './validate-file.js';
export { parseRdf, jsonLdToNQuads, type RdfFormat, type ParseResult } from './rdf-parse.js';
export { checkShapes, loadShapes, parseShapes, SHAPES_FILE } from './shacl.js';
export { checkNifOffsets } from './nif-offsets.js';
export { schemaArtifacts } from './schema-artifacts.js';
