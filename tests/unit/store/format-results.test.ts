import { describe, expect, it } from 'vitest';
import { csvField, formatCsv } from '../../../src/store/format-csv.js';
import { formatTable } from '../../../src/store/format-table.js';
import { displayWidth, padToWidth, truncateToWidth } from '../../../src/store/display-width.js';
import type { SparqlJsonResults } from '../../../src/store/sparql-json.js';

const XSD = 'http://www.w3.org/2001/XMLSchema#';
const results: SparqlJsonResults = {
  head: { vars: ['person', 'name', 'quotes'] },
  results: {
    bindings: [
      { person: { type: 'uri', value: 'http://www.wikidata.org/entity/Q7747' }, name: { type: 'literal', value: 'Владимир Путин', 'xml:lang': 'ru' }, quotes: { type: 'literal', value: '12', datatype: `${XSD}integer` } },
      { person: { type: 'uri', value: 'https://example.org/p/1' }, name: { type: 'literal', value: 'Си Цзиньпин' }, quotes: { type: 'literal', value: '3', datatype: `${XSD}integer` } },
      { person: { type: 'bnode', value: 'b0' }, quotes: { type: 'literal', value: '1', datatype: `${XSD}integer` } },
    ],
  },
};

describe('formatTable', () => {
  it('lines up Cyrillic columns by code points and right-aligns numbers', () => {
    expect(formatTable(results)).toBe(
      [
        'person                  | name           | quotes',
        '------------------------+----------------+-------',
        'wd:Q7747                | Владимир Путин |     12',
        'https://example.org/p/1 | Си Цзиньпин    |      3',
        '_:b0                    |                |      1',
        '(3 rows)',
        '',
      ].join('\n'),
    );
  });

  it('truncates long cells with … and flattens line breaks', () => {
    const long = { head: { vars: ['text'] }, results: { bindings: [{ text: { type: 'literal' as const, value: 'Первая строка\nвторая строка, очень длинная' } }] } };
    const lines = formatTable(long, { maxCellWidth: 20 }).split('\n');
    expect(lines[2]).toBe('Первая строка втора…');
    expect(displayWidth(lines[2] ?? '')).toBe(20);
  });

  it('says so when there is no row', () => {
    expect(formatTable({ head: { vars: ['x'] }, results: { bindings: [] } })).toBe('x\n-\n(no rows)\n');
  });
});

describe('display width', () => {
  it('counts code points, not UTF-16 units or bytes; combining marks take no column; CJK takes two', () => {
    expect(displayWidth('Путин')).toBe(5);
    expect(displayWidth('😀a')).toBe(2);
    expect(displayWidth('за́мок')).toBe(5); // with a combining stress mark
    expect(displayWidth('習近平')).toBe(6);
  });

  it('never splits a surrogate pair when truncating', () => {
    expect(truncateToWidth('😀😀😀😀', 3)).toBe('😀😀…');
    expect(padToWidth('Си', 4)).toBe('Си  ');
    expect(padToWidth('7', 3, 'right')).toBe('  7');
  });
});

describe('formatCsv', () => {
  it('writes SPARQL 1.1 CSV with RFC 4180 escaping and CRLF line ends', () => {
    const tricky: SparqlJsonResults = {
      head: { vars: ['a', 'b'] },
      results: { bindings: [{ a: { type: 'literal', value: 'сказал: "да", и ушёл' }, b: { type: 'literal', value: 'две\nстроки' } }, { a: { type: 'uri', value: 'http://x/1' } }] },
    };
    expect(formatCsv(tricky)).toBe('a,b\r\n"сказал: ""да"", и ушёл","две\nстроки"\r\nhttp://x/1,\r\n');
  });

  it('quotes only what needs quoting', () => {
    expect(csvField('Путин')).toBe('Путин');
    expect(csvField(' edge')).toBe('" edge"');
    expect(csvField('a,b')).toBe('"a,b"');
  });

  it('writes full IRIs and plain lexical forms', () => {
    expect(formatCsv(results).split('\r\n')[1]).toBe('http://www.wikidata.org/entity/Q7747,Владимир Путин,12');
  });
});
