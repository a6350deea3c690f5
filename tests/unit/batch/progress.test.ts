import { describe, expect, it } from 'vitest';
import { createProgress, describe as describeState } from '../../../src/batch/progress.js';

function clock() {
  let t = 0;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

describe('progress display', () => {
  it('describes done, total, failures, rate and ETA', () => {
    expect(describeState({ done: 1200, total: 10_000, failed: 3, elapsedSeconds: 5 })).toBe('1200 of 10000 articles (12%), 3 failed, 240 articles/s, ETA 36.7 s');
    expect(describeState({ done: 5, failed: 0, elapsedSeconds: 2 })).toBe('5 articles, 2.5 articles/s');
  });

  it('off a terminal, prints at most one plain line per interval', () => {
    const c = clock();
    let out = '';
    const p = createProgress({ write: (t) => (out += t), mode: 'lines', intervalMs: 10_000, now: c.now });
    for (let i = 1; i <= 100; i++) {
      c.advance(250);
      p.update({ done: i, total: 100, failed: 0, elapsedSeconds: i / 4 });
    }
    expect(out.trim().split('\n')).toEqual([
      'newsgraph: 40 of 100 articles (40%), 4.0 articles/s, ETA 15.0 s',
      'newsgraph: 80 of 100 articles (80%), 4.0 articles/s, ETA 5.00 s',
    ]);
  });

  it('on a terminal, redraws a bar in place and prints log lines above it', () => {
    const c = clock();
    let out = '';
    const p = createProgress({ write: (t) => (out += t), mode: 'bar', now: c.now });
    c.advance(200);
    p.update({ done: 50, total: 100, failed: 0, elapsedSeconds: 1 });
    p.log('newsgraph: a.txt: the article is empty');
    p.finish();
    expect(out).toBe(
      '\r\x1b[2K[██████████████░░░░░░░░░░░░░░] 50 of 100 articles (50%), 50 articles/s, ETA 1.00 s' +
        '\r\x1b[2Knewsgraph: a.txt: the article is empty\n[██████████████░░░░░░░░░░░░░░] 50 of 100 articles (50%), 50 articles/s, ETA 1.00 s' +
        '\r\x1b[2K',
    );
  });

  it('with --quiet, prints failures only', () => {
    let out = '';
    const p = createProgress({ write: (t) => (out += t), mode: 'none' });
    p.update({ done: 1, failed: 0, elapsedSeconds: 100 });
    p.log('newsgraph: b.txt: failed');
    expect(out).toBe('newsgraph: b.txt: failed\n');
  });
});
