import { z } from 'zod';
import { MEASURE_SOURCES } from './vocabulary.js';
import { dateSchema, idSchema, longText } from './common.schema.js';


export const measureSchema = z.strictObject({
  id: idSchema,
  indicatorId: idSchema,
  date: dateSchema,
  value: z.number().finite(),
  source: z.enum(MEASURE_SOURCES),
  comment: longText(1000).optional(),
});

/** Measure (mesure): one dated value of an indicator. */
export type Measure = z.infer<typeof measureSchema>;
