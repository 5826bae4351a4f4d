import { useMemo } from 'react';
import type { CampaignRecord, CampaignSummary, LaunchReport, RelaunchReport } from '../../api/campaigns';
import { useApi } from '../api-context';
import { keys } from '../query-keys';
import { campaignPath } from './use-campaigns';

/** The writes of the Campagnes page; each refreshes what it changes on screen. */
export interface CampaignWriter {
  /** Creates a draft from the form's body (the API validates it and answers field by field). */
  create(body: Record<string, unknown>): Promise<CampaignRecord>;
  /** Changes a draft or scheduled campaign at `version` (null clears a field); 412 when someone saved meanwhile. */
  update(id: string, patch: Record<string, unknown>, version: string): Promise<CampaignRecord>;
  launch(campaign: CampaignRecord): Promise<LaunchReport>;
  /** Relaunches at the campaign's version, like launch and close: a double click gets 412, not two reminders. */
  relaunch(campaign: CampaignRecord): Promise<RelaunchReport>;
  close(campaign: CampaignRecord): Promise<CampaignSummary>;
  /** The recipients' status as a CSV file. */
  recipientsCsv(id: string): Promise<Blob>;
}

/** Sends the campaign writes through the API client. */
export function useCampaignWriter(): CampaignWriter {
  const { client, cache } = useApi();
  return useMemo(() => {
    // A summary the API answered replaces the cached one; the list and the recipients load again.
    const settle = (summary: CampaignSummary): void => {
      cache.set(keys.campaign(summary.campaign.id), { campaign: summary.campaign, funnel: summary.funnel });
      cache.invalidate(keys.campaigns, keys.recipients(summary.campaign.id));
    };
    return {
      async create(body) {
        const saved = await client.post<CampaignRecord>('/campaigns', body);
        cache.invalidate(keys.campaigns);
        return saved;
      },
      async update(id, patch, version) {
        const saved = await client.patch<CampaignRecord>(campaignPath(id), patch, version);
        const previous = cache.snapshot<CampaignSummary>(keys.campaign(id)).data;
        if (previous) cache.set(keys.campaign(id), { ...previous, campaign: saved });
        cache.invalidate(keys.campaigns, `preview/${id}`);
        return saved;
      },
      async launch(campaign) {
        const res = await client.request<LaunchReport>('POST', `${campaignPath(campaign.id)}/launch`, { body: {}, version: campaign.version });
        const report = res.data as LaunchReport;
        settle(report);
        return report;
      },
      async relaunch(campaign) {
        const res = await client.request<RelaunchReport>('POST', `${campaignPath(campaign.id)}/relaunch`, { body: {}, version: campaign.version });
        const report = res.data as RelaunchReport;
        settle(report);
        return report;
      },
      async close(campaign) {
        const res = await client.request<CampaignSummary>('POST', `${campaignPath(campaign.id)}/close`, { body: {}, version: campaign.version });
        const summary = res.data as CampaignSummary;
        settle(summary);
        return summary;
      },
      recipientsCsv: (id) => client.download(`${campaignPath(id)}/recipients.csv`),
    };
  }, [client, cache]);
}
