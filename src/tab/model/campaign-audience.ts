import { resolveAudience, type ResolvedAudience } from '../../domain/campaigns/audience-resolve';
import type { Person, Service } from '../api/records';
import { audienceOfDraft, type CampaignDraft } from './campaign-draft';

/** Who would receive a draft, by the server's own rule (so the launch dialog says the number the launch will send). */
export function recipientsOf(
  d: Pick<CampaignDraft, 'audience' | 'serviceIds' | 'personIds'>,
  directory: { services: readonly Service[]; people: readonly Person[] },
): ResolvedAudience {
  return resolveAudience(audienceOfDraft(d), directory);
}
