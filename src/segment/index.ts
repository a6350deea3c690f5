export type { Token, TokenKind, Sentence, Paragraph, Analysis, Morphology, SegmentedArticle } from './types.js';
export { segmentArticle } from './segment-article.js';
export { loadMorphology } from './az-morphology.js';
export { tokenize } from './tokenize.js';
export { splitSentences } from './sentences.js';
