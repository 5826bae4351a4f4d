import { z } from 'zod';
import { dateSchema, idSchema, longText } from '../../entities/index.js';
import { MAX_OPTIONS, MAX_TEXT_ANSWER } from '../question.schema.js';

/** The answer to one question of a custom campaign, tagged with the question type. */
export const customAnswerSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('choice'), values: z.array(idSchema).min(1).max(MAX_OPTIONS) }),
  z.strictObject({ type: z.literal('scale'), value: z.number().int().min(0).max(10) }),
  z.strictObject({ type: z.literal('number'), value: z.number().finite() }),
  z.strictObject({ type: z.literal('date'), value: dateSchema }),
  z.strictObject({ type: z.literal('text'), value: longText(MAX_TEXT_ANSWER) }),
]);

/** Answer to one question of a custom campaign. */
export type CustomAnswer = z.infer<typeof customAnswerSchema>;
