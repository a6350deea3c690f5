/** Text offsets per bucket: a span is filed under every bucket it touches. */
const BUCKET = 64;

/**
 * Spans [start, end) filed by position, so the spans that may overlap a range are found without
 * looking at every span (selecting mentions among thousands of candidates stays linear).
 */
export class SpanIndex {
  readonly #buckets = new Map<number, number[]>();

  /** Files span number `id`. */
  add(id: number, start: number, end: number): void {
    const last = bucketOf(Math.max(start, end - 1));
    for (let b = bucketOf(start); b <= last; b++) {
      const list = this.#buckets.get(b);
      if (list) list.push(id);
      else this.#buckets.set(b, [id]);
    }
  }

  /** Calls `visit` with the id of every filed span that may overlap [start, end) (some more than once). */
  forEachNear(start: number, end: number, visit: (id: number) => void): void {
    const last = bucketOf(Math.max(start, end - 1));
    for (let b = bucketOf(start); b <= last; b++) {
      const list = this.#buckets.get(b);
      if (list) for (const id of list) visit(id);
    }
  }
}

function bucketOf(offset: number): number {
  return Math.floor(offset / BUCKET);
}
