import { vocabulary } from './namespace.js';

/** ITS 2.0 RDF: the entity a NIF phrase names (read by entity-linking benchmarks such as GERBIL). */
export const itsrdf = vocabulary('http://www.w3.org/2005/11/its/rdf#', ['taIdentRef', 'taClassRef']);
