import type { AdaptiveCard } from '../../../../bot/cards/adaptive-card.types.js';
import { buildMyActionsCard, type MyActionRow } from '../../../../bot/cards/my-actions.card.js';
import { buildMyCampaignsCard, type MyCampaignRow } from '../../../../bot/cards/my-campaigns.card.js';
import type { Person } from '../../../domain/entities/index.js';
import { daysLate, effectiveDueDate } from '../../../domain/rules/lateness.js';
import type { Lang } from '../../../domain/validation/messages.js';
import type { RoadmapStore } from '../../../ports/store.port.js';
import { present } from './kinds/step-render.js';
import { actionsInCharge, isActive } from './person-scope.js';

/** `mes actions`: the running actions the person answers for (services they head, actions they own). */
export async function myActionsCard(store: RoadmapStore, person: Person | undefined, today: string, lang: Lang, tabUrl?: string): Promise<AdaptiveCard> {
  const actions = person ? (await actionsInCharge(store, person)).filter(isActive) : [];
  const commitmentIds = [...new Set(actions.map((a) => a.commitmentId))];
  const commitments = (await Promise.all(commitmentIds.map((id) => store.commitment.get(id)))).filter(present);
  const references = new Map(commitments.map((c) => [c.id, c.reference]));
  const rows: MyActionRow[] = actions.map((a) => ({
    title: a.title,
    commitmentReference: references.get(a.commitmentId),
    dueDate: effectiveDueDate(a),
    daysLate: daysLate(a, today),
    progress: a.progress,
    weather: a.weather,
  }));
  return buildMyActionsCard({ actions: rows, tabUrl }, lang);
}

/** `mes questionnaires`: the person's deliveries of campaigns still taking answers, with their state and deadline. */
export async function myCampaignsCard(store: RoadmapStore, person: Person | undefined, today: string, lang: Lang): Promise<AdaptiveCard> {
  const deliveries = person ? await store.operations.delivery.find({ personId: person.id }) : [];
  const campaignIds = [...new Set(deliveries.map((d) => d.campaignId))];
  const campaigns = (await Promise.all(campaignIds.map((id) => store.operations.campaign.get(id)))).filter(present);
  const open = new Map(campaigns.filter((c) => c.state === 'open' || c.state === 'sending').map((c) => [c.id, c]));
  const rows = deliveries.flatMap((d): MyCampaignRow[] => {
    const campaign = open.get(d.campaignId);
    return campaign ? [{ campaignId: campaign.id, deliveryId: d.id, title: campaign.title, deadline: campaign.deadline, state: d.state, campaignClosed: false }] : [];
  });
  return buildMyCampaignsCard({ campaigns: rows, today }, lang);
}
