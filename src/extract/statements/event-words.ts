import type { EventKind } from '../../model/event.js';

/** Nouns that name an event, by lemma (folded), with its kind. */
export const EVENT_TRIGGERS: ReadonlyMap<string, EventKind> = new Map([
  ['переговоры', 'talks'], ['встреча', 'meeting'], ['саммит', 'summit'], ['визит', 'visit'], ['парад', 'parade'],
  ['торжество', 'celebration'], ['празднование', 'celebration'], ['заседание', 'session'], ['сессия', 'session'],
  ['годовщина', 'anniversary'], ['юбилей', 'anniversary'], ['конференция', 'conference'],
  ['пресс-конференция', 'conference'], ['видеоконференция', 'conference'], ['форум', 'conference'],
  ['съезд', 'conference'], ['выборы', 'election'], ['праймериз', 'election'], ['референдум', 'election'],
  ['фестиваль', 'festival'], ['кинофестиваль', 'festival'], ['церемония', 'other'], ['митинг', 'other'],
]);

/** Kinds whose organization in the genitive organizes the event (саммит ШОС); for others it takes part (переговоры России и Китая). */
export const ORGANIZED_KINDS: ReadonlySet<EventKind> = new Set(['summit', 'session', 'conference', 'festival', 'celebration', 'election', 'parade']);

/** Words of the clause that say the event takes place remotely or in person. */
export const ONLINE_WORDS = /^(видеосвяз\p{L}*|видеоконференц\p{L}*|видеоконференци\p{L}*|онлайн|онлайн-\p{L}+|дистанционн\p{L}*|виртуальн\p{L}*|видеорежим\p{L}*)$/u;
export const OFFLINE_WORDS = /^(очно|очн\p{L}+|лично)$/u;

/** Verbs and nouns that make an event planned: пригласил приехать, планирует, намерен. */
export const PLANNING_LEMMAS: ReadonlySet<string> = new Set([
  'пригласить', 'приглашать', 'приглашение', 'планировать', 'планироваться', 'намереваться', 'намерение',
  'собираться', 'предложить', 'договориться', 'решить', 'готовиться', 'пообещать', 'обещать', 'анонсировать',
  'назначить', 'запланировать', 'ожидаться', 'предстоять',
]);

export const CANCELLED = /^(отмен\p{L}*)$/u;
export const POSTPONED = /^(перенес\p{L}*|перенос\p{L}*|отложен\p{L}*|отложил\p{L}*|отложи\p{L}*)$/u;

/** Adjectives before a trigger that say it is past or to come. */
export const HELD_ADJECTIVES = /^(прошедш\p{L}*|минувш\p{L}*|состоявш\p{L}*|недавн\p{L}*|прошлогодн\p{L}*)$/u;
export const PLANNED_ADJECTIVES = /^(предстоящ\p{L}*|будущ\p{L}*|грядущ\p{L}*|планируем\p{L}*|очередн\p{L}*)$/u;

/** A trigger after «в рамках» or «на полях» is the super-event of the other events of its sentence. */
export const FRAME_WORDS: ReadonlySet<string> = new Set(['рамках', 'полях', 'ходе']);
