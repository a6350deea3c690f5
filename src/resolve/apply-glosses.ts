import type { EntityCandidate } from '../extract/types.js';

const LATIN = /^[A-Za-z][A-Za-z0-9 '’.&-]*$/;

/**
 * A Latin-script name in brackets right after a name repeats it in the original spelling:
 * Джошуа Вольфа (Joshua Wolf), Раскассэ (La Rascasse). The gloss takes the type, the parts and
 * the link of the name before it, so it joins that entity.
 */
export function applyGlosses(names: readonly EntityCandidate[], text: string): EntityCandidate[] {
  const out: (EntityCandidate | undefined)[] = [...names];
  for (let k = 0; k < out.length; k++) {
    const gloss = out[k]!;
    if (!LATIN.test(gloss.text)) continue;
    const before = previousName(names, k);
    if (!before || !isBracketed(text, before.end, gloss)) {
      if (gloss.source === 'latin' && glossesSomethingElse(text, gloss)) out[k] = undefined;
      continue;
    }
    out[k] = {
      ...gloss,
      type: before.type,
      normal: before.normal ?? before.text,
      ...(before.kbId ? { kbId: before.kbId } : {}),
      ...(before.parts ? { parts: before.parts } : {}),
      ...(before.gender ? { gender: before.gender } : {}),
      source: `${gloss.source}-gloss`,
    };
  }
  return out.filter((c): c is EntityCandidate => c !== undefined);
}

/** «Шкода Октавия» (Skoda Octavia), турнир Корус (Corus Chess Tournament): a Latin gloss of a title or a term. */
function glossesSomethingElse(text: string, gloss: EntityCandidate): boolean {
  return /[\p{L}»"”]\s*\(\s*$/u.test(text.slice(Math.max(0, gloss.start - 4), gloss.start)) && /^\s*\)/.test(text.slice(gloss.end, gloss.end + 3));
}

function previousName(names: readonly EntityCandidate[], k: number): EntityCandidate | undefined {
  const gloss = names[k]!;
  let best: EntityCandidate | undefined;
  for (let j = k - 1; j >= 0; j--) {
    const n = names[j]!;
    if (n.end <= gloss.start && (!best || n.end > best.end || (n.end === best.end && n.start < best.start))) best = n;
  }
  return best;
}

/** Only white space and an opening bracket between the name and the gloss, and a closing one after it. */
function isBracketed(text: string, nameEnd: number, gloss: EntityCandidate): boolean {
  return /^\s*\(\s*$/.test(text.slice(nameEnd, gloss.start)) && /^\s*\)/.test(text.slice(gloss.end, gloss.end + 3));
}
