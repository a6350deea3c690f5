import { describe, expect, it } from 'vitest';
import { validateModelJson } from '../../../src/validate/model-json.js';
import { readFixture } from '../../helpers/fixtures.js';
import { sampleInput } from '../../helpers/sample-article.js';

const good = JSON.stringify(sampleInput(), null, 2);

describe('validateModelJson', () => {
  it('accepts a good model, and the seed fixture', () => {
    expect(validateModelJson(good, 'sample.model.json')).toEqual([]);
    expect(validateModelJson(readFixture('seed', 'model.json'), 'model.json')).toEqual([]);
  });

  it('accepts a byte order mark', () => {
    expect(validateModelJson(`\uFEFF${good}`, 'x.json')).toEqual([]);
  });

  it('places a JSON syntax error by line and column', () => {
    const broken = good.replace('"source": "sample-1.txt",', '"source": "sample-1.txt",,');
    const [problem, ...rest] = validateModelJson(broken, 'x.json');
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ file: 'x.json', severity: 'error', line: 4 });
    expect(problem?.place).toMatch(/^line 4:\d+$/);
    expect(problem?.message).toMatch(/^not valid JSON: /);
  });

  it('gives each model problem its JSON path and line', () => {
    const input = sampleInput();
    const mentions = input.mentions ?? [];
    mentions[2] = { ...mentions[2]!, text: 'Нарендра Моди!' };
    input.quotes = [{ ...input.quotes![0]!, speaker: 'person/nobody' as never }, input.quotes![1]!];
    const text = JSON.stringify(input, null, 2);
    const problems = validateModelJson(text, 'x.json');
    const byPlace = Object.fromEntries(problems.map((p) => [p.place.replace(/ \(line \d+\)$/, ''), p]));
    expect(byPlace['$.mentions[2].text']?.message).toContain('slice the text to "Нарендра Моди"');
    expect(byPlace['$.quotes[0].speaker']?.message).toContain('person/nobody is not defined');
    const line = byPlace['$.quotes[0].speaker']?.line ?? 0;
    expect(text.split('\n')[line - 1]).toContain('"speaker": "person/nobody"');
  });

  it('reports a missing required field at its parent', () => {
    const { text: _dropped, ...input } = sampleInput();
    const problems = validateModelJson(JSON.stringify(input, null, 2), 'x.json');
    expect(problems).toHaveLength(1);
    expect(problems[0]?.place).toBe('$.text (line 1)');
  });
});
