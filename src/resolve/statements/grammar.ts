import type { Gender } from '../../extract/statements/token-tools.js';
import type { Entity } from '../../model/entity.js';
import type { Analysis, Token } from '../../segment/types.js';
import { foldCase } from '../../util/fold.js';
import type { TokenMention } from './mention-index.js';
import { readingGender } from './person-gender.js';

const OPENING = /^[«„“"]$/;
const CLOSING = /^[»“”"]$/;

/** For a quoted name («Эхо Москвы», газета «Известия»): the index of the word before its marks; else undefined. */
export function quotedName(tokens: readonly Token[], tm: TokenMention): number | undefined {
  const first = tokens[tm.from];
  if (first?.kind === 'quote' && OPENING.test(first.text)) return tm.from - 1;
  const prev = tokens[tm.from - 1];
  const next = tokens[tm.to];
  if (prev?.kind === 'quote' && OPENING.test(prev.text) && next?.kind === 'quote' && CLOSING.test(next.text)) return tm.from - 2;
  return undefined;
}

/** One reading is nominative (or indeclinable) and agrees with a past-tense verb of this gender. */
export function nominative(readings: readonly Analysis[], verb: Gender | undefined): boolean {
  if (readings.length === 0) return true;
  return readings.some((a) => {
    if (a.tags.has('Fixd')) return true;
    if (!a.tags.has('nomn')) return false;
    if (verb === undefined || verb === 'plur') return true;
    const g = readingGender(a);
    return g === undefined || g === verb || a.tags.has('Ms-f');
  });
}

/** The person has this role among their job titles or description. */
export function hasRole(entity: Entity, role: string): boolean {
  if (entity.type !== 'Person') return false;
  const words = [...entity.jobTitles, entity.description ?? ''].map(foldCase).join(' ');
  return words.includes(role);
}

/**
 * Marks the tokens of subordinate clauses in [from, to): «, который …,» up to its comma, «, что …»
 * up to «, и» (X напомнил, что Y …, и добавил: the subject of добавил is X).
 */
export function subordinateClauses(tokens: readonly Token[], from: number, to: number): Uint8Array {
  const out = new Uint8Array(Math.max(0, to - from));
  let inside: 'relative' | 'that' | undefined;
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    const afterComma = tokens[k - 1]?.text === ',';
    if (!inside && afterComma && t.norm.startsWith('котор')) inside = 'relative';
    else if (!inside && afterComma && t.norm === 'что') inside = 'that';
    else if (inside === 'relative' && t.text === ',') inside = undefined;
    else if (inside === 'that' && t.text === ',' && /^(и|а|но)$/.test(tokens[k + 1]?.norm ?? '')) inside = undefined;
    if (inside) out[k - from] = 1;
  }
  return out;
}
