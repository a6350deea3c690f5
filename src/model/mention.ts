import { z } from 'zod';
import { RefId } from './ids.js';

/**
 * How a mention refers: by a name (Владимир Путин, КНР), by a description (глава государства),
 * by a pronoun (он); quotes, figures and dates are spans of their own kind.
 */
export const MentionKind = z.enum(['name', 'description', 'pronoun', 'quote', 'figure', 'date']);
export type MentionKind = z.infer<typeof MentionKind>;

/** A span of the article text and what it refers to. Offsets are Unicode code points, end exclusive. */
export const Mention = z
  .object({
    start: z.number().int().nonnegative(),
    end: z.number().int().positive(),
    text: z.string().min(1),
    kind: MentionKind,
    ref: RefId,
  })
  .refine((m) => m.end > m.start, { message: 'end must be greater than start' });
export type Mention = z.infer<typeof Mention>;
