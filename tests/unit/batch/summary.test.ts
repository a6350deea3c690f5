import { describe, expect, it } from 'vitest';
import { failureOf } from '../../../src/batch/failure.js';
import { BatchSummary } from '../../../src/batch/summary.js';
import { InputError, SerializationError } from '../../../src/errors.js';

const facts = { out: 'out', formats: ['ttl'], jobs: 2, startedAt: new Date('2025-01-01T00:00:00Z'), seconds: 2 };

describe('BatchSummary', () => {
  it('takes the exit code and the order of failures from the input order, not the finishing order', () => {
    const s = new BatchSummary();
    s.addResult({ seq: 0, ok: true, counts: { entities: 3, quotes: 1, figures: 2, events: 1 }, bytes: 2_000_000, warnings: [] });
    s.addFailure(7, failureOf(new SerializationError('cannot write', 'exporter.serialize.x'), 'g.txt'));
    s.addFailure(2, failureOf(new InputError('the article is empty', 'exporter.input.empty', { file: 'c.txt' }), 'c.txt'));
    s.addSkipped();
    expect(s.exitCode()).toBe(3);
    const report = s.report(facts, 123.4);
    expect(report).toMatchObject({ inputs: 4, exported: 1, failed: 2, skipped: 1, exitCode: 3, articlesPerSecond: 0.5, megabytesPerSecond: 1, peakRssMb: 123, failuresOmitted: 0 });
    expect(report.counts).toEqual({ entities: 3, quotes: 1, figures: 2, events: 1 });
    expect(report.failures.map((f) => [f.file, f.code, f.exitCode])).toEqual([
      ['c.txt', 'exporter.input.empty', 3],
      ['g.txt', 'exporter.serialize.x', 5],
    ]);
    expect(s.lines(facts)).toEqual([
      'newsgraph: 3 entities, 1 quotes, 2 figures, 1 events; 2.00 s, 0.5 articles/s',
      'newsgraph: exported 1 of 4 articles to out; 2 failed; 1 skipped (up to date)',
    ]);
  });

  it('is 0 when nothing failed, and calls anything that is not a typed error a bug', () => {
    const s = new BatchSummary();
    expect(s.exitCode()).toBe(0);
    const bug = failureOf(new TypeError('x is undefined'), 'a.txt');
    expect(bug).toMatchObject({ code: 'exporter.internal', exitCode: 1 });
    expect(bug.line).toMatch(/^a\.txt: internal error: x is undefined \(this is a bug in newsgraph/);
  });
});
