import { describe, expect, it } from 'vitest';
import { BoundedCache } from '../../../src/segment/bounded-cache.js';

describe('BoundedCache', () => {
  it('never holds more than its capacity', () => {
    const cache = new BoundedCache<number, number>(10);
    for (let i = 0; i < 1000; i++) cache.set(i, i * 2);
    expect(cache.size).toBeLessThanOrEqual(10);
    expect(cache.get(999)).toBe(1998);
    expect(cache.get(0)).toBeUndefined();
  });

  it('keeps the entries that are used while new ones come', () => {
    const cache = new BoundedCache<string, number>(10);
    cache.set('often', 1);
    for (let i = 0; i < 100; i++) {
      cache.set(`once-${i}`, i);
      expect(cache.get('often')).toBe(1);
    }
  });
});
