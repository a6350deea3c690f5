import type { Quad, Term } from '@rdfjs/types';
import { itsrdf } from '../../vocab/itsrdf.js';
import { ng } from '../../vocab/newsgraph.js';
import { nif } from '../../vocab/nif.js';
import { schema } from '../../vocab/schema.js';
import { indexSubjects, type SubjectNode } from '../subject-index.js';
import { categoryOf, typeLabelOf, type ThingCategory } from './thing-category.js';

/** How a mention refers, read back from ng:mentionKind. */
export type MentionKindName = 'name' | 'description' | 'pronoun' | 'quote' | 'figure' | 'date';

const KIND_OF: Readonly<Record<string, MentionKindName>> = {
  [ng.Name.value]: 'name',
  [ng.Description.value]: 'description',
  [ng.Pronoun.value]: 'pronoun',
  [ng.QuoteSpan.value]: 'quote',
  [ng.FigureSpan.value]: 'figure',
  [ng.DateSpan.value]: 'date',
};

/** Something the article mentions, as the page shows it. */
export interface PageThing {
  readonly iri: string;
  readonly category: ThingCategory;
  /** The specific type in Russian: Город, СМИ, Косвенная речь… */
  readonly typeLabel: string;
  /** schema:name when there is one; panels and popovers compose labels for the others. */
  readonly name?: string;
  /** The Wikidata (or other) IRI of schema:sameAs. */
  readonly sameAs?: string;
  readonly node: SubjectNode;
}

/** One mention: a span of the text (code points, end exclusive) and what it refers to. */
export interface PageMention {
  readonly start: number;
  readonly end: number;
  readonly anchor: string;
  readonly kind: MentionKindName;
  /** The IRI of what it mentions. */
  readonly target: string;
}

/** What the page needs from the graph besides the article's own facts. */
export interface PageGraph {
  readonly nodes: ReadonlyMap<string, SubjectNode>;
  /** Every node that has a type the page knows, by IRI, in the quads' order. */
  readonly things: ReadonlyMap<string, PageThing>;
  /** Every mention, ordered by start, then end. */
  readonly mentions: readonly PageMention[];
}

/** The first value of a property of a node. */
export function firstValue(node: SubjectNode | undefined, property: Term): string | undefined {
  return node?.properties.get(property.value)?.[0]?.value;
}

/** Every value of a property of a node. */
export function allValues(node: SubjectNode | undefined, property: Term): string[] {
  return (node?.properties.get(property.value) ?? []).map((t) => t.value);
}

/** Reads the things and the NIF mentions of a graph. */
export function readPageGraph(quads: readonly Quad[]): PageGraph {
  const nodes = indexSubjects(quads);
  const things = new Map<string, PageThing>();
  for (const node of nodes.values()) {
    const category = categoryOf(node.types);
    if (category === 'thing' || node.types.includes(schema.NewsArticle.value)) continue;
    const name = firstValue(node, schema.name);
    const sameAs = firstValue(node, schema.sameAs);
    things.set(node.iri, { iri: node.iri, category, typeLabel: typeLabelOf(node.types), name, sameAs, node });
  }
  const mentions = [...nodes.values()].filter((n) => n.types.includes(nif.Phrase.value)).flatMap((n) => phraseMentions(n, things));
  mentions.sort((a, b) => a.start - b.start || a.end - b.end || a.kind.localeCompare(b.kind) || a.target.localeCompare(b.target));
  return { nodes, things, mentions };
}

const SPAN_KIND_OF_CATEGORY: Partial<Record<ThingCategory, MentionKindName>> = { quote: 'quote', figure: 'figure', date: 'date' };

/**
 * The mentions of one phrase node. Mentions of the same span share the node, so its kinds and
 * links are paired again: an itsrdf:taIdentRef target is a quote, figure or date span by the
 * target's category and a name otherwise; ng:refersTo targets pair with the phrase's description
 * and pronoun kinds (each target with each kind when one side has a single member).
 */
function phraseMentions(phrase: SubjectNode, things: ReadonlyMap<string, PageThing>): PageMention[] {
  const start = Number(firstValue(phrase, nif.beginIndex));
  const end = Number(firstValue(phrase, nif.endIndex));
  if (!Number.isInteger(start) || !Number.isInteger(end) || end <= start) return [];
  const anchor = firstValue(phrase, nif.anchorOf) ?? '';
  const kinds = allValues(phrase, ng.mentionKind).map((k) => KIND_OF[k]).filter((k): k is MentionKindName => k !== undefined);
  const named = allValues(phrase, itsrdf.taIdentRef).map((target) => {
    const category = things.get(target)?.category;
    return { target, kind: (category && SPAN_KIND_OF_CATEGORY[category]) ?? 'name' };
  });
  const corefKinds = kinds.filter((k) => k === 'description' || k === 'pronoun');
  const coref = pairAll(allValues(phrase, ng.refersTo), corefKinds.length ? corefKinds : ['description']);
  return [...named, ...coref].map(({ target, kind }) => ({ start, end, anchor, kind, target }));
}

function pairAll(targets: string[], kinds: MentionKindName[]): { target: string; kind: MentionKindName }[] {
  if (targets.length === 1 || kinds.length === 1) return targets.flatMap((target) => kinds.map((kind) => ({ target, kind })));
  return targets.map((target, i) => ({ target, kind: kinds[Math.min(i, kinds.length - 1)] as MentionKindName }));
}
