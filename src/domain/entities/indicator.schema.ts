import { z } from 'zod';
import { DIRECTIONS, FREQUENCIES } from './vocabulary.js';
import { dateSchema, idSchema, lineText, longText } from './common.schema.js';


export const milestoneSchema = z.strictObject({ date: dateSchema, value: z.number().finite() });
/** Jalon: an intermediate target on the way from baseline to target. */
export type Milestone = z.infer<typeof milestoneSchema>;

export const indicatorSchema = z
  .strictObject({
    id: idSchema,
    actionId: idSchema.optional(),
    commitmentId: idSchema.optional(),
    name: lineText(200),
    description: longText(2000).optional(),
    unit: lineText(30),
    direction: z.enum(DIRECTIONS),
    baselineValue: z.number().finite(),
    baselineDate: dateSchema,
    targetValue: z.number().finite(),
    targetDate: dateSchema,
    milestones: z.array(milestoneSchema).max(50).default([]),
    frequency: z.enum(FREQUENCIES),
    source: longText(200).optional(),
    serviceId: idSchema.optional(),
  })
  .superRefine((i, ctx) => {
    if ((i.actionId === undefined) === (i.commitmentId === undefined))
      ctx.addIssue({ code: 'custom', path: ['actionId'], params: { key: 'indicatorNeedsOneParent' } });
    if ((i.direction === 'increase' && i.targetValue < i.baselineValue) || (i.direction === 'decrease' && i.targetValue > i.baselineValue))
      ctx.addIssue({ code: 'custom', path: ['targetValue'], params: { key: 'targetAgainstDirection' } });
    if (i.targetDate <= i.baselineDate)
      ctx.addIssue({ code: 'custom', path: ['targetDate'], params: { key: 'targetBeforeBaseline' } });
    let previous = i.baselineDate;
    i.milestones.forEach((m, index) => {
      if (m.date <= previous || m.date >= i.targetDate)
        ctx.addIssue({ code: 'custom', path: ['milestones', index, 'date'], params: { key: 'milestoneOutOfOrder' } });
      previous = m.date;
    });
  });

/** Indicator (indicateur): a measured quantity with a baseline, a target and optional jalons. */
export type Indicator = z.infer<typeof indicatorSchema>;
