import { DataFactory } from '../util/n3-core.js';
import type { Literal } from '@rdfjs/types';
import type { ArticleIris } from './iri.js';
import type { QuadList } from './quad-list.js';

/** What every part of the graph stage shares while it builds one article's quads. */
export interface GraphContext {
  readonly iris: ArticleIris;
  readonly out: QuadList;
  /** A text literal in the article's language (ru): names, headlines, quotes. */
  text(value: string): Literal;
  text(value: string | undefined): Literal | undefined;
}

export function createGraphContext(iris: ArticleIris, out: QuadList, language: string): GraphContext {
  function text(value: string): Literal;
  function text(value: string | undefined): Literal | undefined;
  function text(value: string | undefined): Literal | undefined {
    return value === undefined ? undefined : DataFactory.literal(value, language);
  }
  return { iris, out, text };
}
