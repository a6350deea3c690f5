import type { TokenView } from './token-view.js';
import type { EntityCandidate, Gender } from './types.js';

/** Personal pronouns of the third person singular; его/ему/им may also be neuter or plural, resolve decides. */
const PRONOUNS: ReadonlyMap<string, Gender> = new Map([
  ...['он', 'него', 'нему', 'ним', 'нем', 'нём'].map((w) => [w, 'masc'] as const),
  ...['она', 'ее', 'её', 'нее', 'неё', 'ей', 'ней', 'ею', 'нею'].map((w) => [w, 'femn'] as const),
  ...['его', 'ему', 'им'].map((w) => [w, 'masc'] as const),
]);

/** Personal pronouns that may stand for a person: он, его, ей… with their gender. */
export function extractPronouns(view: TokenView): EntityCandidate[] {
  const out: EntityCandidate[] = [];
  for (let i = 0; i < view.length; i++) {
    const t = view.token(i)!;
    const gender = t.kind === 'word' ? PRONOUNS.get(t.norm) : undefined;
    if (!gender) continue;
    out.push({ start: t.start, end: t.end, text: t.text, type: 'Person', kind: 'pronoun', confidence: 0.5, source: 'pronoun', sentence: t.sentence, gender });
  }
  return out;
}
