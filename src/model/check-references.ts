import type { z } from 'zod';
import { CodePointIndex } from '../util/code-points.js';
import type { ArticleShape } from './article.js';

type Shape = z.infer<typeof ArticleShape>;
type Path = (string | number)[];

/**
 * Cross-reference rules zod cannot say field by field: ids are unique, every reference names
 * something of this article, and every mention's offsets slice the text to exactly its surface.
 */
export function checkReferences(a: Shape, ctx: z.RefinementCtx): void {
  const issue = (path: Path, message: string) => ctx.addIssue({ code: 'custom', path, message });
  const kindOf = new Map<string, string>();
  const declare = (id: string, kind: string, path: Path) => {
    if (kindOf.has(id)) issue(path, `duplicate id ${id}`);
    kindOf.set(id, kind);
  };
  a.entities.forEach((e, i) => declare(e.id, e.type, ['entities', i, 'id']));
  a.events.forEach((e, i) => declare(e.id, 'Event', ['events', i, 'id']));
  a.quotes.forEach((q, i) => declare(q.id, 'Quote', ['quotes', i, 'id']));
  a.figures.forEach((f, i) => declare(f.id, 'Figure', ['figures', i, 'id']));
  a.dates.forEach((d, i) => declare(d.id, 'TimeExpression', ['dates', i, 'id']));
  a.works.forEach((w, i) => declare(w.id, 'Work', ['works', i, 'id']));

  const ENTITY = ['Person', 'Country', 'City', 'Region', 'Place', 'Organization'];
  const PLACE = ['Country', 'City', 'Region', 'Place'];
  // Paths are built only for a problem (this runs for every reference of every article).
  const expect = (id: string | undefined, allowed: string[], path: Path | (() => Path)) => {
    if (id === undefined) return;
    const kind = kindOf.get(id);
    if (kind !== undefined && allowed.includes(kind)) return;
    const at = typeof path === 'function' ? path() : path;
    if (kind === undefined) issue(at, `${id} is not defined in this article`);
    else issue(at, `${id} is a ${kind}; expected ${allowed.join(' or ')}`);
  };
  const expectAll = (ids: readonly string[], allowed: string[], path: Path) =>
    ids.forEach((id, i) => expect(id, allowed, () => [...path, i]));

  expect(a.publisher, ['Organization', 'Person'], ['publisher']);
  expectAll(a.authors, ['Person', 'Organization'], ['authors']);
  expectAll(a.contributors, ['Person', 'Organization'], ['contributors']);
  expect(a.about, ['Event'], ['about']);
  a.entities.forEach((e, i) => {
    const at: Path = ['entities', i];
    if (e.type === 'Person') {
      expectAll(e.affiliations, ['Organization', 'Country'], [...at, 'affiliations']);
      expectAll(e.worksFor, ['Organization'], [...at, 'worksFor']);
      expectAll(e.nationality, ['Country'], [...at, 'nationality']);
    } else if (e.type === 'Organization') {
      expect(e.parentOrganization, ['Organization'], [...at, 'parentOrganization']);
      expect(e.location, PLACE, [...at, 'location']);
    } else if (e.type !== 'Country') {
      expect(e.containedIn, PLACE, [...at, 'containedIn']);
    }
  });
  a.events.forEach((e, i) => {
    const at: Path = ['events', i];
    expectAll(e.locations, PLACE, [...at, 'locations']);
    expectAll(e.attendees, ENTITY, [...at, 'attendees']);
    expectAll(e.organizers, ['Person', 'Organization', 'Country', 'City', 'Region'], [...at, 'organizers']);
    expect(e.superEvent, ['Event'], [...at, 'superEvent']);
    if (e.superEvent === e.id) issue([...at, 'superEvent'], 'an event cannot be its own superEvent');
  });
  a.quotes.forEach((q, i) => expect(q.speaker, ['Person', 'Organization', 'Country', 'City'], ['quotes', i, 'speaker']));

  const byKind: Record<string, string[]> = {
    quote: ['Quote'],
    figure: ['Figure'],
    date: ['TimeExpression'],
    name: [...ENTITY, 'Event', 'Work'],
    description: [...ENTITY, 'Event', 'Work'],
    pronoun: ENTITY,
  };
  const index = new CodePointIndex(a.text);
  const quoteText = new Map(a.quotes.map((q) => [q.id as string, q.text]));
  a.mentions.forEach((m, i) => {
    const at: Path = ['mentions', i];
    expect(m.ref, byKind[m.kind] ?? [], () => [...at, 'ref']);
    if (m.end > index.length) {
      issue([...at, 'end'], `offset ${m.end} lies outside the text (${index.length} code points)`);
      return;
    }
    const surface = index.slice(m.start, m.end);
    if (surface !== m.text) {
      issue([...at, 'text'], `offsets ${m.start}–${m.end} slice the text to ${JSON.stringify(surface)}, not ${JSON.stringify(m.text)}`);
    }
    if (m.kind === 'quote' && quoteText.has(m.ref) && quoteText.get(m.ref) !== m.text) {
      issue([...at, 'text'], `the quote mention's text differs from ${m.ref}'s text`);
    }
  });
}
