import { cellText, isNumeric } from './cell-text.js';
import { displayWidth, padToWidth, truncateToWidth } from './display-width.js';
import type { SparqlJsonResults } from './sparql-json.js';

export interface TableOptions {
  /** Longer cells are cut and end with …; 60 columns unless told. */
  readonly maxCellWidth?: number;
}

/**
 * SELECT results as an aligned text table: a header, a rule, one line per solution, and the row
 * count. Columns are measured in terminal columns (code points, so Cyrillic lines up), numbers are
 * right-aligned, line breaks inside a cell become spaces, long cells are truncated.
 */
export function formatTable(results: SparqlJsonResults, options: TableOptions = {}): string {
  const max = options.maxCellWidth ?? 60;
  const vars = results.head.vars ?? [];
  const bindings = results.results?.bindings ?? [];
  const rows = bindings.map((b) => vars.map((v) => truncateToWidth(flatten(cellText(b[v])), max)));
  const numeric = vars.map((v) => bindings.length > 0 && bindings.every((b) => !b[v] || isNumeric(b[v])));
  const widths = vars.map((v, i) => Math.max(displayWidth(v), ...rows.map((r) => displayWidth(r[i] ?? ''))));
  const line = (cells: readonly string[], aligned: boolean) =>
    cells
      .map((c, i) => padToWidth(c, widths[i] ?? 0, aligned && numeric[i] ? 'right' : 'left'))
      .join(' | ')
      .trimEnd();
  const out = [line(vars, false), widths.map((w) => '-'.repeat(w)).join('-+-'), ...rows.map((r) => line(r, true))];
  out.push(rowCount(rows.length));
  return out.join('\n') + '\n';
}

function flatten(text: string): string {
  return text.replace(/[\r\n\t\v\f\u2028\u2029]+/g, ' ');
}

function rowCount(n: number): string {
  return n === 0 ? '(no rows)' : `(${n} row${n === 1 ? '' : 's'})`;
}
