import { z } from 'zod';
import { EntityId, LocalId } from './ids.js';
import { TemporalValue } from './temporal.js';

export const EventKind = z.enum([
  'talks',
  'meeting',
  'summit',
  'visit',
  'parade',
  'celebration',
  'session',
  'anniversary',
  'conference',
  'election',
  'festival',
  'other',
]);
export type EventKind = z.infer<typeof EventKind>;

export const AttendanceMode = z.enum(['online', 'offline', 'mixed']);
export type AttendanceMode = z.infer<typeof AttendanceMode>;

/** held: it took place (as of the article's date); planned: announced for the future. */
export const EventStatus = z.enum(['held', 'planned', 'cancelled', 'postponed']);
export type EventStatus = z.infer<typeof EventStatus>;

export const Event = z.object({
  id: LocalId,
  name: z.string().trim().min(1),
  eventKind: EventKind,
  startDate: TemporalValue.optional(),
  endDate: TemporalValue.optional(),
  locations: z.array(EntityId).default([]),
  attendees: z.array(EntityId).default([]),
  organizers: z.array(EntityId).default([]),
  attendanceMode: AttendanceMode.optional(),
  status: EventStatus.optional(),
  superEvent: LocalId.optional(),
});
export type Event = z.infer<typeof Event>;
