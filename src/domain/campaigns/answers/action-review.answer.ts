import { z } from 'zod';
import { dateSchema, idSchema, longText, TRENDS, WEATHERS } from '../../entities/index.js';

/** Limits of the free texts of an action review, shared by the card inputs and the parser. */
export const REVIEW_TEXT_LIMITS = { blockers: 2000, nextSteps: 2000, needs: 2000, comment: 1000 } as const;
/** A free-text field of an action review. */
export type ReviewTextField = keyof typeof REVIEW_TEXT_LIMITS;
/** The free-text fields of an action review, in card order. */
export const REVIEW_TEXT_FIELDS = Object.keys(REVIEW_TEXT_LIMITS) as ReviewTextField[];

/** A new value for one indicator, reported with the review. */
export const newMeasureSchema = z.strictObject({ indicatorId: idSchema, value: z.number().finite(), date: dateSchema.optional() });
/** A new indicator value reported in a review. */
export type NewMeasure = z.infer<typeof newMeasureSchema>;

/**
 * A service head's answer about one action. An empty text means "cleared" (the card was prefilled with the current
 * value and the person erased it); an absent text means "not answered".
 */
export const actionReviewAnswerSchema = z.strictObject({
  progress: z.number().int().min(0).max(100),
  weather: z.enum(WEATHERS).optional(),
  trend: z.enum(TRENDS).optional(),
  blockers: longText(REVIEW_TEXT_LIMITS.blockers).optional(),
  nextSteps: longText(REVIEW_TEXT_LIMITS.nextSteps).optional(),
  needs: longText(REVIEW_TEXT_LIMITS.needs).optional(),
  comment: longText(REVIEW_TEXT_LIMITS.comment).optional(),
  measures: z.array(newMeasureSchema).max(50).default([]),
});

/** Answer about one action of an action review. */
export type ActionReviewAnswer = z.infer<typeof actionReviewAnswerSchema>;
