import { z } from 'zod';
import { idSchema, lineText, longText } from '../entities/common.schema.js';

/** Where a proposal stands in the pilotage team’s review. */
export const PROPOSAL_STATES = ['pending', 'accepted', 'refused'] as const;
/** The state of a proposal. */
export type ProposalState = (typeof PROPOSAL_STATES)[number];
/** An update changes fields of an action; add_measure records a new value of an indicator. */
export const PROPOSAL_OPERATIONS = ['update', 'add_measure'] as const;
/** What accepting a proposal does. */
export type ProposalOperation = (typeof PROPOSAL_OPERATIONS)[number];
/** The kinds of record a proposal can change. */
export const PROPOSAL_TARGET_KINDS = ['action', 'indicator'] as const;

// A new value is typed by someone and follows the text rules; the old one is what the record held, even hand-edited.
const newScalar = z.union([longText(4000), z.number().finite(), z.boolean(), z.null()]);
const oldScalar = z.union([z.string().max(4000), z.number().finite(), z.boolean(), z.null()]);

/** One field's old and new value; null stands for "not set". */
export const proposalChangeSchema = z.strictObject({ field: lineText(60), old: oldScalar, new: newScalar });
/** One proposed field change. */
export type ProposalChange = z.infer<typeof proposalChangeSchema>;

/** The record a proposal changes. */
export const proposalTargetSchema = z.strictObject({ kind: z.enum(PROPOSAL_TARGET_KINDS), id: idSchema });
/** The record a proposal changes. */
export type ProposalTarget = z.infer<typeof proposalTargetSchema>;

/** Proposal (remontée): a change to a record drawn from an answer, waiting for the pilotage team's decision. */
export const proposalSchema = z
  .strictObject({
    id: idSchema,
    campaignId: idSchema,
    responseId: idSchema,
    target: proposalTargetSchema,
    operation: z.enum(PROPOSAL_OPERATIONS),
    changes: z.array(proposalChangeSchema).min(1).max(30),
    state: z.enum(PROPOSAL_STATES).default('pending'),
    /** When the answer that drew it was submitted. */
    proposedAt: z.iso.datetime(),
    decidedBy: idSchema.optional(),
    decidedAt: z.iso.datetime().optional(),
    reason: longText(1000).optional(),
  })
  .superRefine((p, ctx) => {
    if ((p.operation === 'add_measure') !== (p.target.kind === 'indicator'))
      ctx.addIssue({ code: 'custom', path: ['operation'], params: { key: 'operationTargetMismatch' } });
    if (p.state === 'pending' && (p.decidedBy || p.decidedAt))
      ctx.addIssue({ code: 'custom', path: ['decidedBy'], params: { key: 'pendingHasNoDecision' } });
    if (p.state !== 'pending' && (!p.decidedBy || !p.decidedAt))
      ctx.addIssue({ code: 'custom', path: ['decidedBy'], params: { key: 'decisionNeedsDecider' } });
    if (p.state === 'refused' && !p.reason?.trim())
      ctx.addIssue({ code: 'custom', path: ['reason'], params: { key: 'refusalNeedsReason' } });
  });

/** A proposed change to a record, with the pilotage team's decision. */
export type Proposal = z.infer<typeof proposalSchema>;
