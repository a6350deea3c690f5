import { buildArticle } from '../model/build-article.js';
import type { Article } from '../model/article.js';
import type { SourceDocument } from '../read/source-document.js';
import { segmentArticle } from '../segment/segment-article.js';
import { analyzeEntities } from './analyze-entities.js';
import { analyzeStatements } from './analyze-statements.js';
import type { Resources } from './resources.js';
import { stageClock, type StageTimer } from './stage-clock.js';

export interface AnalyzeOptions {
  /** Base IRI of the export (ends with / or #). */
  readonly base: string;
  /** Optional: told how long segment, extract+resolve and model took (benchmarks). */
  readonly onStage?: StageTimer;
}

/** read output → segment → extract → resolve → model: one article's validated model. */
export function analyzeArticle(doc: SourceDocument, resources: Resources, options: AnalyzeOptions): Article {
  const clock = stageClock(options.onStage);
  const seg = segmentArticle(doc, resources.morphology);
  clock?.('segment');
  const resolved = analyzeEntities(seg, resources);
  const statements = analyzeStatements(seg, resolved, resources);
  clock?.('extract+resolve');
  const article = buildArticle({
    doc,
    base: options.base,
    metadata: statements.metadata,
    entities: statements.entities,
    events: statements.events,
    quotes: statements.quotes,
    figures: statements.figures,
    dates: statements.dates,
    works: statements.works,
    mentions: [
      ...resolved.mentions.map((m) => ({ start: m.start, end: m.end, text: m.text, kind: m.kind, ref: m.id })),
      ...statements.mentions,
    ],
  });
  clock?.('model');
  return article;
}
