import { analyzeArticle } from '../pipeline/analyze-article.js';
import { buildGraph } from '../graph/build-graph.js';
import { renderQuads } from '../pipeline/render-article.js';
import { indexEntryOf } from '../serialize/index-page.js';
import type { Resources } from '../pipeline/resources.js';
import type { StageTimer } from '../pipeline/stage-clock.js';
import { parseArticleBytes } from '../read/read-article.js';
import type { SourceDocument } from '../read/source-document.js';
import { SerializationError } from '../errors.js';
import { failureOf } from './failure.js';
import type { BatchSettings, LoadedSource, TaskResult, WorkItem } from './types.js';
import { writeOutputs } from './write-outputs.js';

/** What exporting one article needs: the loaded resources, the run's settings, an optional stage timer. */
export interface ExportContext {
  readonly resources: Resources;
  readonly settings: BatchSettings;
  readonly onStage?: StageTimer;
}

/**
 * decode → analyze → render → write one article (the caller has read the input); every error
 * becomes a failure record, never a throw.
 */
export async function exportArticle(item: WorkItem, context: ExportContext): Promise<TaskResult> {
  const { settings, onStage } = context;
  let warnings: readonly string[] = [];
  try {
    const started = onStage ? performance.now() : 0;
    const doc = await documentOf(item.source);
    warnings = doc.warnings;
    if (onStage) onStage('decode', performance.now() - started);
    if (settings.crashOn !== undefined && item.label.includes(settings.crashOn)) throw new Error(`test crash on ${item.label}`);
    const article = analyzeArticle(doc, context.resources, { base: settings.base, ...(onStage ? { onStage } : {}) });
    const graphStarted = onStage ? performance.now() : 0;
    const quads = buildGraph(article);
    if (onStage) onStage('graph', performance.now() - graphStarted);
    const outputs = renderQuads(article, quads, settings.formats, onStage);
    const counts = { entities: article.entities.length, quotes: article.quotes.length, figures: article.figures.length, events: article.events.length };
    const index = settings.formats.includes('html') ? { index: indexEntryOf(quads, '') } : {};
    writeFiles(item, outputs, settings);
    return { seq: item.seq, ok: true, counts, bytes: Buffer.byteLength(doc.text, 'utf8'), warnings, ...index };
  } catch (e) {
    return { seq: item.seq, ok: false, failure: failureOf(e, item.label, settings.debug), warnings };
  }
}

function writeFiles(item: WorkItem, outputs: Parameters<typeof writeOutputs>[1], settings: BatchSettings): void {
  try {
    writeOutputs(item.outStem, outputs, settings.formats);
  } catch (e) {
    const reason = (e as NodeJS.ErrnoException).code ?? String(e);
    throw new SerializationError(`cannot write its output ${item.outStem}.* (${reason})`, 'exporter.output.unwritable', {
      file: item.label,
      hint: 'check that the output folder is writable and the disk has room',
    }, { cause: e });
  }
}

async function documentOf(source: LoadedSource): Promise<SourceDocument> {
  if (source.kind === 'document') return source.doc;
  if (source.format === 'html') {
    const { parseHtmlBytes } = await import('../read/read-html.js'); // linkedom and Readability only when a page comes
    return parseHtmlBytes(source.bytes, source.path);
  }
  return parseArticleBytes(source.bytes, source.path);
}
