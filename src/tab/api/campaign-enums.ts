import type { AuditAction, AudienceKind, ApplyMode, CampaignKind, ProposalState, QuestionType, Scale } from './campaigns';

export { CAMPAIGN_STATES, type CampaignState } from '../../domain/campaigns/campaign-states';
export { DELIVERY_FAILURES, DELIVERY_STATES, type DeliveryFailure, type DeliveryState } from '../../domain/campaigns/delivery-states';

// The other lists live in zod schema files, which the tab does not bundle: a record per type keeps each copy complete
// (a value added on the server is a compile error here until it is added).
const keysOf = <K extends string>(all: Record<K, true>): readonly K[] => Object.keys(all) as K[];

export const CAMPAIGN_KINDS = keysOf<CampaignKind>({ action_review: true, elected_self_assessment: true, working_time_1607: true, custom: true });
export const AUDIENCE_KINDS = keysOf<AudienceKind>({ service_heads: true, elected_officials: true, people: true });
export const APPLY_MODES = keysOf<ApplyMode>({ proposals: true, direct: true });
export const QUESTION_TYPES = keysOf<QuestionType>({ choice: true, scale: true, number: true, date: true, text: true });
export const SCALES = keysOf<Scale>({ '1-5': true, '0-10': true });
export const PROPOSAL_STATES = keysOf<ProposalState>({ pending: true, accepted: true, refused: true });
export const AUDIT_ACTIONS = keysOf<AuditAction>({
  role_changed: true,
  person_created: true,
  person_deleted: true,
  campaign_launched: true,
  campaign_relaunched: true,
  campaign_closed: true,
  proposal_accepted: true,
  proposal_refused: true,
  import_applied: true,
  site_provisioned: true,
  snapshot_taken: true,
  access_refused: true,
});

/** Reminders sit at most this many days before or after the deadline (campaign.schema.ts). */
export const REMINDER_OFFSET_LIMIT = 30;
/** At most this many reminders (campaign.schema.ts). */
export const MAX_REMINDERS = 10;
