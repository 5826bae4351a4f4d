import type { CampaignPreview, CampaignSummary, RecipientRow } from '../../api/campaigns';
import { useApi } from '../api-context';
import { keys } from '../query-keys';
import { useQuery, type QueryResult } from '../use-query';

/** `/campaigns/cmp-1` */
export const campaignPath = (id: string): string => `/campaigns/${encodeURIComponent(id)}`;

/** Every campaign, newest first, with its funnel. */
export function useCampaigns(): QueryResult<CampaignSummary[]> {
  const { client } = useApi();
  return useQuery<CampaignSummary[]>(keys.campaigns, async (_previous, signal) => {
    const res = await client.get<{ items: CampaignSummary[] }>('/campaigns', { signal });
    return { data: res.data?.items ?? [] };
  });
}

/** One campaign with its funnel; `id` undefined loads nothing (a campaign being created). */
export function useCampaign(id: string | undefined): QueryResult<CampaignSummary> {
  const { client } = useApi();
  return useQuery<CampaignSummary>(id === undefined ? null : keys.campaign(id), async (_previous, signal) => {
    const res = await client.get<CampaignSummary>(campaignPath(id ?? ''), { signal });
    return { data: res.data as CampaignSummary };
  });
}

/** The recipients of a launched campaign, in the order of the audience; `id` undefined loads nothing. */
export function useRecipients(id: string | undefined): QueryResult<RecipientRow[]> {
  const { client } = useApi();
  return useQuery<RecipientRow[]>(id === undefined ? null : keys.recipients(id), async (_previous, signal) => {
    const res = await client.get<{ items: RecipientRow[] }>(`${campaignPath(id ?? '')}/recipients`, { signal });
    return { data: res.data?.items ?? [] };
  });
}

/** The card the first recipient would receive, in a language; `id` undefined loads nothing. */
export function useCampaignPreview(id: string | undefined, lang: 'fr' | 'en'): QueryResult<CampaignPreview> {
  const { client } = useApi();
  return useQuery<CampaignPreview>(id === undefined ? null : keys.preview(id, lang), async (_previous, signal) => {
    const res = await client.get<CampaignPreview>(`${campaignPath(id ?? '')}/preview?lang=${lang}`, { signal });
    return { data: res.data as CampaignPreview };
  });
}
