import { vocabulary } from './namespace.js';

export const rdf = vocabulary('http://www.w3.org/1999/02/22-rdf-syntax-ns#', ['type']);
