import { z } from 'zod';
import { ACTION_STATUSES, HALVES, PRIORITIES, TRENDS, WEATHERS } from './vocabulary.js';
import { dateSchema, idSchema, lineText, longText, weightSchema } from './common.schema.js';

const euros = z.number().min(0).max(10_000_000_000);

export const actionSchema = z
  .strictObject({
    id: idSchema,
    commitmentId: idSchema,
    title: lineText(200),
    description: longText(4000).optional(),
    serviceId: idSchema.optional(),
    ownerPersonId: idSchema.optional(),
    status: z.enum(ACTION_STATUSES),
    startDate: dateSchema.optional(),
    dueDate: dateSchema.optional(),
    revisedDueDate: dateSchema.optional(),
    progress: z.number().int().min(0).max(100).optional(),
    weather: z.enum(WEATHERS).optional(),
    trend: z.enum(TRENDS).optional(),
    budgetPlanned: euros.optional(),
    budgetSpent: euros.optional(),
    staffing: z.number().min(0).max(10_000).optional(),
    blockers: longText(2000).optional(),
    nextSteps: longText(2000).optional(),
    priority: z.enum(PRIORITIES).optional(),
    half: z.enum(HALVES),
    weight: weightSchema.optional(),
  })
  .superRefine((a, ctx) => {
    if (a.startDate && a.dueDate && a.dueDate < a.startDate)
      ctx.addIssue({ code: 'custom', path: ['dueDate'], params: { key: 'dueBeforeStart' } });
    if (a.startDate && a.revisedDueDate && a.revisedDueDate < a.startDate)
      ctx.addIssue({ code: 'custom', path: ['revisedDueDate'], params: { key: 'dueBeforeStart' } });
    if (a.status === 'done' && a.progress !== undefined && a.progress !== 100)
      ctx.addIssue({ code: 'custom', path: ['progress'], params: { key: 'doneNeedsFullProgress' } });
  });

/** Action: what the administration does to keep a commitment. */
export type Action = z.infer<typeof actionSchema>;
