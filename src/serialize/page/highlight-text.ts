import { CodePointIndex } from '../../util/code-points.js';
import { escapeHtml } from '../script-escape.js';
import { attributes, textElement } from './markup.js';
import type { MentionKindName, PageMention, PageThing } from './page-facts.js';
import { nestSpans, type Span, type SpanPiece } from './span-nesting.js';

/** Among mentions of the same span, which is outside: a quote, then descriptions, names, pronouns… */
const KIND_RANK: Readonly<Record<MentionKindName, number>> = { quote: 0, description: 1, name: 2, pronoun: 3, figure: 4, date: 5 };

/** What the text renderer needs to know about the things mentions refer to. */
export interface TextContext {
  readonly things: ReadonlyMap<string, PageThing>;
  /** The id of the popover that describes a thing. */
  tipIdOf(iri: string): string | undefined;
  /** The speaker shown before a quote, if known. */
  speakerOf(quoteIri: string): string | undefined;
}

/** A paragraph: a non-blank line of the text, in code points. */
interface Line {
  readonly start: number;
  readonly end: number;
  readonly source: boolean;
}

/**
 * The article text as paragraphs (one per non-blank line) with every mention marked up. Offsets are
 * code points. Mentions are nested with nestSpans inside each paragraph; a mention that runs over a
 * line break is cut at it, and its later pieces are marked data-continued.
 */
export function renderArticleText(text: string, mentions: readonly PageMention[], context: TextContext): string[] {
  const index = new CodePointIndex(text);
  return linesOf(text, index).map((line) => {
    const spans: Span<PageMention>[] = mentions
      .filter((m) => m.start < line.end && m.end > line.start)
      .map((m) => ({ start: Math.max(m.start, line.start), end: Math.min(m.end, line.end), rank: KIND_RANK[m.kind], value: m }));
    const inner = renderPieces(nestSpans(spans), line.start, line.end, index, context);
    return `<p${attributes({ class: line.source ? 'source-line' : undefined })}>${speakerLabel(spans, context)}${inner}</p>`;
  });
}

/** The archive format's first line (` date YYYY-MM-DD …`) is shown apart, as the source line. */
const SOURCE_LINE = /^\s*date \d{4}-\d{2}-\d{2}\b/;

function linesOf(text: string, index: CodePointIndex): Line[] {
  const lines: Line[] = [];
  let from = 0;
  for (const raw of text.split('\n')) {
    const to = from + raw.length;
    if (raw.trim()) lines.push({ start: index.cp(from), end: index.cp(to), source: lines.length === 0 && SOURCE_LINE.test(raw) });
    from = to + 1;
  }
  return lines;
}

function renderPieces(pieces: readonly SpanPiece<PageMention>[], from: number, to: number, index: CodePointIndex, context: TextContext): string {
  let out = '';
  let at = from;
  for (const piece of pieces) {
    out += escapeHtml(index.slice(at, piece.start));
    const inner = renderPieces(piece.children, piece.start, piece.end, index, context);
    out += `<mark${attributes(markAttributes(piece, context))}>${inner}</mark>`;
    at = piece.end;
  }
  return out + escapeHtml(index.slice(at, to));
}

function markAttributes(piece: SpanPiece<PageMention>, context: TextContext): Record<string, string | number | boolean | undefined> {
  const m = piece.value;
  const category = context.things.get(m.target)?.category ?? 'thing';
  const continued = piece.start !== m.start;
  const light = m.kind === 'description' || m.kind === 'pronoun';
  return {
    class: `m c-${category} k-${m.kind}${light ? ' light' : ''}`,
    tabindex: continued ? undefined : 0,
    'data-iri': m.target,
    'data-type': category,
    'data-kind': m.kind,
    'data-start': m.start,
    'data-end': m.end,
    'data-continued': continued,
    'aria-describedby': context.tipIdOf(m.target),
  };
}

/** Who speaks in a paragraph's quotes, as a label before it: "Владимир Путин:". */
function speakerLabel(spans: readonly Span<PageMention>[], context: TextContext): string {
  const speakers = new Set<string>();
  for (const { start, value } of spans) {
    const speaker = value.kind === 'quote' && start === value.start ? context.speakerOf(value.target) : undefined;
    if (speaker) speakers.add(speaker);
  }
  return speakers.size ? textElement('span', { class: 'speaker' }, `${[...speakers].join(', ')}:`) + ' ' : '';
}
