import type { SegmentedArticle } from '../../segment/types.js';
import { foldCase } from '../../util/fold.js';
import { readingsOf, tenseOf, tokenIndexAt } from './token-tools.js';

/** A correspondent the text names as its author: «расскажет корреспондент «Известий» Николай Иванов». */
export interface CorrespondentCandidate {
  /** The role in the nominative: корреспондент, обозреватель. */
  readonly role: string;
  readonly roleToken: number;
  /** Where to look for the outlet and the name: [from, to) tokens after the role. */
  readonly from: number;
  readonly to: number;
}

const ROLES: ReadonlySet<string> = new Set(['корреспондент', 'спецкор', 'спецкорреспондент', 'собкор', 'обозреватель', 'репортер', 'автор']);
const REPORTING: ReadonlySet<string> = new Set([
  'рассказать', 'рассказывать', 'сообщить', 'сообщать', 'передать', 'передавать', 'выяснить', 'узнать', 'показать',
  'продолжить', 'побывать', 'посмотреть', 'разобраться', 'подготовить', 'увидеть',
]);
const BYLINE = /^(автор|текст|корреспондент)$/;
const WINDOW = 8;

/**
 * The correspondent who reports the article: a reporter role in a sentence that announces the
 * report (расскажет, передает, выяснил) or says «наш», or a byline line (Автор: …).
 */
export function findCorrespondent(seg: SegmentedArticle): CorrespondentCandidate | undefined {
  for (const p of seg.paragraphs) {
    const first = tokenIndexAt(seg.tokens, p.start);
    const t = seg.tokens[first];
    if (t && BYLINE.test(t.norm) && /^[:—–-]$/.test(seg.tokens[first + 1]?.text ?? '')) {
      return { role: t.norm === 'корреспондент' ? 'корреспондент' : 'автор', roleToken: first, from: first + 2, to: first + 2 + WINDOW };
    }
  }
  for (const s of seg.sentences) {
    for (let k = s.tokenStart; k < s.tokenEnd; k++) {
      const role = roleOf(seg, k);
      if (!role || role === 'автор' || !announces(seg, s.tokenStart, s.tokenEnd, k)) continue;
      return { role, roleToken: k, from: k + 1, to: Math.min(s.tokenEnd, k + 1 + WINDOW) };
    }
  }
  return undefined;
}

const ROLE_START = /^(корреспондент|спецкор|собкор|обозревател|репортер|автор)/;

function roleOf(seg: SegmentedArticle, k: number): string | undefined {
  const t = seg.tokens[k]!;
  if (t.kind !== 'word' || !ROLE_START.test(t.norm)) return undefined;
  return readingsOf(seg, t).map((a) => foldCase(a.lemma)).find((l) => ROLES.has(l));
}

function announces(seg: SegmentedArticle, from: number, to: number, role: number): boolean {
  if (/^наш/.test(seg.tokens[role - 1]?.norm ?? '')) return true;
  for (let k = from; k < to; k++) {
    const t = seg.tokens[k]!;
    if (t.kind !== 'word') continue;
    const verb = readingsOf(seg, t).find((a) => a.pos === 'VERB' && REPORTING.has(foldCase(a.lemma)));
    if (verb && tenseOf(seg, t) !== 'past') return true;
  }
  return false;
}
