import { describe, expect, it } from 'vitest';
import { SpanIndex } from '../../../src/resolve/span-index.js';

describe('SpanIndex', () => {
  it('finds every filed span that overlaps a range, whatever their lengths', () => {
    const spans: [number, number][] = [];
    for (let i = 0; i < 300; i++) spans.push([(i * 37) % 2000, ((i * 37) % 2000) + 1 + ((i * 13) % 150)]);
    const index = new SpanIndex();
    spans.forEach(([s, e], k) => index.add(k, s, e));
    for (let start = 0; start < 2100; start += 17) {
      const end = start + ((start * 7) % 90);
      const found = new Set<number>();
      index.forEachNear(start, end, (k) => {
        const [s, e] = spans[k]!;
        if (s < end && start < e) found.add(k);
      });
      const expected = spans.flatMap(([s, e], k) => (s < end && start < e ? [k] : []));
      expect([...found].sort((a, b) => a - b)).toEqual(expected);
    }
  });
});
