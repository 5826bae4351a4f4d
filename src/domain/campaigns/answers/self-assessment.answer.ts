import { z } from 'zod';
import { longText, PRIORITIES } from '../../entities/index.js';

/** Priority of a commitment for the second half of the mandate. */
export type Priority = (typeof PRIORITIES)[number];
/** Longest "difficulties" text, in characters. */
export const DIFFICULTIES_LIMIT = 2000;

/** An elected official's view of one commitment: score 1–5, difficulties, priority for the second half. */
export const selfAssessmentAnswerSchema = z.strictObject({
  score: z.number().int().min(1).max(5),
  difficulties: longText(DIFFICULTIES_LIMIT).optional(),
  priority: z.enum(PRIORITIES).optional(),
});

/** Answer about one commitment of an elected self-assessment. */
export type SelfAssessmentAnswer = z.infer<typeof selfAssessmentAnswerSchema>;
