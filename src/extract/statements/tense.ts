import type { SegmentedArticle } from '../../segment/types.js';
import { PLANNED_WORDS } from './lexicon.js';
import { tenseOf, type Tense } from './token-tools.js';

/**
 * The tense of the clause around token i: the nearest finite verb of its sentence (будет, состоится,
 * планируется and the like make it future unless a nearer verb is past).
 */
export function tenseNear(seg: SegmentedArticle, i: number): Tense | undefined {
  const t = seg.tokens[i];
  if (!t) return undefined;
  const s = seg.sentences[t.sentence]!;
  let best: Tense | undefined;
  let distance = Infinity;
  let planned = false;
  for (let k = s.tokenStart; k < s.tokenEnd; k++) {
    const tok = seg.tokens[k]!;
    if (tok.kind !== 'word') continue;
    if (PLANNED_WORDS.has(tok.norm)) planned = true;
    const d = Math.abs(k - i);
    if (d >= distance) continue;
    const tense = tenseOf(seg, tok);
    if (tense) {
      best = tense;
      distance = d;
    }
  }
  if (planned && best !== 'past') return 'future';
  return best;
}
