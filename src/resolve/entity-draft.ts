import type { EntityCandidate, Gender, NameParts } from '../extract/types.js';
import type { KbEntry } from '../kb/entry.js';
import type { EntityType } from '../model/entity.js';

/** An entity of the article while resolve gathers its mentions. */
export interface EntityDraft {
  /** Order of creation: the first mention's order. */
  readonly index: number;
  type: EntityType;
  kb?: KbEntry;
  /** The canonical nominative name (the knowledge base's when linked). */
  name: string;
  parts?: NameParts;
  gender?: Gender;
  readonly names: EntityCandidate[];
  readonly descriptions: EntityCandidate[];
  readonly pronouns: EntityCandidate[];
  /** Other forms of the name seen in the text, nominative. */
  readonly alternateNames: Set<string>;
  readonly jobTitles: string[];
  /** Drafts of the countries and organizations the person acts for. */
  readonly affiliations: EntityDraft[];
  readonly nationality: EntityDraft[];
}

export function newDraft(index: number, type: EntityType, name: string, kb?: KbEntry): EntityDraft {
  return {
    index,
    type,
    ...(kb ? { kb } : {}),
    name,
    names: [],
    descriptions: [],
    pronouns: [],
    alternateNames: new Set(),
    jobTitles: [],
    affiliations: [],
    nationality: [],
  };
}

/** Adds an item to a list once. */
export function addOnce<T>(list: T[], item: T): void {
  if (!list.includes(item)) list.push(item);
}
