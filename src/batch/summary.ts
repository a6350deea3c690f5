import { ExitCode } from '../errors.js';
import type { ArticleCounts, Failure, TaskResult } from './types.js';

/** At most this many failures are kept for the report (the count is always exact), so memory stays flat. */
export const MAX_REPORTED_FAILURES = 10_000;

/** The JSON written by --report. */
export interface BatchReport {
  readonly out: string;
  readonly formats: readonly string[];
  readonly jobs: number;
  readonly startedAt: string;
  readonly seconds: number;
  readonly inputs: number;
  readonly exported: number;
  readonly failed: number;
  readonly skipped: number;
  readonly articlesPerSecond: number;
  readonly megabytesPerSecond: number;
  readonly counts: ArticleCounts;
  /** The process's peak resident memory (main thread and workers), in MB. */
  readonly peakRssMb: number;
  readonly exitCode: number;
  readonly failures: readonly Omit<Failure, 'line'>[];
  readonly failuresOmitted: number;
}

export interface RunFacts {
  readonly out: string;
  readonly formats: readonly string[];
  readonly jobs: number;
  readonly startedAt: Date;
  readonly seconds: number;
}

/** Adds up a run as results come in, in any order; the exit code and the failure list follow the input order. */
export class BatchSummary {
  exported = 0;
  failed = 0;
  skipped = 0;
  bytes = 0;
  private readonly counts = { entities: 0, quotes: 0, figures: 0, events: 0 };
  private readonly failures: { readonly seq: number; readonly failure: Failure }[] = [];
  private first: { seq: number; exitCode: number } | undefined;

  get done(): number {
    return this.exported + this.failed + this.skipped;
  }

  addResult(result: TaskResult): void {
    if (!result.ok) return this.addFailure(result.seq, result.failure);
    this.exported++;
    this.bytes += result.bytes;
    this.counts.entities += result.counts.entities;
    this.counts.quotes += result.counts.quotes;
    this.counts.figures += result.counts.figures;
    this.counts.events += result.counts.events;
  }

  addFailure(seq: number, failure: Failure): void {
    this.failed++;
    if (this.failures.length < MAX_REPORTED_FAILURES) this.failures.push({ seq, failure });
    if (!this.first || seq < this.first.seq) this.first = { seq, exitCode: failure.exitCode };
  }

  addSkipped(): void {
    this.skipped++;
  }

  /** 0 when every input was exported (or skipped as up to date), else the exit code of the first failed input. */
  exitCode(): number {
    return this.first?.exitCode ?? ExitCode.ok;
  }

  /** The closing lines on stderr: what was found, then how many articles were exported. */
  lines(facts: RunFacts): string[] {
    const total = this.done;
    const rate = this.exported / Math.max(facts.seconds, 1e-3);
    const c = this.counts;
    const skipped = this.skipped ? `; ${this.skipped} skipped (up to date)` : '';
    return [
      `newsgraph: ${c.entities} entities, ${c.quotes} quotes, ${c.figures} figures, ${c.events} events; ${formatSeconds(facts.seconds)}, ${rate.toFixed(rate < 10 ? 1 : 0)} articles/s`,
      `newsgraph: exported ${this.exported} of ${total} article${total === 1 ? '' : 's'} to ${facts.out}${this.failed ? `; ${this.failed} failed` : ''}${skipped}`,
    ];
  }

  report(facts: RunFacts, peakRssMb: number): BatchReport {
    const seconds = Math.max(facts.seconds, 1e-3);
    const failures = [...this.failures].sort((a, b) => a.seq - b.seq).map(({ failure: f }) => ({ file: f.file, code: f.code, exitCode: f.exitCode, message: f.message }));
    return {
      out: facts.out,
      formats: facts.formats,
      jobs: facts.jobs,
      startedAt: facts.startedAt.toISOString(),
      seconds: round(facts.seconds, 3),
      inputs: this.done,
      exported: this.exported,
      failed: this.failed,
      skipped: this.skipped,
      articlesPerSecond: round(this.exported / seconds, 1),
      megabytesPerSecond: round(this.bytes / 1e6 / seconds, 3),
      counts: { ...this.counts },
      peakRssMb: Math.round(peakRssMb),
      exitCode: this.exitCode(),
      failures,
      failuresOmitted: this.failed - failures.length,
    };
  }
}

export function formatSeconds(seconds: number): string {
  if (seconds < 60) return `${seconds.toFixed(seconds < 10 ? 2 : 1)} s`;
  const m = Math.floor(seconds / 60);
  return `${m} min ${Math.round(seconds - m * 60)} s`;
}

function round(value: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
