import type { Work } from '../model/work.js';
import { rdf } from '../vocab/rdf.js';
import { schema } from '../vocab/schema.js';
import type { GraphContext } from './graph-context.js';
import { maybe } from './quad-list.js';
import { dateLiteral } from './literals.js';

/** A treaty or law is a schema:Legislation; any other document a schema:CreativeWork. */
export function addWork(w: Work, g: GraphContext): void {
  const s = g.iris.local(w.id);
  g.out.add(s, rdf.type, w.workKind === 'creative-work' ? schema.CreativeWork : schema.Legislation);
  g.out.add(s, schema.name, g.text(w.name));
  g.out.add(s, schema.dateCreated, maybe(w.dateCreated, dateLiteral));
}
