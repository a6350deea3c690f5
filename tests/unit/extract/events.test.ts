import { beforeAll, describe, expect, it } from 'vitest';
import { extractEvents } from '../../../src/extract/events.js';
import { loadStatementKit, seg } from './statements-kit.js';

beforeAll(loadStatementKit);

function events(text: string) {
  const s = seg(text);
  return extractEvents(s).map((e) => ({
    text: s.text.slice(e.start, e.end),
    kind: e.kind,
    phrase: e.phrase,
    ...(e.status ? { status: e.status } : {}),
    ...(e.attendanceMode ? { mode: e.attendanceMode } : {}),
    ...(e.place ? { place: s.text.slice(s.tokens[e.place.from]!.start, s.tokens[e.place.to - 1]!.end) } : {}),
    ...(e.modePhrase ? { modePhrase: e.modePhrase } : {}),
    ...(e.frames ? { frames: true } : {}),
  }));
}

describe('extractEvents: triggers and phrases', () => {
  it('puts the trigger phrase in the nominative and keeps its genitive words', () => {
    expect(events('Он был участником саммита ШОС в Тяньцзине.')).toEqual([
      { text: 'саммита ШОС', kind: 'summit', phrase: 'Саммит ШОС', status: 'held', place: 'в Тяньцзине' },
    ]);
    expect(events('Они стояли на Параде Победы.')[0]).toMatchObject({ phrase: 'Парад Победы', kind: 'parade' });
    expect(events('Он приедет с официальным визитом.')[0]).toMatchObject({ phrase: 'Официальный визит', kind: 'visit' });
  });

  it('recognizes the kinds: talks, meeting, session, anniversary, celebration, conference, election, forum', () => {
    const kinds = events('Переговоры, встреча, заседание, годовщина, 80-летие, торжества, конференция, выборы, форум.').map((e) => e.kind);
    expect(kinds).toEqual(['talks', 'meeting', 'session', 'anniversary', 'anniversary', 'celebration', 'conference', 'election', 'conference']);
  });

  it('drops evaluative adjectives from the phrase, keeps the mention span', () => {
    expect(events('Он был на грандиозных торжествах.')[0]).toMatchObject({ text: 'грандиозных торжествах', phrase: 'Торжества' });
  });
});

describe('extractEvents: status and attendance mode', () => {
  it('held, planned, cancelled, postponed', () => {
    expect(events('Лидеры провели переговоры.')[0]?.status).toBe('held');
    expect(events('Саммит состоится в июне.')[0]?.status).toBe('planned');
    expect(events('Он пригласил коллегу приехать с визитом.')[0]?.status).toBe('planned');
    expect(events('Все публичные мероприятия и конференции были отменены.')[0]?.status).toBe('cancelled');
    expect(events('Заседание перенесли на осень.')[0]?.status).toBe('postponed');
    expect(events('Предстоящий форум соберет экспертов.')[0]?.status).toBe('planned');
  });

  it('online when the clause says so (по видеосвязи, в режиме видеоконференции)', () => {
    expect(events('Лидеры провели переговоры по видеосвязи.')[0]).toMatchObject({ mode: 'online', modePhrase: 'по видеосвязи' });
    expect(events('Заседание прошло в режиме видеоконференции.')[0]).toMatchObject({ mode: 'online' });
    expect(events('Лидеры лично встречались на саммите.')[0]).toMatchObject({ mode: 'offline' });
  });

  it('marks the event that frames the others of its sentence (в рамках саммита)', () => {
    expect(events('В рамках саммита прошла встреча министров.').map((e) => e.frames ?? false)).toEqual([true, false]);
  });
});
