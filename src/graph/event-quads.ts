import type { NamedNode } from '@rdfjs/types';
import type { AttendanceMode, Event, EventStatus } from '../model/event.js';
import { ng } from '../vocab/newsgraph.js';
import { rdf } from '../vocab/rdf.js';
import { schema } from '../vocab/schema.js';
import type { GraphContext } from './graph-context.js';
import { maybe } from './quad-list.js';
import { dateLiteral, plainLiteral } from './literals.js';

export const ATTENDANCE_MODE: Readonly<Record<AttendanceMode, NamedNode>> = {
  online: schema.OnlineEventAttendanceMode,
  offline: schema.OfflineEventAttendanceMode,
  mixed: schema.MixedEventAttendanceMode,
};

/**
 * schema.org's EventScheduled means "taking place or has taken place on the startDate", so it fits
 * both held and planned events; ng:eventPhase keeps the difference.
 */
export const EVENT_STATUS: Readonly<Record<EventStatus, NamedNode>> = {
  held: schema.EventScheduled,
  planned: schema.EventScheduled,
  cancelled: schema.EventCancelled,
  postponed: schema.EventPostponed,
};

export function addEvent(e: Event, g: GraphContext): void {
  const { out, iris } = g;
  const s = iris.local(e.id);
  out.add(s, rdf.type, schema.Event);
  out.add(s, schema.name, g.text(e.name));
  out.add(s, schema.startDate, maybe(e.startDate, dateLiteral));
  out.add(s, schema.endDate, maybe(e.endDate, dateLiteral));
  out.addAll(s, schema.location, e.locations.map(iris.entity));
  out.addAll(s, schema.attendee, e.attendees.map(iris.entity));
  out.addAll(s, schema.organizer, e.organizers.map(iris.entity));
  out.add(s, schema.eventAttendanceMode, maybe(e.attendanceMode, (v) => ATTENDANCE_MODE[v]));
  out.add(s, schema.eventStatus, maybe(e.status, (v) => EVENT_STATUS[v]));
  const phase = e.status === 'held' || e.status === 'planned' ? e.status : undefined;
  out.add(s, ng.eventPhase, phase && plainLiteral(phase));
  out.add(s, ng.eventKind, plainLiteral(e.eventKind));
  out.add(s, schema.superEvent, maybe(e.superEvent, iris.local));
}
