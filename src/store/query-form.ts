/** The four SPARQL query forms; SELECT and ASK give results, CONSTRUCT and DESCRIBE a graph. */
export type QueryForm = 'select' | 'ask' | 'construct' | 'describe';

const FORMS: Readonly<Record<string, QueryForm | 'update'>> = {
  SELECT: 'select',
  ASK: 'ask',
  CONSTRUCT: 'construct',
  DESCRIBE: 'describe',
  ...Object.fromEntries(['INSERT', 'DELETE', 'WITH', 'LOAD', 'CLEAR', 'CREATE', 'DROP', 'COPY', 'MOVE', 'ADD'].map((w) => [w, 'update' as const])),
};

/** One token of the prologue: whitespace and comments, an IRI, or a word (keyword or prefix name). */
const PROLOGUE_TOKEN = /\s+|#[^\n\r]*|<[^<>"{}|^`\\\x00-\x20]*>|[^\s<#{]+/y;

/**
 * The form of a query, read after its prologue (BASE and PREFIX declarations, comments): 'update'
 * for a SPARQL Update, undefined when the text starts like neither (a syntax error that the SPARQL
 * parser reports with its position).
 */
export function detectQueryForm(sparql: string): QueryForm | 'update' | undefined {
  PROLOGUE_TOKEN.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = PROLOGUE_TOKEN.exec(sparql)) !== null) {
    const token = match[0];
    if (/^\s/.test(token) || token.startsWith('#') || token.startsWith('<')) continue;
    if (token.endsWith(':')) continue; // the prefix name of a PREFIX declaration
    const word = (/^[A-Za-z]+/.exec(token)?.[0] ?? '').toUpperCase();
    if (word === 'BASE' || word === 'PREFIX') continue;
    return FORMS[word];
  }
  return undefined;
}
