import type { TemporalValue } from '../model/temporal.js';

/** What the read stage hands on: the article text and what its container says about it. */
export interface SourceDocument {
  /** A label for messages and output names: the file name, `stdin`, `corpus.jsonl#12`. */
  readonly source: string;
  /** Output file stem: `000_5b0c01de365d3c73` for `000_5b0c01de365d3c73.txt`. */
  readonly stem: string;
  /** The full text, BOM removed and nothing else changed: every offset points into it. */
  readonly text: string;
  /** UTF-16 offset where the article body starts (after a ` date YYYY-MM-DD ` header). */
  readonly bodyStart: number;
  readonly datePublished?: TemporalValue;
  /** A title the container gives (HTML <title>, a JSON Lines field). */
  readonly title?: string;
  readonly url?: string;
  /** Things that were wrong but did not stop the export (a malformed date header). */
  readonly warnings: readonly string[];
}
