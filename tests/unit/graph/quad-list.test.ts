import { DataFactory } from 'n3';
import { describe, expect, it } from 'vitest';
import { QuadList } from '../../../src/graph/quad-list.js';
import { indexSubjects } from '../../../src/serialize/subject-index.js';

const { namedNode, literal } = DataFactory;
const s = namedNode('https://example.org/s');
const t = namedNode('https://example.org/t');
const p = namedNode('https://example.org/p');
const q = namedNode('https://example.org/q');

/** Objects with repeats: IRIs, plain, typed and tagged literals that differ only in tag or datatype. */
function objects(n: number) {
  const out = [];
  for (let i = 0; i < n; i++) {
    out.push(namedNode(`https://example.org/o${i % 40}`), literal(`v${i % 30}`), literal(`v${i % 30}`, 'ru'), literal(`v${i % 30}`, namedNode('https://example.org/dt')));
  }
  return out;
}

describe('QuadList', () => {
  it('drops repeated quads within a subject run, short runs and long ones alike, keeping first-seen order', () => {
    for (const n of [3, 200]) {
      const list = new QuadList();
      for (const o of objects(n)) list.add(s, o.termType === 'Literal' ? q : p, o);
      list.add(t, p, objects(1)[0]);
      const quads = list.toArray();
      const keys = quads.map((x) => `${x.subject.value} ${x.predicate.value} ${x.object.termType} ${x.object.value} ${'language' in x.object ? x.object.language : ''} ${'datatype' in x.object ? x.object.datatype.value : ''}`);
      expect(new Set(keys).size).toBe(keys.length);
      const expected = n === 3 ? 12 : 40 + 30 * 3;
      expect(quads.filter((x) => x.subject.equals(s))).toHaveLength(expected);
      expect(quads[0]!.object.equals(objects(1)[0]!)).toBe(true);
    }
  });
});

describe('indexSubjects', () => {
  it('keeps one of each object per predicate, in first-seen order, however many there are', () => {
    const list: ReturnType<QuadList['toArray']> = [];
    for (const o of objects(200)) list.push(DataFactory.quad(s, p, o));
    const node = indexSubjects(list).get(s.value)!;
    const objs = node.properties.get(p.value)!;
    expect(objs).toHaveLength(40 + 30 * 3);
    expect(objs.slice(0, 4).map((o) => o.value)).toEqual(['https://example.org/o0', 'v0', 'v0', 'v0']);
  });
});
