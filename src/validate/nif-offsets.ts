import type { Quad, Term } from '@rdfjs/types';
import { CodePointIndex } from '../util/code-points.js';
import { nif } from '../vocab/nif.js';
import type { Problem } from './problem.js';

/**
 * What SHACL cannot say about NIF: each phrase's offsets lie inside its context's text and slice
 * it (in Unicode code points) to exactly the phrase's nif:anchorOf. Phrases that lack an offset,
 * an anchor or a context are left to the shapes.
 */
export function checkNifOffsets(quads: readonly Quad[], file: string): Problem[] {
  const bySubject = new Map<string, Map<string, Term>>();
  for (const q of quads) {
    const props = bySubject.get(q.subject.value) ?? new Map<string, Term>();
    if (!props.has(q.predicate.value)) props.set(q.predicate.value, q.object);
    bySubject.set(q.subject.value, props);
  }
  const indexes = new Map<string, CodePointIndex>();
  const problems: Problem[] = [];
  for (const [phrase, props] of bySubject) {
    const context = props.get(nif.referenceContext.value);
    const anchor = props.get(nif.anchorOf.value);
    const begin = Number(props.get(nif.beginIndex.value)?.value);
    const end = Number(props.get(nif.endIndex.value)?.value);
    if (!context || !anchor || !Number.isInteger(begin) || !Number.isInteger(end)) continue;
    const text = bySubject.get(context.value)?.get(nif.isString.value)?.value;
    if (text === undefined) continue;
    let index = indexes.get(context.value);
    if (!index) indexes.set(context.value, (index = new CodePointIndex(text)));
    const place = `<${phrase}>`;
    if (begin < 0 || end > index.length || begin > end) {
      problems.push({ file, place, message: `offsets ${begin}–${end} lie outside the context's text (${index.length} code points)`, severity: 'error' });
    } else if (index.slice(begin, end) !== anchor.value) {
      const found = JSON.stringify(index.slice(begin, end));
      problems.push({ file, place, message: `nif:anchorOf ${JSON.stringify(anchor.value)} differs from the text at ${begin}–${end}: ${found}`, severity: 'error' });
    }
  }
  return problems;
}
