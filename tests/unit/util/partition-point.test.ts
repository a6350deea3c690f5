import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { partitionPoint } from '../../../src/util/partition-point.js';

describe('partitionPoint', () => {
  it('finds the first index not before the value, as a linear scan does, within from…end', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -20, max: 20 })), fc.integer({ min: -25, max: 25 }), fc.nat(), (values, x, skip) => {
        const sorted = [...values].sort((a, b) => a - b);
        const from = Math.min(skip, sorted.length);
        const linear = sorted.findIndex((v, k) => k >= from && v >= x);
        expect(partitionPoint(sorted.length, (k) => sorted[k]! < x, from)).toBe(linear < 0 ? sorted.length : linear);
      }),
    );
  });

  it('gives from for an empty range and end when every item is before', () => {
    expect(partitionPoint(0, () => true)).toBe(0);
    expect(partitionPoint(5, () => false, 3)).toBe(3);
    expect(partitionPoint(5, () => true, 3)).toBe(5);
  });
});
