export { buildGraph } from './build-graph.js';
export { mintIris, graphPrefixes, type ArticleIris, type IriSource } from './iri.js';
export { DATE_DATATYPE, decimalLexical } from './literals.js';
export { MENTION_KIND, MENTION_LINK } from './nif-quads.js';
export { PLACE_TYPE, ORGANIZATION_TYPE, entityTypes } from './entity-types.js';
export { ATTENDANCE_MODE, EVENT_STATUS } from './event-quads.js';
export { QUOTE_TYPES } from './quote-quads.js';
export { FIGURE_TYPE } from './figure-quads.js';
