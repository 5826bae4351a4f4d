import type { AuditAction, AuditEntry } from '../../domain/audit/audit.schema';
import type { Audience, AudienceKind } from '../../domain/campaigns/audience.schema';
import type { ApplyMode, Campaign, CampaignKind } from '../../domain/campaigns/campaign.schema';
import type { Proposal, ProposalState } from '../../domain/campaigns/proposal.schema';
import type { Question, QuestionType, Scale } from '../../domain/campaigns/question.schema';
import type { CampaignFunnel } from '../../app/campaigns/campaign-funnel';
import type { LaunchReport, CampaignSummary } from '../../app/campaigns/campaign.service';
import type { ProposalView } from '../../app/campaigns/proposal.service';
import type { RecipientRow } from '../../app/campaigns/recipients';
import type { Stored } from '../../domain/entities/common.schema';

// The shapes of the campaign API, as the server's own modules define them (types only: nothing of the server is bundled).
export type { ApplyMode, Audience, AudienceKind, AuditAction, AuditEntry, CampaignFunnel, CampaignKind, LaunchReport, ProposalState, ProposalView, Question, QuestionType, RecipientRow, Scale };

/** A stored campaign (with its version). */
export type CampaignRecord = Stored<Campaign>;
/** GET /campaigns/:id and each item of GET /campaigns. */
export type { CampaignSummary };
/** A stored proposal. */
export type ProposalRecord = Stored<Proposal>;
/** POST /campaigns/:id/relaunch */
export type RelaunchReport = CampaignSummary & { reminded: number; resent: number; stillUnreachable: number };
/** GET /campaigns/:id/preview */
export interface CampaignPreview {
  card: object;
  recipientName?: string;
}
/** A stored audit entry. */
export type AuditRecord = Stored<AuditEntry>;
