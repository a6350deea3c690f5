import type { Gazetteer } from './gazetteer.js';
import { LemmaSet } from './lemma-set.js';
import { isPlaceAdjective } from './organizations.js';
import { isQuotedOrgType, LEGAL_FORMS } from './org-words.js';
import type { TokenView } from './token-view.js';
import type { EntityCandidate } from './types.js';

const MAX_QUOTED_TOKENS = 8;
const OPENING = new Set(['«', '„', '“', '"']);
const CLOSING: Readonly<Record<string, readonly string[]>> = { '«': ['»'], '„': ['“', '"'], '“': ['”'], '"': ['"'] };

/**
 * Organization names in quotes after a type word: газета «Известия», движение «Солидарность»,
 * компания «Газпром» (the name is the span; a legal form such as ООО stays in it: ООО «Ромашка»).
 */
export function extractQuotedNames(view: TokenView, gaz: Gazetteer): EntityCandidate[] {
  const out: EntityCandidate[] = [];
  for (let q = 0; q < view.length; q++) {
    const open = view.token(q)!;
    if (open.kind !== 'quote' || !OPENING.has(open.text) || !view.isWord(q + 1) || !view.isUpper(q + 1)) continue;
    const close = findClosing(view, q);
    if (close === undefined) continue;
    const found = typedQuotedName(view, q, close) ?? bareQuotedName(view, q, close, gaz);
    if (found) out.push(found);
  }
  return out;
}

function findClosing(view: TokenView, q: number): number | undefined {
  const open = view.token(q)!;
  const closers = CLOSING[open.text] ?? [];
  for (let j = q + 2; j < view.length && j <= q + MAX_QUOTED_TOKENS + 1; j++) {
    const t = view.token(j)!;
    if (t.sentence !== open.sentence) return undefined;
    if (t.kind === 'quote' && closers.includes(t.text) && !t.spaceBefore) return j;
    if (t.kind === 'quote' && OPENING.has(t.text) && t.text !== '"') return undefined;
    if (t.kind === 'punct' && /^[.!?;:]$/.test(t.text) && view.token(j + 1)?.spaceBefore !== false) return undefined;
  }
  return undefined;
}

function candidate(view: TokenView, start: number, end: number, confidence: number, source: string, normal: string): EntityCandidate {
  return { ...view.span(start, end), type: 'Organization', kind: 'name', normal, confidence, source };
}

function inside(view: TokenView, q: number, close: number): string {
  return view.seg.text.slice(view.token(q + 1)!.start, view.token(close - 1)!.end);
}

function typedQuotedName(view: TokenView, q: number, close: number): EntityCandidate | undefined {
  const type = q - 1;
  if (!view.isWord(type) || !view.adjacent(type, q)) return undefined;
  const legal = LEGAL_FORMS.has(view.text(type));
  if (!legal && !isQuotedOrgType(view, type)) return undefined;
  const name = inside(view, q, close);
  if (legal) return candidate(view, type, close + 1, 0.9, 'quoted-org', `${view.text(type)} «${name}»`);
  return candidate(view, q + 1, close, 0.85, 'quoted-org', name);
}

/** Words after which a quoted name is a news source: передаёт «Интерфакс», в интервью «Свободной прессе». */
const SOURCE_CUES = new LemmaSet([
  'сообщать', 'сообщить', 'передавать', 'передать', 'писать', 'написать', 'цитировать', 'процитировать', 'информировать',
  'интервью', 'данные', 'сведение', 'информация', 'источник', 'публикация', 'эфир', 'корреспондент', 'журналист', 'редакция',
  'сайт', 'обозреватель', 'издание', 'опубликовать', 'выяснить', 'узнать',
]);
const SAYING = new LemmaSet(['сообщить', 'заявить', 'сообщать', 'заявлять', 'отметить', 'подтвердить', 'опровергнуть', 'объявить', 'пояснить']);

/**
 * A short quoted name without a type word: an organization when a news-source cue stands before
 * it (сообщает «Интерфакс»), a place adjective (московского «Спартака»), or a verb of saying after it
 * («Газпром» сообщил). Other quoted phrases (titles, ships, slogans) are left alone.
 */
function bareQuotedName(view: TokenView, q: number, close: number, gaz: Gazetteer): EntityCandidate | undefined {
  if (close - q - 1 > 4) return undefined;
  const before = q - 1;
  const cue = view.isWord(before) && view.adjacent(before, q) &&
    (SOURCE_CUES.lemmaAt(view, before) !== undefined || isPlaceAdjective(view, before, gaz));
  const after = close + 1;
  const says = SAYING.lemmaAt(view, after, ['VERB']) !== undefined;
  if (!cue && !says) return undefined;
  return candidate(view, q + 1, close, 0.6, 'quoted-bare', inside(view, q, close));
}
