import { buildReminderCard } from '../../../bot/cards/reminder.card.js';
import type { ConversationRef } from '../../domain/campaigns/conversation.schema.js';
import type { Delivery } from '../../domain/campaigns/delivery.schema.js';
import { deliveryStates } from '../../domain/campaigns/delivery-states.js';
import type { OutboxItem } from '../../domain/campaigns/outbox.schema.js';
import { type Stored, withoutMeta } from '../../domain/entities/index.js';
import { ConflictError } from '../../domain/errors.js';
import type { Clock } from '../../ports/clock.port.js';
import type { SentMessage } from '../../ports/messaging.port.js';
import type { RoadmapStore } from '../../ports/store.port.js';
import { langOf, type Questionnaire } from './bot-application.js';
import type { ComposeResult, DispatchOutcome } from './dispatch/index.js';
import { personalRefsByPerson } from './campaign-time.js';
import type { DigestBuilder } from './digest.js';


/**
 * Builds the message of each outbox item at the moment it is sent (so a card shows the values of the day and a
 * reminder is dropped once the person answered) and records each outcome on the delivery.
 */
export class OutboxMessages {
  constructor(
    private readonly store: RoadmapStore,
    private readonly clock: Clock,
    private readonly questionnaire: Questionnaire,
    private readonly digest: DigestBuilder,
  ) {}

  private async refOf(personId: string): Promise<Stored<ConversationRef> | undefined> {
    return personalRefsByPerson(await this.store.operations.conversation.find({ scope: 'personal', personId })).get(personId);
  }

  /** The message of an outbox item, or why it is skipped or failed without sending. */
  async compose(item: OutboxItem): Promise<ComposeResult> {
    if (item.purpose === 'digest') {
      const ref = item.conversationRefId ? await this.store.operations.conversation.get(item.conversationRefId) : undefined;
      if (!ref || ref.removedAt || !ref.digestChannelId) return { kind: 'skip', reason: 'digest channel gone' };
      return { kind: 'send', ref, message: { card: await this.digest.build(langOf(ref.locale)) } };
    }
    const delivery = item.deliveryId ? await this.store.operations.delivery.get(item.deliveryId) : undefined;
    const campaign = item.campaignId ? await this.store.operations.campaign.get(item.campaignId) : undefined;
    if (!delivery || !campaign) return { kind: 'skip', reason: 'campaign or delivery gone' };
    if (campaign.state === 'closed') return { kind: 'skip', reason: 'campaign closed' };
    if (delivery.state === 'answered') return { kind: 'skip', reason: 'already answered' };
    if (item.purpose === 'reminder' && delivery.state !== 'sent' && delivery.state !== 'late') return { kind: 'skip', reason: 'card not received' };
    const ref = await this.refOf(delivery.personId);
    if (!ref) return { kind: 'fail', reason: 'app_not_installed', message: 'No conversation reference: the app is not installed for this person.' };
    const lang = langOf(ref.locale);
    if (item.purpose === 'reminder') {
      const card = buildReminderCard(
        { campaignId: campaign.id, deliveryId: delivery.id, campaignTitle: campaign.title, deadline: campaign.deadline, today: this.clock.today() },
        lang,
      );
      return { kind: 'send', ref, message: { card } };
    }
    return { kind: 'send', ref, message: { card: await this.questionnaire.cardFor(delivery, lang, campaign) } };
  }

  /** Records how an item ended on its delivery (questionnaire cards) and keeps a conversation a send opened. */
  async recordOutcome(item: OutboxItem, outcome: DispatchOutcome): Promise<void> {
    if (outcome.kind === 'sent') await this.keepConversation(item, outcome.sent);
    if (item.purpose !== 'questionnaire' || !item.deliveryId || outcome.kind === 'skipped') return;
    for (let attempt = 0; attempt < 3; attempt += 1) {
      const delivery = await this.store.operations.delivery.get(item.deliveryId);
      if (!delivery) return;
      const next = this.afterSend(withoutMeta(delivery), outcome, item.attempts);
      if (!next) return;
      try {
        await this.store.operations.delivery.update(next, delivery.version);
        return;
      } catch (error) {
        if (!(error instanceof ConflictError)) throw error; // the recipient acted meanwhile: read again
      }
    }
  }

  private afterSend(delivery: Delivery, outcome: Exclude<DispatchOutcome, { kind: 'skipped' }>, attempts: number): Delivery | undefined {
    if (outcome.kind === 'sent') {
      if (!deliveryStates.canMove(delivery.state, 'sent') || delivery.state === 'sent') return undefined;
      const { failure: _f, lastError: _e, ...rest } = delivery;
      return {
        ...rest,
        state: 'sent',
        sentAt: outcome.at,
        attempts: Math.min(attempts, 20),
        teamsMessageId: outcome.sent.activityId.slice(0, 256),
        conversationId: outcome.sent.conversationId.slice(0, 512),
      };
    }
    if (!deliveryStates.canMove(delivery.state, 'failed')) return undefined;
    return { ...delivery, state: 'failed', failure: outcome.reason, lastError: outcome.error.slice(0, 2000), attempts: Math.min(attempts, 20) };
  }

  // A person reached through a team roster gets a 1:1 conversation on the first send: keep it for the next ones.
  private async keepConversation(item: OutboxItem, sent: SentMessage): Promise<void> {
    if (!item.personId) return;
    const ref = await this.refOf(item.personId);
    if (!ref || ref.conversationId === sent.conversationId) return;
    try {
      await this.store.operations.conversation.update({ ...withoutMeta(ref), conversationId: sent.conversationId }, ref.version);
    } catch (error) {
      if (!(error instanceof ConflictError)) throw error;
    }
  }
}
