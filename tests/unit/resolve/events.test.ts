import { beforeAll, describe, expect, it } from 'vitest';
import type { Event } from '../../../src/model/event.js';
import { analyzeStatements } from '../../../src/pipeline/analyze-statements.js';
import { city, country, loadStatementKit, org, person, place, resolvedFor, seg, type MentionSpec } from '../extract/statements-kit.js';

beforeAll(loadStatementKit);

const putin = person('Владимир Путин', 'vladimir-putin');
const xi = person('Си Цзиньпин', 'si-tszinpin');
const sco = org('Шанхайская организация сотрудничества', 'shos');
const tianjin = city('Тяньцзинь', 'tyantszin');
const china = country('Китай', 'kitay', 'CN');
const square = place('Красная площадь', 'krasnaya-ploshchad');

const SPECS: MentionSpec[] = [
  { surface: 'Владимир Путин', entity: putin },
  { surface: 'Си Цзиньпин', entity: xi },
  { surface: 'Президент России', entity: putin, kind: 'description' },
  { surface: 'председатель КНР', entity: xi, kind: 'description' },
  { surface: 'российским президентом', entity: putin, kind: 'description' },
  { surface: 'коллегу', entity: putin, kind: 'description' },
  { surface: 'ШОС', entity: sco },
  { surface: 'Тяньцзине', entity: tianjin },
  { surface: 'КНР', entity: china },
  { surface: 'Красной площади', entity: square },
];

function analyze(text: string, date?: string) {
  const s = seg(text, date);
  return analyzeStatements(s, resolvedFor(s, SPECS), {});
}

const named = (e: Event | undefined) =>
  e && { name: e.name, kind: e.eventKind, date: e.startDate?.value, status: e.status, mode: e.attendanceMode, attendees: e.attendees, locations: e.locations, organizers: e.organizers };

describe('resolveEvents', () => {
  it('the lead event: attendees from the subjects, online, the article date, the article topic', () => {
    const r = analyze('Президент России и председатель КНР провели переговоры по видеосвязи.\n\nСи Цзиньпин отметил, что торговля растет.', '2026-02-04');
    expect(named(r.events[0])).toEqual({
      name: 'Переговоры Владимира Путина и Си Цзиньпина по видеосвязи',
      kind: 'talks',
      date: '2026-02-04',
      status: 'held',
      mode: 'online',
      attendees: [putin.id, xi.id],
      locations: [],
      organizers: [],
    });
    expect(r.metadata.about).toBe(r.events[0]!.id);
  });

  it('organizer from the genitive, location from в + place, repeated mentions merged', () => {
    const r = analyze('Заголовок новости\nВладимир Путин был участником саммита ШОС в Тяньцзине. Итоги саммита ШОС в Тяньцзине обсуждают до сих пор.');
    expect(r.events.map(named)).toEqual([
      { name: 'Саммит ШОС в Тяньцзине', kind: 'summit', date: undefined, status: 'held', mode: undefined, attendees: [putin.id], locations: [tianjin.id], organizers: [sco.id] },
    ]);
    expect(r.mentions.filter((m) => m.kind === 'description' && m.ref === r.events[0]!.id)).toHaveLength(2);
  });

  it('a visit someone is invited to: the invited person attends, planned, dated by «в этом году»', () => {
    const r = analyze('Заголовок\nСи Цзиньпин пригласил коллегу в этом году приехать в КНР с официальным визитом.', '2026-02-04');
    expect(named(r.events[0])).toMatchObject({ name: 'Официальный визит Владимира Путина в КНР', kind: 'visit', date: '2026', status: 'planned', attendees: [putin.id], locations: [china.id] });
  });

  it('a day and month in a past clause: the most recent one; people standing together attend', () => {
    const r = analyze('Заголовок\nА до этого 9 Мая Си Цзиньпин стоял рядом с российским президентом на Красной площади на Параде Победы.', '2026-02-04');
    expect(named(r.events[0])).toMatchObject({ name: 'Парад Победы на Красной площади', date: '2025-05-09', status: 'held', attendees: [xi.id, putin.id], locations: [square.id] });
  });

  it('a clause without its own subject takes the previous sentence’s subject', () => {
    const r = analyze('Заголовок\nВладимир Путин был на саммите ШОС. А потом и гостем на торжествах.');
    expect(r.events.find((e) => e.eventKind === 'celebration')?.attendees).toEqual([putin.id]);
  });

  it('в рамках саммита: the summit is the super-event of the other events of the sentence', () => {
    const r = analyze('Заголовок\nВ рамках саммита ШОС прошла встреча Владимира Путина и Си Цзиньпина.');
    const summit = r.events.find((e) => e.eventKind === 'summit')!;
    expect(r.events.find((e) => e.eventKind === 'meeting')?.superEvent).toBe(summit.id);
  });
});
