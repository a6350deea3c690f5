import type { EntityCandidate } from '../extract/types.js';

/**
 * Words that present a person as somebody other than the famous bearer of the name: a local
 * resident, a pensioner, a namesake, somebody named after the famous one (Михаил Горбачёв —
 * местный житель, названный в честь бывшего президента СССР).
 */
const NAMESAKE_WORDS = /(?<!\p{L})(местн\p{L}*|жител\p{L}*|жительниц\p{L}*|пенсионер\p{L}*|тезк\p{L}*|однофамил\p{L}*|названн?\p{L}* в честь)(?!\p{L})/iu;
/** Before a name only the nouns count (пенсионер Иван Петров); «назван в честь Михаила Горбачёва» names the famous one. */
const NAMESAKE_NOUNS = /(?<!\p{L})(местн\p{L}*|жител\p{L}*|жительниц\p{L}*|пенсионер\p{L}*|тезк\p{L}*|однофамил\p{L}*)(?!\p{L})/iu;
/** How far around the name the descriptor may stand, in characters, within its sentence. */
const AFTER = 60;
const BEFORE = 30;

/**
 * Unlinks the knowledge-base people the text presents as namesakes: when a mention of a linked
 * person has a namesake descriptor in apposition (— местный житель, …; пенсионер Иван Петров),
 * the famous bearer of the name is not meant, so every mention of that entry in the article
 * stays an unlinked person of the same name.
 */
export function unlinkNamesakes(names: readonly EntityCandidate[], text: string): EntityCandidate[] {
  const namesakes = new Set<string>();
  for (const c of names) if (c.type === 'Person' && c.kbId && describedAsNamesake(c, text)) namesakes.add(c.kbId);
  if (namesakes.size === 0) return [...names];
  return names.map((c) => (c.kbId && namesakes.has(c.kbId) ? unlink(c) : c));
}

function describedAsNamesake(c: EntityCandidate, text: string): boolean {
  const after = sentencePart(text.slice(c.end, c.end + AFTER));
  const apposition = /^\s*(—|–|-|,)\s*/u.exec(after);
  if (apposition && NAMESAKE_WORDS.test(after.slice(apposition[0].length).split(/[,.;:!?()«»]/u)[0] ?? '')) return true;
  const before = text.slice(Math.max(0, c.start - BEFORE), c.start);
  const words = before.split(/[.!?\n]/u).pop() ?? '';
  return NAMESAKE_NOUNS.test(words.split(/\s+/u).slice(-3).join(' '));
}

/** The text up to the end of the sentence. */
function sentencePart(s: string): string {
  const end = s.search(/[.!?\n]/u);
  return end < 0 ? s : s.slice(0, end);
}

function unlink(c: EntityCandidate): EntityCandidate {
  const { kbId: _kbId, ...rest } = c;
  return rest;
}
