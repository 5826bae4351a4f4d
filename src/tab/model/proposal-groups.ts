import type { ProposalView } from '../api/campaigns';

/** The proposals about one record (an action or an indicator), newest first. */
export interface RecordGroup {
  key: string;
  target: ProposalView['target'];
  views: ProposalView[];
}

/** The proposals of one campaign, by record. */
export interface CampaignGroup {
  campaignId: string;
  campaignTitle: string;
  count: number;
  records: RecordGroup[];
}

/** Groups proposals by campaign, then by record, keeping the order the API gave (newest first). */
export function groupProposals(views: readonly ProposalView[]): CampaignGroup[] {
  const campaigns = new Map<string, CampaignGroup & { byRecord: Map<string, RecordGroup> }>();
  for (const view of views) {
    const { campaignId } = view.proposal;
    let campaign = campaigns.get(campaignId);
    if (!campaign) campaigns.set(campaignId, (campaign = { campaignId, campaignTitle: view.campaignTitle, count: 0, records: [], byRecord: new Map() }));
    const key = `${view.target.kind}:${view.target.id}`;
    let record = campaign.byRecord.get(key);
    if (!record) {
      record = { key, target: view.target, views: [] };
      campaign.byRecord.set(key, record);
      campaign.records.push(record);
    }
    record.views.push(view);
    campaign.count += 1;
  }
  return [...campaigns.values()].map(({ byRecord: _byRecord, ...group }) => group);
}
