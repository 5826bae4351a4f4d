import { z } from 'zod';
import { idSchema, lineText } from '../entities/common.schema.js';
import { duplicateIndexes } from './duplicates.js';
import { localizedLabel } from './localized-label.schema.js';

/** The types of question a custom campaign can ask. */
export const QUESTION_TYPES = ['choice', 'scale', 'number', 'date', 'text'] as const;
/** A type of custom question. */
export type QuestionType = (typeof QUESTION_TYPES)[number];
/** The rating scales offered: 1 to 5, or 0 to 10. */
export const SCALES = ['1-5', '0-10'] as const;
/** A rating scale. */
export type Scale = (typeof SCALES)[number];

/** Longest free-text answer a question may allow. */
export const MAX_TEXT_ANSWER = 4000;
/** Options per choice question: beyond this a card list stops being readable on a phone. */
export const MAX_OPTIONS = 20;

const questionBase = {
  id: idSchema,
  label: localizedLabel(300),
  help: localizedLabel(500).optional(),
  required: z.boolean().default(true),
};

const optionSchema = z.strictObject({ value: idSchema, label: localizedLabel(120) });

const choiceQuestionSchema = z
  .strictObject({
    ...questionBase,
    type: z.literal('choice'),
    multiple: z.boolean().default(false),
    options: z.array(optionSchema).min(2).max(MAX_OPTIONS),
  })
  .superRefine((q, ctx) => {
    for (const index of duplicateIndexes(q.options, (o) => o.value))
      ctx.addIssue({ code: 'custom', path: ['options', index, 'value'], params: { key: 'optionDuplicateValue' } });
  });

const scaleQuestionSchema = z.strictObject({ ...questionBase, type: z.literal('scale'), scale: z.enum(SCALES) });

const numberQuestionSchema = z
  .strictObject({
    ...questionBase,
    type: z.literal('number'),
    min: z.number().finite().optional(),
    max: z.number().finite().optional(),
    unit: lineText(30).optional(),
    integer: z.boolean().default(false),
  })
  .superRefine((q, ctx) => {
    if (q.min !== undefined && q.max !== undefined && q.min > q.max)
      ctx.addIssue({ code: 'custom', path: ['max'], params: { key: 'minAboveMax' } });
  });

const dateQuestionSchema = z.strictObject({ ...questionBase, type: z.literal('date') });

const textQuestionSchema = z.strictObject({
  ...questionBase,
  type: z.literal('text'),
  maxLength: z.number().int().min(1).max(MAX_TEXT_ANSWER).default(1000),
  multiline: z.boolean().default(true),
});

/** A typed question of a custom campaign. */
export const questionSchema = z.discriminatedUnion('type', [
  choiceQuestionSchema,
  scaleQuestionSchema,
  numberQuestionSchema,
  dateQuestionSchema,
  textQuestionSchema,
]);

/** A question of a custom campaign, as stored (defaults applied). */
export type Question = z.infer<typeof questionSchema>;
/** The question of one type. */
export type QuestionOf<T extends QuestionType> = Extract<Question, { type: T }>;

/** Bounds of a scale question. */
export function scaleBounds(scale: Scale): { min: number; max: number } {
  return scale === '1-5' ? { min: 1, max: 5 } : { min: 0, max: 10 };
}
