import { partitionPoint } from '../../util/partition-point.js';
/** A span of a text in code points, [start, end); rank orders spans with the same offsets (lower = outer). */
export interface Span<T> {
  readonly start: number;
  readonly end: number;
  readonly rank: number;
  readonly value: T;
}

/** A piece of a span in a well-nested tree: the whole span, or one part of a span that was split. */
export interface SpanPiece<T> {
  readonly start: number;
  readonly end: number;
  readonly value: T;
  /** 1 for the piece that starts the span, 2, 3… for the pieces of a split span that follow. */
  readonly part: number;
  readonly children: SpanPiece<T>[];
}

interface Pending<T> extends Span<T> {
  readonly index: number;
  readonly part: number;
}

/** Opening order: by start, longer first (so containers open before what they contain), rank, input order, part. */
function openingOrder<T>(a: Pending<T>, b: Pending<T>): number {
  return a.start - b.start || b.end - a.end || a.rank - b.rank || a.index - b.index || a.part - b.part;
}

/**
 * Nests spans into a forest whose pieces never cross, so each piece can become one element:
 * a span inside another becomes its child (МИД России ⊃ России; a quote ⊃ the names in it), spans
 * side by side or adjacent become siblings, and identical spans nest by rank. A span that crosses
 * the end of the one it starts inside (A = [0, 10), B = [5, 15)) is split there: [5, 10) nests in A
 * and the rest, [10, 15), goes back to be placed like any span starting at 10 (part 2), so every
 * character of every span stays covered and the result is the same for the same input.
 * Empty spans are dropped. Runs in O(n log n + splits × n).
 */
export function nestSpans<T>(spans: readonly Span<T>[]): SpanPiece<T>[] {
  const queue = spans
    .map((s, index): Pending<T> => ({ ...s, index, part: 1 }))
    .filter((s) => s.end > s.start)
    .sort(openingOrder);
  const roots: SpanPiece<T>[] = [];
  const open: SpanPiece<T>[] = [];
  for (let i = 0; i < queue.length; i++) {
    const span = queue[i] as Pending<T>;
    while (open.length && (open.at(-1) as SpanPiece<T>).end <= span.start) open.pop();
    const parent = open.at(-1);
    let end = span.end;
    if (parent && span.end > parent.end) {
      end = parent.end;
      insertSorted(queue, { ...span, start: parent.end, part: span.part + 1 }, i + 1);
    }
    const piece: SpanPiece<T> = { start: span.start, end, value: span.value, part: span.part, children: [] };
    (parent ? parent.children : roots).push(piece);
    open.push(piece);
  }
  return roots;
}

/** Inserts into the sorted tail queue[from…] at its place in opening order. */
function insertSorted<T>(queue: Pending<T>[], item: Pending<T>, from: number): void {
  queue.splice(partitionPoint(queue.length, (k) => openingOrder(queue[k] as Pending<T>, item) <= 0, from), 0, item);
}
