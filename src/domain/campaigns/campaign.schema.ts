import { z } from 'zod';
import { dateSchema, idSchema, lineText, longText } from '../entities/common.schema.js';
import { addDays } from '../rules/dates.js';
import { audienceSchema } from './audience.schema.js';
import { CAMPAIGN_STATES } from './campaign-states.js';
import { duplicateIndexes } from './duplicates.js';
import { questionSchema } from './question.schema.js';

/** The four kinds of campaign (DESIGN §2). */
export const CAMPAIGN_KINDS = ['action_review', 'elected_self_assessment', 'working_time_1607', 'custom'] as const;
/** A kind of campaign. */
export type CampaignKind = (typeof CAMPAIGN_KINDS)[number];
/** Whether answers become proposals for the pilotage team or change the records at once. */
export const APPLY_MODES = ['proposals', 'direct'] as const;
/** How a campaign’s answers reach the records. */
export type ApplyMode = (typeof APPLY_MODES)[number];

/** Reminders sit at most this many days before or after the deadline. */
export const REMINDER_OFFSET_LIMIT = 30;
/** More reminders than this would read as harassment. */
export const MAX_REMINDERS = 10;
/** Questions of a custom campaign. */
export const MAX_QUESTIONS = 50;

const common = {
  id: idSchema,
  title: lineText(200),
  description: longText(2000).optional(),
  audience: audienceSchema,
  openingDate: dateSchema,
  deadline: dateSchema,
  /** Days relative to the deadline: -3 is three days before, +1 the day after (to those who have not answered). */
  reminderOffsets: z.array(z.number().int().min(-REMINDER_OFFSET_LIMIT).max(REMINDER_OFFSET_LIMIT)).max(MAX_REMINDERS).default([]),
  applyMode: z.enum(APPLY_MODES).default('proposals'),
  state: z.enum(CAMPAIGN_STATES).default('draft'),
  /** Who prepared it, and when it was launched, relaunched and closed (set by the campaign service, not by clients). */
  createdBy: idSchema.optional(),
  launchedAt: z.iso.datetime().optional(),
  /** The last relaunch: writing it moves the version, so that a relaunch needs the campaign's current ETag. */
  relaunchedAt: z.iso.datetime().optional(),
  closedAt: z.iso.datetime().optional(),
};

const customCampaignSchema = z
  .strictObject({ ...common, kind: z.literal('custom'), questions: z.array(questionSchema).min(1).max(MAX_QUESTIONS) })
  .superRefine((c, ctx) => {
    for (const index of duplicateIndexes(c.questions, (q) => q.id))
      ctx.addIssue({ code: 'custom', path: ['questions', index, 'id'], params: { key: 'questionDuplicateId' } });
  });

/** A questionnaire campaign sent by the bot; custom campaigns carry their own typed questions. */
export const campaignSchema = z
  .discriminatedUnion('kind', [
    z.strictObject({ ...common, kind: z.literal('action_review') }),
    z.strictObject({ ...common, kind: z.literal('elected_self_assessment') }),
    z.strictObject({ ...common, kind: z.literal('working_time_1607') }),
    customCampaignSchema,
  ])
  .superRefine((c, ctx) => {
    for (const index of duplicateIndexes(c.reminderOffsets))
      ctx.addIssue({ code: 'custom', path: ['reminderOffsets', index], params: { key: 'reminderDuplicate' } });
    // zod still runs this rule when a date has a bad format (a non-aborting issue): compare only real dates.
    if (!dateSchema.safeParse(c.openingDate).success || !dateSchema.safeParse(c.deadline).success) return;
    if (c.deadline < c.openingDate) ctx.addIssue({ code: 'custom', path: ['deadline'], params: { key: 'deadlineBeforeOpening' } });
    c.reminderOffsets.forEach((offset, index) => {
      const bounded = Number.isInteger(offset) && Math.abs(offset) <= REMINDER_OFFSET_LIMIT; // else already reported
      if (bounded && addDays(c.deadline, offset) < c.openingDate)
        ctx.addIssue({ code: 'custom', path: ['reminderOffsets', index], params: { key: 'reminderBeforeOpening' } });
    });
  });

/** Campaign (campagne): a questionnaire sent by the bot to an audience. */
export type Campaign = z.infer<typeof campaignSchema>;
/** The campaign of one kind. */
export type CampaignOf<K extends CampaignKind> = Extract<Campaign, { kind: K }>;

/** The reminder dates of a campaign, earliest first, each with its offset from the deadline. */
export function reminderDates(campaign: Pick<Campaign, 'deadline' | 'reminderOffsets'>): { offset: number; date: string }[] {
  return [...new Set(campaign.reminderOffsets)].sort((a, b) => a - b).map((offset) => ({ offset, date: addDays(campaign.deadline, offset) }));
}
