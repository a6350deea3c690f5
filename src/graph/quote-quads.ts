import type { NamedNode } from '@rdfjs/types';
import type { Quote, QuoteKind } from '../model/quote.js';
import { ng } from '../vocab/newsgraph.js';
import { rdf } from '../vocab/rdf.js';
import { schema } from '../vocab/schema.js';
import type { GraphContext } from './graph-context.js';
import { maybe } from './quad-list.js';

/**
 * A direct quote is a schema:Quotation. Reported speech is a schema:CreativeWork typed
 * ng:ReportedSpeech and never a Quotation: indirect speech must not pose as somebody's words.
 */
export const QUOTE_TYPES: Readonly<Record<QuoteKind, readonly NamedNode[]>> = {
  direct: [schema.Quotation],
  indirect: [schema.CreativeWork, ng.ReportedSpeech],
};

export function addQuote(q: Quote, g: GraphContext): void {
  const { out, iris } = g;
  const s = iris.local(q.id);
  out.addAll(s, rdf.type, QUOTE_TYPES[q.kind]);
  out.add(s, schema.text, g.text(q.text));
  out.add(s, schema.creator, maybe(q.speaker, iris.entity));
  out.add(s, schema.isPartOf, iris.article);
  out.add(s, ng.frame, g.text(q.frame));
}
