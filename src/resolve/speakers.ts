import { AGENT_PRONOUNS, SPEECH_NOUNS, SPEECH_VERBS } from '../extract/statements/lexicon.js';
import type { QuoteCandidate, QuoteFrame } from '../extract/statements/quote-types.js';
import { hasLemma, isFiniteVerb, isTerminal, paragraphOf, readingsOf, readingWhere, tokenIndexAt, verbGender, type Gender } from '../extract/statements/token-tools.js';
import type { Span } from '../extract/types.js';
import type { EntityId } from '../model/ids.js';
import type { Token } from '../segment/types.js';
import type { PartMention } from '../model/article-parts.js';
import type { Entity } from '../model/entity.js';
import type { MentionIndex } from './statements/mention-index.js';
import { CITING_VERBS, IMPERSONAL_SPEECH } from './statements/role-words.js';
import { isPlaceAdjective, organizationHead } from './statements/source-phrase.js';
import { isPersonWord, organizationNamed } from './statements/subject-words.js';
import { SubjectFinder, type QuotedRegions, type Subject } from './statements/subjects.js';
import { isUnnamed, UnnamedSources } from './statements/unnamed-sources.js';

const AGENTS: ReadonlySet<string> = new Set(['Person', 'Organization', 'Country', 'City']);
const ORGANIZATIONS: ReadonlySet<string> = new Set(['Organization']);
const RECENT_SENTENCES = 5;
/** How far after a citing verb or «со ссылкой на» the cited source may start (tokens). */
const CITED_REACH = 4;

/** The speaker of each quotation, and the entities minted for speakers the text describes without a name. */
export interface SpeakerResolution {
  readonly speakers: readonly (EntityId | undefined)[];
  /** Unnamed sources (собеседник ТАСС, прокуроры, пресс-служба …): only those that speak a direct quotation. */
  readonly sources: readonly Entity[];
  /** Their description mentions. */
  readonly mentions: readonly PartMention[];
}

/**
 * The speaker of each quotation: the entity its frame names (a name, a role description, a
 * pronoun), the source of «по словам X», the author of the statement an impersonal frame cites,
 * a description that names nobody of the article (an unnamed source), or, for a quotation
 * without a frame of its own, the speaker of the quotation before it.
 */
export function resolveSpeakers(quotes: readonly QuoteCandidate[], index: MentionIndex, titles: readonly Span[]): SpeakerResolution {
  const sources = new UnnamedSources(index);
  const speakers = new SpeakerResolver(quotes, index, titles, sources).resolveAll();
  return { speakers, sources: sources.entities, mentions: sources.mentions };
}

/** The quoted regions of an article for the subject finder: quotation parts, and quoted titles. */
export function quotedRegions(tokens: readonly Token[], quotes: readonly QuoteCandidate[], titles: readonly Span[]): QuotedRegions {
  const spans = quotes.filter((q) => q.kind === 'direct').flatMap((q) => q.parts);
  const quoted = new Uint8Array(tokens.length);
  for (const s of spans) quoted.fill(1, tokenIndexAt(tokens, s.start), tokenIndexAt(tokens, s.end));
  const title = new Uint8Array(tokens.length);
  for (const s of titles) title.fill(1, tokenIndexAt(tokens, s.start), tokenIndexAt(tokens, s.end));
  return { spans, isQuoted: (k) => quoted[k] === 1, inTitle: (k) => title[k] === 1 };
}

class SpeakerResolver {
  readonly #quotes: readonly QuoteCandidate[];
  readonly #index: MentionIndex;
  readonly #finder: SubjectFinder;
  readonly #regions: QuotedRegions;
  readonly #sources: UnnamedSources;

  /** The quotation being resolved. */
  #quote: QuoteCandidate | undefined;

  constructor(quotes: readonly QuoteCandidate[], index: MentionIndex, titles: readonly Span[], sources: UnnamedSources) {
    this.#quotes = quotes;
    this.#index = index;
    this.#sources = sources;
    this.#regions = quotedRegions(index.seg.tokens, quotes, titles);
    this.#finder = new SubjectFinder(index, this.#regions);
  }

  #isQuoted(k: number): boolean {
    return this.#regions.isQuoted(k);
  }

  get #tokens(): readonly Token[] {
    return this.#index.seg.tokens;
  }

  resolveAll(): (EntityId | undefined)[] {
    let last: { speaker: EntityId | undefined; paragraph: number } | undefined;
    return this.#quotes.map((q) => {
      const paragraph = paragraphOf(this.#index.seg, this.#tokens[tokenIndexAt(this.#tokens, q.outer.start)]!);
      let speaker: EntityId | undefined;
      this.#finder.salient = last && paragraph - last.paragraph <= 1 ? last.speaker : undefined;
      if (q.frame.kind === 'continued') {
        speaker = last && paragraph - last.paragraph <= 1 ? last.speaker : this.#finder.antecedent(q.frame.from, undefined);
      } else {
        this.#quote = q;
        speaker = this.#entityOf(this.#speakerOf(q.frame), q.kind);
      }
      if (speaker) speaker = this.#index.fuller(speaker);
      if (q.kind === 'direct') last = { speaker, paragraph };
      return speaker;
    });
  }

  /** An unnamed description becomes an entity only for a direct quotation. */
  #entityOf(found: Subject, kind: QuoteCandidate['kind']): EntityId | undefined {
    if (!isUnnamed(found)) return found;
    return kind === 'direct' ? this.#sources.speakerFor(found) : undefined;
  }

  #speakerOf(f: QuoteFrame): Subject {
    const h = f.head;
    if (h === undefined) return undefined;
    let found: Subject;
    if (f.kind === 'source') found = this.#sourceSpeaker(f, h);
    else if (f.kind === 'after' || f.kind === 'inner' || f.kind === 'unmarked') found = this.#afterVerb(f, h);
    else found = this.#beforeHead(f, h);
    const medium = found === undefined || (typeof found === 'string' && this.#index.entity(found)?.type === 'Organization');
    return (medium ? this.#referredSource(f) : undefined) ?? found;
  }

  /** — сказал X / — X рассказал / — с этими словами X … */
  #afterVerb(f: QuoteFrame, h: number): Subject {
    if (/^слов/.test(this.#tokens[h]!.norm)) return this.#finder.after(h + 1, f.to, undefined);
    const gender = verbGender(this.#index.seg, this.#tokens[h]);
    const special = this.#special(f, h);
    if (special !== null) return special;
    return (
      this.#finder.after(h + 1, f.to, gender) ??
      this.#finder.before(f.from, h, gender) ??
      (gender === 'plur' ? (this.#firstAgent(h + 1, f.to) ?? this.#locativeOrganization(h + 1, f.to)) : this.#salientSpeaker(gender))
    );
  }

  /** «— и добавил» with no subject: the speaker of the quotation before, when the verb agrees. */
  #salientSpeaker(gender: Gender | undefined): EntityId | undefined {
    const salient = this.#finder.salient ? this.#index.entity(this.#finder.salient) : undefined;
    if (!salient || (gender !== 'masc' && gender !== 'femn')) return undefined;
    const own = salient.type === 'Person' ? this.#finder.genderOf(salient) : undefined;
    return own === undefined || own === gender ? salient.id : undefined;
  }

  /** X заявил: «…» / X заявил, что «…» / в заявлении X говорится: … / цитата из подготовленного им письма: «…» */
  #beforeHead(f: QuoteFrame, h: number): Subject {
    if (!isFiniteVerb(this.#index.seg, this.#tokens[h])) {
      const verb = this.#clauseVerb(f.from, h);
      if (verb !== undefined && verb !== h) return this.#beforeHead({ ...f, head: verb }, verb);
      return this.#agentAfter(h + 1, Math.min(f.to, h + 5)) ?? this.#finder.before(f.from, h, undefined) ?? this.#agentPronoun(f);
    }
    const gender = verbGender(this.#index.seg, this.#tokens[h]);
    const special = this.#special(f, h);
    if (special !== null) return special;
    return (
      this.#finder.before(f.from, h, gender) ??
      this.#finder.after(h + 1, f.to, gender) ??
      this.#agentPronoun(f) ??
      (gender === 'plur' ? (this.#firstAgent(f.from, f.to) ?? this.#locativeOrganization(f.from, h)) : this.#leftOut(f, h, gender))
    );
  }

  /** «В своём посте обещал, что …»: a personal verb with its subject left out stands for the last subject of its gender. */
  #leftOut(f: QuoteFrame, h: number, gender: Gender | undefined): EntityId | undefined {
    if (gender !== 'masc' && gender !== 'femn') return undefined;
    const start = this.#index.seg.sentences[this.#tokens[h]!.sentence]!.tokenStart;
    if (!this.#finder.hasNoSubject(start, Math.max(f.to, h), gender)) return undefined;
    return this.#finder.antecedent(start, gender);
  }

  /** Impersonal and citing verbs; null when the verb is neither. */
  #special(f: QuoteFrame, h: number): Subject | null {
    const seg = this.#index.seg;
    const t = this.#tokens[h];
    if (hasLemma(seg, t, CITING_VERBS)) return this.#citedSource(h + 1, f.to);
    const impersonal = hasLemma(seg, t, IMPERSONAL_SPEECH) || readingWhere(seg, t, (a) => a.pos === 'PRTS') !== undefined;
    if (!impersonal) return null;
    const source = this.#speechNounSource(f);
    if (source !== undefined) return source ?? undefined;
    return this.#agentPronoun(f) ?? this.#firstAgent(f.from, f.to) ?? this.#notQuoted(this.#recentSpeaker(f.from));
  }

  /**
   * A guessed speaker the quotation itself speaks of (— говорится в сообщении after «Президент
   * САР подтвердил…», whose last subject was that president) is not its speaker.
   */
  #notQuoted(guess: EntityId | undefined): EntityId | undefined {
    const q = this.#quote;
    if (!guess || !q) return guess;
    const from = tokenIndexAt(this.#tokens, q.outer.start);
    const to = tokenIndexAt(this.#tokens, Math.max(q.outer.start, q.outer.end - 1)) + 1;
    return this.#index.within(from, to).some((m) => m.entity.id === guess) ? undefined : guess;
  }

  /** по словам X / по её словам / как пишет X */
  #sourceSpeaker(f: QuoteFrame, h: number): Subject {
    const t = this.#tokens[h]!;
    if (isFiniteVerb(this.#index.seg, t)) return this.#finder.after(h + 1, f.to, verbGender(this.#index.seg, t));
    const possessive = AGENT_PRONOUNS.get(this.#tokens[h - 1]?.norm ?? '');
    if (possessive) return this.#finder.antecedent(h - 1, possessive);
    return this.#agentAfter(h + 1, Math.min(f.to, h + 5));
  }

  /**
   * — сообщает ТАСС со ссылкой на источник в силовых структурах: the source the frame refers to
   * speaks, not the medium that reports it.
   */
  #referredSource(f: QuoteFrame): Subject {
    for (let k = f.from; k + 2 < f.to; k++) {
      if (this.#tokens[k]!.norm !== 'ссылкой' || this.#tokens[k + 1]!.norm !== 'на' || this.#isQuoted(k)) continue;
      return this.#agentAfter(k + 2, Math.min(f.to, k + 2 + CITED_REACH));
    }
    return undefined;
  }

  /**
   * The object of a citing verb: The Guardian цитирует пресс-службу …; after a medium named right
   * after the verb (цитирует РИА Новости представителя ведомства), the one cited after it.
   */
  #citedSource(from: number, to: number): Subject {
    const first = this.#agentAfter(from, Math.min(to, from + CITED_REACH));
    if (typeof first !== 'string' || this.#index.entity(first)?.type !== 'Organization') return first;
    const medium = this.#index.within(from, Math.min(to, from + 2)).find((m) => m.entity.id === first);
    const cited = medium ? this.#agentAfter(medium.to, Math.min(to, medium.to + CITED_REACH)) : undefined;
    const agent = typeof cited !== 'string' || /^(Person|Organization)$/.test(this.#index.entity(cited)?.type ?? '');
    return cited && agent ? cited : first;
  }

  /** The first finite verb of the clause that is not the head itself. */
  #clauseVerb(from: number, h: number): number | undefined {
    for (let k = h - 1; k >= from; k--) if (!this.#isQuoted(k) && isFiniteVerb(this.#index.seg, this.#tokens[k])) return k;
    return undefined;
  }

  /**
   * The source of a noun of speech in the frame: the genitive after it (в заявлении Ватикана, в
   * сообщении полиции) or the possessive before it (в их заявлении: null, nobody of the article).
   */
  #speechNounSource(f: QuoteFrame): Subject | null {
    for (let k = f.from; k < f.to; k++) {
      if (this.#isQuoted(k) || !hasLemma(this.#index.seg, this.#tokens[k], SPEECH_NOUNS)) continue;
      const possessive = [k - 1, k - 2].map((j) => AGENT_PRONOUNS.get(this.#tokens[j]?.norm ?? '')).find((g) => g !== undefined);
      if (possessive) return possessive === 'plur' ? null : (this.#finder.antecedent(k, possessive) ?? null);
      const found = this.#agentAfter(k + 1, Math.min(f.to, k + 6));
      if (found) return found;
    }
    return undefined;
  }

  /**
   * An agent mention starting in [from, to), over adjectives, commas and parenthetical words; a
   * role noun (the person it stands for, else an unnamed source); an organization noun (the
   * organization named with it, else an unnamed one).
   */
  #agentAfter(from: number, to: number): Subject {
    for (let k = from; k < to; k++) {
      if (this.#isQuoted(k)) continue;
      const tm = this.#index.at(k);
      const ofOrganization = tm && isPlaceAdjective(tm) && organizationHead(this.#index.seg, this.#tokens[tm.to]) !== undefined;
      if (tm && AGENTS.has(tm.entity.type) && !ofOrganization) return tm.entity.id;
      const t = this.#tokens[k]!;
      if (isTerminal(t) || t.text === ':' || isFiniteVerb(this.#index.seg, t)) return undefined;
      if (t.kind !== 'word' || tm) continue;
      const seg = this.#index.seg;
      const best = readingsOf(seg, t)[0];
      const personal = isPersonWord(best) || (best?.pos !== 'NOUN' && readingWhere(seg, t, isPersonWord) !== undefined);
      const role = personal ? readingWhere(seg, t, (a) => isPersonWord(a) && (a.tags.has('gent') || a.tags.has('accs'))) : undefined;
      if (role) return this.#finder.roleSubject(k, role, undefined) ?? undefined;
      if (!organizationHead(seg, t)) {
        const org = organizationNamed(this.#index, k);
        if (org) return org;
        continue;
      }
      const named = this.#index.at(k + 1);
      if (named?.from === k + 1 && named.entity.type === 'Organization') return named.entity.id;
      const org = organizationNamed(this.#index, k) ?? (readingWhere(seg, t, (a) => a.tags.has('gent') || a.tags.has('accs')) ? { unnamed: k } : undefined);
      if (org) return org;
    }
    return undefined;
  }

  /** В канцелярии премьер-министра сообщили: the organization a plural verb without a subject speaks for. */
  #locativeOrganization(from: number, to: number): Subject {
    for (let k = from + 1; k < to; k++) {
      const t = this.#tokens[k]!;
      if (this.#isQuoted(k) || this.#index.at(k) || !/^(в|во|на)$/.test(this.#tokens[k - 1]!.norm)) continue;
      if (!readingWhere(this.#index.seg, t, (a) => a.pos === 'NOUN' && a.tags.has('loct')) || !organizationHead(this.#index.seg, t)) continue;
      return organizationNamed(this.#index, k) ?? { unnamed: k };
    }
    return undefined;
  }

  /** An organization the frame names (сообщили в пресс-службе «Киностудии КИТ»). */
  #firstAgent(from: number, to: number, types: ReadonlySet<string> = ORGANIZATIONS): EntityId | undefined {
    for (let k = from; k < to; k++) {
      const tm = this.#isQuoted(k) ? undefined : this.#index.at(k);
      if (tm && types.has(tm.entity.type) && tm.mention.kind !== 'pronoun') return tm.entity.id;
    }
    return undefined;
  }

  /** подготовленного им письма: the agent pronoun of a participle. */
  #agentPronoun(f: QuoteFrame): EntityId | undefined {
    for (let k = f.from; k < f.to; k++) {
      const g = AGENT_PRONOUNS.get(this.#tokens[k]!.norm);
      const prev = readingWhere(this.#index.seg, this.#tokens[k - 1], (a) => a.pos === 'PRTF');
      if (g && /^(им|ею|ими)$/.test(this.#tokens[k]!.norm) && prev) return this.#finder.antecedent(k, g);
    }
    return undefined;
  }

  /** The subject of the last sentence before the token that reports speech (сделали совместное заявление). */
  #recentSpeaker(before: number): EntityId | undefined {
    const seg = this.#index.seg;
    const current = this.#tokens[before]?.sentence ?? 0;
    for (let s = current - 1; s >= Math.max(0, current - RECENT_SENTENCES); s--) {
      const sentence = seg.sentences[s]!;
      for (let k = sentence.tokenStart; k < sentence.tokenEnd; k++) {
        if (this.#isQuoted(k)) continue;
        const t = this.#tokens[k]!;
        if (!hasLemma(seg, t, SPEECH_NOUNS) && !(hasLemma(seg, t, SPEECH_VERBS) && isFiniteVerb(seg, t))) continue;
        const verb = isFiniteVerb(seg, t) ? k : this.#firstVerb(sentence.tokenStart, sentence.tokenEnd);
        if (verb === undefined) continue;
        const gender = verbGender(seg, this.#tokens[verb]);
        // «…, передаёт САНА»: a reporting clause after a comma or a dash has its subject after the verb.
        const inverted = verb === k && /^[,—–-]$/.test(this.#tokens[verb - 1]?.text ?? '');
        const subject = (inverted ? this.#finder.after(verb + 1, sentence.tokenEnd, gender) : undefined) ?? this.#finder.before(sentence.tokenStart, verb, gender);
        if (typeof subject === 'string') return subject;
      }
    }
    return undefined;
  }

  #firstVerb(from: number, to: number): number | undefined {
    for (let k = from; k < to; k++) if (!this.#isQuoted(k) && isFiniteVerb(this.#index.seg, this.#tokens[k])) return k;
    return undefined;
  }
}
