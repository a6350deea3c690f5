import type { SegmentedArticle } from '../../segment/types.js';
import { PLANNED_WORDS } from './lexicon.js';
import { tenseOf, type Tense } from './token-tools.js';
import { partitionPoint } from '../../util/partition-point.js';

/** The finite verbs of one sentence (token index and tense, in text order) and whether it says «будет», «планируется»… */
interface SentenceTenses {
  readonly at: readonly number[];
  readonly tenses: readonly Tense[];
  readonly planned: boolean;
}

/** Per article, the sentences asked about so far (each scanned once, however many words ask). */
const BY_ARTICLE = new WeakMap<SegmentedArticle, (SentenceTenses | undefined)[]>();

function sentenceTenses(seg: SegmentedArticle, sentence: number): SentenceTenses {
  let list = BY_ARTICLE.get(seg);
  if (!list) BY_ARTICLE.set(seg, (list = new Array(seg.sentences.length)));
  return (list[sentence] ??= scanSentence(seg, sentence));
}

function scanSentence(seg: SegmentedArticle, sentence: number): SentenceTenses {
  const s = seg.sentences[sentence]!;
  const at: number[] = [];
  const tenses: Tense[] = [];
  let planned = false;
  for (let k = s.tokenStart; k < s.tokenEnd; k++) {
    const tok = seg.tokens[k]!;
    if (tok.kind !== 'word') continue;
    if (PLANNED_WORDS.has(tok.norm)) planned = true;
    const tense = tenseOf(seg, tok);
    if (tense) {
      at.push(k);
      tenses.push(tense);
    }
  }
  return { at, tenses, planned };
}

/**
 * The tense of the clause around token i: the nearest finite verb of its sentence (the earlier one
 * when two are as near; будет, состоится, планируется and the like make it future unless the
 * nearest verb is past). Each sentence is scanned once per article.
 */
export function tenseNear(seg: SegmentedArticle, i: number): Tense | undefined {
  const t = seg.tokens[i];
  if (!t) return undefined;
  const { at, tenses, planned } = sentenceTenses(seg, t.sentence);
  const lo = partitionPoint(at.length, (k) => at[k]! < i);
  const before = lo - 1;
  let best: Tense | undefined;
  if (before >= 0 && (lo >= at.length || i - at[before]! <= at[lo]! - i)) best = tenses[before];
  else if (lo < at.length) best = tenses[lo];
  if (planned && best !== 'past') return 'future';
  return best;
}
