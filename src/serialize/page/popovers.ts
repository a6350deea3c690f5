import { element, externalLink, textElement } from './markup.js';
import type { PageGraph, PageThing } from './page-facts.js';
import { thingFacts, thingTitle } from './thing-details.js';

/**
 * Numbers the things the text mentions, in the order of the graph: thing n gets the popover
 * `tip-n` and the panel entry `thing-n`.
 */
export function numberThings(graph: PageGraph): Map<string, number> {
  const mentioned = new Set(graph.mentions.map((m) => m.target));
  const numbers = new Map<string, number>();
  for (const iri of graph.things.keys()) if (mentioned.has(iri)) numbers.set(iri, numbers.size + 1);
  return numbers;
}

/** One hidden role="tooltip" element per mentioned thing: canonical name, type, facts, Wikidata link. */
export function renderPopovers(graph: PageGraph, numbers: ReadonlyMap<string, number>): string {
  const tips = [...numbers].map(([iri, n]) => {
    const thing = graph.things.get(iri) as PageThing;
    return element('div', { class: 'tip', role: 'tooltip', id: `tip-${n}`, hidden: true }, popoverBody(thing, graph));
  });
  return element('div', { class: 'tips' }, tips.join('\n'));
}

function popoverBody(thing: PageThing, graph: PageGraph): string {
  const parts = [
    textElement('span', { class: 'tip-title' }, thingTitle(thing, graph)),
    textElement('span', { class: `tip-type c-${thing.category}` }, thing.typeLabel),
    ...thingFacts(thing, graph).map((line) => textElement('span', { class: 'tip-line' }, line)),
  ];
  const link = sameAsLink(thing);
  if (link) parts.push(element('span', { class: 'tip-line' }, link));
  return parts.join('');
}

const WIKIDATA_ENTITY = /^https?:\/\/www\.wikidata\.org\/(?:entity|wiki)\/(Q\d+)$/;

/** A link to the thing's schema:sameAs: "Wikidata: Q7747" for Wikidata, the IRI otherwise. */
export function sameAsLink(thing: PageThing): string | undefined {
  if (!thing.sameAs) return undefined;
  const qid = WIKIDATA_ENTITY.exec(thing.sameAs)?.[1];
  return qid ? externalLink(thing.sameAs, `Wikidata: ${qid}`) : externalLink(thing.sameAs, thing.sameAs);
}
