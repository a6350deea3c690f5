import type { EventCandidate } from '../extract/events.js';
import type { PartMention } from '../model/article-parts.js';
import type { Entity } from '../model/entity.js';
import type { AttendanceMode, Event, EventKind, EventStatus } from '../model/event.js';
import { LocalId, type EntityId } from '../model/ids.js';
import type { TemporalValue } from '../model/temporal.js';
import { eventArguments, type EventArguments, type PlacedDate } from './statements/event-arguments.js';
import { eventName } from './statements/event-names.js';
import type { MentionIndex } from './statements/mention-index.js';
import type { SubjectFinder } from './statements/subjects.js';

export interface EventContext {
  readonly index: MentionIndex;
  readonly finder: SubjectFinder;
  readonly dates: readonly PlacedDate[];
  readonly published?: TemporalValue;
  /** Index of the lead paragraph: its first event is the article's main event. */
  readonly lead?: number;
}

export interface ResolvedEvents {
  readonly events: readonly Event[];
  readonly mentions: readonly PartMention[];
  /** The article's main event (schema:about). */
  readonly about?: LocalId;
}

interface Draft {
  readonly id: LocalId;
  readonly kind: EventKind;
  name: string;
  readonly attendees: EntityId[];
  readonly organizers: EntityId[];
  readonly locations: EntityId[];
  startDate?: TemporalValue;
  status?: EventStatus;
  mode?: AttendanceMode;
  superEvent?: LocalId;
  readonly sentences: Set<number>;
  named: boolean;
}

/**
 * Events from their trigger mentions: arguments resolved to entities, repeated mentions of the
 * same event merged (same kind, shared arguments, nothing in conflict), status and date checked
 * against the article's date, and the lead's event made the article's topic.
 */
export function resolveEvents(candidates: readonly EventCandidate[], ctx: EventContext): ResolvedEvents {
  const drafts: Draft[] = [];
  const mentions: PartMention[] = [];
  let about: LocalId | undefined;
  for (const c of candidates) {
    const draft = addMention(c, ctx, drafts);
    const text = ctx.index.seg.text.slice(c.start, c.end);
    mentions.push({ start: c.start, end: c.end, text, kind: c.named ? 'name' : 'description', ref: draft.id });
    if (about === undefined && ctx.lead !== undefined && paragraphOf(ctx, c) === ctx.lead) about = draft.id;
  }
  linkSuperEvents(candidates, drafts, ctx);
  const events = drafts.map(toEvent);
  return { events, mentions, ...(about ? { about } : {}) };
}

function paragraphOf(ctx: EventContext, c: EventCandidate): number {
  const seg = ctx.index.seg;
  return seg.sentences[seg.tokens[c.head]!.sentence]!.paragraph;
}

/** What one trigger mention says about its event. */
interface Reading {
  readonly args: EventArguments;
  readonly date?: TemporalValue;
  readonly status?: EventStatus;
  readonly name: string;
  readonly sentence: number;
}

function readMention(c: EventCandidate, ctx: EventContext): Reading {
  const args = eventArguments(c, ctx.index, ctx.finder, ctx.dates);
  const inLead = ctx.lead !== undefined && paragraphOf(ctx, c) === ctx.lead;
  let date = args.date;
  if (!date && inLead && c.status !== 'planned' && ctx.published) date = { value: ctx.published.value.slice(0, 10), precision: 'day' };
  const status = statusFor(c.status, date, ctx.published);
  const entities = args.attendees.map((id) => ctx.index.entity(id)).filter((e): e is Entity => e !== undefined);
  const parts = { phrase: c.phrase, hasChain: c.chain.to > c.chain.from, kind: c.kind, attendees: entities };
  const name = eventName(
    { ...parts, ...(c.modePhrase ? { modePhrase: c.modePhrase } : {}), ...(args.placePhrase ? { placePhrase: args.placePhrase } : {}) },
    ctx.index.seg.morphology,
    (e) => ctx.finder.genderOf(e),
  );
  return { args, ...(date ? { date } : {}), ...(status ? { status } : {}), name, sentence: ctx.index.seg.tokens[c.head]!.sentence };
}

function addMention(c: EventCandidate, ctx: EventContext, drafts: Draft[]): Draft {
  const r = readMention(c, ctx);
  const same = drafts.findLast((d) => compatible(d, c.kind, r.args, r.date));
  if (same) {
    mergeInto(same, c, r);
    return same;
  }
  const draft: Draft = {
    id: LocalId.parse(`event-${drafts.length + 1}`),
    kind: c.kind,
    name: r.name,
    attendees: [...r.args.attendees],
    organizers: [...r.args.organizers],
    locations: [...r.args.locations],
    ...(r.date ? { startDate: r.date } : {}),
    ...(r.status ? { status: r.status } : {}),
    ...(c.attendanceMode ? { mode: c.attendanceMode } : {}),
    sentences: new Set([r.sentence]),
    named: c.named,
  };
  drafts.push(draft);
  return draft;
}

/** A repeated mention adds its arguments and fills what the event still lacks. */
function mergeInto(same: Draft, c: EventCandidate, r: Reading): void {
  for (const [list, ids] of [[same.attendees, r.args.attendees], [same.organizers, r.args.organizers], [same.locations, r.args.locations]] as const) {
    for (const id of ids) if (!list.includes(id)) list.push(id);
  }
  same.startDate ??= r.date;
  same.status ??= r.status;
  same.mode ??= c.attendanceMode;
  if (r.name.length > same.name.length && !same.named) same.name = r.name;
  same.named ||= c.named;
  same.sentences.add(r.sentence);
}

function statusFor(cue: EventStatus | undefined, date: TemporalValue | undefined, published: TemporalValue | undefined): EventStatus | undefined {
  if (cue === 'cancelled' || cue === 'postponed' || !date || !published || date.precision === 'monthDay') return cue;
  const d = date.value;
  const p = published.value.slice(0, d.length);
  if (d > p) return 'planned';
  if (d < p) return 'held';
  return cue;
}

/** Same kind, no conflicting organizer, place or date, and something in common (or nothing said). */
function compatible(d: Draft, kind: EventKind, args: EventArguments, date: TemporalValue | undefined): boolean {
  if (d.kind !== kind) return false;
  const conflict = (a: readonly EntityId[], b: readonly EntityId[]) => a.length > 0 && b.length > 0 && !a.some((x) => b.includes(x));
  if (conflict(d.organizers, args.organizers) || conflict(d.locations, args.locations)) return false;
  if (date && d.startDate && !date.value.startsWith(d.startDate.value) && !d.startDate.value.startsWith(date.value)) return false;
  const empty = args.attendees.length + args.organizers.length + args.locations.length === 0;
  const shared = (a: readonly EntityId[], b: readonly EntityId[]) => a.some((x) => b.includes(x));
  return empty || shared(d.attendees, args.attendees) || shared(d.organizers, args.organizers) || shared(d.locations, args.locations);
}

/** «в рамках саммита»: the other events of that sentence are part of it. */
function linkSuperEvents(candidates: readonly EventCandidate[], drafts: Draft[], ctx: EventContext): void {
  for (const c of candidates.filter((x) => x.frames)) {
    const sentence = ctx.index.seg.tokens[c.head]!.sentence;
    const parent = drafts.find((d) => d.kind === c.kind && d.sentences.has(sentence));
    if (!parent) continue;
    for (const d of drafts) if (d !== parent && d.sentences.has(sentence) && !d.superEvent) d.superEvent = parent.id;
  }
}

function toEvent(d: Draft): Event {
  return {
    id: d.id,
    name: d.name,
    eventKind: d.kind,
    locations: d.locations,
    attendees: d.attendees,
    organizers: d.organizers,
    ...(d.startDate ? { startDate: d.startDate } : {}),
    ...(d.mode ? { attendanceMode: d.mode } : {}),
    ...(d.status ? { status: d.status } : {}),
    ...(d.superEvent && d.superEvent !== d.id ? { superEvent: d.superEvent } : {}),
  };
}
