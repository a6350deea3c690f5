import { SpanIndex } from './span-index.js';
import type { EntityCandidate } from '../extract/types.js';

function length(c: EntityCandidate): number {
  return c.end - c.start;
}

/** Most confident first; at equal confidence the knowledge base, then the longer span. */
function byPriority(a: EntityCandidate, b: EntityCandidate): number {
  return b.confidence - a.confidence || Number(!!b.kbId) - Number(!!a.kbId) || length(b) - length(a) || a.start - b.start;
}

function inside(inner: EntityCandidate, outer: EntityCandidate): boolean {
  return outer.start <= inner.start && inner.end <= outer.end && length(outer) > length(inner);
}

function overlaps(a: EntityCandidate, b: EntityCandidate): boolean {
  return a.start < b.end && b.start < a.end;
}

/** An organization's name may hold other names (МИД России, Фонд Горбачёва); nothing else nests. */
function canNest(inner: EntityCandidate, outer: EntityCandidate): boolean {
  if (outer.type !== 'Organization' || !inside(inner, outer)) return false;
  if (inner.kbId && inner.kbId === outer.kbId) return false;
  return !(inner.type === 'Organization' && outer.kbId && !inner.kbId);
}

/** The index of the first kept candidate that blocks c, -1 when c fits. */
function blocker(c: EntityCandidate, kept: readonly EntityCandidate[], spans: SpanIndex): number {
  let first = -1;
  spans.forEachNear(c.start, c.end, (k) => {
    if (first >= 0 && k >= first) return;
    const other = kept[k]!;
    if (!overlaps(c, other)) return;
    if (canNest(c, other) || canNest(other, c)) return;
    first = k;
  });
  return first;
}

/** Same span, same type: the kept mention takes the knowledge-base link it lacked. */
function mergeLink(kept: EntityCandidate, c: EntityCandidate): EntityCandidate {
  if (kept.kbId || !c.kbId || c.source === 'kb-familyName' || kept.type !== c.type || kept.start !== c.start || kept.end !== c.end) return kept;
  return { ...kept, kbId: c.kbId, ...(c.normal ? { normal: c.normal } : {}), ...(c.parts ? { parts: c.parts } : {}) };
}

/**
 * The name mentions of the article: candidates of kind `name`, greedily by priority; a
 * candidate that overlaps a kept one is dropped unless one nests in an organization's name.
 * Returns them sorted by start, then end.
 */
export function selectNames(candidates: readonly EntityCandidate[]): EntityCandidate[] {
  const kept: EntityCandidate[] = [];
  const spans = new SpanIndex();
  for (const c of candidates.filter((x) => x.kind === 'name').sort(byPriority)) {
    const k = blocker(c, kept, spans);
    if (k < 0) {
      spans.add(kept.length, c.start, c.end);
      kept.push(c);
    } else kept[k] = mergeLink(kept[k]!, c);
  }
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}
