import { z } from 'zod';
import { idSchema, lineText } from './common.schema.js';

export const serviceSchema = z.strictObject({
  id: idSchema,
  name: lineText(120),
  code: lineText(20).optional(),
  parentId: idSchema.optional(),
  headPersonId: idSchema.optional(),
});

/** Service: a service or directorate of the administration. */
export type Service = z.infer<typeof serviceSchema>;
