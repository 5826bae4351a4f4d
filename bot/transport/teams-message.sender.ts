import type { CloudAdapter, ConversationReference, TurnContext } from 'botbuilder';
import type { BotSettings } from '../../src/config/bot.config.js';
import type { ConversationRef } from '../../src/domain/campaigns/conversation.schema.js';
import { SendFailure, type MessageSender, type OutgoingMessage, type SentMessage } from '../../src/ports/messaging.port.js';
import { channelAudienceOf } from './bot-authentication.js';
import { messageActivityOf } from './outgoing-activity.js';
import { postNewMessage } from './post-activity.js';
import { toSendFailure } from './send-failure.mapping.js';

const TEAMS = 'msteams';

// The conversation a reference writes to: the personal chat, or the team's digest channel (a new thread there).
function referenceOf(ref: ConversationRef, conversationId: string): Partial<ConversationReference> {
  const personal = ref.scope === 'personal';
  return {
    channelId: TEAMS,
    serviceUrl: ref.serviceUrl,
    locale: ref.locale,
    bot: { id: ref.botId, name: '' },
    user: personal && ref.userId ? { id: ref.userId, name: ref.userName ?? '', aadObjectId: ref.aadObjectId } : undefined,
    conversation: { id: conversationId, conversationType: personal ? 'personal' : 'channel', isGroup: !personal, tenantId: ref.tenantId, name: '' },
  };
}

function conversationIdOf(ref: ConversationRef): string | undefined {
  return ref.scope === 'team' ? (ref.digestChannelId ?? ref.teamId) : ref.conversationId;
}

/**
 * Proactive messages through the Bot Connector (`MessageSender`): every failure comes out as a SendFailure. Each call
 * is tried once (see connector-pipeline.ts): retrying is the dispatcher's business.
 */
export class TeamsMessageSender implements MessageSender {
  private readonly appId: string;
  private readonly audience: string;

  constructor(
    private readonly adapter: CloudAdapter,
    settings: BotSettings,
  ) {
    this.appId = settings.appId;
    this.audience = channelAudienceOf(settings);
  }

  async send(ref: ConversationRef, message: OutgoingMessage): Promise<SentMessage> {
    if (ref.removedAt) throw new SendFailure('final', `the app was removed from ${ref.id}`, undefined, 'app_not_installed');
    const conversationId = conversationIdOf(ref);
    try {
      if (conversationId) {
        const sent = await this.inConversation(referenceOf(ref, conversationId), (context) => postNewMessage(context, messageActivityOf(message)));
        return { activityId: sent.id, conversationId };
      }
      if (ref.scope === 'personal' && ref.userId) return await this.openPersonalChat(ref, ref.userId, message);
    } catch (error) {
      throw toSendFailure(error);
    }
    throw new SendFailure('final', `conversation reference ${ref.id} has nowhere to write`, undefined, 'recipient_not_found');
  }

  async update(ref: ConversationRef, activityId: string, message: OutgoingMessage): Promise<void> {
    if (ref.removedAt) throw new SendFailure('final', `the app was removed from ${ref.id}`, undefined, 'app_not_installed');
    const conversationId = conversationIdOf(ref);
    if (!conversationId) throw new SendFailure('final', `conversation reference ${ref.id} has no conversation to update`, undefined, 'recipient_not_found');
    try {
      await this.inConversation(referenceOf(ref, conversationId), (context) => context.updateActivity({ ...messageActivityOf(message), id: activityId }));
    } catch (error) {
      throw toSendFailure(error);
    }
  }

  // A person known from a team roster: open the 1:1 chat with their Teams id, then write in it.
  private async openPersonalChat(ref: ConversationRef, userId: string, message: OutgoingMessage): Promise<SentMessage> {
    const parameters = {
      isGroup: false,
      bot: { id: ref.botId, name: '' },
      members: [{ id: userId, name: '' }],
      tenantId: ref.tenantId,
      channelData: { tenant: { id: ref.tenantId } },
    };
    const open = (logic: (context: TurnContext) => Promise<void>) =>
      this.adapter.createConversationAsync(this.appId, TEAMS, ref.serviceUrl, this.audience, parameters, logic);
    return this.capture(open, async (context) => {
      const sent = await postNewMessage(context, messageActivityOf(message));
      // The turn's activity stands for the conversation Teams just created.
      return { activityId: sent.id, conversationId: context.activity.conversation.id };
    });
  }

  private inConversation<T>(reference: Partial<ConversationReference>, work: (context: TurnContext) => Promise<T>): Promise<T> {
    return this.capture((logic) => this.adapter.continueConversationAsync(this.appId, reference, logic), work);
  }

  // botbuilder hands an error thrown in a proactive turn to the adapter's onTurnError, which swallows it: the work's
  // outcome is captured inside the turn and rethrown after it.
  private async capture<T>(
    run: (logic: (context: TurnContext) => Promise<void>) => Promise<void>,
    work: (context: TurnContext) => Promise<T>,
  ): Promise<T> {
    const box: { outcome?: { ok: true; value: T } | { ok: false; error: unknown } } = {};
    await run(async (context) => {
      try {
        box.outcome = { ok: true, value: await work(context) };
      } catch (error) {
        box.outcome = { ok: false, error };
      }
    });
    if (!box.outcome) throw new Error('the proactive turn did not run');
    if (!box.outcome.ok) throw toSendFailure(box.outcome.error);
    return box.outcome.value;
  }
}
