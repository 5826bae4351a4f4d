import { z } from 'zod';
import { idSchema, lineText, longText, weightSchema } from './common.schema.js';

export const axisSchema = z.strictObject({
  id: idSchema,
  title: lineText(120),
  description: longText(2000).optional(),
  order: z.number().int().min(0).max(10_000),
  color: z.string().regex(/^#[0-9A-Fa-f]{6}$/),
  weight: weightSchema.optional(),
});

/** Axis (axe): a theme of the programme, ordered and coloured. */
export type Axis = z.infer<typeof axisSchema>;
