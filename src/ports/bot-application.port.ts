import type { ConversationRef } from '../domain/campaigns/conversation.schema.js';
import type { OutgoingMessage } from './messaging.port.js';

/** Who is talking to the bot, as Teams says (the transport checked the request's token before). */
export interface BotActor {
  /** Teams user id (`29:…`). */
  userId: string;
  /** Entra object id: how people records are matched. Absent for anonymous local clients without one. */
  aadObjectId?: string;
  tenantId?: string;
  name?: string;
  /** The user's locale as Teams sent it (`fr-FR`, `en-US`). */
  locale?: string;
  /** The conversation the activity came from. */
  conversationId: string;
  conversationType: 'personal' | 'groupChat' | 'channel';
}

/** A member of a team roster, from the paged members API. */
export interface RosterMember {
  userId: string;
  aadObjectId?: string;
  name?: string;
  email?: string;
}

/** What answering an `adaptiveCard/action` invoke produces (the transport turns it into the invoke response). */
export type CardActionReply =
  | { kind: 'card'; card: object }
  | { kind: 'message'; text: string }
  | { kind: 'error'; status: 400 | 401 | 403 | 404 | 409 | 500; code: string; message: string };

/**
 * What the bot does, without botbuilder: the transport (bot/transport) receives Teams activities, checks them and
 * calls these; the campaign services implement them. Keeping botbuilder out of here lets the transport move to the
 * Microsoft 365 Agents SDK without touching the application.
 */
export interface BotApplication {
  /** The app was installed in a personal scope or a team: keep the reference; return the welcome message, if any. */
  installed(ref: ConversationRef): Promise<OutgoingMessage | undefined>;
  /** The app was removed from a conversation. */
  uninstalled(refId: string, at: string): Promise<void>;
  /** The members of a team the bot is installed in: matched to people by Entra object id, to reach them 1:1. */
  rosterRead(teamRef: ConversationRef, members: readonly RosterMember[]): Promise<void>;
  /** A text message (chat command: `aide`, `mes actions`, `mes questionnaires`, their English forms). */
  message(actor: BotActor, text: string): Promise<OutgoingMessage>;
  /** An Adaptive Card Universal Action (`Action.Execute`) or an `Action.Submit` fallback. */
  cardAction(actor: BotActor, value: unknown): Promise<CardActionReply>;
}
