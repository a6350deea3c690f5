import type { TimeExpression } from '../model/time-expression.js';
import { ng } from '../vocab/newsgraph.js';
import { rdf } from '../vocab/rdf.js';
import type { GraphContext } from './graph-context.js';
import { dateLiteral } from './literals.js';

/** A date the text states, typed as precisely as the text allows. */
export function addTimeExpression(d: TimeExpression, g: GraphContext): void {
  const s = g.iris.local(d.id);
  g.out.add(s, rdf.type, ng.TimeExpression);
  g.out.add(s, ng.dateValue, dateLiteral(d.date));
}
