import { childOf, type Gazetteer, type GazetteerHit } from './gazetteer.js';
import type { TokenView } from './token-view.js';
import { foldWord } from './word-keys.js';
import { cyrillicLookalikes } from '../segment/az-morphology.js';

const MAX_NAME_TOKENS = 14;

/** A run of tokens [start, end) that spells a knowledge-base name. */
export interface GazetteerMatch {
  readonly start: number;
  readonly end: number;
  readonly hits: readonly GazetteerHit[];
}

type Node = Gazetteer['root'];

/**
 * Every run of tokens that spells a name of the gazetteer, in any inflection, with its case
 * pattern respected (Мира is not Мир when lower case). Quote marks inside a name are skipped
 * (РИА «Новости»). At most MAX_NAME_TOKENS per name, so the scan stays linear in the text.
 */
export function matchGazetteer(view: TokenView, gaz: Gazetteer): GazetteerMatch[] {
  const out: GazetteerMatch[] = [];
  const idsAt: (readonly number[] | undefined)[] = new Array(view.length);
  const idsOf = (j: number) => (idsAt[j] ??= gaz.wordIds(view.text(j), () => view.keys(j)));
  for (let i = 0; i < view.length; i++) {
    if (!view.isWord(i) || !gaz.canStart(view.text(i), view.isUpper(i))) continue;
    let frontier: Node[] = [gaz.root];
    for (let j = i; j < view.length && j - i < MAX_NAME_TOKENS && frontier.length > 0; j++) {
      const t = view.token(j)!;
      if (t.sentence !== view.token(i)!.sentence) break;
      if (j > i && t.kind === 'quote') continue;
      if (j > i && !gaz.mayContinue(frontier, openingLetters(t.text))) break;
      frontier = step(frontier, idsOf(j));
      for (const node of frontier) {
        const hits = node.hits?.filter((h) => fitsCase(view, i, j + 1, h));
        if (hits && hits.length > 0) out.push({ start: i, end: j + 1, hits });
      }
    }
  }
  return out;
}

/** The folded first letter of a word, and its Cyrillic look-alike (the morphology reads Cолист with a Latin C as Солист). */
function openingLetters(text: string): string {
  const first = foldWord(text.charAt(0));
  const cyrillic = cyrillicLookalikes(first);
  return cyrillic === first ? first : first + cyrillic;
}

function step(frontier: readonly Node[], ids: readonly number[]): Node[] {
  const next: Node[] = [];
  for (const node of frontier) {
    for (const id of ids) {
      const child = childOf(node, id);
      if (child && !next.includes(child)) next.push(child);
    }
  }
  return next;
}

/**
 * The text's capitals agree with the name's: C words in capitals, the first U word capitalized
 * (later ones may be written lower case: Российской федерации, Государственной думы).
 */
function fitsCase(view: TokenView, start: number, end: number, hit: GazetteerHit): boolean {
  let w = 0;
  for (let j = start; j < end; j++) {
    const t = view.token(j)!;
    if (j > start && t.kind === 'quote') continue;
    const shape = hit.shape[w++];
    if (shape === 'U' && !t.upper && (w === 1 || hit.shape.length === 1)) return false;
    if (shape === 'C' && !t.caps && t.text.length > 1) return false;
  }
  return w === hit.shape.length;
}
