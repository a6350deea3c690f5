import { z } from 'zod';
import { EntityId, LocalId } from './ids.js';

/** direct: the words as said, between quote marks; indirect: reported speech (X отметил, что …). */
export const QuoteKind = z.enum(['direct', 'indirect']);
export type QuoteKind = z.infer<typeof QuoteKind>;

export const Quote = z.object({
  id: LocalId,
  /** The quoted words exactly as in the article, without the enclosing quote marks. */
  text: z.string().min(1),
  kind: QuoteKind,
  /** Who said it: a person or an organization of this article. */
  speaker: EntityId.optional(),
  /** The words that attribute it: "— сказал президент России", "по словам Дмитрия Пескова". */
  frame: z.string().trim().min(1).optional(),
});
export type Quote = z.infer<typeof Quote>;
