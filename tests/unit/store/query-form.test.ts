import { describe, expect, it } from 'vitest';
import { detectQueryForm } from '../../../src/store/query-form.js';

describe('detectQueryForm', () => {
  it.each([
    ['SELECT * WHERE { ?s ?p ?o }', 'select'],
    ['select*{?s ?p ?o}', 'select'],
    ['# a comment with CONSTRUCT\nPREFIX schema: <http://schema.org/>\nPREFIX : <http://x/#>\nASK { ?s a schema:Event }', 'ask'],
    ['BASE <http://x/> PREFIX s:<http://schema.org/> CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }', 'construct'],
    ['DESCRIBE <http://x/1>', 'describe'],
    ['PREFIX x: <http://x/> INSERT DATA { x:a x:b x:c }', 'update'],
    ['DROP GRAPH <http://x/>', 'update'],
    ['SELEC ?x', undefined],
  ])('%s → %s', (query, form) => {
    expect(detectQueryForm(query)).toBe(form);
  });
});
