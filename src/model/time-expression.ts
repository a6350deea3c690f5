import { z } from 'zod';
import { LocalId } from './ids.js';
import { TemporalValue } from './temporal.js';

/** A date the text states (4 февраля, в прошлом году), resolved against the article's date. */
export const TimeExpression = z.object({
  id: LocalId,
  date: TemporalValue,
  /** True when it was resolved from a relative expression (сегодня, в этом году). */
  relative: z.boolean().default(false),
});
export type TimeExpression = z.infer<typeof TimeExpression>;
