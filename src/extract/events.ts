import type { AttendanceMode, EventKind, EventStatus } from '../model/event.js';
import type { Analysis, SegmentedArticle, Token } from '../segment/types.js';
import { foldCase } from '../util/fold.js';
import {
  CANCELLED,
  EVENT_TRIGGERS,
  FRAME_WORDS,
  HELD_ADJECTIVES,
  OFFLINE_WORDS,
  ONLINE_WORDS,
  PLANNED_ADJECTIVES,
  PLANNING_LEMMAS,
  POSTPONED,
} from './statements/event-words.js';
import { tenseNear } from './statements/tense.js';
import { hasLemma, readingsOf } from './statements/token-tools.js';
import type { Span } from './types.js';

/** Token range [from, to). */
export interface TokenRange {
  readonly from: number;
  readonly to: number;
}

/** An event the text names with a noun (переговоры, саммит ШОС, Парад Победы), before its arguments are resolved. */
export interface EventCandidate extends Span, TokenRange {
  readonly kind: EventKind;
  /** The trigger noun. */
  readonly head: number;
  /** The phrase in the nominative: «Саммит ШОС», «Официальный визит», «Парад Победы». */
  readonly phrase: string;
  /** The genitive words after the trigger (ШОС, глав правительств ШОС). */
  readonly chain: TokenRange;
  /** A prepositional phrase right after it (в Тяньцзине, на Красной площади), for the location. */
  readonly place?: TokenRange;
  /** Words after it that say how it is held (по видеосвязи). */
  readonly modePhrase?: string;
  readonly attendanceMode?: AttendanceMode;
  readonly status?: EventStatus;
  /** «в рамках саммита»: the other events of the sentence are part of this one. */
  readonly frames: boolean;
  /** The trigger capitalized inside a sentence (Парад Победы): a name rather than a description. */
  readonly named: boolean;
}

const ANNIVERSARY = /^\d+-(летие|летия|летию|летием|летии)$/;
const MAX_CHAIN = 6;
const TRIGGER_START = /^(перегов|встреч|саммит|визит|парад|торжеств|празднов|заседан|сесси|годовщин|юбиле|конференц|пресс-конф|видеоконф|форум|съезд|выбор|праймериз|референдум|фестивал|кинофестив|церемони|митинг)/;
const MODE_PHRASE = /^(по видеосвязи|по видеоконференцсвязи|в режиме видеоконференции|в режиме онлайн|в онлайн-формате|в формате видеоконференции)/;

/** Event triggers with their phrase, place, attendance mode and status cues. */
export function extractEvents(seg: SegmentedArticle): EventCandidate[] {
  const out: EventCandidate[] = [];
  seg.tokens.forEach((t, i) => {
    const kind = triggerKind(seg, t);
    if (kind) out.push(candidateAt(seg, i, kind));
  });
  return out;
}

function triggerKind(seg: SegmentedArticle, t: Token): EventKind | undefined {
  if (t.kind !== 'word') return undefined;
  if (ANNIVERSARY.test(t.norm)) return 'anniversary';
  if (!TRIGGER_START.test(t.norm)) return undefined;
  for (const a of readingsOf(seg, t)) {
    if (a.pos !== 'NOUN') continue;
    const kind = EVENT_TRIGGERS.get(foldCase(a.lemma));
    if (kind && (kind !== 'celebration' || a.tags.has('plur') || foldCase(a.lemma) !== 'торжество')) return kind;
  }
  return undefined;
}

function candidateAt(seg: SegmentedArticle, head: number, kind: EventKind): EventCandidate {
  const tokens = seg.tokens;
  const adjectives = adjectivesBefore(seg, head);
  const chainEnd = genitiveChain(seg, head + 1);
  const from = adjectives[0] ?? head;
  const place = placeAfter(tokens, chainEnd);
  const mode = MODE_PHRASE.exec(seg.text.slice(tokens[chainEnd]?.start ?? 0, (tokens[chainEnd]?.start ?? 0) + 40).toLowerCase());
  return {
    start: tokens[from]!.start,
    end: tokens[chainEnd - 1]!.end,
    from,
    to: chainEnd,
    kind,
    head,
    phrase: phraseOf(seg, adjectives, head, chainEnd),
    chain: { from: head + 1, to: chainEnd },
    ...(place ? { place } : {}),
    ...(mode ? { modePhrase: mode[1]! } : {}),
    ...modeOf(seg, head),
    ...statusOf(seg, head, adjectives),
    frames: FRAME_WORDS.has(tokens[head - 1]?.norm ?? '') && /^(в|на)$/.test(tokens[head - 2]?.norm ?? ''),
    named: tokens[head]!.upper && from > (seg.sentences[tokens[head]!.sentence]?.tokenStart ?? 0),
  };
}

function adjectivesBefore(seg: SegmentedArticle, head: number): number[] {
  const out: number[] = [];
  const sentenceStart = seg.sentences[seg.tokens[head]!.sentence]!.tokenStart;
  for (let k = head - 1; k >= Math.max(sentenceStart, head - 2); k--) {
    const r = readingsOf(seg, seg.tokens[k]!)[0];
    if (!r || r.pos !== 'ADJF' || r.tags.has('Apro')) break;
    out.unshift(k);
  }
  return out;
}

/** End (exclusive) of the genitive words after the trigger: ШОС, глав правительств ШОС, Путина и Си Цзиньпина. */
function genitiveChain(seg: SegmentedArticle, from: number): number {
  let k = from;
  while (k < from + MAX_CHAIN) {
    const t = seg.tokens[k];
    if (!t) break;
    if (t.norm === 'и' && k > from && isGenitive(seg, seg.tokens[k + 1]) && seg.tokens[k + 1]!.upper) {
      k++;
      continue;
    }
    if (!isGenitive(seg, t)) break;
    k++;
  }
  return k;
}

function isGenitive(seg: SegmentedArticle, t: Token | undefined): boolean {
  if (!t || t.kind !== 'word') return false;
  if (t.caps) return true;
  const rs = readingsOf(seg, t);
  if (rs.length === 0) return t.upper;
  const first = rs[0]!;
  return (first.pos === 'NOUN' || first.pos === 'ADJF') && rs.some((a) => a.tags.has('gent') && (a.pos === 'NOUN' || a.pos === 'ADJF'));
}

/** в/на followed by words up to punctuation or another preposition (at most four). */
function placeAfter(tokens: readonly Token[], k: number): { from: number; to: number } | undefined {
  if (!/^(в|во|на)$/.test(tokens[k]?.norm ?? '') || !tokens[k + 1]?.upper) return undefined;
  let end = k + 1;
  while (end < k + 5 && tokens[end] && (tokens[end]!.kind === 'word' || tokens[end]!.kind === 'quote') && !/^(в|во|на|по|с|и)$/.test(tokens[end]!.norm)) end++;
  return { from: k, to: end };
}

function phraseOf(seg: SegmentedArticle, adjectives: readonly number[], head: number, chainEnd: number): string {
  const h = seg.tokens[head]!;
  const reading = readingsOf(seg, h).find((a) => a.pos === 'NOUN');
  const number = reading?.tags.has('plur') ? 'plur' : 'sing';
  const words: string[] = [];
  for (const k of adjectives) {
    const t = seg.tokens[k]!;
    const r = readingsOf(seg, t)[0]!;
    if (r.tags.has('Qual')) continue;
    words.push(nominative(seg, t, r, number));
  }
  words.push(reading && !ANNIVERSARY.test(h.norm) ? nominative(seg, h, reading, number) : anniversaryNominative(h.text));
  if (chainEnd > head + 1) words.push(seg.text.slice(seg.tokens[head + 1]!.start, seg.tokens[chainEnd - 1]!.end));
  const phrase = words.join(' ');
  return phrase.charAt(0).toUpperCase() + phrase.slice(1);
}

function nominative(seg: SegmentedArticle, t: Token, r: Analysis, number: string): string {
  const form = seg.morphology.inflect(t.text, r, r.tags.has('Pltm') ? ['nomn'] : ['nomn', number]) ?? t.text.toLowerCase();
  return t.upper ? form.charAt(0).toUpperCase() + form.slice(1) : form;
}

function anniversaryNominative(text: string): string {
  return text.replace(/-(летия|летию|летием|летии)$/i, '-летие');
}

/** What a sentence says about how and whether its events happen; found once per sentence. */
interface SentenceCues {
  readonly online: boolean;
  readonly offline: boolean;
  readonly cancelled: boolean;
  readonly postponed: boolean;
  /** The first word with a planning lemma (пригласил, планирует), or -1. */
  readonly firstPlanning: number;
}

const CUES = new WeakMap<SegmentedArticle, (SentenceCues | undefined)[]>();

function cuesOf(seg: SegmentedArticle, head: number): SentenceCues {
  const sentence = seg.tokens[head]!.sentence;
  let list = CUES.get(seg);
  if (!list) CUES.set(seg, (list = new Array(seg.sentences.length)));
  return (list[sentence] ??= scanCues(seg, sentence));
}

function scanCues(seg: SegmentedArticle, sentence: number): SentenceCues {
  const s = seg.sentences[sentence]!;
  let online = false;
  let offline = false;
  let cancelled = false;
  let postponed = false;
  let firstPlanning = -1;
  for (let k = s.tokenStart; k < s.tokenEnd; k++) {
    const t = seg.tokens[k]!;
    online ||= ONLINE_WORDS.test(t.norm);
    offline ||= OFFLINE_WORDS.test(t.norm);
    cancelled ||= CANCELLED.test(t.norm);
    postponed ||= POSTPONED.test(t.norm);
    if (firstPlanning < 0 && hasLemma(seg, t, PLANNING_LEMMAS)) firstPlanning = k;
  }
  return { online, offline, cancelled, postponed, firstPlanning };
}

function modeOf(seg: SegmentedArticle, head: number): { attendanceMode?: AttendanceMode } {
  const cues = cuesOf(seg, head);
  if (cues.online) return { attendanceMode: 'online' };
  if (cues.offline) return { attendanceMode: 'offline' };
  return {};
}

function statusOf(seg: SegmentedArticle, head: number, adjectives: readonly number[]): { status?: EventStatus } {
  const cues = cuesOf(seg, head);
  if (cues.cancelled) return { status: 'cancelled' };
  if (cues.postponed) return { status: 'postponed' };
  const adjective = adjectives.map((k) => seg.tokens[k]!.norm);
  if (adjective.some((a) => PLANNED_ADJECTIVES.test(a))) return { status: 'planned' };
  if (adjective.some((a) => HELD_ADJECTIVES.test(a))) return { status: 'held' };
  if (cues.firstPlanning >= 0 && cues.firstPlanning < head) return { status: 'planned' };
  const tense = tenseNear(seg, head);
  if (tense === 'future') return { status: 'planned' };
  if (tense === 'past') return { status: 'held' };
  return {};
}
