import { createHash } from 'node:crypto';
import { buildDigestCard, type DigestView } from '../../../bot/cards/digest.card.js';
import type { OutboxItem } from '../../domain/campaigns/outbox.schema.js';
import { MANDATE_ID, WEATHERS, type Weather } from '../../domain/entities/index.js';
import { addDays } from '../../domain/rules/dates.js';
import { daysLate, effectiveDueDate, isLate } from '../../domain/rules/lateness.js';
import type { Lang } from '../../domain/validation/messages.js';
import type { Clock } from '../../ports/clock.port.js';
import type { RoadmapStore } from '../../ports/store.port.js';
import { restrictedView } from '../authorization/read-view.js';
import { redactHistory, redactRecords } from '../authorization/redaction.js';
import { instantOfDate } from './campaign-time.js';

const asWeather = (value: unknown): Weather | undefined => (WEATHERS as readonly unknown[]).includes(value) ? (value as Weather) : undefined;

/** The Monday of the week `date` falls in. */
export function mondayOf(date: string): string {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay(); // 0 = Sunday
  return addDays(date, -((day + 6) % 7));
}

/** The weekly digest of a management channel: late actions, météo changes of the week, campaigns' response rates. */
export class DigestBuilder {
  constructor(
    private readonly store: RoadmapStore,
    private readonly clock: Clock,
    private readonly tabUrl?: string,
  ) {}

  /**
   * What the digest shows today. It is posted in a channel whose members include readers: it is drawn from records as
   * they see them (read-view.ts), whatever it picks from them.
   */
  async view(): Promise<DigestView> {
    const today = this.clock.today();
    const weekAgo = addDays(today, -7);
    const [mandate, storedActions, services, storedHistory, campaigns, deliveries] = await Promise.all([
      this.store.mandate.get(MANDATE_ID),
      this.store.action.list(),
      this.store.service.list(),
      this.store.history.recent(2000, ['action']),
      this.store.operations.campaign.find(),
      this.store.operations.delivery.find(),
    ]);
    const audience = restrictedView(mandate);
    const actions = redactRecords(audience, 'action', storedActions);
    const history = redactHistory(audience, storedHistory);
    const serviceName = new Map(services.map((s) => [s.id, s.name]));
    const titles = new Map(actions.map((a) => [a.id, a.title]));
    const lateActions = actions
      .filter((a) => isLate(a, today))
      .map((a) => ({ title: a.title, serviceName: a.serviceId ? serviceName.get(a.serviceId) : undefined, dueDate: effectiveDueDate(a) ?? today, daysLate: daysLate(a, today) }))
      .sort((a, b) => b.daysLate - a.daysLate);
    // The week's first and last météo of each action that changed it.
    const changes = new Map<string, { from?: Weather | undefined; to?: Weather | undefined }>();
    for (const entry of [...history].reverse()) {
      if (entry.at.slice(0, 10) < weekAgo) continue;
      const change = entry.changes.find((c) => c.field === 'weather');
      if (!change) continue;
      const seen = changes.get(entry.entityId);
      changes.set(entry.entityId, { from: seen ? seen.from : asWeather(change.old), to: asWeather(change.new) });
    }
    const weatherChanges = [...changes]
      .filter(([, c]) => c.from !== c.to)
      .map(([id, c]) => ({ title: titles.get(id) ?? id, ...c }));
    const running = campaigns
      .filter((c) => c.state === 'open' || c.state === 'sending')
      .map((c) => {
        const mine = deliveries.filter((d) => d.campaignId === c.id && d.state !== 'failed' && d.state !== 'queued');
        return { title: c.title, deadline: c.deadline, answered: mine.filter((d) => d.state === 'answered').length, total: mine.length };
      });
    return {
      collectivityName: mandate?.collectivityName ?? 'Cap Mandat',
      weekOf: mondayOf(today),
      lateActions,
      weatherChanges,
      campaigns: running,
      tabUrl: this.tabUrl,
    };
  }

  /** The digest card. */
  async build(lang: Lang): Promise<object> {
    return buildDigestCard(await this.view(), lang);
  }

  /**
   * Queues this week's digest for every team with a digest channel (Monday 07:00 UTC); the id names the team and
   * the week, so every instance may call this and the store keeps one.
   */
  async queueWeekly(): Promise<number> {
    const monday = mondayOf(this.clock.today());
    const teams = (await this.store.operations.conversation.find({ scope: 'team' })).filter((t) => !t.removedAt && t.digestChannelId);
    let queued = 0;
    for (const team of teams) {
      const key = createHash('sha256').update(team.id).digest('hex').slice(0, 16);
      const item: OutboxItem = {
        id: `dig-${key}-${monday}`,
        purpose: 'digest',
        conversationRefId: team.id,
        state: 'pending',
        notBefore: instantOfDate(monday),
        attempts: 0,
      };
      try {
        await this.store.operations.outbox.create(item);
        queued += 1;
      } catch (error) {
        if ((error as { code?: unknown }).code !== 'duplicate_id') throw error;
      }
    }
    return queued;
  }
}
