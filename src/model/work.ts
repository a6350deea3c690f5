import { z } from 'zod';
import { LocalId } from './ids.js';
import { TemporalValue } from './temporal.js';

/** A document the article names: a treaty, a law, a book. */
export const Work = z.object({
  id: LocalId,
  name: z.string().trim().min(1),
  workKind: z.enum(['legislation', 'treaty', 'creative-work']).default('creative-work'),
  dateCreated: TemporalValue.optional(),
});
export type Work = z.infer<typeof Work>;
