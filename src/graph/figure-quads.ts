import type { NamedNode } from '@rdfjs/types';
import type { Figure, FigureKind } from '../model/figure.js';
import { rdf } from '../vocab/rdf.js';
import { schema } from '../vocab/schema.js';
import type { GraphContext } from './graph-context.js';
import { maybe } from './quad-list.js';
import { decimalLiteral, plainLiteral } from './literals.js';

/** Durations are quantities in time units (ANN, MON, DAY…): schema:QuantitativeValue. */
export const FIGURE_TYPE: Readonly<Record<FigureKind, NamedNode>> = {
  MonetaryAmount: schema.MonetaryAmount,
  QuantitativeValue: schema.QuantitativeValue,
  Duration: schema.QuantitativeValue,
};

export function addFigure(f: Figure, g: GraphContext): void {
  const { out, iris } = g;
  const s = iris.local(f.id);
  const decimal = (n: number | undefined) => (n === undefined ? undefined : decimalLiteral(n));
  out.add(s, rdf.type, FIGURE_TYPE[f.kind]);
  out.add(s, schema.value, decimal(f.value));
  out.add(s, schema.minValue, decimal(f.minValue));
  out.add(s, schema.maxValue, decimal(f.maxValue));
  out.add(s, schema.currency, maybe(f.currency, plainLiteral));
  out.add(s, schema.unitCode, maybe(f.unitCode, plainLiteral));
  out.add(s, schema.unitText, g.text(f.unitText));
  out.add(s, schema.description, g.text(f.measures));
}
