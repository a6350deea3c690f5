import type { EntityCandidate } from '../extract/types.js';
import type { KnowledgeBase } from '../kb/knowledge-base.js';
import { SpanIndex } from './span-index.js';

const RUSSIA = 'Q159';
/** The knowledge base names Russia's own bodies with the country in the name: …Российской Федерации, …России, …РФ. */
const RUSSIAN_BODY = /(Российской Федерации|России|РФ)$/u;
const NAMES_RUSSIA = /(Росси|Российск|РФ|Москв|Кремл)/u;

/**
 * Generic names of national bodies (Верховный суд, Минздрав, Следственный комитет) link to
 * Russia's in the knowledge base. In an article about another country, or when another country
 * is named inside the organization's name (Следственном комитете Белоруссии), such a link is
 * dropped: the mention stays an organization, unlinked.
 */
export function localizeLinks(names: readonly EntityCandidate[], kb: KnowledgeBase): EntityCandidate[] {
  const main = mainCountry(names);
  let spans: SpanIndex | undefined;
  return names.map((c) => {
    if (c.type !== 'Organization' || !c.kbId || NAMES_RUSSIA.test(c.text)) return c;
    const entry = kb.get(c.kbId);
    if (!entry || !RUSSIAN_BODY.test(entry.name)) return c;
    const foreign = (main !== undefined && main !== RUSSIA) || namesOtherCountry(c, names, (spans ??= indexSpans(names)));
    return foreign ? unlink(c, entry.name.replace(RUSSIAN_BODY, '').trim()) : c;
  });
}

/** The country the article names most often, if one leads. */
function mainCountry(names: readonly EntityCandidate[]): string | undefined {
  const counts = new Map<string, number>();
  for (const n of names) if (n.type === 'Country' && n.kbId) counts.set(n.kbId, (counts.get(n.kbId) ?? 0) + 1);
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  if (ranked.length === 0 || (ranked.length > 1 && ranked[0]![1] === ranked[1]![1])) return undefined;
  return ranked[0]![0];
}

function indexSpans(names: readonly EntityCandidate[]): SpanIndex {
  const spans = new SpanIndex();
  names.forEach((n, k) => spans.add(k, n.start, n.end));
  return spans;
}

/** Another country's name inside an organization name that contains this mention. */
function namesOtherCountry(c: EntityCandidate, names: readonly EntityCandidate[], spans: SpanIndex): boolean {
  const outer: EntityCandidate[] = [];
  spans.forEachNear(c.start, c.end, (k) => {
    const o = names[k]!;
    if (o.type === 'Organization' && o !== c && o.start <= c.start && c.end <= o.end && !outer.includes(o)) outer.push(o);
  });
  let found = false;
  for (const o of outer) {
    spans.forEachNear(o.start, o.end, (k) => {
      const n = names[k]!;
      found ||= n.type === 'Country' && n.kbId !== RUSSIA && o.start <= n.start && n.end <= o.end;
    });
  }
  return found;
}

function unlink(c: EntityCandidate, normal: string): EntityCandidate {
  const { kbId: _kbId, ...rest } = c;
  return { ...rest, normal: normal || c.text };
}
