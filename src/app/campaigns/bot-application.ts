import { buildHelpCard } from '../../../bot/cards/help.card.js';
import { buildWelcomeCard } from '../../../bot/cards/welcome.card.js';
import { COMMAND_WORDS } from '../../../bot/cards/chat-commands.js';
import { conversationRefIdOf, type ConversationRef } from '../../domain/campaigns/conversation.schema.js';
import type { Delivery } from '../../domain/campaigns/delivery.schema.js';
import type { Campaign } from '../../domain/campaigns/campaign.schema.js';
import { MANDATE_ID, type Person, type Stored, withoutMeta } from '../../domain/entities/index.js';
import { ConflictError } from '../../domain/errors.js';
import { foldText } from '../../domain/rules/text.js';
import type { Lang } from '../../domain/validation/messages.js';
import type { BotActor, BotApplication, CardActionReply, RosterMember } from '../../ports/bot-application.port.js';
import type { Clock } from '../../ports/clock.port.js';
import type { OutgoingMessage } from '../../ports/messaging.port.js';
import type { RoadmapStore } from '../../ports/store.port.js';

/** The questionnaire side the bot needs: the card a delivery shows, and what a card action does. */
export interface Questionnaire {
  /** The card of a delivery as it stands; `campaign` spares a read when the caller holds it (a campaign to thousands of named people is large). */
  cardFor(delivery: Stored<Delivery>, lang: Lang, campaign?: Stored<Campaign>): Promise<object>;
  act(person: Stored<Person> | undefined, actor: BotActor, value: unknown): Promise<CardActionReply>;
}

/** The language to answer in: English for English-speaking Teams clients, French otherwise. */
export function langOf(locale: string | undefined): Lang {
  return locale?.toLowerCase().startsWith('en') ? 'en' : 'fr';
}


// Chat commands in both languages, compared without case, accents or surrounding punctuation.
const COMMANDS = (['fr', 'en'] as const).flatMap((lang) => [
  { word: foldText(COMMAND_WORDS[lang].help), verb: 'help' as const },
  { word: foldText(COMMAND_WORDS[lang].myActions), verb: 'my-actions' as const },
  { word: foldText(COMMAND_WORDS[lang].myCampaigns), verb: 'my-campaigns' as const },
]);
const commandOf = (text: string) => {
  const folded = foldText(text).replace(/[^\p{L}\p{N} ]/gu, ' ').replace(/\s+/g, ' ').trim();
  return COMMANDS.find((c) => folded === c.word)?.verb;
};

/**
 * What Cap Mandat's bot does, behind the port the Teams transport calls: keeps conversation references (installs,
 * team rosters), answers chat commands, and hands card actions to the questionnaire.
 */
export class CapMandatBot implements BotApplication {
  constructor(
    private readonly store: RoadmapStore,
    private readonly clock: Clock,
    private readonly questionnaire: Questionnaire,
  ) {}

  private async personOf(aadObjectId: string | undefined): Promise<Stored<Person> | undefined> {
    if (!aadObjectId) return undefined;
    const [person] = await this.store.person.list({ entraObjectId: aadObjectId });
    return person;
  }

  /**
   * Creates or refreshes a reference (a re-install brings a new conversation or service URL); `fresh` when it did not
   * exist or had been removed — Teams announces one install with two activities, and a client may repeat them.
   */
  private async keep(ref: ConversationRef): Promise<{ ref: ConversationRef; fresh: boolean }> {
    const refs = this.store.operations.conversation;
    for (let attempt = 0; attempt < 3; attempt += 1) {
      const existing = await refs.get(ref.id);
      if (!existing) {
        try {
          return { ref: await refs.create(ref), fresh: true };
        } catch (error) {
          if ((error as { code?: unknown }).code !== 'duplicate_id') throw error;
          continue; // another instance stored it meanwhile
        }
      }
      const { removedAt: _r, ...kept } = withoutMeta(existing);
      const merged: ConversationRef = { ...kept, ...ref, installedAt: existing.removedAt ? ref.installedAt : existing.installedAt };
      // A reference from a roster has no conversation yet; do not lose the one a send opened.
      if (!ref.conversationId && existing.conversationId) merged.conversationId = existing.conversationId;
      if (!ref.digestChannelId && existing.digestChannelId) merged.digestChannelId = existing.digestChannelId;
      try {
        return { ref: await refs.update(merged, existing.version), fresh: existing.removedAt !== undefined };
      } catch (error) {
        if (!(error instanceof ConflictError)) throw error;
      }
    }
    throw new ConflictError('conversation', ref.id, undefined);
  }

  async installed(ref: ConversationRef): Promise<OutgoingMessage | undefined> {
    const person = ref.scope === 'personal' ? await this.personOf(ref.aadObjectId) : undefined;
    const { fresh } = await this.keep(person ? { ...ref, personId: person.id } : ref);
    if (!fresh) return undefined; // welcomed once per installation
    const mandate = await this.store.mandate.get(MANDATE_ID);
    const card = buildWelcomeCard({ personName: person?.displayName ?? ref.userName, collectivityName: mandate?.collectivityName }, langOf(ref.locale));
    return { card };
  }

  async uninstalled(refId: string, at: string): Promise<void> {
    const existing = await this.store.operations.conversation.get(refId);
    if (!existing || existing.removedAt) return;
    await this.store.operations.conversation.update({ ...withoutMeta(existing), removedAt: at }, existing.version);
  }

  async rosterRead(teamRef: ConversationRef, members: readonly RosterMember[]): Promise<void> {
    const now = this.clock.now();
    for (const member of members) {
      const person = await this.personOf(member.aadObjectId);
      if (!person || !member.aadObjectId) continue;
      const id = conversationRefIdOf('personal', member.aadObjectId);
      const existing = await this.store.operations.conversation.get(id);
      if (existing && !existing.removedAt) continue; // installed personally: that conversation is better
      await this.keep({
        id,
        scope: 'personal',
        tenantId: teamRef.tenantId,
        serviceUrl: teamRef.serviceUrl,
        botId: teamRef.botId,
        userId: member.userId,
        aadObjectId: member.aadObjectId,
        personId: person.id,
        ...(member.name ? { userName: member.name.slice(0, 256) } : {}),
        installedAt: now,
      });
    }
  }

  async message(actor: BotActor, text: string): Promise<OutgoingMessage> {
    const verb = commandOf(text);
    const lang = langOf(actor.locale);
    if (!verb) return { card: buildHelpCard(lang, { unrecognised: true }) };
    return replyToMessage(await this.cardAction(actor, { verb }));
  }

  async cardAction(actor: BotActor, value: unknown): Promise<CardActionReply> {
    return this.questionnaire.act(await this.personOf(actor.aadObjectId), actor, value);
  }
}

/** A card action's reply as a chat message (commands answer with the same cards as buttons). */
export function replyToMessage(reply: CardActionReply): OutgoingMessage {
  if (reply.kind === 'card') return { card: reply.card };
  if (reply.kind === 'message') return { text: reply.text };
  return { text: reply.message };
}
