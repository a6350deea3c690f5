import type { EventKind } from '../../model/event.js';
import type { Entity } from '../../model/entity.js';
import type { Morphology } from '../../segment/types.js';
import type { Gender } from '../../extract/statements/token-tools.js';
import { analyzeWord } from '../../extract/statements/token-tools.js';

const MAX_NAME_WORDS = 12;
const NAMED_BY_PARTIES: ReadonlySet<EventKind> = new Set(['talks', 'meeting', 'visit']);

export interface NameParts {
  readonly phrase: string;
  /** True when the phrase already has words after the trigger (саммит ШОС, Парад Победы). */
  readonly hasChain: boolean;
  readonly kind: EventKind;
  readonly attendees: readonly Entity[];
  readonly modePhrase?: string;
  readonly placePhrase?: string;
}

/**
 * A readable name from the trigger phrase and its arguments: «Саммит ШОС в Тяньцзине»,
 * «Переговоры Владимира Путина и Си Цзиньпина по видеосвязи», «Официальный визит Владимира Путина в КНР».
 */
export function eventName(parts: NameParts, morphology: Morphology, genderOf: (e: Entity) => Gender | undefined): string {
  const words = [parts.phrase];
  if (!parts.hasChain && NAMED_BY_PARTIES.has(parts.kind) && parts.attendees.length > 0) {
    const people = parts.attendees.slice(0, 2).map((e) => genitiveName(e, morphology, genderOf(e)));
    words.push(people.join(' и '));
  }
  if (parts.modePhrase) words.push(parts.modePhrase);
  if (parts.placePhrase && !parts.phrase.includes(parts.placePhrase)) words.push(parts.placePhrase);
  const name = words.join(' ').split(/\s+/).slice(0, MAX_NAME_WORDS).join(' ');
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/**
 * A name in the genitive: dictionary names and surnames are inflected (Владимир Путин → Владимира
 * Путина); a man's foreign name ending in a consonant takes -а (Цзиньпин → Цзиньпина); anything
 * else stays as it is (Си, Моди, Габбард).
 */
export function genitiveName(entity: Entity, morphology: Morphology, gender: Gender | undefined): string {
  if (entity.type !== 'Person') return entity.name;
  return entity.name
    .split(/\s+/)
    .map((word) => genitiveWord(word, morphology, gender))
    .join(' ');
}

function genitiveWord(word: string, morphology: Morphology, gender: Gender | undefined): string {
  const reading = analyzeWord(morphology, word).find((a) => a.known && (a.tags.has('Name') || a.tags.has('Surn') || a.tags.has('Patr')) && a.tags.has('nomn'));
  if (reading) {
    const form = morphology.inflect(word, reading, ['gent']);
    if (form) return word.charAt(0) + form.slice(1);
  }
  if (gender !== 'masc' || !/[\p{Ll}]$/u.test(word) || word.length < 3) return word;
  if (/[бвгджзклмнпрстфхцчшщ]$/.test(word)) return `${word}а`;
  if (/[йь]$/.test(word)) return `${word.slice(0, -1)}я`;
  return word;
}
