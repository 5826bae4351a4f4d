import { z } from 'zod';
import { dateSchema, idSchema, lineText, longText } from './common.schema.js';

export const FEEDBACK_KINDS = [
  'citizen_workshop',
  'online_consultation',
  'elected_seminar',
  'administration_meeting',
  'other',
] as const;

export const feedbackSchema = z.strictObject({
  id: idSchema,
  kind: z.enum(FEEDBACK_KINDS),
  title: lineText(200),
  date: dateSchema,
  summary: longText(4000),
  participants: z.number().int().min(0).max(1_000_000).optional(),
  themes: z.array(lineText(60)).max(20).default([]),
  commitmentIds: z.array(idSchema).max(100).default([]),
});

/** Feedback (retour): qualitative input from a workshop, a seminar or a meeting, linked to commitments. */
export type Feedback = z.infer<typeof feedbackSchema>;
