import { safeParseArticle } from '../model/parse-article.js';
import { findJsonSyntaxError, formatJsonPath, locateJsonPath, type JsonPath } from './json-location.js';
import { lineColumn, type Problem } from './problem.js';

/**
 * Checks a model JSON text: JSON syntax (with its line), then the zod schema with every
 * cross-reference (ids, offsets that must slice the text to each mention's surface). Each problem
 * carries its JSON path and the line where that value starts.
 */
export function validateModelJson(text: string, file: string): Problem[] {
  const source = text.replace(/^\uFEFF/, '');
  let data: unknown;
  try {
    data = JSON.parse(source);
  } catch (e) {
    const found = findJsonSyntaxError(source);
    const index = found?.index ?? source.length;
    const { line, column } = lineColumn(source, index);
    const message = `not valid JSON: ${found?.message ?? (e as Error).message}`;
    return [{ file, place: `line ${line}:${column}`, message, severity: 'error', line, column }];
  }
  const result = safeParseArticle(data);
  if (result.success) return [];
  return result.error.issues.map((issue) => modelProblem(source, file, issue.path, issue.message));
}

function modelProblem(source: string, file: string, path: JsonPath, message: string): Problem {
  const index = locateJsonPath(source, path);
  const where = formatJsonPath(path);
  if (index === undefined) return { file, place: where, message, severity: 'error' };
  const { line, column } = lineColumn(source, index);
  return { file, place: `${where} (line ${line})`, message, severity: 'error', line, column };
}
