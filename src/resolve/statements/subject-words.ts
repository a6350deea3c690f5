import { readingsOf, readingWhere, type Gender } from '../../extract/statements/token-tools.js';
import type { EntityId } from '../../model/ids.js';
import type { Analysis, Token } from '../../segment/types.js';
import { foldCase } from '../../util/fold.js';
import type { MentionIndex, TokenMention } from './mention-index.js';
import { organizationHead } from './source-phrase.js';
import type { UnnamedHead } from './unnamed-sources.js';

/** Word-level tests of the subject finder: which words name people or organizations, and appositions. */

const CASES = ['nomn', 'gent', 'datv', 'accs', 'ablt', 'loct'] as const;
const MAX_GLOSS_TOKENS = 8;

/** A substantivized adjective that names people: дежурный, полицейские (not главное, not другие). */
export function isPersonAdjective(a: Analysis): boolean {
  return a.pos === 'ADJF' && a.tags.has('Subx') && !a.tags.has('Apro') && (a.tags.has('masc') || a.tags.has('femn') || a.tags.has('plur'));
}

/** Nouns of unnamed sources the dictionary lists as inanimate only (источник: a spring, and an informant). */
const INANIMATE_SOURCES: ReadonlySet<string> = new Set(['источник']);

/** A noun that can name a speaker: animate, or one of the inanimate source nouns. */
export function isSpeakerNoun(a: Analysis): boolean {
  return a.pos === 'NOUN' && (a.tags.has('anim') || INANIMATE_SOURCES.has(foldCase(a.lemma)));
}

/** The reading names people: an animate common noun or a substantivized adjective (give it the likeliest: дух is mostly a thing). */
export function isPersonWord(a: Analysis | undefined): boolean {
  if (!a) return false;
  if (a.pos === 'NOUN') return isSpeakerNoun(a) && !a.tags.has('Name') && !a.tags.has('Surn') && !a.tags.has('Patr');
  return isPersonAdjective(a);
}

/**
 * по словам протоиерея Игоря Якимчука: a full name right after the role noun, in its case (not
 * представитель Обамы, where the name is the complement).
 */
export function nameInApposition(index: MentionIndex, k: number, r: Analysis): EntityId | undefined {
  const next = index.at(k + 1);
  if (!next || next.from !== k + 1 || next.entity.type !== 'Person' || next.mention.kind !== 'name' || next.to - next.from < 2) return undefined;
  const cases = CASES.filter((c) => r.tags.has(c));
  return readingWhere(index.seg, index.seg.tokens[k + 1], (a) => cases.some((c) => a.tags.has(c))) ? next.entity.id : undefined;
}

/**
 * пресс-служба сообщила / правительство заявило: an organization noun in the nominative that agrees
 * with the verb; the organization named with this head noun, else an unnamed one.
 */
export function organizationSubject(index: MentionIndex, k: number, gender: Gender | undefined): EntityId | UnnamedHead | undefined {
  const t = index.seg.tokens[k]!;
  if (!organizationHead(index.seg, t)) return undefined;
  const agrees = (a: Analysis) => (gender === 'plur' ? a.tags.has('plur') : a.tags.has('sing') && (gender === undefined || a.tags.has(gender)));
  if (!readingWhere(index.seg, t, (a) => a.pos === 'NOUN' && a.tags.has('nomn') && agrees(a))) return undefined;
  return organizationNamed(index, k) ?? { unnamed: k, plural: gender === 'plur' };
}

/** полиции → the «полиция РА» named before: an organization whose name starts with this noun. */
export function organizationNamed(index: MentionIndex, k: number): EntityId | undefined {
  const lemmas = new Set(readingsOf(index.seg, index.seg.tokens[k]!).map((a) => foldCase(a.lemma)));
  if (lemmas.size === 0) return undefined;
  const hit = index.lastBefore(k, (m) => m.entity.type === 'Organization' && lemmas.has(foldCase(m.entity.name.split(/\s+/)[0] ?? '')));
  return hit?.entity.id;
}

/** Фонда прав человека (Human Rights Foundation) Тор Халворссен: the closing bracket of a short gloss in one sentence. */
export function glossEnd(tokens: readonly Token[], open: number): number | undefined {
  for (let j = open + 1; j < Math.min(tokens.length, open + MAX_GLOSS_TOKENS); j++) {
    const t = tokens[j]!;
    if (t.sentence !== tokens[open]!.sentence || t.text === '(') return undefined;
    if (t.text === ')') return j;
  }
  return undefined;
}

/**
 * представителя генсека ООН Антониу Гутерриша: a role noun that complements the one before (not
 * joined to it by и) has the name after it for its own.
 */
export function ownRoleNoun(index: MentionIndex, j: number, tm: TokenMention | undefined): boolean {
  if (/^(и|или)$/.test(index.seg.tokens[j - 1]?.norm ?? '')) return false;
  if (tm) return tm.from === j && tm.entity.type === 'Person' && tm.mention.kind === 'description';
  return isPersonWord(readingsOf(index.seg, index.seg.tokens[j]!)[0]);
}
