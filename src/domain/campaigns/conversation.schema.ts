import { z } from 'zod';
import { idSchema } from '../entities/common.schema.js';

/** A personal chat with one person, or a team (its General channel or a chosen one). */
export const CONVERSATION_SCOPES = ['personal', 'team'] as const;
/** Where the bot is installed. */
export type ConversationScope = (typeof CONVERSATION_SCOPES)[number];

const teamsId = (max: number) => z.string().min(1).max(max);
const instant = z.iso.datetime();

/**
 * Conversation reference (référence de conversation): what the bot needs to write proactively, stored when it is
 * installed personally or in a team. `serviceUrl` is the regional one Teams sent: always reuse it.
 */
export const conversationRefSchema = z.strictObject({
  id: idSchema,
  scope: z.enum(CONVERSATION_SCOPES),
  tenantId: teamsId(64),
  serviceUrl: z.url().max(512),
  /** Unknown for a person found in a team roster until the bot first opens their 1:1 chat. */
  conversationId: teamsId(512).optional(),
  botId: teamsId(256),
  /** Personal scope: the user's Teams id (`29:…`), Entra object id, and the person record they match, if any. */
  userId: teamsId(256).optional(),
  aadObjectId: z.string().max(64).optional(),
  personId: idSchema.optional(),
  userName: z.string().max(256).optional(),
  /** Team scope: the team, and the channel chosen for the weekly digest. */
  teamId: teamsId(512).optional(),
  teamName: z.string().max(256).optional(),
  digestChannelId: teamsId(512).optional(),
  digestChannelName: z.string().max(256).optional(),
  locale: z.string().max(20).optional(),
  installedAt: instant,
  /** Set when the app was removed: the reference is kept (history) but cannot be written to. */
  removedAt: instant.optional(),
});
/** A conversation the bot can write to. */
export type ConversationRef = z.infer<typeof conversationRefSchema>;

/** Ids are ours and URL-safe; Teams ids are not: derive a stable id from the Teams one. */
export function conversationRefIdOf(scope: ConversationScope, teamsKey: string): string {
  const safe = teamsKey.replace(/[^A-Za-z0-9_.:-]/g, '_');
  return `${scope}.${safe}`.slice(0, 64);
}
