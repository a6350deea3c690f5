import type { Gazetteer } from './gazetteer.js';
import { genitiveTail } from './genitive-tail.js';
import { LemmaSet } from './lemma-set.js';
import { nominativePhrase } from './normalize-name.js';
import type { TokenView } from './token-view.js';
import type { EntityCandidate, Gender, Span } from './types.js';
import { foldWord, stemWord } from './word-keys.js';

/** Role nouns (lemmas) and the title they stand for; глава and лидер depend on what follows. */
const ROLE_NOUNS: ReadonlyMap<string, string> = new Map([
  ['президент', 'президент'], ['председатель', 'председатель'], ['премьер', 'премьер-министр'], ['премьер-министр', 'премьер-министр'],
  ['министр', 'министр'], ['глава', 'глава'], ['лидер', 'лидер'], ['канцлер', 'канцлер'], ['король', 'король'], ['королева', 'королева'],
  ['монарх', 'монарх'], ['император', 'император'], ['губернатор', 'губернатор'], ['мэр', 'мэр'], ['спикер', 'спикер'],
  ['госсекретарь', 'государственный секретарь'], ['генсек', 'генеральный секретарь'], ['генсекретарь', 'генеральный секретарь'],
  ['пресс-секретарь', 'пресс-секретарь'], ['посол', 'посол'], ['вице-президент', 'вице-президент'], ['вице-премьер', 'вице-премьер'],
  ['патриарх', 'патриарх'], ['шеф', 'глава'], ['руководитель', 'глава'], ['генпрокурор', 'генеральный прокурор'],
]);

/** Genitive complements that turn глава into a title: глава государства, глава МИД. */
const HEAD_OF: ReadonlyMap<string, string> = new Map([
  ['государство', 'глава государства'], ['правительство', 'глава правительства'], ['кабмин', 'глава правительства'],
  ['мид', 'министр иностранных дел'], ['дипломатия', 'министр иностранных дел'], ['минобороны', 'министр обороны'],
  ['министерство', 'министр'], ['администрация', 'глава администрации'], ['кремль', 'глава государства'],
]);

/** The role noun at i in the singular (лидеры двух стран describe no one person), as the word's best reading. */
const ROLE_SET = new LemmaSet(ROLE_NOUNS.keys());

function roleLemma(view: TokenView, i: number): string | undefined {
  if (!view.isWord(i) || !ROLE_SET.mayMatch(view.token(i)!.norm)) return undefined;
  const best = view.bestReading(i);
  if (!best || best.pos !== 'NOUN' || !best.tags.has('sing')) return undefined;
  const lemma = foldWord(best.lemma);
  return ROLE_NOUNS.has(lemma) ? lemma : undefined;
}

/**
 * Role descriptions (президент России, председатель КНР, глава государства, китайский лидер,
 * министр иностранных дел, пресс-секретарь Кремля): kind `description`, with the role's title
 * and the span of what it belongs to, for resolve to find the person.
 */
export function extractDescriptions(view: TokenView, gaz: Gazetteer, people: readonly EntityCandidate[] = []): EntityCandidate[] {
  const out: EntityCandidate[] = [];
  const personStarts = new Set(people.filter((p) => p.type === 'Person' && p.kind === 'name').map((p) => p.start));
  const stop = (k: number): boolean => personStarts.has(view.token(k)!.start);
  for (let i = 0; i < view.length; i++) {
    const lemma = roleLemma(view, i);
    if (!lemma) continue;
    const found = describe(view, gaz, i, lemma, stop);
    if (found) out.push(found);
  }
  return out;
}

function describe(view: TokenView, gaz: Gazetteer, i: number, lemma: string, stop: (k: number) => boolean): EntityCandidate | undefined {
  const adjective = i > 0 && view.adjacent(i - 1, i) ? placeAdjective(view, i - 1, gaz) : undefined;
  const start = adjective ? i - 1 : i;
  let end = i + 1;
  let title = ROLE_NOUNS.get(lemma)!;
  let of: Span | undefined;
  const complement = view.isWord(i + 1) ? complementLemma(view, i + 1) : undefined;
  if ((title === 'глава' || title === 'лидер') && view.isWord(i + 1) && pluralOnly(view, i + 1)) return undefined;
  if (title === 'глава' && complement && HEAD_OF.has(complement)) title = HEAD_OF.get(complement)!;
  if (title === 'министр' && view.token(i + 1)?.norm === 'иностранных' && view.token(i + 2)?.norm === 'дел') {
    title = 'министр иностранных дел';
    end = i + 3;
  }
  const tail = genitiveTail(view, end, false, stop);
  if (tail > end) {
    of = { start: view.token(end)!.start, end: view.token(tail - 1)!.end };
    end = tail;
  }
  if ((title === 'глава' || title === 'лидер') && !adjective && !of) return undefined;
  return {
    ...view.span(start, end),
    type: 'Person',
    kind: 'description',
    normal: lowerFirst(nominativePhrase(view, start, end)),
    confidence: 0.6,
    source: 'description',
    role: { title, ...(of ? { of } : {}), ...(adjective ? { ofKbId: adjective } : {}) },
    ...(genderOfRole(view, i) ? { gender: genderOfRole(view, i)! } : {}),
  };
}

/** Президент России → президент России (a title is written lower case inside a sentence). */
function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}

/** главы государств: a plural complement makes the role a group's. */
function pluralOnly(view: TokenView, i: number): boolean {
  const rs = view.readings(i).filter((r) => r.tags.has('gent'));
  return rs.length > 0 && rs.every((r) => r.tags.has('plur'));
}

function complementLemma(view: TokenView, i: number): string | undefined {
  const t = view.token(i)!;
  if (t.caps) return t.norm;
  return view.readings(i).find((r) => r.tags.has('gent'))?.lemma;
}

/** The knowledge-base id of a place adjective before a role: российский лидер → Россия. */
function placeAdjective(view: TokenView, i: number, gaz: Gazetteer): string | undefined {
  const r = view.readings(i).find((x) => x.pos === 'ADJF');
  if (!r) return undefined;
  const list = gaz.adjectives.get(stemWord(foldWord(r.lemma))) ?? gaz.adjectives.get(stemWord(view.token(i)!.norm));
  return list?.find((e) => e.type === 'Country' || e.type === 'City' || e.type === 'Region')?.id;
}

function genderOfRole(view: TokenView, i: number): Gender | undefined {
  const r = view.readings(i).find((x) => x.pos === 'NOUN');
  return r?.tags.has('femn') ? 'femn' : undefined;
}
