import type { EventCandidate } from '../../extract/events.js';
import { ORGANIZED_KINDS } from '../../extract/statements/event-words.js';
import { hasLemma, isFiniteVerb, verbGender } from '../../extract/statements/token-tools.js';
import type { EntityId } from '../../model/ids.js';
import type { TemporalValue } from '../../model/temporal.js';
import type { MentionIndex, TokenMention } from './mention-index.js';
import type { SubjectFinder } from './subjects.js';
import { partitionPoint } from '../../util/partition-point.js';

const PLACE_TYPES = new Set(['Country', 'City', 'Region', 'Place']);
const PARTY_TYPES = new Set(['Person', 'Country', 'Organization']);
const INVITING = new Set(['пригласить', 'приглашать', 'позвать', 'предложить']);
const DATE_WINDOW = 15;

/** A resolved date of the text with its token range. */
export interface PlacedDate {
  readonly from: number;
  readonly to: number;
  readonly value: TemporalValue;
}

/** The arguments of one event mention. */
export interface EventArguments {
  readonly attendees: EntityId[];
  readonly organizers: EntityId[];
  readonly locations: EntityId[];
  /** The prepositional phrase of the location as written (в Тяньцзине), for the name. */
  readonly placePhrase?: string;
  readonly date?: TemporalValue;
}

/** Attendees, organizers, locations and date of an event mention, from its phrase and its clause. */
export function eventArguments(c: EventCandidate, index: MentionIndex, finder: SubjectFinder, dates: readonly PlacedDate[]): EventArguments {
  const args: EventArguments = { attendees: [], organizers: [], locations: [] };
  for (const m of index.within(c.chain.from, c.chain.to)) addChainMention(c, m, args);
  const place = placeOf(c, index);
  if (place) add(args.locations, place.id);
  const withPlace = place ? { ...args, placePhrase: place.phrase } : args;
  for (const id of [...clauseParties(c, index, finder), ...companions(c, index)]) add(withPlace.attendees, id);
  const date = dateNear(c, index, dates);
  return date ? { ...withPlace, date } : withPlace;
}

function add(list: EntityId[], id: EntityId): void {
  if (!list.includes(id)) list.push(id);
}

function addChainMention(c: EventCandidate, m: TokenMention, args: EventArguments): void {
  const type = m.entity.type;
  if (c.kind === 'anniversary') return; // годовщина свержения X: X is what is remembered, not who takes part
  if (ORGANIZED_KINDS.has(c.kind)) {
    if (type === 'Organization') add(args.organizers, m.entity.id);
    else if (type === 'Person') add(args.attendees, m.entity.id);
    else if (PLACE_TYPES.has(type)) add(args.locations, m.entity.id);
  } else if (PARTY_TYPES.has(type)) add(args.attendees, m.entity.id);
}

/** в Тяньцзине right after the phrase, else the nearest в/на + place of the sentence (the earlier one when two are as near). */
function placeOf(c: EventCandidate, index: MentionIndex): { id: EntityId; phrase: string } | undefined {
  const tokens = index.seg.tokens;
  const phrase = (m: TokenMention, prep: number) => index.seg.text.slice(tokens[prep]!.start, tokens[m.to - 1]!.end);
  if (c.place) {
    const m = index.within(c.place.from, c.place.to).find((x) => PLACE_TYPES.has(x.entity.type));
    if (m) return { id: m.entity.id, phrase: phrase(m, c.place.from) };
  }
  const m = nearestPlace(sentenceFacts(index, tokens[c.head]!.sentence).places, c);
  return m ? { id: m.entity.id, phrase: phrase(m, m.from - 1) } : undefined;
}

/** The place mention nearest the trigger outside its chain; `places` is in text order. */
function nearestPlace(places: readonly TokenMention[], c: EventCandidate): TokenMention | undefined {
  const outside = (m: TokenMention) => !(m.from >= c.chain.from && m.from < c.chain.to);
  const lo = partitionPoint(places.length, (k) => places[k]!.from < c.head);
  let left = lo - 1;
  while (left >= 0 && !outside(places[left]!)) left--;
  let right = lo;
  while (right < places.length && !outside(places[right]!)) right++;
  const l = places[left];
  const r = places[right];
  if (l && (!r || c.head - l.from <= r.from - c.head)) {
    while (left > 0 && places[left - 1]!.from === l.from) left--;
    return places[left];
  }
  return r;
}

/** встреча с X, рядом с X, вместе с X. */
function companions(c: EventCandidate, index: MentionIndex): EntityId[] {
  const tokens = index.seg.tokens;
  const s = index.seg.sentences[tokens[c.head]!.sentence]!;
  const direct = (c.kind === 'meeting' || c.kind === 'talks') && c.to >= s.tokenStart && c.to < s.tokenEnd - 1 && WITH.test(tokens[c.to]!.norm) ? c.to : -1;
  const out: EntityId[] = [];
  const addDirect = () => {
    const m = index.at(direct + 1) ?? index.at(direct + 2);
    if (m && (m.entity.type === 'Person' || m.entity.type === 'Country')) out.push(m.entity.id);
  };
  let directDone = direct < 0;
  for (const w of sentenceFacts(index, s.index).together) {
    if (!directDone && direct <= w.at) {
      addDirect();
      directDone = true;
      if (direct === w.at) continue;
    }
    out.push(w.id);
  }
  if (!directDone) addDirect();
  return out;
}

const WITH = /^(с|со)$/;
const TOGETHER = /^(рядом|вместе)$/;

/** What the event resolvers ask of a sentence, found once per sentence of an article. */
interface SentenceFacts {
  /** Place mentions right after в/во/на, in text order. */
  readonly places: readonly TokenMention[];
  /** People after «рядом с», «вместе с»: the token of с and the person. */
  readonly together: readonly { readonly at: number; readonly id: EntityId }[];
  /** Finite verbs, in text order. */
  readonly verbs: readonly number[];
  /** The first word of пригласить, предложить…, or -1. */
  readonly firstInviting: number;
}

const FACTS = new WeakMap<MentionIndex, (SentenceFacts | undefined)[]>();

function sentenceFacts(index: MentionIndex, sentence: number): SentenceFacts {
  let list = FACTS.get(index);
  if (!list) FACTS.set(index, (list = new Array(index.seg.sentences.length)));
  return (list[sentence] ??= scanSentence(index, sentence));
}

function scanSentence(index: MentionIndex, sentence: number): SentenceFacts {
  const { seg } = index;
  const s = seg.sentences[sentence]!;
  const places = index.within(s.tokenStart, s.tokenEnd).filter((m) => PLACE_TYPES.has(m.entity.type) && /^(в|во|на)$/.test(seg.tokens[m.from - 1]?.norm ?? ''));
  const together: { at: number; id: EntityId }[] = [];
  const verbs: number[] = [];
  let firstInviting = -1;
  for (let k = s.tokenStart; k < s.tokenEnd; k++) {
    const t = seg.tokens[k];
    if (isFiniteVerb(seg, t)) verbs.push(k);
    if (firstInviting < 0 && hasLemma(seg, t, INVITING)) firstInviting = k;
    if (k < s.tokenEnd - 1 && WITH.test(t!.norm) && TOGETHER.test(seg.tokens[k - 1]?.norm ?? '')) {
      const m = index.at(k + 1) ?? index.at(k + 2);
      if (m && m.entity.type === 'Person') together.push({ at: k, id: m.entity.id });
    }
  }
  return { places, together, verbs, firstInviting };
}

/** The people the clause makes take part: subjects of its verb, the invited person, or the previous sentence's subjects. */
function clauseParties(c: EventCandidate, index: MentionIndex, finder: SubjectFinder): EntityId[] {
  const seg = index.seg;
  const s = seg.sentences[seg.tokens[c.head]!.sentence]!;
  const verb = lastVerbBefore(index, s.index, c.head);
  if (verb === undefined) {
    const prev = seg.sentences[s.index - 1];
    if (!prev || !/^(а|и|но|затем|потом)$/.test(seg.tokens[s.tokenStart]?.norm ?? '')) return [];
    const prevVerb = lastVerbBefore(index, prev.index, prev.tokenEnd);
    return prevVerb === undefined ? [] : finder.allBefore(prev.tokenStart, prevVerb, verbGender(seg, seg.tokens[prevVerb]));
  }
  const inviting = firstInviting(index, s.index, c.head);
  if (inviting !== undefined) {
    const invited = index.within(inviting + 1, c.head).find((m) => m.entity.type === 'Person');
    return invited ? [invited.entity.id] : [];
  }
  return finder.allBefore(s.tokenStart, verb, verbGender(seg, seg.tokens[verb]));
}

/** The last finite verb of the sentence before token `to`. */
function lastVerbBefore(index: MentionIndex, sentence: number, to: number): number | undefined {
  const verbs = sentenceFacts(index, sentence).verbs;
  return verbs[partitionPoint(verbs.length, (k) => verbs[k]! < to) - 1];
}

function firstInviting(index: MentionIndex, sentence: number, to: number): number | undefined {
  const k = sentenceFacts(index, sentence).firstInviting;
  return k >= 0 && k < to ? k : undefined;
}

/** The nearest date expression of the sentence. */
function dateNear(c: EventCandidate, index: MentionIndex, dates: readonly PlacedDate[]): TemporalValue | undefined {
  let best: { value: TemporalValue; distance: number } | undefined;
  for (const d of datesOfSentence(index, dates, index.seg.tokens[c.head]!.sentence)) {
    const distance = d.from > c.head ? d.from - c.to : c.from - d.to;
    if (distance > DATE_WINDOW) continue;
    if (!best || distance < best.distance) best = { value: d.value, distance };
  }
  return best?.value;
}

const DATES_BY_SENTENCE = new WeakMap<MentionIndex, { dates: readonly PlacedDate[]; groups: Map<number | undefined, PlacedDate[]> }>();

/** The article's dates in one sentence, in their order (grouped once per article). */
function datesOfSentence(index: MentionIndex, dates: readonly PlacedDate[], sentence: number): readonly PlacedDate[] {
  let cached = DATES_BY_SENTENCE.get(index);
  if (cached?.dates !== dates) {
    const groups = new Map<number | undefined, PlacedDate[]>();
    for (const d of dates) {
      const key = index.seg.tokens[d.from]?.sentence;
      const list = groups.get(key);
      if (list) list.push(d);
      else groups.set(key, [d]);
    }
    DATES_BY_SENTENCE.set(index, (cached = { dates, groups }));
  }
  return cached.groups.get(sentence) ?? [];
}
