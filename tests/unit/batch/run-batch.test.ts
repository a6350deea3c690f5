import { describe, expect, it } from 'vitest';
import type { PlannedItem } from '../../../src/batch/plan-tasks.js';
import { runBatch } from '../../../src/batch/run-batch.js';
import type { ExportTask, TaskResult } from '../../../src/batch/types.js';

const task = (seq: number): PlannedItem => ({ kind: 'task', task: { seq, label: `a${seq}.txt`, source: { kind: 'file', path: `a${seq}.txt`, format: 'text' }, outStem: `out/a${seq}` } });
const ok = (seq: number): TaskResult => ({ seq, ok: true, counts: { entities: 1, quotes: 0, figures: 0, events: 0 }, bytes: 10, warnings: [] });

/** A perform function that finishes tasks after uneven delays and records how many ran at once. */
function fakePerform(fail?: (t: ExportTask) => Error | undefined) {
  let running = 0;
  const stats = { maxRunning: 0 };
  const perform = async (t: ExportTask): Promise<TaskResult> => {
    running++;
    stats.maxRunning = Math.max(stats.maxRunning, running);
    await new Promise((r) => setTimeout(r, 5 + ((100 - t.seq) % 3)));
    running--;
    const error = fail?.(t);
    if (error) throw error;
    return ok(t.seq);
  };
  return { perform, stats };
}

describe('runBatch', () => {
  it('pulls inputs only as fast as they are exported (bounded work in flight) and hands every result on', async () => {
    let pulled = 0;
    let maxAhead = 0;
    const seen: number[] = [];
    async function* items(): AsyncGenerator<PlannedItem> {
      for (let i = 0; i < 60; i++) {
        pulled++;
        maxAhead = Math.max(maxAhead, pulled - seen.length);
        yield i % 10 === 3 ? { kind: 'skipped', seq: i, label: `a${i}` } : task(i);
      }
    }
    const { perform, stats } = fakePerform();
    let skipped = 0;
    await runBatch(items(), perform, 4, { result: (_t, r) => void seen.push(r.seq), planned: () => void (skipped++, seen.push(-1)) });
    expect(seen).toHaveLength(60);
    expect(skipped).toBe(6);
    expect(stats.maxRunning).toBeLessThanOrEqual(4);
    expect(maxAhead).toBeLessThanOrEqual(5);
  });

  it('stops on a runner error (a worker that cannot start) and throws it after the tasks in flight settle', async () => {
    async function* items(): AsyncGenerator<PlannedItem> {
      for (let i = 0; i < 100; i++) yield task(i);
    }
    const { perform } = fakePerform((t) => (t.seq === 5 ? new Error('cannot start') : undefined));
    let results = 0;
    await expect(runBatch(items(), perform, 4, { result: () => void results++, planned: () => {} })).rejects.toThrow('cannot start');
    expect(results).toBeLessThan(20);
  });
});
