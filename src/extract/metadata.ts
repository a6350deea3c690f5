import type { Paragraph, SegmentedArticle } from '../segment/types.js';
import { deriveHeadline, fitHeadline, ownHeadline } from './statements/headline.js';
import { findCorrespondent, type CorrespondentCandidate } from './statements/correspondent.js';
import type { Span } from './types.js';

export type { CorrespondentCandidate } from './statements/correspondent.js';

/** One credited name of a credit line: «РИА Новости», «Вячеслав Прокофьев», «5-tv.ru». */
export interface CreditItem extends Span {
  readonly text: string;
  /** The item after a slash (Agency/Photographer) is the photographer of the agency before it. */
  readonly of?: number;
}

export interface CreditCandidate extends Span {
  /** The line as written. */
  readonly text: string;
  readonly items: readonly CreditItem[];
}

/** What the text says about itself: title, lead, credits and the correspondent it names. */
export interface MetadataCandidate {
  readonly headline?: string;
  /** True when the headline is the text's own title (not derived from the lead). */
  readonly ownHeadline: boolean;
  readonly description?: string;
  /** Index of the lead paragraph. */
  readonly lead?: number;
  readonly credit?: CreditCandidate;
  readonly correspondent?: CorrespondentCandidate;
}

const CREDIT_LABEL = /^\s*(?:©\s*)?(?:фото(?:графия|графии)?|видео|иллюстраци[яи]|изображение|кадр|коллаж|инфографика|источник(?: фото)?|автор фото|снимок)(?:\s*(?:,|и)\s*(?:фото|видео))*\s*:\s*/iu;
const CREDIT_EDGE = 2;
const MIN_LEAD_WORDS = 10;

/** Headline (the container's title, the text's own title, or one derived from the lead), lead, credit line and correspondent. */
export function extractMetadata(seg: SegmentedArticle): MetadataCandidate {
  const paras = seg.paragraphs;
  const creditIndex = paras.findIndex((p, i) => (i < CREDIT_EDGE || i >= paras.length - CREDIT_EDGE) && isCredit(seg.text, p));
  const given = seg.doc.title?.trim();
  const body = paras.filter((p, i) => i !== creditIndex && (!given || seg.text.slice(p.start, p.end).trim() !== given));
  const title = given ? fitHeadline(given) : ownHeadline(seg.text, body);
  const leadPara = findLead(seg.text, body, title && !given ? 1 : 0);
  const lead = leadPara === undefined ? undefined : paras.indexOf(leadPara);
  const headline = title ?? (leadPara ? deriveHeadline(seg, leadPara) : undefined);
  const credit = creditIndex >= 0 ? creditOf(seg.text, paras[creditIndex]!) : undefined;
  const correspondent = findCorrespondent(seg);
  return {
    ...(headline ? { headline } : {}),
    ownHeadline: title !== undefined,
    ...(leadPara ? { description: seg.text.slice(leadPara.start, leadPara.end).trim() } : {}),
    ...(lead !== undefined ? { lead } : {}),
    ...(credit ? { credit } : {}),
    ...(correspondent ? { correspondent } : {}),
  };
}

function isCredit(text: string, p: Paragraph): boolean {
  const line = text.slice(p.start, p.end);
  return line.length < 200 && (CREDIT_LABEL.test(line) || /^\s*©/.test(line));
}

/** The first paragraph that reads as body text: long enough and ending as a sentence does. */
function findLead(text: string, body: readonly Paragraph[], from: number): Paragraph | undefined {
  for (let i = from; i < body.length; i++) {
    const line = text.slice(body[i]!.start, body[i]!.end).trim();
    const words = line.split(/\s+/).length;
    if (words >= MIN_LEAD_WORDS && /[.!?…»"”)]$/.test(line)) return body[i];
  }
  return body[from];
}

function creditOf(text: string, p: Paragraph): CreditCandidate {
  const line = text.slice(p.start, p.end);
  const lead = line.length - line.trimStart().length;
  const label = CREDIT_LABEL.exec(line);
  const items: CreditItem[] = [];
  const re = /[^;,/]+/g;
  const offset = p.start + (label ? label[0].length : 0);
  const rest = text.slice(offset, p.end);
  let m: RegExpExecArray | null;
  while ((m = re.exec(rest)) !== null) {
    const raw = m[0];
    const cut = raw.replace(/^[\s©]+/, '');
    const start = offset + m.index + (raw.length - cut.length);
    const value = cut.trimEnd();
    if (!/\p{L}/u.test(value)) continue;
    const slashBefore = rest[m.index - 1] === '/';
    items.push({ start, end: start + value.length, text: value, ...(slashBefore && items.length > 0 ? { of: items.length - 1 } : {}) });
  }
  return { start: p.start + lead, end: p.end - (line.length - line.trimEnd().length), text: line.trim(), items };
}
