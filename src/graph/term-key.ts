import type { Term } from '@rdfjs/types';

/**
 * A string that two terms share exactly when they are equal (RDF/JS `equals`): term type, value,
 * and for literals language, direction and datatype. Undefined for quoted triples, which callers
 * compare with `equals`.
 */
export function termKey(term: Term): string | undefined {
  switch (term.termType) {
    case 'Literal': {
      const direction = (term as { direction?: string }).direction ?? '';
      return `L${term.value}\u0000${term.language}\u0000${direction}\u0000${term.datatype.value}`;
    }
    case 'Quad':
      return undefined;
    default:
      return `${term.termType}\u0000${term.value}`;
  }
}
