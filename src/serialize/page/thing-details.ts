import type { NamedNode } from '@rdfjs/types';
import { ng } from '../../vocab/newsgraph.js';
import { schema } from '../../vocab/schema.js';
import { formatDate, formatQuantity, unitWord } from './format-values.js';
import { allValues, firstValue, type PageGraph, type PageThing } from './page-facts.js';

const QUOTE_PREVIEW = 80;

/** A thing's canonical label: its name, or what stands for it (a quote's opening words, a figure's value, a date). */
export function thingTitle(thing: PageThing, graph: PageGraph): string {
  if (thing.name) return thing.name;
  const node = thing.node;
  switch (thing.category) {
    case 'quote':
      return preview(firstValue(node, schema.text) ?? '');
    case 'figure':
      return figureValue(thing) ?? firstMentionAnchor(thing, graph) ?? thing.typeLabel;
    case 'date': {
      const value = firstValue(node, ng.dateValue);
      return value ? formatDate(value) : (firstMentionAnchor(thing, graph) ?? thing.typeLabel);
    }
    default:
      return firstMentionAnchor(thing, graph) ?? thing.iri;
  }
}

/** A figure's value (or range) with its currency or unit, in Russian. */
export function figureValue(thing: PageThing): string | undefined {
  const node = thing.node;
  const value = firstValue(node, schema.value);
  const min = firstValue(node, schema.minValue);
  const max = firstValue(node, schema.maxValue);
  const unit = unitWord(firstValue(node, schema.currency) ?? firstValue(node, schema.unitCode), firstValue(node, schema.unitText), value ?? max ?? min);
  return formatQuantity({ value, min, max, unit });
}

/** The names of the things a property of a thing points to (speakers, places, attendees). */
export function namesOf(thing: PageThing, property: NamedNode, graph: PageGraph): string[] {
  return allValues(thing.node, property).map((iri) => {
    const target = graph.things.get(iri);
    return target ? thingTitle(target, graph) : (firstValue(graph.nodes.get(iri), schema.name) ?? iri);
  });
}

/** An event's dates in Russian: "4 февраля 2026 г." or "1 мая 2026 г. — 3 мая 2026 г.". */
export function eventDates(thing: PageThing): string | undefined {
  const start = firstValue(thing.node, schema.startDate);
  const end = firstValue(thing.node, schema.endDate);
  if (start && end && end !== start) return `${formatDate(start)} — ${formatDate(end)}`;
  const one = start ?? end;
  return one ? formatDate(one) : undefined;
}

/** The short lines a popover shows under a thing's title and type. */
export function thingFacts(thing: PageThing, graph: PageGraph): string[] {
  const node = thing.node;
  const lines: (string | undefined)[] = [];
  switch (thing.category) {
    case 'person':
      lines.push(allValues(node, schema.jobTitle).join('; ') || undefined);
      break;
    case 'event':
      lines.push(eventDates(thing), namesOf(thing, schema.location, graph).join(', ') || undefined);
      break;
    case 'quote': {
      const speaker = namesOf(thing, schema.creator, graph)[0];
      lines.push(speaker ? `Говорит: ${speaker}` : 'Говорящий не установлен');
      break;
    }
    case 'figure':
      lines.push(thing.name ? figureValue(thing) : undefined, firstValue(node, schema.description));
      break;
    case 'work': {
      const created = firstValue(node, schema.dateCreated);
      lines.push(created && formatDate(created));
      break;
    }
    default:
      lines.push(allValues(node, schema.alternateName).join(', ') || undefined);
  }
  return lines.filter((l): l is string => Boolean(l));
}

function firstMentionAnchor(thing: PageThing, graph: PageGraph): string | undefined {
  return graph.mentions.find((m) => m.target === thing.iri)?.anchor;
}

function preview(text: string): string {
  const chars = [...text];
  return chars.length <= QUOTE_PREVIEW ? `«${text}»` : `«${chars.slice(0, QUOTE_PREVIEW - 1).join('').trimEnd()}…»`;
}
