import { z } from 'zod';
import { LocalId } from './ids.js';

export const FigureKind = z.enum(['MonetaryAmount', 'QuantitativeValue', 'Duration']);
export type FigureKind = z.infer<typeof FigureKind>;

/**
 * A number the article states: money (ISO 4217 currency), a quantity (UN/CEFACT unit code) or a
 * duration (ANN years, MON months, WEE weeks, DAY days, HUR hours, MIN minutes). Exact values use
 * `value`; approximations (около, более, свыше, десятки) use minValue/maxValue.
 */
export const Figure = z
  .object({
    id: LocalId,
    kind: FigureKind,
    value: z.number().finite().optional(),
    minValue: z.number().finite().optional(),
    maxValue: z.number().finite().optional(),
    currency: z.string().regex(/^[A-Z]{3}$/, 'an ISO 4217 currency code such as USD').optional(),
    unitCode: z.string().regex(/^[A-Z0-9]{2,3}$/, 'a UN/CEFACT common code such as ANN or P1').optional(),
    unitText: z.string().trim().min(1).optional(),
    /** What the figure measures, when the text says: товарооборот. */
    measures: z.string().trim().min(1).optional(),
  })
  .refine((f) => f.value !== undefined || f.minValue !== undefined || f.maxValue !== undefined, {
    message: 'a figure needs a value, a minValue or a maxValue',
  })
  .refine((f) => f.kind !== 'MonetaryAmount' || f.currency !== undefined, {
    message: 'a MonetaryAmount needs a currency',
  })
  .refine((f) => f.minValue === undefined || f.maxValue === undefined || f.minValue <= f.maxValue, {
    message: 'minValue must not exceed maxValue',
  });
export type Figure = z.infer<typeof Figure>;
