import { z } from 'zod';
import { ModelValidationError } from '../errors.js';
import { Article } from './article.js';

/** Validates a model; throws ModelValidationError with every problem and its path. */
export function parseArticle(input: unknown, file?: string): Article {
  const result = Article.safeParse(input);
  if (result.success) return result.data;
  const problems = result.error.issues.map((i) => `${i.path.length ? i.path.join('.') : '(root)'}: ${i.message}`);
  throw new ModelValidationError(
    `the article model is invalid (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n${z.prettifyError(result.error)}`,
    problems,
    { ...(file ? { file } : {}), hint: 'fix the listed fields of the model JSON' },
  );
}

export function safeParseArticle(input: unknown): ReturnType<typeof Article.safeParse> {
  return Article.safeParse(input);
}
