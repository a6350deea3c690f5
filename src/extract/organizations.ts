import type { Gazetteer } from './gazetteer.js';
import { genitiveTail } from './genitive-tail.js';
import { nominativePhrase } from './normalize-name.js';
import { LemmaSet } from './lemma-set.js';
import { orgHeadKind } from './org-words.js';
import type { TokenView } from './token-view.js';
import type { EntityCandidate } from './types.js';
import { foldWord, stemWord } from './word-keys.js';

/** Lower-case heads that make an organization with a place after them: мэрии Москвы, правительство Израиля. */
const GENERIC_HEADS = new LemmaSet([
  'правительство', 'мэрия', 'министерство', 'парламент', 'посольство', 'консульство', 'полиция', 'суд', 'прокуратура', 'администрация',
  'армия', 'пресс-служба', 'комиссия', 'комитет', 'служба', 'кабинет', 'кабмин', 'сенат', 'конгресс', 'совет', 'управление', 'департамент',
  'представительство', 'сборная', 'федерация', 'ведомство', 'милиция', 'руководство', 'генпрокуратура', 'минфин', 'госдеп', 'ландтаг',
]);

/**
 * Organizations named by a head noun: a capitalized name around one (Министерство иностранных
 * дел России, Государственная дума, Союз координационных советов, Европейского суда по правам
 * человека), a generic head with the place it belongs to (мэрии Москвы, украинское правительство),
 * and words the dictionary knows as organizations (Газпром).
 */
export function extractOrganizations(view: TokenView, gaz: Gazetteer, people: readonly EntityCandidate[] = []): EntityCandidate[] {
  const out: EntityCandidate[] = [];
  const stop = personAfterProperWord(view, people);
  for (let i = 0; i < view.length; i++) {
    if (!view.isWord(i)) continue;
    const found = capitalizedOrg(view, i, stop) ?? genericOrg(view, i, gaz, stop) ?? orgnWord(view, i);
    if (found) out.push(found);
  }
  return out;
}

/** Where a name's tail stops: a person's name after the tail has its own proper word. */
type TailStop = (from: number, j: number) => boolean;

/**
 * управления МВД по Москве | Юрия Девяткина, правительства Мали | Кейта: once the tail has a
 * proper word of its own, a person's name after it is the head of the body, not part of its name
 * (a name right after the head stays: Фонд Владимира Потанина).
 */
function personAfterProperWord(view: TokenView, people: readonly EntityCandidate[]): TailStop {
  const starts = new Set<number>();
  for (const p of people) if (p.kind === 'name' && p.type === 'Person') starts.add(p.start);
  return (from, j) => starts.has(view.token(j)!.start) && hasProperWord(view, from, j);
}

function orgCandidate(view: TokenView, start: number, end: number, confidence: number, source: string): EntityCandidate {
  return { ...view.span(start, end), type: 'Organization', kind: 'name', normal: nominativePhrase(view, start, end), confidence, source };
}

function isAdjective(view: TokenView, i: number): boolean {
  return view.isWord(i) && !view.token(i)!.caps && view.readings(i).some((r) => (r.pos === 'ADJF' || r.pos === 'PRTF') && r.known);
}

/** Capitalized adjectives and/or a capitalized head, then the genitive tail. */
function capitalizedOrg(view: TokenView, i: number, stop: TailStop): EntityCandidate | undefined {
  if (!view.isUpper(i) || view.token(i)!.caps) return undefined;
  let head = i;
  while (head < i + 4 && isAdjective(view, head) && !orgHeadKind(view, head) && view.adjacent(i, head + 1)) head++;
  if (!orgHeadKind(view, head) || (head > i && !view.isUpper(i))) return undefined;
  const tail = genitiveTail(view, head + 1, true, (j) => stop(head + 1, j));
  const capitalizedHead = view.isCapitalized(head) || (head > i && view.isUpper(head));
  const named = view.isCapitalized(i) || capitalizedHead;
  if (!named && !hasProperWord(view, head + 1, tail)) return undefined;
  if (head === i && !view.isCapitalized(i) && !hasProperWord(view, head + 1, tail)) return undefined;
  const confidence = head > i || tail > head + 1 ? 0.8 : 0.55;
  return orgCandidate(view, i, tail, confidence, 'org-head');
}

function hasProperWord(view: TokenView, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (view.isUpper(k)) return true;
  return false;
}

/** мэрии Москвы, правительство Белоруссии, украинское правительство, российском министерстве финансов. */
function genericOrg(view: TokenView, i: number, gaz: Gazetteer, stop: TailStop): EntityCandidate | undefined {
  if (view.isUpper(i)) return undefined;
  const adjective = isPlaceAdjective(view, i, gaz);
  const head = adjective ? i + 1 : i;
  if (!isGenericHead(view, head) || view.isUpper(head)) return undefined;
  const tail = genitiveTail(view, head + 1, true, (j) => stop(head + 1, j));
  if (hasProperWord(view, head + 1, tail)) return orgCandidate(view, i, tail, 0.7, 'org-generic');
  const shared = sharedComplement(view, head);
  if (!shared) return undefined;
  const own = orgCandidate(view, i, head + 1, 0.7, 'org-generic');
  return { ...own, normal: `${own.normal} ${view.seg.text.slice(view.token(shared.from)!.start, view.token(shared.to - 1)!.end)}` };
}

/**
 * правительства и губернатора Оренбургской области: a head coordinated with another noun in the
 * same case shares the complement after that noun. The mention is the head alone; its name
 * takes the complement (правительство Оренбургской области).
 */
function sharedComplement(view: TokenView, head: number): { from: number; to: number } | undefined {
  const other = head + 2;
  if (view.token(head + 1)?.norm !== 'и' || !view.adjacent(head, other) || view.isUpper(other)) return undefined;
  const cases = view.readings(head).filter((r) => r.pos === 'NOUN').flatMap((r) => CASES.filter((c) => r.tags.has(c)));
  if (!view.readings(other).some((r) => r.pos === 'NOUN' && cases.some((c) => r.tags.has(c)))) return undefined;
  const tail = genitiveTail(view, other + 1);
  return tail > other + 1 && hasProperWord(view, other + 1, tail) ? { from: other + 1, to: tail } : undefined;
}

const CASES = ['nomn', 'gent', 'datv', 'accs', 'ablt', 'loct'] as const;

function isGenericHead(view: TokenView, i: number): boolean {
  return GENERIC_HEADS.lemmaAt(view, i, ['NOUN']) !== undefined;
}

/** An adjective the knowledge base knows for a country or a city: украинское, японского. */
export function isPlaceAdjective(view: TokenView, i: number, gaz: Gazetteer): boolean {
  if (!view.mayBeAdjective(i, gaz)) return false;
  if (!view.readings(i).some((r) => r.pos === 'ADJF')) return false;
  const stems = [stemWord(view.token(i)!.norm), ...view.readings(i).map((r) => stemWord(foldWord(r.lemma)))];
  return stems.some((s) => gaz.adjectives.has(s));
}

/** Compound names of Russian agencies and companies: Росприроднадзор, Минэкономразвития, Мосгордума, Газпромбанк. */
export const ORG_COMPOUND = /^(рос|мин|гос|мос|глав|спец|внеш|межгос|нац|евро)\p{Ll}{4,}|(надзор|банк|пром|газ|нефть|нефте|строй|трест|комитет|энерго|связь|телеком|инвест|холдинг|охрана|охраны|охрану|охране|дума|думы|думу|думе|совет|суд)(а|у|ом|е|ы)?$/u;

/** A capitalized word the dictionary knows as an organization (Газпром), or an unknown agency compound (Росприроднадзора). */
function orgnWord(view: TokenView, i: number): EntityCandidate | undefined {
  if (!view.isUpper(i) || view.token(i)!.caps || !view.isWord(i)) return undefined;
  const orgn = view.readings(i).some((r) => r.known && r.tags.has('Orgn'));
  const compound = !orgn && view.isUnknownWord(i) && /^\p{Lu}\p{Ll}+$/u.test(view.text(i)) && ORG_COMPOUND.test(view.token(i)!.norm);
  if (!orgn && !compound) return undefined;
  if (view.isInitial(i) && view.isCommonWord(i)) return undefined;
  return orgCandidate(view, i, i + 1, compound ? 0.6 : 0.75, compound ? 'org-compound' : 'orgn');
}

const COUNTRY_NAMED = /(Российской Федерации|России|РФ)$/u;

/**
 * An organization's name with the place it belongs to: МИД РФ, Госдумы России (a country or city
 * in the genitive right after it), японского МИДа (a place adjective before it). The link stays
 * only when the place agrees with the organization (a Russian body with Россия/РФ).
 */
export function extendOrganizations(view: TokenView, gaz: Gazetteer, candidates: readonly EntityCandidate[]): EntityCandidate[] {
  const byStart = new Map(view.tokens.map((t, k) => [t.start, k]));
  const byEnd = new Map(view.tokens.map((t, k) => [t.end, k]));
  const places = new Map(candidates.filter((c) => c.kind === 'name' && (c.type === 'Country' || c.type === 'City')).map((c) => [c.start, c]));
  const out: EntityCandidate[] = [];
  for (const c of candidates) {
    if (c.kind !== 'name' || c.type !== 'Organization' || !c.kbId) continue;
    const first = byStart.get(c.start);
    const last = byEnd.get(c.end);
    if (first === undefined || last === undefined) continue;
    const after = places.get(view.token(last + 1)?.start ?? -1);
    const genitive = after && view.adjacent(last, last + 1) && view.readings(last + 1).some((r) => r.tags.has('gent')) ? after : undefined;
    const adjective = !genitive && first > 0 && view.adjacent(first - 1, first) && isPlaceAdjective(view, first - 1, gaz) ? first - 1 : undefined;
    if (!genitive && adjective === undefined) continue;
    const start = adjective ?? first;
    const end = genitive ? byEnd.get(genitive.end)! + 1 : last + 1;
    const keep = !!genitive && genitive.kbId === 'Q159' && COUNTRY_NAMED.test(gaz.kb.get(c.kbId)?.name ?? '');
    const wider = orgCandidate(view, start, end, Math.min(0.99, c.confidence + 0.01), 'org-extended');
    out.push(keep ? { ...wider, kbId: c.kbId, normal: c.normal ?? wider.normal } : wider);
  }
  return out;
}
