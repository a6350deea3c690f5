import { vocabulary } from './namespace.js';

export const xsd = vocabulary('http://www.w3.org/2001/XMLSchema#', [
  'string',
  'decimal',
  'integer',
  'nonNegativeInteger',
  'boolean',
  'date',
  'dateTime',
  'gYear',
  'gYearMonth',
  'gMonthDay',
  'duration',
]);
