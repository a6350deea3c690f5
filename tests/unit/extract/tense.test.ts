import { describe, expect, it } from 'vitest';
import { PLANNED_WORDS } from '../../../src/extract/statements/lexicon.js';
import { tenseNear } from '../../../src/extract/statements/tense.js';
import { tenseOf, type Tense } from '../../../src/extract/statements/token-tools.js';
import type { SegmentedArticle } from '../../../src/segment/types.js';
import { loadKit, segment } from './entity-kit.js';

const kit = await loadKit();

/** The nearest finite verb of the sentence, found by scanning it (what the per-sentence index must equal). */
function scanned(seg: SegmentedArticle, i: number): Tense | undefined {
  const s = seg.sentences[seg.tokens[i]!.sentence]!;
  let best: Tense | undefined;
  let distance = Infinity;
  let planned = false;
  for (let k = s.tokenStart; k < s.tokenEnd; k++) {
    const tok = seg.tokens[k]!;
    if (tok.kind !== 'word') continue;
    if (PLANNED_WORDS.has(tok.norm)) planned = true;
    const tense = tenseOf(seg, tok);
    if (tense && Math.abs(k - i) < distance) [best, distance] = [tense, Math.abs(k - i)];
  }
  return planned && best !== 'past' ? 'future' : best;
}

describe('tenseNear', () => {
  it('finds the nearest finite verb of the sentence, the earlier of two as near', () => {
    const seg = segment(kit, [
      'Встреча прошла вчера, а переговоры пройдут завтра, сообщил он.',
      'Саммит будет в мае. Парад отменили, но концерт состоялся и фестиваль начнётся позже.',
      'Переговоры по видеосвязи.',
    ].join('\n'));
    for (let i = 0; i < seg.tokens.length; i++) expect(tenseNear(seg, i), `token ${i} ${seg.tokens[i]!.text}`).toBe(scanned(seg, i));
  });

  // A hang guard, not a speed measurement (npm run bench measures speed): quadratic scanning of
  // 30,000 tokens would take minutes and hit the test's time-out.
  it('finishes on a sentence of many event words and no punctuation', () => {
    const words = ['переговоры', 'прошли', 'встреча', 'и', 'саммит', 'будет'];
    const seg = segment(kit, Array.from({ length: 30_000 }, (_, i) => words[(i * 7) % 6]).join(' '));
    let known = 0;
    for (let i = 0; i < seg.tokens.length; i++) if (tenseNear(seg, i) !== undefined) known++;
    expect(known).toBeGreaterThan(0);
  }, 60_000);
});
