import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { planTasks, type PlannedItem } from '../../../src/batch/plan-tasks.js';
import { discoverInputs } from '../../../src/read/collect-inputs.js';
import { tempDir } from '../../helpers/cli.js';

async function plan(paths: string[], out: string, resume = false): Promise<PlannedItem[]> {
  const items: PlannedItem[] = [];
  const stdin = async function* () {
    yield Buffer.from('Текст из stdin.');
  };
  for await (const item of planTasks(discoverInputs(paths), { out, formats: ['ttl'], resume, stdin })) items.push(item);
  return items;
}

const summary = (items: PlannedItem[]) =>
  items.map((i) => (i.kind === 'task' ? [i.task.seq, 'task', i.task.label.split('/').pop(), i.task.outStem] : i.kind === 'failed' ? [i.seq, 'failed', i.failure.code] : [i.seq, 'skipped']));

describe('planTasks', () => {
  it('numbers inputs in order, one per JSON Lines row, and refuses a second input with the same output name', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'a.txt'), 'А.');
    writeFileSync(join(dir, 'a.html'), '<p>А.</p>');
    writeFileSync(join(dir, 'sub', 'rows.jsonl'), '{"id":"x","text":"Б."}\n{"id":"x","text":"В."}\n{"text":"Г."}\n');
    const items = await plan([dir, '-'], 'out');
    expect(summary(items)).toEqual([
      [0, 'task', 'a.html', join('out', 'a')],
      [1, 'failed', 'exporter.input.outputClash'],
      [2, 'task', 'rows.jsonl:1', join('out', 'sub', 'x')],
      [3, 'failed', 'exporter.input.outputClash'],
      [4, 'task', 'rows.jsonl:3', join('out', 'sub', 'rows-3')],
      [5, 'task', 'stdin', join('out', 'stdin')],
    ]);
    const row = items[2];
    expect(row?.kind === 'task' && row.task.source.kind === 'document' && row.task.source.doc.text).toBe('Б.');
  });

  it('with resume, skips an input whose outputs are newer', async () => {
    const dir = tempDir();
    const out = tempDir();
    writeFileSync(join(dir, 'a.txt'), 'А.');
    writeFileSync(join(dir, 'b.txt'), 'Б.');
    writeFileSync(join(out, 'a.ttl'), '');
    expect(summary(await plan([dir], out, true)).map((s) => s[1])).toEqual(['skipped', 'task']);
    expect(summary(await plan([dir], out, false)).map((s) => s[1])).toEqual(['task', 'task']);
  });
});
