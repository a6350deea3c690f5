import { extractDates } from '../extract/dates.js';
import { extractEvents } from '../extract/events.js';
import { extractFigures } from '../extract/figures.js';
import { extractMetadata } from '../extract/metadata.js';
import { extractQuotes } from '../extract/quotes.js';
import { pairQuoteMarks } from '../extract/statements/quote-marks.js';
import type { QuoteCandidate } from '../extract/statements/quote-types.js';
import type { Span } from '../extract/types.js';
import type { ArticleParts } from '../model/article-parts.js';
import { resolveEvents } from '../resolve/events.js';
import { resolveMetadata, type MediaLookup } from '../resolve/metadata.js';
import { quotedRegions, resolveSpeakers } from '../resolve/speakers.js';
import { assembleDates, assembleFigures, assembleQuotes, mergeEntities, withoutOverlaps } from '../resolve/statements/assemble.js';
import { MentionIndex } from '../resolve/statements/mention-index.js';
import { resolveDate } from '../resolve/statements/resolve-dates.js';
import { SubjectFinder } from '../resolve/statements/subjects.js';
import type { ResolvedEntities } from '../resolve/types.js';
import type { SegmentedArticle } from '../segment/types.js';

/**
 * What the text says beyond its entities: metadata, quotes, figures, dates, events (issue 4), as
 * the model stage takes them. Its entities are the resolved ones updated (job titles, employers)
 * or extended (a publisher named only in the credits); its mentions are those of quotes, figures,
 * dates, events and works (entity mentions stay in ResolvedEntities).
 */
export type Statements = Omit<ArticleParts, 'doc' | 'base'>;

/** What analyzeStatements needs from the loaded resources: the knowledge base for credited media, if any. */
export interface StatementResources {
  readonly kb?: MediaLookup;
}

/** extract → resolve for quotes, figures, dates, events and metadata (issue 4). */
export function analyzeStatements(seg: SegmentedArticle, resolved: ResolvedEntities, resources: StatementResources): Statements {
  const index = new MentionIndex(seg, resolved);
  const published = seg.doc.datePublished;
  const dateCandidates = extractDates(seg);
  const dateValues = dateCandidates.map((d) => resolveDate(d, published));
  const dates = assembleDates(seg, dateCandidates, dateValues);
  const figures = assembleFigures(seg, extractFigures(seg, dateCandidates));
  const quoteCandidates = withoutOverlaps(extractQuotes(seg));
  const titles = quotedTitles(seg, quoteCandidates);
  const speakers = resolveSpeakers(quoteCandidates, index, titles);
  const quotes = assembleQuotes(seg, quoteCandidates, speakers.speakers);
  const meta = extractMetadata(seg);
  const finder = new SubjectFinder(index, quotedRegions(seg.tokens, quoteCandidates, titles));
  const placed = dateCandidates.flatMap((d, i) => (dateValues[i] ? [{ from: d.from, to: d.to, value: dateValues[i]! }] : []));
  const events = resolveEvents(extractEvents(seg), {
    index,
    finder,
    dates: placed,
    ...(published ? { published } : {}),
    ...(meta.lead !== undefined ? { lead: meta.lead } : {}),
  });
  const about = resolveMetadata(meta, index, resources.kb);
  return {
    metadata: {
      ...(about.headline ? { headline: about.headline } : {}),
      ...(about.description ? { description: about.description } : {}),
      ...(about.creditText ? { creditText: about.creditText } : {}),
      ...(about.publisher ? { publisher: about.publisher } : {}),
      authors: about.authors,
      contributors: about.contributors,
      ...(events.about ? { about: events.about } : {}),
    },
    entities: mergeEntities(resolved.entities, [...about.added, ...speakers.sources], about.roles),
    events: events.events,
    quotes: quotes.items,
    figures: figures.items,
    dates: dates.items,
    works: [],
    mentions: [...quotes.mentions, ...speakers.mentions, ...figures.mentions, ...dates.mentions, ...events.mentions, ...about.mentions],
  };
}

/** Pairs of quote marks that hold no quotation: titles and names, whose people act in no clause. */
function quotedTitles(seg: SegmentedArticle, quotes: readonly QuoteCandidate[]): Span[] {
  const inner = (p: { open: number; close: number }) => ({ start: p.open + 1, end: p.close });
  return pairQuoteMarks(seg.text, seg.paragraphs)
    .filter((p) => p.top && !quotes.some((q) => q.kind === 'direct' && q.outer.start <= p.open && p.close < q.outer.end))
    .map(inner);
}
