/**
 * Binary search over indexes from…end-1 of a sorted sequence: the first index where `before` is
 * false, given that it is true on a leading run of the range and false after it (end when it is
 * true throughout). The name is Rust's for the same search.
 */
export function partitionPoint(end: number, before: (k: number) => boolean, from = 0): number {
  let lo = from;
  let hi = end;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
