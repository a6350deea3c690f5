import { analyzeWord, readingWhere, type Gender } from '../../extract/statements/token-tools.js';
import type { Entity } from '../../model/entity.js';
import type { Analysis } from '../../segment/types.js';
import type { MentionIndex } from './mention-index.js';

/** The grammatical gender of the article's people, from the verbs the text gives them or their names (cached). */
export class GenderBook {
  readonly #index: MentionIndex;
  readonly #genders = new Map<string, Gender | undefined>();
  #verbGenders: Map<string, Gender> | undefined;

  constructor(index: MentionIndex) {
    this.#index = index;
  }

  /** From a past-tense verb right after a mention, else from the name. */
  genderOf(entity: Entity): Gender | undefined {
    if (this.#genders.has(entity.id)) return this.#genders.get(entity.id);
    const gender = this.fromVerbs(entity) ?? this.#fromName(entity);
    this.#genders.set(entity.id, gender);
    return gender;
  }

  /** From the text alone: a past-tense verb right after a mention of the person (Габбард заявила). */
  fromVerbs(entity: Entity): Gender | undefined {
    this.#verbGenders ??= this.#scanVerbs();
    return this.#verbGenders.get(entity.id);
  }

  /** One pass over the mentions: the first past-tense verb after a mention of each person. */
  #scanVerbs(): Map<string, Gender> {
    const { seg } = this.#index;
    const out = new Map<string, Gender>();
    for (const m of this.#index.all) {
      if (m.entity.type !== 'Person' || m.mention.kind === 'pronoun' || out.has(m.entity.id)) continue;
      const r = readingWhere(seg, seg.tokens[m.to], (a) => a.pos === 'VERB' && a.tags.has('past') && a.tags.has('sing'));
      const g = r && readingGender(r);
      if (g) out.set(m.entity.id, g);
    }
    return out;
  }

  #fromName(entity: Entity): Gender | undefined {
    for (const word of entity.name.split(/\s+/).reverse()) {
      const r = analyzeWord(this.#index.seg.morphology, word).find((a) => (a.tags.has('Surn') || a.tags.has('Name')) && a.tags.has('nomn'));
      const g = r && readingGender(r);
      if (g) return g;
    }
    return undefined;
  }
}

export function readingGender(a: Analysis): Gender | undefined {
  if (a.tags.has('plur')) return 'plur';
  if (a.tags.has('masc')) return 'masc';
  if (a.tags.has('femn')) return 'femn';
  return undefined;
}

/** A person of this gender can be the one wanted (unknown fits everything; plural fits everyone). */
export function compatible(own: Gender | undefined, wanted: Gender | undefined): boolean {
  return own === undefined || wanted === undefined || wanted === 'plur' || own === wanted;
}
