import { z } from 'zod';
import { idSchema, longText } from '../entities/common.schema.js';
import { DELIVERY_FAILURES, DELIVERY_STATES } from './delivery-states.js';

/** Attempts after which the dispatcher gives up on a delivery and keeps the last error. */
export const MAX_DELIVERY_ATTEMPTS = 20;
const instant = z.iso.datetime();
// Teams ids are not ours: message ids are digits or `1:…`, conversation ids carry `:`, `@`, `;` and can be long.
const teamsId = (max: number) => z.string().min(1).max(max);

/** Delivery (envoi): one recipient of one campaign, with what the dispatcher and the card need to resume. */
export const deliverySchema = z
  .strictObject({
    id: idSchema,
    campaignId: idSchema,
    personId: idSchema,
    state: z.enum(DELIVERY_STATES),
    attempts: z.number().int().min(0).max(MAX_DELIVERY_ATTEMPTS).default(0),
    lastError: longText(2000).optional(),
    failure: z.enum(DELIVERY_FAILURES).optional(),
    /** The Teams message id of the card, to update it in place. */
    teamsMessageId: teamsId(256).optional(),
    conversationId: teamsId(512).optional(),
    /** The step of the questionnaire the card shows (0-based). */
    currentStep: z.number().int().min(0).max(1000).default(0),
    /** Bumped each time the card changes: an action carrying an older version is stale. */
    cardVersion: z.number().int().min(0).default(0),
    sentAt: instant.optional(),
    openedAt: instant.optional(),
    answeredAt: instant.optional(),
  })
  .superRefine((d, ctx) => {
    if (d.state === 'failed' && !d.failure) ctx.addIssue({ code: 'custom', path: ['failure'], params: { key: 'failureReasonRequired' } });
    if (d.state !== 'failed' && d.failure)
      ctx.addIssue({ code: 'custom', path: ['failure'], params: { key: 'failureReasonOnlyWhenFailed' } });
    if ((d.state === 'sent' || d.state === 'late' || d.state === 'answered') && !d.sentAt)
      ctx.addIssue({ code: 'custom', path: ['sentAt'], params: { key: 'sentAtRequired' } });
    if (d.state === 'answered' && !d.answeredAt)
      ctx.addIssue({ code: 'custom', path: ['answeredAt'], params: { key: 'answeredAtRequired' } });
  });

/** One recipient of one campaign. */
export type Delivery = z.infer<typeof deliverySchema>;
