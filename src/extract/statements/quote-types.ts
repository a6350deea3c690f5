import type { Span } from '../types.js';

/**
 * How a quotation is attributed:
 * - after: «…», — сказал X (the frame follows the closing mark);
 * - colon: X заявил: «…» (a clause with a verb or noun of speech, then a colon);
 * - source: по словам X, «…» / как пишет X, «…»;
 * - mixed: X заявил, что «…» (quoted words inside reported speech);
 * - inner: «…, — сказал X, — …» (the frame splits the quotation);
 * - continued: a quotation with no frame of its own that goes on after an attributed one;
 * - block: X заявил:⏎ a whole paragraph without marks;
 * - unmarked: a paragraph without marks that ends with — сказал X;
 * - indirect: X отметил, что … (reported speech, not a quotation).
 */
export type QuoteFrameKind = 'after' | 'colon' | 'source' | 'mixed' | 'inner' | 'continued' | 'block' | 'unmarked' | 'indirect';

export interface QuoteFrame {
  readonly kind: QuoteFrameKind;
  /** Token range [from, to) of the attributing words (for continued: the quotation itself). */
  readonly from: number;
  readonly to: number;
  /** Index of the verb or noun of speech, when the frame has one. */
  readonly head?: number;
}

/** A quotation found in the text, before its speaker is resolved. */
export interface QuoteCandidate {
  readonly kind: 'direct' | 'indirect';
  /** The quoted text spans (UTF-16): one, or several when a frame splits the quotation. */
  readonly parts: readonly Span[];
  readonly frame: QuoteFrame;
  /** The whole quotation with its marks, for excluding the mentions inside it. */
  readonly outer: Span;
}
