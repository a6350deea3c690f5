import { schema } from '../../vocab/schema.js';
import { escapeHtml } from '../script-escape.js';
import { element, textElement } from './markup.js';
import { firstValue, type PageGraph, type PageThing } from './page-facts.js';
import { sameAsLink } from './popovers.js';
import { CATEGORY_LABEL, type ThingCategory } from './thing-category.js';
import { eventDates, figureValue, namesOf, thingFacts, thingTitle } from './thing-details.js';

/** A panel of the aside: its anchor id, heading and the categories it lists. */
export interface PanelSpec {
  readonly id: string;
  readonly title: string;
  readonly categories: readonly ThingCategory[];
}

export const PANELS: readonly PanelSpec[] = [
  { id: 'people', title: 'Люди', categories: ['person'] },
  { id: 'organizations', title: 'Организации', categories: ['organization'] },
  { id: 'places', title: 'Страны и места', categories: ['country', 'place'] },
  { id: 'events', title: 'События', categories: ['event'] },
  { id: 'quotes', title: 'Цитаты', categories: ['quote'] },
  { id: 'figures', title: 'Числа', categories: ['figure'] },
  { id: 'works', title: 'Документы', categories: ['work'] },
];

interface PanelContext {
  readonly graph: PageGraph;
  readonly numbers: ReadonlyMap<string, number>;
  readonly mentionCounts: ReadonlyMap<string, number>;
  /** The first mention of each thing. */
  readonly firstMentions: ReadonlyMap<string, PageGraph['mentions'][number]>;
}

/** The panels that have something to list, in PANELS order. */
export function renderPanels(graph: PageGraph, numbers: ReadonlyMap<string, number>): { nav: PanelSpec[]; html: string } {
  const mentionCounts = new Map<string, number>();
  const firstMentions = new Map<string, PageGraph['mentions'][number]>();
  for (const m of graph.mentions) {
    mentionCounts.set(m.target, (mentionCounts.get(m.target) ?? 0) + 1);
    if (!firstMentions.has(m.target)) firstMentions.set(m.target, m);
  }
  const context: PanelContext = { graph, numbers, mentionCounts, firstMentions };
  const shown: PanelSpec[] = [];
  const sections: string[] = [];
  for (const spec of PANELS) {
    const things = orderedThings(graph, spec.categories);
    if (!things.length) continue;
    shown.push(spec);
    const heading = element('h2', { id: `h-${spec.id}` }, `${escapeHtml(spec.title)} <span class="count">${things.length}</span>`);
    const body = spec.id === 'quotes' ? quotesBySpeaker(things, context) : list(things.map((t) => entry(t, context)));
    sections.push(element('section', { id: spec.id, 'aria-labelledby': `h-${spec.id}` }, heading + body));
  }
  return { nav: shown, html: sections.join('\n') };
}

/** Things of some categories, those mentioned first in text order, then the others in graph order. */
function orderedThings(graph: PageGraph, categories: readonly ThingCategory[]): PageThing[] {
  const firstMention = new Map<string, number>();
  graph.mentions.forEach((m, i) => firstMention.has(m.target) || firstMention.set(m.target, i));
  const things = [...graph.things.values()].filter((t) => categories.includes(t.category));
  const rank = (t: PageThing) => firstMention.get(t.iri) ?? Number.MAX_SAFE_INTEGER;
  return things.map((t, i) => ({ t, i })).sort((a, b) => rank(a.t) - rank(b.t) || a.i - b.i).map(({ t }) => t);
}

function list(items: string[]): string {
  return element('ul', {}, items.join(''));
}

function entry(thing: PageThing, context: PanelContext): string {
  const { graph } = context;
  const title = thing.category === 'figure' ? (figureValue(thing) ?? thingTitle(thing, graph)) : thingTitle(thing, graph);
  const parts = [
    element('span', { class: `swatch c-${thing.category}`, 'aria-hidden': 'true' }, ''),
    ' ',
    textElement('strong', { class: thing.category === 'figure' ? 'figure-value' : undefined }, title),
    ' ',
    thing.typeLabel === CATEGORY_LABEL[thing.category] ? '' : textElement('span', { class: 'count' }, thing.typeLabel),
    ...details(thing, context).map((d) => textElement('span', { class: 'detail' }, d)),
  ];
  const link = sameAsLink(thing);
  if (link) parts.push(element('span', { class: 'detail' }, link));
  return entryItem(thing, context, parts.join(''));
}

function entryItem(thing: PageThing, context: PanelContext, html: string): string {
  const n = context.numbers.get(thing.iri);
  return element('li', { id: n === undefined ? undefined : `thing-${n}`, tabindex: n === undefined ? undefined : -1, 'data-iri': thing.iri }, html);
}

function details(thing: PageThing, context: PanelContext): string[] {
  const { graph } = context;
  const count = context.mentionCounts.get(thing.iri) ?? 0;
  const mentions = count ? `упоминаний в тексте: ${count}` : 'в тексте не упоминается';
  switch (thing.category) {
    case 'event':
      return [eventDates(thing) ?? 'дата не указана', namesOf(thing, schema.location, graph).join(', '), mentions].filter(Boolean);
    case 'figure': {
      const anchor = context.firstMentions.get(thing.iri)?.anchor;
      return [anchor ? `в тексте: «${anchor}»` : '', firstValue(thing.node, schema.description) ?? ''].filter(Boolean);
    }
    default:
      return [...thingFacts(thing, graph), mentions];
  }
}

/** Quotes grouped by speaker, speakers in the order of their first quote; unknown speakers last. */
function quotesBySpeaker(quotes: readonly PageThing[], context: PanelContext): string {
  const groups = new Map<string, PageThing[]>();
  for (const q of quotes) {
    const speaker = namesOf(q, schema.creator, context.graph)[0] ?? '';
    groups.set(speaker, [...(groups.get(speaker) ?? []), q]);
  }
  const ordered = [...groups].sort(([a], [b]) => Number(a === '') - Number(b === ''));
  return ordered
    .map(([speaker, items]) => {
      const heading = textElement('h3', {}, `${speaker || 'Говорящий не установлен'} (${items.length})`);
      return heading + list(items.map((q) => quoteEntry(q, context)));
    })
    .join('');
}

function quoteEntry(quote: PageThing, context: PanelContext): string {
  const text = firstValue(quote.node, schema.text) ?? '';
  const kind = quote.typeLabel === CATEGORY_LABEL.quote ? '' : textElement('span', { class: 'detail' }, quote.typeLabel);
  return entryItem(quote, context, textElement('blockquote', {}, text) + kind);
}
