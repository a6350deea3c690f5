import type { EventCandidate } from '../../extract/events.js';
import { ORGANIZED_KINDS } from '../../extract/statements/event-words.js';
import { hasLemma, isFiniteVerb, verbGender } from '../../extract/statements/token-tools.js';
import type { EntityId } from '../../model/ids.js';
import type { TemporalValue } from '../../model/temporal.js';
import type { MentionIndex, TokenMention } from './mention-index.js';
import type { SubjectFinder } from './subjects.js';

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

/** в Тяньцзине right after the phrase, else the nearest в/на + place of the sentence. */
function placeOf(c: EventCandidate, index: MentionIndex): { id: EntityId; phrase: string } | undefined {
  const tokens = index.seg.tokens;
  const phrase = (m: TokenMention, prep: number) => index.seg.text.slice(tokens[prep]!.start, tokens[m.to - 1]!.end);
  if (c.place) {
    const m = index.within(c.place.from, c.place.to).find((x) => PLACE_TYPES.has(x.entity.type));
    if (m) return { id: m.entity.id, phrase: phrase(m, c.place.from) };
  }
  const s = index.seg.sentences[tokens[c.head]!.sentence]!;
  let best: { m: TokenMention; distance: number } | undefined;
  for (const m of index.within(s.tokenStart, s.tokenEnd)) {
    if (!PLACE_TYPES.has(m.entity.type) || (m.from >= c.chain.from && m.from < c.chain.to)) continue;
    if (!/^(в|во|на)$/.test(tokens[m.from - 1]?.norm ?? '')) continue;
    const distance = Math.abs(m.from - c.head);
    if (!best || distance < best.distance) best = { m, distance };
  }
  return best ? { id: best.m.entity.id, phrase: phrase(best.m, best.m.from - 1) } : undefined;
}

/** встреча с X, рядом с X, вместе с X. */
function companions(c: EventCandidate, index: MentionIndex): EntityId[] {
  const tokens = index.seg.tokens;
  const out: EntityId[] = [];
  const s = index.seg.sentences[tokens[c.head]!.sentence]!;
  for (let k = s.tokenStart; k < s.tokenEnd - 1; k++) {
    if (!/^(с|со)$/.test(tokens[k]!.norm)) continue;
    const direct = k === c.to && (c.kind === 'meeting' || c.kind === 'talks');
    if (!direct && !/^(рядом|вместе)$/.test(tokens[k - 1]?.norm ?? '')) continue;
    const m = index.at(k + 1) ?? index.at(k + 2);
    if (m && (m.entity.type === 'Person' || (direct && m.entity.type === 'Country'))) out.push(m.entity.id);
  }
  return out;
}

/** The people the clause makes take part: subjects of its verb, the invited person, or the previous sentence's subjects. */
function clauseParties(c: EventCandidate, index: MentionIndex, finder: SubjectFinder): EntityId[] {
  const seg = index.seg;
  const s = seg.sentences[seg.tokens[c.head]!.sentence]!;
  const verb = lastVerbBefore(index, s.tokenStart, c.head);
  if (verb === undefined) {
    const prev = seg.sentences[s.index - 1];
    if (!prev || !/^(а|и|но|затем|потом)$/.test(seg.tokens[s.tokenStart]?.norm ?? '')) return [];
    const prevVerb = lastVerbBefore(index, prev.tokenStart, prev.tokenEnd);
    return prevVerb === undefined ? [] : finder.allBefore(prev.tokenStart, prevVerb, verbGender(seg, seg.tokens[prevVerb]));
  }
  const inviting = firstInviting(index, s.tokenStart, c.head);
  if (inviting !== undefined) {
    const invited = index.within(inviting + 1, c.head).find((m) => m.entity.type === 'Person');
    return invited ? [invited.entity.id] : [];
  }
  return finder.allBefore(s.tokenStart, verb, verbGender(seg, seg.tokens[verb]));
}

function lastVerbBefore(index: MentionIndex, from: number, to: number): number | undefined {
  for (let k = to - 1; k >= from; k--) if (isFiniteVerb(index.seg, index.seg.tokens[k])) return k;
  return undefined;
}

function firstInviting(index: MentionIndex, from: number, to: number): number | undefined {
  for (let k = from; k < to; k++) if (hasLemma(index.seg, index.seg.tokens[k], INVITING)) return k;
  return undefined;
}

/** The nearest date expression of the sentence. */
function dateNear(c: EventCandidate, index: MentionIndex, dates: readonly PlacedDate[]): TemporalValue | undefined {
  const sentence = index.seg.tokens[c.head]!.sentence;
  let best: { value: TemporalValue; distance: number } | undefined;
  for (const d of dates) {
    if (index.seg.tokens[d.from]?.sentence !== sentence) continue;
    const distance = d.from > c.head ? d.from - c.to : c.from - d.to;
    if (distance > DATE_WINDOW) continue;
    if (!best || distance < best.distance) best = { value: d.value, distance };
  }
  return best?.value;
}
