import { ANONYMOUS_SOURCES } from './role-words.js';
import { PREPOSITIONS, SUBJECT_PRONOUNS } from '../../extract/statements/lexicon.js';
import { hasLemma, isTerminal, readingsOf, readingWhere, type Gender } from '../../extract/statements/token-tools.js';
import type { Span } from '../../extract/types.js';
import type { Entity } from '../../model/entity.js';
import type { EntityId } from '../../model/ids.js';
import type { Analysis, Token } from '../../segment/types.js';
import { foldCase } from '../../util/fold.js';
import type { MentionIndex, TokenMention } from './mention-index.js';
import { compatible, GenderBook, readingGender } from './person-gender.js';
import { hasRole, nominative, quotedName, subordinateClauses } from './grammar.js';
import { isPlaceAdjective } from './source-phrase.js';
import { glossEnd, isPersonAdjective, isPersonWord, isSpeakerNoun, nameInApposition, organizationSubject, ownRoleNoun } from './subject-words.js';
import type { UnnamedHead } from './unnamed-sources.js';

const AGENT_TYPES = new Set(['Person', 'Organization', 'Country', 'City']);
const APPOSITION = 7;
/** How far back (in tokens) a role noun looks for the name it was introduced with. */
const ROLE_WINDOW = 1500;

/** Where quotations and quoted titles lie: mentions inside quotations never act; people inside titles neither. */
export interface QuotedRegions {
  /** The quoted words of direct quotations (UTF-16 spans). */
  readonly spans: readonly Span[];
  readonly isQuoted: (token: number) => boolean;
  /** Inside a pair of quote marks that is not a quotation (a title such as «Алексеев и другие против России»). */
  readonly inTitle: (token: number) => boolean;
}

/**
 * A subject found: the entity; a description that names nobody of the article (its head noun);
 * null for a word that stands for nobody the text describes (a pronoun without a referent).
 */
export type Found = EntityId | UnnamedHead | null;

/** What a subject search gives: the entity, the head of an unnamed description, or nothing. */
export type Subject = EntityId | UnnamedHead | undefined;

/**
 * Finds who does something in a clause: the nominative subject of a verb (agreeing with it in
 * gender), a pronoun or a role noun resolved to the person it stands for.
 */
export class SubjectFinder {
  readonly index: MentionIndex;
  /** The person the discourse is about (the last speaker): pronouns prefer it when it fits. */
  salient: EntityId | undefined;
  readonly #regions: QuotedRegions;
  readonly #genders: GenderBook;

  constructor(index: MentionIndex, regions: QuotedRegions) {
    this.index = index;
    this.#regions = regions;
    this.#genders = new GenderBook(index);
  }

  get tokens(): readonly Token[] {
    return this.index.seg.tokens;
  }

  /** The subject after a verb (— сказал Путин; — добавила она; — заявил музыкант), up to `to`. */
  after(from: number, to: number, gender: Gender | undefined): Subject {
    for (let k = from; k < to; k++) {
      const t = this.tokens[k];
      if (!t || isTerminal(t)) break;
      const found = this.subjectAt(k, to, gender);
      if (found === undefined) continue;
      if (typeof found === 'string' && this.index.entity(found)?.type === 'Organization') {
        const later = this.laterPerson(k, to, gender);
        return later === undefined ? found : (later ?? undefined);
      }
      return found ?? undefined;
    }
    return undefined;
  }

  /**
   * — сообщил РИА Новости источник / — сообщил информагентству AFP адвокат Влаич: after a medium that
   * can be the addressee, a person or role noun later in the frame is the speaker (null: an unnamed one).
   */
  private laterPerson(k: number, to: number, gender: Gender | undefined): Found | undefined {
    const tm = this.index.at(k);
    for (let j = (tm?.to ?? k + 1); j < to; j++) {
      const t = this.tokens[j]!;
      if (isTerminal(t) || t.text === ',') return undefined;
      const found = this.subjectAt(j, to, gender);
      if (found === undefined) continue;
      if (typeof found !== 'string' || this.index.entity(found)?.type === 'Person') return found;
    }
    return undefined;
  }

  /** The subject before a verb, the nearest first (Габбард заявила; Эрдоган, который …, выразил). */
  before(from: number, head: number, gender: Gender | undefined): Subject {
    const relative = subordinateClauses(this.tokens, from, head);
    for (let k = head - 1; k >= from; k--) {
      if (relative[k - from] === 1) continue;
      const tm = this.index.at(k);
      if (tm && tm.from < k && AGENT_TYPES.has(tm.entity.type)) k = tm.from;
      const found = this.subjectAt(k, head, gender);
      if (found === undefined) continue;
      return found ?? undefined;
    }
    return undefined;
  }

  /** The subject starting at token k: an entity, null for a subject that names nobody, undefined for no subject. */
  private subjectAt(k: number, limit: number, gender: Gender | undefined): Found | undefined {
    if (this.#regions.isQuoted(k)) return undefined;
    const tm = this.index.at(k);
    // палестинские издания, украинских СМИ: a place adjective before a noun is not the subject; the noun phrase is.
    if (tm && isPlaceAdjective(tm) && this.tokens[tm.to]?.kind === 'word' && !this.index.at(tm.to)) return undefined;
    if (tm && AGENT_TYPES.has(tm.entity.type) && tm.to <= limit) {
      if (tm.entity.type === 'Person' && this.#regions.inTitle(k)) return undefined;
      if (!this.canBeSubject(tm, gender)) return undefined;
      return tm.mention.kind === 'pronoun' ? this.pronounReferent(k, tm.entity.id, gender) : tm.entity.id;
    }
    if (tm) return undefined;
    return this.wordSubject(k, gender);
  }

  /** Every person that can be a subject of the verb at `head` (Президент России и председатель КНР провели …). */
  allBefore(from: number, head: number, gender: Gender | undefined): EntityId[] {
    const relative = subordinateClauses(this.tokens, from, head);
    const out: EntityId[] = [];
    for (let k = from; k < head; k++) {
      if (this.#regions.isQuoted(k) || relative[k - from] === 1) continue;
      const tm = this.index.at(k);
      if (!tm || tm.from !== k || tm.to > head) continue;
      if (tm.entity.type === 'Person' && this.canBeSubject(tm, gender) && !out.includes(tm.entity.id)) out.push(tm.entity.id);
      k = tm.to - 1;
    }
    return out;
  }

  /**
   * A word that is a subject on its own: a pronoun (→ its antecedent), a first name alone (→ the
   * person with that name), a role noun (→ the name in apposition, else the last person of that
   * gender; an unnamed description for anonymous sources and groups), an organization noun (→ the
   * organization named with it, else an unnamed one). undefined: not a subject.
   */
  wordSubject(k: number, gender: Gender | undefined): Found | undefined {
    const t = this.tokens[k]!;
    if (t.kind !== 'word' || PREPOSITIONS.has(this.tokens[k - 1]?.norm ?? '')) return undefined;
    if (SUBJECT_PRONOUNS.has(t.norm)) return this.pronounReferent(k, undefined, SUBJECT_PRONOUNS.get(t.norm) ?? gender) ?? null;
    if (this.#regions.inTitle(k)) return undefined;
    const organization = organizationSubject(this.index, k, gender);
    if (organization) return organization;
    const person = (a: Analysis) => a.tags.has('nomn') && (isSpeakerNoun(a) || isPersonAdjective(a));
    const r = readingWhere(this.index.seg, t, (a) => person(a) && gender !== undefined && readingGender(a) === gender) ?? readingWhere(this.index.seg, t, person);
    if (!r || !isPersonWord(readingsOf(this.index.seg, t)[0])) return undefined;
    if (r.tags.has('plur') && gender !== 'plur' && readingWhere(this.index.seg, t, (a) => a.tags.has('sing'))) return undefined;
    if (r.pos === 'ADJF' && readingWhere(this.index.seg, this.tokens[k + 1], (a) => a.pos === 'NOUN' && a.tags.has('nomn'))) return undefined;
    if (t.upper && (r.tags.has('Name') || r.tags.has('Surn'))) return this.personNamed(t.norm) ?? undefined;
    return this.roleSubject(k, r, gender);
  }

  /**
   * A role noun as a subject or source: the name in apposition; an unnamed description when it
   * has a complement (представитель Обамы), names a group (прокуроры) or an anonymous source
   * (собеседник); else the person introduced with that role, or the last one of its gender.
   */
  roleSubject(k: number, r: Analysis, gender: Gender | undefined): Found {
    const named = nameInApposition(this.index, k, r);
    if (named) return named;
    const apposed = this.apposedName(k);
    if (apposed) return apposed;
    const lemma = foldCase(r.lemma);
    const plural = readingGender(r) === 'plur' || gender === 'plur';
    const anonymous = ANONYMOUS_SOURCES.has(lemma) || r.pos === 'ADJF';
    const bearer = anonymous || plural ? undefined : this.antecedent(k, gender ?? readingGender(r), lemma, true);
    if (bearer) return bearer;
    if (this.index.at(k + 1) || plural) return { unnamed: k, plural };
    const holder = this.roleHolder(k, lemma);
    if (holder) return holder;
    if (anonymous) return { unnamed: k };
    return this.antecedent(k, gender ?? readingGender(r), lemma) ?? { unnamed: k };
  }

  /** — сказал протоиерей: the person the text introduced with the same role noun (протоиерей Всеволод Чаплин). */
  private roleHolder(k: number, lemma: string): EntityId | undefined {
    const role = new Set([lemma]);
    for (let j = k - 1; j >= Math.max(0, k - ROLE_WINDOW); j--) {
      if (this.#regions.isQuoted(j) || !hasLemma(this.index.seg, this.tokens[j], role)) continue;
      const named = this.apposedName(j);
      if (named) return named;
    }
    return undefined;
  }

  /** пресс-атташе Мариинского театра Анна Яковлева: a person named right after the role noun. */
  private apposedName(k: number): EntityId | undefined {
    let end = k + APPOSITION;
    for (let j = k + 1; j <= end; j++) {
      const t = this.tokens[j];
      const gloss = t?.text === '(' ? glossEnd(this.tokens, j) : undefined;
      if (gloss !== undefined) {
        end += gloss - j + 1;
        j = gloss;
        continue;
      }
      if (!t || t.kind === 'punct' || t.kind === 'dash') return undefined;
      if (t.kind === 'quote') continue;
      const tm = this.index.at(j);
      if (ownRoleNoun(this.index, j, tm)) return undefined;
      if (tm && tm.entity.type === 'Person' && tm.mention.kind === 'name' && this.canBeSubject(tm, undefined)) return tm.entity.id;
    }
    return undefined;
  }

  /** A pronoun's referent: the salient speaker when it fits, else the given referent or the last fitting subject. */
  private pronounReferent(k: number, given: EntityId | undefined, gender: Gender | undefined): EntityId | UnnamedHead | undefined {
    if (gender === 'plur') return undefined;
    const common = this.commonNounAntecedent(k, gender);
    if (common !== undefined) return this.apposedName(common) ?? this.roleHolder(common, foldCase(readingsOf(this.index.seg, this.tokens[common]!)[0]!.lemma)) ?? { unnamed: common };
    const salient = this.salient ? this.index.entity(this.salient) : undefined;
    if (salient && salient.type === 'Person' && compatible(this.genderOf(salient), gender)) return salient.id;
    return given ?? this.antecedent(k, gender);
  }

  /** The last person mentioned before the token (outside quotations) who fits the gender and role; subjects first. */
  antecedent(before: number, gender: Gender | undefined, role?: string, roleOnly = false): EntityId | undefined {
    if (gender === 'plur') return undefined;
    const spans = this.#regions.spans;
    const fits = (m: TokenMention) => m.entity.type === 'Person' && m.mention.kind !== 'pronoun' && compatible(this.genderOf(m.entity), gender);
    const asSubject = (m: TokenMention) => fits(m) && this.canBeSubject(m, undefined);
    const bearer = (m: TokenMention) => asSubject(m) && hasRole(m.entity, role ?? '');
    const tries = role ? (roleOnly ? [bearer] : [bearer, asSubject, fits]) : [asSubject, fits];
    for (const test of tries) {
      const hit = this.index.lastBefore(before, test, spans);
      if (hit) return hit.entity.id;
    }
    return undefined;
  }

  /** No animate noun or pronoun in the nominative in [from, to): the clause leaves its subject out. */
  hasNoSubject(from: number, to: number, gender?: Gender): boolean {
    for (let k = from; k < to; k++) {
      if (this.#regions.isQuoted(k)) continue;
      const t = this.tokens[k]!;
      if (SUBJECT_PRONOUNS.has(t.norm) || /^(я|мы|ты|вы|кто)$/.test(t.norm)) return false;
      const tm = this.index.at(k);
      if (tm && tm.entity.type !== 'Place' && this.canBeSubject(tm, gender)) return false;
      if (tm) continue;
      const first = readingsOf(this.index.seg, t)[0];
      if (first?.pos === 'NOUN' && first.tags.has('anim') && !first.tags.has('Init') && readingWhere(this.index.seg, t, (a) => a.pos === 'NOUN' && a.tags.has('anim') && a.tags.has('nomn'))) return false;
    }
    return true;
  }

  private personNamed(word: string): EntityId | undefined {
    const hit = this.index.lastBefore(this.tokens.length, (m) => m.entity.type === 'Person' && foldCase(m.entity.name).split(/\s+/).includes(word));
    return hit?.entity.id;
  }

  /** Not after a preposition, and nominative in agreement with the verb (a quoted name: its descriptor noun). */
  canBeSubject(tm: TokenMention, gender: Gender | undefined): boolean {
    const prev = this.tokens[tm.from - 1];
    if (PREPOSITIONS.has(prev?.norm ?? '')) return false;
    const name = quotedName(this.tokens, tm);
    if (name !== undefined) {
      const descriptor = this.tokens[name];
      if (!descriptor || descriptor.kind !== 'word') return true;
      if (this.index.at(name)) return false;
      return !PREPOSITIONS.has(descriptor.norm) && nominative(readingsOf(this.index.seg, descriptor), undefined);
    }
    const words: number[] = [];
    for (let k = tm.from; k < tm.to; k++) if (this.tokens[k]!.kind === 'word') words.push(k);
    if (words.length === 0) return true;
    if (tm.entity.type === 'Person' && (gender === 'masc' || gender === 'femn')) {
      const own = this.genderFromVerbs(tm.entity);
      if (own && own !== 'plur' && own !== gender) return false;
    }
    const key = this.tokens[tm.mention.kind === 'name' && tm.entity.type === 'Person' ? words[words.length - 1]! : words[0]!]!;
    if (foldCase(tm.entity.name).split(/\s+/).includes(key.norm)) return true;
    return nominative(readingsOf(this.index.seg, key), gender);
  }

  /** Grammatical gender of a person: from a past-tense verb right after a mention, else from the name. */
  genderOf(entity: Entity): Gender | undefined {
    return this.#genders.genderOf(entity);
  }

  /** Gender from the text alone (a past-tense verb right after a mention). */
  genderFromVerbs(entity: Entity): Gender | undefined {
    return this.#genders.fromVerbs(entity);
  }

  /** A nominative animate noun of the pronoun's gender in the previous sentence, not an entity (житель … Он сказал): its token. */
  private commonNounAntecedent(k: number, gender: Gender | undefined): number | undefined {
    const t = this.tokens[k]!;
    const s = this.index.seg.sentences[t.sentence]!;
    if (k - s.tokenStart > 1) return undefined;
    const prev = this.index.seg.sentences[t.sentence - 1];
    if (!prev) return undefined;
    for (let j = prev.tokenEnd - 1; j >= prev.tokenStart; j--) {
      if (this.#regions.isQuoted(j)) continue;
      const tm = this.index.at(j);
      if (tm && tm.entity.type === 'Person' && this.canBeSubject(tm, gender)) return undefined;
      if (tm || PREPOSITIONS.has(this.tokens[j - 1]?.norm ?? '')) continue;
      if (!isPersonWord(readingsOf(this.index.seg, this.tokens[j]!)[0])) continue;
      const r = readingWhere(this.index.seg, this.tokens[j], (a) => a.pos === 'NOUN' && a.tags.has('anim') && a.tags.has('nomn') && !a.tags.has('Name') && !a.tags.has('Surn'));
      if (r && (gender === undefined || readingGender(r) === gender)) return j;
    }
    return undefined;
  }
}

