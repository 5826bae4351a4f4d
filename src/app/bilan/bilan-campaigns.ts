import type { Campaign } from '../../domain/campaigns/campaign.schema.js';
import type { CampaignResponse } from '../../domain/campaigns/response.schema.js';
import type { Stored } from '../../domain/entities/index.js';
import {
  administrationViews,
  electedScores,
  latestAnsweredCampaign,
  reviewedProgress,
  type AdministrationView,
  type ElectedScore,
} from '../../domain/rules/bilan-views.js';
import { workingTimeByService, workingTimeTotal } from '../../domain/rules/bilan-working-time.js';
import type { BilanDto, CampaignRefDto } from './bilan-api.types.js';
import type { RecordSet } from './record-set.js';

/** What the campaigns say, per commitment and per service. */
export interface CampaignFigures {
  elected?: CampaignRefDto;
  review?: CampaignRefDto;
  scores: Map<string, ElectedScore>;
  administration: Map<string, AdministrationView>;
  workingTime: BilanDto['workingTime'];
}

function refOf(campaign: Stored<Campaign>, responses: readonly CampaignResponse[]): CampaignRefDto {
  return {
    id: campaign.id,
    title: campaign.title,
    respondents: new Set(responses.map((r) => r.personId)).size,
    launchedAt: campaign.launchedAt,
    closedAt: campaign.closedAt,
  };
}

/** The elected view (latest self-assessment), the administration's (latest reviews, else the roadmap) and the 1,607 h. */
export function campaignFigures(set: RecordSet): CampaignFigures {
  const { campaigns, responses, records } = set;
  const elected = latestAnsweredCampaign(campaigns, responses, 'elected_self_assessment');
  const review = latestAnsweredCampaign(campaigns, responses, 'action_review');
  const reviewed = reviewedProgress(campaigns.filter((c) => c.kind === 'action_review'), responses);
  const time = latestAnsweredCampaign(campaigns, responses, 'working_time_1607');
  const serviceNames = new Map(records.service.map((s) => [s.id, s.name]));
  const services = workingTimeByService(time?.responses ?? [])
    .map((s) => ({ ...s, serviceName: serviceNames.get(s.serviceId) ?? s.serviceId }))
    .sort((a, b) => a.serviceName.localeCompare(b.serviceName, 'fr'));
  return {
    elected: elected && refOf(elected.campaign, elected.responses),
    review: review && refOf(review.campaign, review.responses),
    scores: electedScores(elected?.responses ?? []),
    administration: administrationViews(records.commitment, records.action, reviewed),
    workingTime: { campaign: time && refOf(time.campaign, time.responses), services, total: workingTimeTotal(services) },
  };
}
