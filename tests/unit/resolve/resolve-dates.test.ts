import { describe, expect, it } from 'vitest';
import type { DateCandidate, DateSpec } from '../../../src/extract/dates.js';
import type { Tense } from '../../../src/extract/statements/token-tools.js';
import { resolveDate } from '../../../src/resolve/statements/resolve-dates.js';

const published = { value: '2026-02-04', precision: 'day' as const };
const at = (spec: DateSpec, tense?: Tense): DateCandidate => ({ start: 0, end: 1, from: 0, to: 1, spec, ...(tense ? { tense } : {}) });
const resolve = (spec: DateSpec, tense?: Tense, pub: typeof published | null = published) => resolveDate(at(spec, tense), pub ?? undefined);

describe('resolveDate', () => {
  it('keeps the precision the text gives', () => {
    expect(resolve({ kind: 'calendar', year: 2026, month: 2, day: 4 })).toEqual({ value: '2026-02-04', precision: 'day' });
    expect(resolve({ kind: 'calendar', year: 2026, month: 2 })).toEqual({ value: '2026-02', precision: 'month' });
    expect(resolve({ kind: 'calendar', year: 2025 })).toEqual({ value: '2025', precision: 'year' });
  });

  it('places relative expressions against the article date', () => {
    expect(resolve({ kind: 'relative-day', offset: 0 })).toEqual({ value: '2026-02-04', precision: 'day' });
    expect(resolve({ kind: 'relative-day', offset: -5 })).toEqual({ value: '2026-01-30', precision: 'day' });
    expect(resolve({ kind: 'relative-year', offset: -1 })).toEqual({ value: '2025', precision: 'year' });
    expect(resolve({ kind: 'relative-month', offset: -2 })).toEqual({ value: '2025-12', precision: 'month' });
    expect(resolve({ kind: 'calendar', month: 2, yearOffset: 0 })).toEqual({ value: '2026-02', precision: 'month' });
  });

  it('a day or month without a year: the article year, moved by the tense of the clause', () => {
    expect(resolve({ kind: 'calendar', month: 5, day: 9 }, 'past')).toEqual({ value: '2025-05-09', precision: 'day' });
    expect(resolve({ kind: 'calendar', month: 5, day: 9 }, 'future')).toEqual({ value: '2026-05-09', precision: 'day' });
    expect(resolve({ kind: 'calendar', month: 1, day: 20 }, 'future')).toEqual({ value: '2027-01-20', precision: 'day' });
    expect(resolve({ kind: 'calendar', month: 9 }, 'past')).toEqual({ value: '2025-09', precision: 'month' });
    expect(resolve({ kind: 'calendar', month: 9 })).toEqual({ value: '2026-09', precision: 'month' });
  });

  it('never invents a year: without the article date relative dates are dropped, a day and month stays --MM-DD', () => {
    expect(resolve({ kind: 'relative-day', offset: 0 }, undefined, null)).toBeUndefined();
    expect(resolve({ kind: 'relative-year', offset: 0 }, undefined, null)).toBeUndefined();
    expect(resolve({ kind: 'calendar', month: 9 }, 'past', null)).toBeUndefined();
    expect(resolve({ kind: 'calendar', month: 5, day: 9 }, 'past', null)).toEqual({ value: '--05-09', precision: 'monthDay' });
  });

  it('rejects impossible calendar dates', () => {
    expect(resolve({ kind: 'calendar', year: 2025, month: 2, day: 30 })).toBeUndefined();
  });
});
