import type { EntityCandidate, NameParts } from '../extract/types.js';
import { effectiveType } from '../extract/gazetteer.js';
import { foldWord, stemWord } from '../extract/word-keys.js';
import type { KnowledgeBase } from '../kb/knowledge-base.js';
import { BoundedCache } from '../segment/bounded-cache.js';
import type { EntityType } from '../model/entity.js';
import { newDraft, type EntityDraft } from './entity-draft.js';

/** Comparison key of a name: its words folded and stemmed (Министерства обороны → министерств оборон). */
export function nameKey(name: string): string {
  let key = NAME_KEYS.get(name);
  if (key === undefined) {
    key = name
      .split(/[\s«»"“”„]+/)
      .filter(Boolean)
      .map((w) => stemWord(foldWord(w)))
      .join(' ');
    NAME_KEYS.set(name, key);
  }
  return key;
}

/**
 * Name keys by name, for the process: knowledge-base names recur in every article, the others
 * mostly do not, so the recently used ones are kept (a plain map grew with the corpus).
 */
const NAME_KEYS = new BoundedCache<string, string>(20_000);

function stemOf(word: string | undefined): string | undefined {
  return word ? stemWord(foldWord(word)) : undefined;
}

/** Given names agree when one is missing, or they share a stem or an initial. */
function givenAgrees(a: NameParts | undefined, b: NameParts | undefined): boolean {
  const ga = a?.given ?? a?.initials?.[0];
  const gb = b?.given ?? b?.initials?.[0];
  if (!ga || !gb) return true;
  if (ga.length === 1 || gb.length === 1) return ga[0]!.toUpperCase() === gb[0]!.toUpperCase();
  return stemOf(ga) === stemOf(gb);
}

/** People first with a full name, then the rest in text order: a surname alone joins the full name. */
function processingOrder(names: readonly EntityCandidate[]): EntityCandidate[] {
  const full = (c: EntityCandidate): number =>
    c.kbId && !isSurnameOnly(c) ? 0 : c.type === 'Person' && c.parts?.family && (c.parts.given || c.parts.initials) ? 1 : 2;
  return [...names].sort((a, b) => full(a) - full(b) || a.start - b.start);
}

export interface Clusters {
  readonly drafts: EntityDraft[];
  readonly byMention: Map<EntityCandidate, EntityDraft>;
}

/**
 * Groups the name mentions into entities: one per knowledge-base entry; people by surname with
 * agreeing given names or initials (Юрий Лужков, Лужкова, Ю. Лужков); other names by their
 * stemmed words and type; an abbreviation joins the name whose initials it spells (СКС).
 */
export function clusterNames(names: readonly EntityCandidate[], kb: KnowledgeBase): Clusters {
  const drafts: EntityDraft[] = [];
  const byMention = new Map<EntityCandidate, EntityDraft>();
  const byKey = new Map<string, EntityDraft>();
  const add = (c: EntityCandidate, d: EntityDraft): void => {
    d.names.push(c);
    byMention.set(c, d);
  };
  for (const c of processingOrder(names)) {
    const found = isSurnameOnly(c)
      ? (findPerson(c, drafts) ?? byKey.get(`kb:${c.kbId}`))
      : c.kbId ? byKey.get(`kb:${c.kbId}`) : c.type === 'Person' ? findPerson(c, drafts) : findOther(c, drafts, byKey);
    if (found) {
      add(c, found);
      continue;
    }
    const entry = c.kbId ? kb.get(c.kbId) : undefined;
    const d = newDraft(drafts.length, entry ? effectiveType(entry) : c.type, entry?.name ?? c.normal ?? c.text, entry);
    if (c.parts) d.parts = c.parts;
    if (c.gender) d.gender = c.gender;
    drafts.push(d);
    if (entry) {
      byKey.set(`kb:${entry.id}`, d);
      for (const n of [entry.name, ...entry.aliases]) if (!byKey.has(typeKey(d.type, n))) byKey.set(typeKey(d.type, n), d);
    }
    const own = typeKey(d.type, d.name);
    if (!byKey.has(own)) byKey.set(own, d);
    add(c, d);
  }
  return { drafts: drafts.sort((a, b) => firstStart(a) - firstStart(b)), byMention };
}

const COARSE: Readonly<Record<EntityType, string>> = { Person: 'PER', Country: 'LOC', City: 'LOC', Region: 'LOC', Place: 'LOC', Organization: 'ORG' };

/** Places of every kind share one key space, so a toponym joins the knowledge base's city of that name. */
function typeKey(type: EntityType, name: string): string {
  return `${COARSE[type]}:${nameKey(name)}`;
}

/** A knowledge-base person matched by the surname alone: a full name of the article goes first. */
function isSurnameOnly(c: EntityCandidate): boolean {
  return c.source === 'kb-familyName';
}

function firstStart(d: EntityDraft): number {
  return Math.min(...d.names.map((n) => n.start));
}

/** The person a name continues: same surname stem and agreeing given name; the latest mentioned wins. */
function findPerson(c: EntityCandidate, drafts: readonly EntityDraft[]): EntityDraft | undefined {
  const family = stemOf(c.parts?.family);
  const given = stemOf(c.parts?.given);
  let best: EntityDraft | undefined;
  for (const d of drafts) {
    if (d.type !== 'Person') continue;
    const parts = d.parts;
    const same = family
      ? sameFamily(stemOf(parts?.family), family) && givenAgrees(c.parts, parts)
      : !!given && (stemOf(parts?.given) === given || (!parts?.given && stemOf(parts?.family) === given));
    if (same && (!best || lastStart(d, c.start) > lastStart(best, c.start))) best = d;
  }
  return best;
}

/**
 * Surname stems agree: equal, or equal once doubled letters are written single, the way
 * transliterations of one foreign name vary within an article (Буфье, Буффье; Хоулет, Хоулетт).
 */
export function sameFamily(a: string | undefined, b: string): boolean {
  if (a === b) return true;
  return a !== undefined && a.length >= 4 && b.length >= 4 && a.length !== b.length && singleLetters(a) === singleLetters(b);
}

function singleLetters(s: string): string {
  return s.replace(/(\p{L})\1+/gu, '$1');
}

function lastStart(d: EntityDraft, before: number): number {
  return Math.max(-1, ...d.names.filter((n) => n.start < before).map((n) => n.start));
}

/** A place or organization already seen under the same name, or whose initials the abbreviation spells. */
function findOther(c: EntityCandidate, drafts: readonly EntityDraft[], byKey: Map<string, EntityDraft>): EntityDraft | undefined {
  const key = nameKey(c.normal ?? c.text);
  const same = byKey.get(typeKey(c.type, c.normal ?? c.text)) ?? byKey.get(typeKey(c.type, c.text));
  if (same) return same;
  const surname = drafts.find((d) => d.type === 'Person' && !c.kbId && c.confidence < 0.9 && !/\s/.test(key) && stemOf(d.parts?.family) === key);
  if (surname) return surname;
  if (c.type === 'Organization' && /^\p{Lu}{2,6}$/u.test(c.text)) return drafts.find((d) => d.type === 'Organization' && spellsInitials(c.text, d.name));
  return undefined;
}

const SKIPPED_IN_INITIALS = new Set(['по', 'при', 'и', 'в', 'за', 'на', 'для', 'имени', 'of', 'and', 'the', 'for']);

/** СКС spells Союз координационных советов. */
export function spellsInitials(abbr: string, name: string): boolean {
  const words = name.split(/[\s«»"-]+/).filter((w) => w && !SKIPPED_IN_INITIALS.has(w.toLowerCase()));
  if (words.length < 2 || words.length !== abbr.length) return false;
  return words.every((w, k) => w[0]!.toUpperCase() === abbr[k]);
}
