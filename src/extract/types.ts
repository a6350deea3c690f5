import type { EntityType } from '../model/entity.js';

/**
 * What the extract stage hands to resolve. Offsets are UTF-16 units into the document text
 * (the model stage converts them to code points).
 */
export interface Span {
  readonly start: number;
  readonly end: number;
}

export type CandidateKind = 'name' | 'description' | 'pronoun';

/** A span that may name a person, a place or an organization. */
export interface EntityCandidate extends Span {
  readonly text: string;
  readonly type: EntityType;
  readonly kind: CandidateKind;
  /** The knowledge-base entry the span matched, when the gazetteer found it. */
  readonly kbId?: string;
  /** The name in the nominative, when the extractor could normalize it. */
  readonly normal?: string;
  /** How sure the extractor is, 0–1; resolve drops or keeps overlapping candidates by it. */
  readonly confidence: number;
  /** Which extractor produced it (for debugging and evaluation). */
  readonly source: string;
  /** Index of the sentence it is in. */
  readonly sentence?: number;
  /** People: the parts of the name as written in the nominative (initials without dots). */
  readonly parts?: NameParts;
  /** People: grammatical gender of the name or description, when the morphology tells. */
  readonly gender?: Gender;
  /** Descriptions: the role the phrase names (президент России → президент, of России). */
  readonly role?: RoleMention;
}

export type Gender = 'masc' | 'femn';

export interface NameParts {
  readonly given?: string;
  readonly patronymic?: string;
  readonly family?: string;
  /** Initials of the given name and patronymic, upper case, without dots: «ВВ». */
  readonly initials?: string;
}

/** A role description: its title in the nominative and what the role belongs to. */
export interface RoleMention {
  /** Lower case nominative: президент, министр иностранных дел, пресс-секретарь. */
  readonly title: string;
  /** The span of the country or organization (России, Кремля), when the text names it. */
  readonly of?: Span;
  /** The knowledge-base entry of that country or organization, when known (российский лидер). */
  readonly ofKbId?: string;
}
