import { z } from 'zod';
import { idSchema } from '../entities/common.schema.js';
import { actionReviewAnswerSchema } from './answers/action-review.answer.js';
import { customAnswerSchema } from './answers/custom.answer.js';
import { selfAssessmentAnswerSchema } from './answers/self-assessment.answer.js';
import { workingTimeAnswerSchema } from './answers/working-time.answer.js';

/** Subjects (actions, commitments, services, questions) one response may cover. */
export const MAX_SUBJECTS = 500;
const instant = z.iso.datetime();

const bySubject = <T extends z.ZodType>(answer: T) =>
  z.record(idSchema, answer).superRefine((answers, ctx) => {
    if (Object.keys(answers).length > MAX_SUBJECTS) ctx.addIssue({ code: 'custom', path: [], params: { key: 'tooManySubjects' } });
  });

/** The answers of one response, keyed by subject id (action, commitment, service or question). */
export const responseAnswersSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('action_review'), bySubject: bySubject(actionReviewAnswerSchema) }),
  z.strictObject({ kind: z.literal('elected_self_assessment'), bySubject: bySubject(selfAssessmentAnswerSchema) }),
  z.strictObject({ kind: z.literal('working_time_1607'), bySubject: bySubject(workingTimeAnswerSchema) }),
  z.strictObject({ kind: z.literal('custom'), bySubject: bySubject(customAnswerSchema) }),
]);
/** The answers of one response, tagged with the campaign kind. */
export type ResponseAnswers = z.infer<typeof responseAnswersSchema>;

/**
 * Response: what one recipient answered. Steps saved before the final submit are kept here too (no `submittedAt`
 * yet), so a restart or another device resumes where the person stopped.
 */
export const responseSchema = z
  .strictObject({
    id: idSchema,
    campaignId: idSchema,
    deliveryId: idSchema,
    personId: idSchema,
    answers: responseAnswersSchema,
    submittedAt: instant.optional(),
    amendedAt: instant.optional(),
  })
  .superRefine((r, ctx) => {
    // ISO instants in UTC compare correctly as strings.
    if (r.amendedAt && (!r.submittedAt || r.amendedAt < r.submittedAt))
      ctx.addIssue({ code: 'custom', path: ['amendedAt'], params: { key: 'amendedWithoutSubmit' } });
  });

/** What one recipient answered to one campaign. */
export type CampaignResponse = z.infer<typeof responseSchema>;
