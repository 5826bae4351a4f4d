import type { Activity } from 'botbuilder';
import { conversationRefIdOf, conversationRefSchema, type ConversationRef } from '../../src/domain/campaigns/conversation.schema.js';
import type { BotActor } from '../../src/ports/bot-application.port.js';
import { conversationTypeOf, teamsChannelDataOf, tenantIdOf } from './teams-activity.js';

/** A conversation reference read from an activity, or why none could be. */
export type RefReading = { ok: true; ref: ConversationRef } | { ok: false; problems: string[] };

function checked(candidate: ConversationRef): RefReading {
  const parsed = conversationRefSchema.safeParse(candidate);
  return parsed.success ? { ok: true, ref: parsed.data } : { ok: false, problems: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`) };
}

/** Who sent an activity, as the application sees them; undefined without a sender or a conversation. */
export function actorOf(activity: Activity): BotActor | undefined {
  const { from, conversation } = activity;
  if (!from?.id || !conversation?.id) return undefined;
  return {
    userId: from.id,
    aadObjectId: from.aadObjectId || undefined,
    tenantId: tenantIdOf(activity),
    name: from.name || undefined,
    locale: activity.locale || undefined,
    conversationId: conversation.id,
    conversationType: conversationTypeOf(activity),
  };
}

/** The team an activity came from (`channelData.team`), if any. */
export function teamOf(activity: Activity): { id: string; name?: string } | undefined {
  return teamsChannelDataOf(activity).team;
}

/**
 * The id of a person's personal reference: their Entra object id when Teams gives it (short, stable, what the
 * roster matches on), else their Teams id.
 */
export function personalRefIdOf(activity: Activity): string {
  return conversationRefIdOf('personal', activity.from.aadObjectId || activity.from.id);
}

/** The id of a team's reference. */
export function teamRefIdOf(teamId: string): string {
  return conversationRefIdOf('team', teamId);
}

/** The reference of a personal chat, from the activity installing the app there. */
export function personalRefOf(activity: Activity, installedAt: string): RefReading {
  return checked({
    id: personalRefIdOf(activity),
    scope: 'personal',
    tenantId: tenantIdOf(activity) ?? '',
    serviceUrl: activity.serviceUrl,
    conversationId: activity.conversation.id,
    botId: activity.recipient?.id ?? '',
    userId: activity.from.id,
    aadObjectId: activity.from.aadObjectId || undefined,
    userName: activity.from.name || undefined,
    locale: activity.locale || undefined,
    installedAt,
  });
}

/** The reference of a team, from the activity adding the bot to it; the General channel (whose id is the team's) receives the digest. */
export function teamRefOf(activity: Activity, team: { id: string; name?: string }, installedAt: string): RefReading {
  return checked({
    id: teamRefIdOf(team.id),
    scope: 'team',
    tenantId: tenantIdOf(activity) ?? '',
    serviceUrl: activity.serviceUrl,
    conversationId: activity.conversation.id,
    botId: activity.recipient?.id ?? '',
    teamId: team.id,
    teamName: team.name || undefined,
    digestChannelId: team.id,
    locale: activity.locale || undefined,
    installedAt,
  });
}
