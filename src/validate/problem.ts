export type Severity = 'error' | 'warning';

/** One thing wrong with a file, and where. */
export interface Problem {
  file: string;
  /**
   * Where, for a person: `line 12:5` (a parse error), `$.mentions[3].text (line 120)` (a model
   * field), `<focus node> schema:text` (a SHACL result).
   */
  place: string;
  message: string;
  /** Warnings (such as a quotation whose speaker is unknown) do not make a file invalid. */
  severity: Severity;
  line?: number;
  column?: number;
}

/** Line and column (both from 1) of a UTF-16 offset into a text. */
export function lineColumn(text: string, index: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < index && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: index - lineStart + 1 };
}
