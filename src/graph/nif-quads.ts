import type { NamedNode } from '@rdfjs/types';
import type { Mention, MentionKind } from '../model/mention.js';
import { itsrdf } from '../vocab/itsrdf.js';
import { ng } from '../vocab/newsgraph.js';
import { nif } from '../vocab/nif.js';
import { rdf } from '../vocab/rdf.js';
import type { GraphContext } from './graph-context.js';
import { nonNegativeIntegerLiteral, plainLiteral } from './literals.js';

export const MENTION_KIND: Readonly<Record<MentionKind, NamedNode>> = {
  name: ng.Name,
  description: ng.Description,
  pronoun: ng.Pronoun,
  quote: ng.QuoteSpan,
  figure: ng.FigureSpan,
  date: ng.DateSpan,
};

/**
 * How a mention links to what it mentions. Names, quotes, figures and dates use itsrdf:taIdentRef,
 * which NER and entity-linking scorers read; descriptions (глава государства) and pronouns use
 * ng:refersTo, so coreferent phrases never pose as named-entity spans.
 */
export const MENTION_LINK: Readonly<Record<MentionKind, NamedNode>> = {
  name: itsrdf.taIdentRef,
  quote: itsrdf.taIdentRef,
  figure: itsrdf.taIdentRef,
  date: itsrdf.taIdentRef,
  description: ng.refersTo,
  pronoun: ng.refersTo,
};

/** The NIF 2.0 context: the whole article text, offsets 0 to its length in code points. */
export function addContext(text: string, length: number, g: GraphContext): NamedNode {
  const s = g.iris.context(length);
  g.out.addAll(s, rdf.type, [nif.Context, nif.OffsetBasedString]);
  g.out.add(s, nif.isString, plainLiteral(text));
  g.out.add(s, nif.beginIndex, nonNegativeIntegerLiteral(0));
  g.out.add(s, nif.endIndex, nonNegativeIntegerLiteral(length));
  g.out.add(s, nif.sourceUrl, g.iris.article);
  return s;
}

/** One nif:Phrase per span, in text order; mentions of the same span share its node. */
export function addMentions(mentions: readonly Mention[], context: NamedNode, g: GraphContext): void {
  for (const m of sortByOffsets(mentions)) {
    const s = g.iris.phrase(m.start, m.end);
    g.out.addAll(s, rdf.type, [nif.Phrase, nif.OffsetBasedString]);
    g.out.add(s, nif.beginIndex, nonNegativeIntegerLiteral(m.start));
    g.out.add(s, nif.endIndex, nonNegativeIntegerLiteral(m.end));
    g.out.add(s, nif.anchorOf, plainLiteral(m.text));
    g.out.add(s, nif.referenceContext, context);
    g.out.add(s, ng.mentionKind, MENTION_KIND[m.kind]);
    g.out.add(s, MENTION_LINK[m.kind], g.iris.ref(m.ref));
  }
}

function sortByOffsets(mentions: readonly Mention[]): Mention[] {
  return mentions
    .map((m, i) => ({ m, i }))
    .sort((a, b) => a.m.start - b.m.start || a.m.end - b.m.end || a.i - b.i)
    .map(({ m }) => m);
}
