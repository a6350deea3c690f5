import type { DateCandidate } from '../../extract/dates.js';
import type { FigureCandidate } from '../../extract/figures.js';
import type { QuoteCandidate } from '../../extract/statements/quote-types.js';
import type { PartMention } from '../../model/article-parts.js';
import type { Entity } from '../../model/entity.js';
import type { Figure } from '../../model/figure.js';
import { LocalId, type EntityId } from '../../model/ids.js';
import type { Quote } from '../../model/quote.js';
import type { TemporalValue } from '../../model/temporal.js';
import type { TimeExpression } from '../../model/time-expression.js';
import type { SegmentedArticle } from '../../segment/types.js';

export interface Assembled<T> {
  readonly items: T[];
  readonly mentions: PartMention[];
}

/** One Quote per quoted part (a split quotation gives two with the same speaker), with its mention. */
export function assembleQuotes(seg: SegmentedArticle, quotes: readonly QuoteCandidate[], speakers: readonly (EntityId | undefined)[]): Assembled<Quote> {
  const items: Quote[] = [];
  const mentions: PartMention[] = [];
  quotes.forEach((q, i) => {
    const speaker = speakers[i];
    const f = q.frame;
    const frame = f.kind === 'continued' ? undefined : seg.text.slice(seg.tokens[f.from]?.start ?? 0, seg.tokens[f.to - 1]?.end ?? 0).trim();
    for (const part of q.parts) {
      const text = seg.text.slice(part.start, part.end);
      if (text.trim() === '') continue;
      const id = LocalId.parse(`quote-${items.length + 1}`);
      items.push({ id, text, kind: q.kind, ...(speaker ? { speaker } : {}), ...(frame ? { frame } : {}) });
      mentions.push({ start: part.start, end: part.end, text, kind: 'quote', ref: id });
    }
  });
  return { items, mentions };
}

/** Direct quotations win over reported speech that overlaps them. */
export function withoutOverlaps(quotes: readonly QuoteCandidate[]): QuoteCandidate[] {
  const direct = quotes.filter((q) => q.kind === 'direct');
  return quotes.filter((q) => q.kind === 'direct' || !direct.some((d) => d.outer.start < q.outer.end && q.outer.start < d.outer.end));
}

export function assembleFigures(seg: SegmentedArticle, figures: readonly FigureCandidate[]): Assembled<Figure> {
  const items: Figure[] = [];
  const mentions: PartMention[] = [];
  for (const f of figures) {
    const id = LocalId.parse(`figure-${items.length + 1}`);
    const max = f.maxValue !== undefined && (f.minValue === undefined || f.minValue <= f.maxValue) ? f.maxValue : undefined;
    items.push({
      id,
      kind: f.kind,
      ...(f.value !== undefined ? { value: f.value } : {}),
      ...(f.minValue !== undefined ? { minValue: f.minValue } : {}),
      ...(max !== undefined ? { maxValue: max } : {}),
      ...(f.currency ? { currency: f.currency } : {}),
      ...(f.unitCode ? { unitCode: f.unitCode } : {}),
      ...(f.unitText ? { unitText: f.unitText } : {}),
      ...(f.measures ? { measures: f.measures } : {}),
    });
    mentions.push({ start: f.start, end: f.end, text: seg.text.slice(f.start, f.end), kind: 'figure', ref: id });
  }
  return { items, mentions };
}

export function assembleDates(seg: SegmentedArticle, dates: readonly DateCandidate[], values: readonly (TemporalValue | undefined)[]): Assembled<TimeExpression> {
  const items: TimeExpression[] = [];
  const mentions: PartMention[] = [];
  dates.forEach((d, i) => {
    const date = values[i];
    if (!date) return;
    const id = LocalId.parse(`date-${items.length + 1}`);
    items.push({ id, date, relative: d.spec.kind !== 'calendar' || d.spec.year === undefined });
    mentions.push({ start: d.start, end: d.end, text: seg.text.slice(d.start, d.end), kind: 'date', ref: id });
  });
  return { items, mentions };
}

/** The entities with the job titles and employers the metadata found, plus the entities it added. */
export function mergeEntities(
  entities: readonly Entity[],
  added: readonly Entity[],
  roles: ReadonlyMap<string, { readonly jobTitles: readonly string[]; readonly worksFor: readonly EntityId[] }>,
): Entity[] {
  return [...entities, ...added].map((e) => {
    const role = roles.get(e.id);
    if (!role || e.type !== 'Person') return e;
    const jobTitles = [...new Set([...e.jobTitles, ...role.jobTitles])];
    const worksFor = [...new Set([...e.worksFor, ...role.worksFor])];
    return { ...e, jobTitles, worksFor };
  });
}
