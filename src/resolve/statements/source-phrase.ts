import { ORG_HEADS } from '../../extract/org-words.js';
import { foldLemma, readingsOf } from '../../extract/statements/token-tools.js';
import type { OrganizationKind } from '../../model/entity.js';
import type { Analysis, SegmentedArticle, Token } from '../../segment/types.js';
import type { MentionIndex, TokenMention } from './mention-index.js';

/**
 * A description that stands for a speaker the text does not name: собеседник ТАСС, представитель
 * Обамы, прокуроры, пресс-служба вестминстерской резиденции. Token range [from, to) as written,
 * the name in the nominative (head and its adjectives inflected, complements as written).
 */
export interface SourcePhrase {
  readonly from: number;
  readonly to: number;
  readonly type: 'Person' | 'Organization';
  readonly name: string;
  /** The same source with a partitive left out: житель одного из сёл Киевской области → житель Киевской области. */
  readonly aliases: readonly string[];
  readonly orgKind?: OrganizationKind;
}

const MAX_TAIL_TOKENS = 10;
const LOCATIVE_PREPOSITIONS = new Set(['в', 'во', 'на']);
/**
 * Nouns after в/на that place a source among people or in a body (источник в правительстве,
 * украинцы в зале, источник в окружении президента); organization words count too. Other nouns
 * say when or how (в интервью, на совещании, в документе) and end the phrase.
 */
const PLACES_OF_SOURCES = new Set([
  'зал', 'город', 'село', 'деревня', 'поселок', 'район', 'регион', 'область', 'край', 'республика', 'страна', 'столица', 'больница',
  'госпиталь', 'тюрьма', 'колония', 'изолятор', 'окружение', 'структура', 'кулуары', 'аппарат', 'лагерь', 'место', 'округ', 'штат',
  'провинция', 'здание', 'офис', 'сектор', 'отрасль',
]);
const PARTITIVE = /^(одного|одной|одних|одном|одну|один|одна)$/;
const FUNCTION_POS = new Set(['PREP', 'CONJ', 'PRCL', 'INTJ', 'NPRO', 'ADVB', 'PRED', 'VERB', 'INFN', 'GRND', 'PRTS']);

/**
 * Collective nouns for the press, which speak as sources (украинские СМИ, итальянская пресса,
 * шведское телевидение) but name no organization of their own in the text.
 */
const MEDIA_SOURCES = new Set(['сми', 'пресса', 'телевидение', 'радио', 'медиа', 'таблоид', 'печать']);

/** The organization kind of a head noun's lemma (пресс-служба → служба: government), or undefined for people. */
export function organizationHead(seg: SegmentedArticle, token: Token | undefined): OrganizationKind | undefined {
  if (!token || token.kind !== 'word') return undefined;
  for (const a of readingsOf(seg, token)) {
    if (a.pos !== 'NOUN') continue;
    const lemma = foldLemma(a.lemma);
    const kind = ORG_HEADS.get(lemma) ?? ORG_HEADS.get(lemma.slice(lemma.lastIndexOf('-') + 1)) ?? (MEDIA_SOURCES.has(lemma) ? 'news-media' : undefined);
    if (kind) return kind;
  }
  return undefined;
}

/**
 * The source phrase headed by the noun at `head`: its complements (genitives, names, a quoted
 * name, a place after в/на, a partitive одного из …), for organizations its adjectives too.
 * `plural`: the verb is plural (власти заявили), so the head keeps the plural.
 */
export function sourcePhrase(index: MentionIndex, head: number, plural: boolean): SourcePhrase | undefined {
  const seg = index.seg;
  const reading = headReading(seg, seg.tokens[head], plural);
  if (!reading) return undefined;
  const orgKind = organizationHead(seg, seg.tokens[head]);
  const number = reading.tags.has('plur') ? 'plur' : 'sing';
  const from = orgKind ? adjectivesBefore(index, head, reading) : head;
  const tail = complementsAfter(index, head + 1);
  const forms: string[] = [];
  for (let k = from; k <= head; k++) forms.push(nominativeForm(seg, k, k === head ? reading : undefined, number, reading));
  const head0 = seg.tokens[head]!;
  const written = (a: number, b: number) => (b > a ? seg.text.slice(seg.tokens[a]!.start, seg.tokens[b - 1]!.end) : '');
  const name = lowerFirst(seg, from, [forms.join(' '), written(head + 1, tail.end)].filter(Boolean).join(' '));
  const aliases = tail.partitiveEnd !== undefined && tail.partitiveEnd < tail.end ? [lowerFirst(seg, from, `${forms.join(' ')} ${written(tail.partitiveEnd, tail.end)}`)] : [];
  if (!name || head0.kind !== 'word') return undefined;
  return { from, to: Math.max(head + 1, tail.end), type: orgKind ? 'Organization' : 'Person', name: squash(name), aliases: aliases.map(squash), ...(orgKind ? { orgKind } : {}) };
}

function squash(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** The noun reading of the head: animate or an organization word, substantivized adjectives (дежурный, полицейские) too. */
function headReading(seg: SegmentedArticle, token: Token | undefined, plural: boolean): Analysis | undefined {
  if (!token || token.kind !== 'word') return undefined;
  const rs = readingsOf(seg, token).filter((a) => (a.pos === 'NOUN' && !a.tags.has('Name') && !a.tags.has('Surn') && !a.tags.has('Patr')) || (a.pos === 'ADJF' && a.tags.has('Subx')));
  if (rs.length === 0) return undefined;
  const wanted = plural ? rs.find((a) => a.tags.has('plur') && a.tags.has('nomn')) : rs.find((a) => a.tags.has('sing'));
  return wanted ?? rs[0];
}

/** Adjectives right before an organization head that agree with it (Столичный департамент, государственного информагентства). */
function adjectivesBefore(index: MentionIndex, head: number, reading: Analysis): number {
  const seg = index.seg;
  const cases = [...reading.tags].filter((t) => /^(nomn|gent|datv|accs|ablt|loct)$/.test(t));
  let from = head;
  while (from > 0 && head - from < 3) {
    const t = seg.tokens[from - 1]!;
    const tm = index.at(from - 1);
    if (t.kind !== 'word' || (tm && !isPlaceAdjective(tm)) || (t.upper && from - 1 !== seg.sentences[t.sentence]!.tokenStart)) break;
    const agrees = readingsOf(seg, t).some((a) => (a.pos === 'ADJF' || a.pos === 'PRTF') && a.known && cases.some((c) => a.tags.has(c)));
    if (!agrees) break;
    from--;
  }
  return from;
}

/** британской, российское: an adjective the entity stage read as a mention of a country or city. */
export function isPlaceAdjective(tm: TokenMention): boolean {
  return tm.mention.kind === 'description' && tm.to - tm.from === 1 && (tm.entity.type === 'Country' || tm.entity.type === 'City' || tm.entity.type === 'Region');
}

interface Tail {
  readonly end: number;
  /** Where the complements go on after a partitive (одного из сёл | Киевской области). */
  readonly partitiveEnd?: number;
}

/** The complements after the head, ending on a noun, a name or a closing quote mark. */
function complementsAfter(index: MentionIndex, from: number): Tail {
  const seg = index.seg;
  const tokens = seg.tokens;
  const sentence = tokens[from - 1]!.sentence;
  let end = from;
  let partitive: 'none' | 'open' | number = 'none';
  let j = from;
  while (j < tokens.length && j - from < MAX_TAIL_TOKENS && tokens[j]!.sentence === sentence) {
    const t = tokens[j]!;
    const tm = index.at(j);
    let next: number | undefined;
    if (tm && tm.from === j && tm.mention.kind !== 'pronoun') next = complementName(seg, tm) ? tm.to : undefined;
    else if (t.kind === 'quote' && /^[«„“"]$/.test(t.text)) next = closingQuote(tokens, j);
    else if (t.kind !== 'word') next = undefined;
    else if (PARTITIVE.test(t.norm) && tokens[j + 1]?.norm === 'из' && partitive === 'none') {
      partitive = 'open';
      j += 2;
      continue;
    } else if (LOCATIVE_PREPOSITIONS.has(t.norm)) next = locativePhrase(index, j + 1);
    else if (genitiveWord(seg, t)) {
      j++;
      if (!isNoun(seg, t)) continue;
      next = j;
    }
    if (next === undefined) break;
    j = end = next;
    if (partitive === 'open') partitive = end;
  }
  return { end, ...(typeof partitive === 'number' ? { partitiveEnd: partitive } : {}) };
}

/** The token after the closing mark of a short quoted name. */
function closingQuote(tokens: readonly Token[], open: number): number | undefined {
  for (let k = open + 1; k < Math.min(tokens.length, open + 8); k++) {
    if (tokens[k]!.kind === 'quote') return k > open + 1 ? k + 1 : undefined;
    if (tokens[k]!.kind === 'punct' && tokens[k]!.text !== '-') return undefined;
  }
  return undefined;
}

/** в зале, в США, в правоохранительных органах: a place or body the source is in (adjectives, a locative noun; or a name). */
function locativePhrase(index: MentionIndex, from: number): number | undefined {
  const seg = index.seg;
  const named = index.at(from);
  if (named && named.from === from) return named.entity.type === 'Person' || named.mention.kind === 'pronoun' ? undefined : named.to;
  let k = from;
  while (k < from + 3 && isAdjectiveIn(seg, seg.tokens[k], 'loct')) k++;
  const t = seg.tokens[k];
  if (!t || t.kind !== 'word') return undefined;
  const noun = readingsOf(seg, t).find((a) => a.pos === 'NOUN' && (a.tags.has('loct') || a.tags.has('loc2')));
  if (!noun || !(PLACES_OF_SOURCES.has(foldLemma(noun.lemma)) || organizationHead(seg, t))) return undefined;
  return k + 1;
}

function isAdjectiveIn(seg: SegmentedArticle, t: Token | undefined, c: string): boolean {
  return !!t && t.kind === 'word' && readingsOf(seg, t).some((a) => (a.pos === 'ADJF' || a.pos === 'PRTF') && a.tags.has(c));
}

function genitiveWord(seg: SegmentedArticle, t: Token): boolean {
  if (/\d/.test(t.text)) return false;
  if (t.caps && t.text.length <= 6) return true;
  const rs = readingsOf(seg, t);
  if (rs[0]?.known && FUNCTION_POS.has(rs[0].pos ?? '')) return false;
  return rs.some((a) => a.tags.has('gent') && (a.pos === 'NOUN' || a.pos === 'ADJF' || a.pos === 'PRTF' || a.pos === 'NUMR'));
}

/**
 * A name that complements the head: in the genitive or indeclinable (Обамы, ТАСС, Киевской
 * области); a person's name in the nominative is an apposition, not a complement (замглавы … Сурков).
 */
function complementName(seg: SegmentedArticle, tm: TokenMention): boolean {
  const words = seg.tokens.slice(tm.from, tm.to).filter((t) => t.kind === 'word');
  if (tm.entity.type === 'Person') {
    const nominative = words.some((t) => readingsOf(seg, t).some((a) => a.tags.has('nomn') && a.tags.has('sing') && (a.tags.has('Name') || a.tags.has('Surn'))));
    return !nominative && words.some((t) => readingsOf(seg, t).some((a) => a.tags.has('gent')));
  }
  const t = words[0];
  return !t || t.caps || readingsOf(seg, t).length === 0 || readingsOf(seg, t).some((a) => a.tags.has('gent') || a.tags.has('Fixd'));
}

function isNoun(seg: SegmentedArticle, t: Token): boolean {
  return t.caps || readingsOf(seg, t).some((a) => a.pos === 'NOUN' && a.tags.has('gent'));
}

/** A word of the phrase in the nominative: the head in its number, its adjectives in agreement. */
function nominativeForm(seg: SegmentedArticle, k: number, reading: Analysis | undefined, number: 'sing' | 'plur', head: Analysis): string {
  const t = seg.tokens[k]!;
  const r = reading ?? readingsOf(seg, t).find((a) => (a.pos === 'ADJF' || a.pos === 'PRTF') && a.known);
  if (!r) return t.text;
  if (r.tags.has('nomn') && r.tags.has(number)) return t.text;
  const gender = number === 'sing' ? ['masc', 'femn', 'neut'].find((g) => head.tags.has(g)) : undefined;
  const wanted = reading || !gender ? ['nomn', number] : ['nomn', number, gender];
  const form = seg.morphology.inflect(t.text, r, wanted) ?? seg.morphology.inflect(t.text, r, ['nomn']);
  return form ?? t.text;
}

/** Lower case at the start unless the first word is capitalized in mid-sentence (a name). */
function lowerFirst(seg: SegmentedArticle, from: number, name: string): string {
  const t = seg.tokens[from]!;
  const sentenceStart = seg.sentences[t.sentence]!.tokenStart;
  const initial = from === sentenceStart || seg.tokens[from - 1]?.kind === 'quote' || seg.tokens[from - 1]?.kind === 'dash';
  return initial || !t.upper ? name.charAt(0).toLowerCase() + name.slice(1) : name;
}
