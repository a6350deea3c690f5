import { cyrillicLookalikes } from '../../segment/az-morphology.js';
import type { Analysis, Morphology, SegmentedArticle, Token } from '../../segment/types.js';
import { partitionPoint } from '../../util/partition-point.js';

const NONE: readonly Analysis[] = Object.freeze([]);

/** Readings of a word token; [] for other tokens and for words the analyzer fails on. */
export function readingsOf(seg: SegmentedArticle, token: Token): readonly Analysis[] {
  if (token.kind !== 'word') return NONE;
  try {
    return seg.analyses(token);
  } catch {
    return NONE;
  }
}

/** Readings of a word; [] when the analyzer fails on it. */
export function analyzeWord(morphology: Morphology, word: string): readonly Analysis[] {
  try {
    return morphology.analyze(word);
  } catch {
    return NONE;
  }
}

/** A lemma with ё folded to е (the morphology's lemmas are already lower case). */
export function foldLemma(lemma: string): string {
  return lemma.includes('ё') ? lemma.replace(/ё/g, 'е') : lemma;
}

/** Lemmas of a word token (lower case, ё folded), most likely first; [] for other tokens. */
export function lemmasOf(seg: SegmentedArticle, token: Token | undefined): string[] {
  if (!token || token.kind !== 'word') return [];
  return readingsOf(seg, token).map((a) => foldLemma(a.lemma));
}

/** The first letters of a set's lemmas (folded), per set. */
const FIRST_LETTERS = new WeakMap<ReadonlySet<string>, string>();

/**
 * Whether the word may be a form of one of the lemmas: a form begins with its lemma's letter (a
 * Latin look-alike read as the Cyrillic letter, as the morphology does). The sets hold no lemma
 * with forms that begin otherwise (я → меня, человек → люди).
 */
function mayInflectOneOf(token: Token, lemmas: ReadonlySet<string>): boolean {
  let letters = FIRST_LETTERS.get(lemmas);
  if (letters === undefined) {
    letters = [...new Set([...lemmas].map((l) => foldLemma(l).charAt(0)))].join('');
    FIRST_LETTERS.set(lemmas, letters);
  }
  const first = token.norm.charAt(0);
  return letters.includes(first) || letters.includes(cyrillicLookalikes(first));
}

/** True when one reading of the token has this lemma (folded). */
export function hasLemma(seg: SegmentedArticle, token: Token | undefined, lemmas: ReadonlySet<string>): boolean {
  if (!token || token.kind !== 'word') return false;
  if (lemmas.has(token.norm)) return true;
  if (!mayInflectOneOf(token, lemmas)) return false;
  for (const a of readingsOf(seg, token)) if (lemmas.has(foldLemma(a.lemma))) return true;
  return false;
}

/** The first reading of the token that satisfies the test. */
export function readingWhere(seg: SegmentedArticle, token: Token | undefined, test: (a: Analysis) => boolean): Analysis | undefined {
  if (!token || token.kind !== 'word') return undefined;
  return readingsOf(seg, token).find(test);
}

/** What a consonant may become in a verb's forms (писать → пишу, сказать → скажу, ответить → отвечу, простить → прощу). */
const ALTERNATIONS: Readonly<Record<string, string>> = { с: 'шщ', з: 'ж', т: 'чщ', д: 'ж', к: 'ч', г: 'ж', х: 'ш' };

/**
 * How every form of the verbs begins: their first three letters, folded (ё → е) as Token.norm,
 * with the third letter also as it alternates (писать: пис-, пиш-). A verb's forms keep their
 * first three letters otherwise (сказать → скажет, ответить → отвечу).
 */
export function verbOpenings(lemmas: Iterable<string>): ReadonlySet<string> {
  const out = new Set<string>();
  for (const lemma of lemmas) {
    const opening = foldLemma(lemma).slice(0, 3);
    out.add(opening);
    for (const c of ALTERNATIONS[opening[2] ?? ''] ?? '') out.add(opening.slice(0, 2) + c);
  }
  return out;
}

const FINITE = new Set(['VERB', 'PRTS']);
const NOT_VERB_FIRST = new Set(['NOUN', 'PREP', 'CONJ', 'PRCL', 'NPRO', 'NUMR']);

/** A finite verb (or short passive participle) whose lemma is in the set. */
export function isVerbOf(seg: SegmentedArticle, token: Token | undefined, lemmas: ReadonlySet<string>): boolean {
  return (
    readingWhere(seg, token, (a) => (FINITE.has(a.pos ?? '') || a.pos === 'GRND' || a.pos === 'INFN') && lemmas.has(foldLemma(a.lemma))) !==
    undefined
  );
}

/**
 * Endings no indicative verb or short participle has: an indicative form ends in -л/-ла/-ло/-ли
 * (past; also затих, окреп, мог, нёс, умер), -у/-ю/-шь/-т/-м/-те/-ся/-сь (present and future; есть),
 * a short participle in -н/-т/-м with -а/-о/-ы (дана, убиты, видимо). So not -ой, -ов, -ого, -ами,
 * -е after anything but т, -и after anything but л, -я after anything but с, and so on: such words
 * are not asked of the morphology here. (-х, -п, -д stay in: затих, окреп, род. for родился.)
 */
const NOT_FINITE_ENDING = /(?:[йвжцчшщфэ]|[ое]го|[ая]ми|[^т]е|[^л]и|[^нтм]ы|[^лнтм]а|[^лнтм]о|[^шст]ь|[^с]я)$/u;

/** The folded word form (Token.norm) may be an indicative verb or a short participle. */
export function mayBeFinite(norm: string): boolean {
  return !NOT_FINITE_ENDING.test(norm);
}

/**
 * The indicative verb (or short participle) reading of a token, unless its likeliest reading is a
 * noun or a function word: стоял → стоять (not the adjective стоялый), but стекло stays a noun.
 */
export function finiteReading(seg: SegmentedArticle, token: Token | undefined): Analysis | undefined {
  if (!token || token.kind !== 'word' || !mayBeFinite(token.norm)) return undefined;
  const rs = readingsOf(seg, token);
  if (rs.length === 0 || NOT_VERB_FIRST.has(rs[0]!.pos ?? '')) return undefined;
  return rs.find((a) => a.pos === 'PRTS' || (a.pos === 'VERB' && a.tags.has('indc')));
}

/** A finite verb form. */
export function isFiniteVerb(seg: SegmentedArticle, token: Token | undefined): boolean {
  return finiteReading(seg, token) !== undefined;
}

export type Tense = 'past' | 'present' | 'future';

/** The tense of a finite verb token, when it is one. */
export function tenseOf(seg: SegmentedArticle, token: Token | undefined): Tense | undefined {
  const r = finiteReading(seg, token);
  if (!r) return undefined;
  if (r.tags.has('past')) return 'past';
  if (r.tags.has('futr')) return 'future';
  if (r.tags.has('pres')) return 'present';
  return undefined;
}

export type Gender = 'masc' | 'femn' | 'plur';

/** Gender (or plural) of a past-tense verb or short participle: сказал → masc, сказала → femn. */
export function verbGender(seg: SegmentedArticle, token: Token | undefined): Gender | undefined {
  const r = finiteReading(seg, token);
  if (!r) return undefined;
  if (r.tags.has('plur')) return 'plur';
  if (r.tags.has('masc')) return 'masc';
  if (r.tags.has('femn')) return 'femn';
  return undefined;
}

/** Index of the first token starting at or after the offset (tokens.length when none). */
export function tokenIndexAt(tokens: readonly Token[], offset: number): number {
  return partitionPoint(tokens.length, (k) => tokens[k]!.start < offset);
}

/** True for a token that is punctuation ending a sentence. */
export function isTerminal(token: Token | undefined): boolean {
  return token !== undefined && token.kind === 'punct' && /^[.!?…]$/.test(token.text);
}

/** True for a dash token (—, –, -). */
export function isDash(token: Token | undefined): boolean {
  return token !== undefined && token.kind === 'dash';
}

/** True for a token of punctuation with exactly this text. */
export function isPunct(token: Token | undefined, text: string): boolean {
  return token !== undefined && token.kind === 'punct' && token.text === text;
}

/** Paragraph index of a token. */
export function paragraphOf(seg: SegmentedArticle, token: Token): number {
  return seg.sentences[token.sentence]?.paragraph ?? 0;
}
