import { randomUUID } from 'node:crypto';
import type { Directory, DirectoryTeam, DirectoryUser } from '../directory/directory.js';
import type { MessageIds } from '../directory/ids.js';
import type { Clock } from '../types.js';

/** `from` / `recipient` / member entries of Teams activities. */
export interface TeamsAccount {
  id: string;
  name?: string;
  aadObjectId?: string;
}

/** A Teams-shaped activity, ready to post to the bot's `/api/messages`. */
export interface IncomingActivity {
  type: string;
  id: string;
  timestamp: string;
  localTimestamp: string;
  channelId: 'msteams';
  serviceUrl: string;
  from: TeamsAccount;
  recipient: TeamsAccount;
  conversation: { id: string; conversationType: 'personal' | 'channel'; tenantId: string; isGroup?: boolean; name?: string };
  channelData: Record<string, unknown>;
  locale: string;
  localTimezone: string;
  entities: Array<Record<string, unknown>>;
  [field: string]: unknown;
}

export type InstallAction = 'add' | 'add-upgrade' | 'remove' | 'remove-upgrade';

export interface IncomingContext {
  serviceUrl: () => string;
  directory: Directory;
  bot: TeamsAccount;
  clock: Clock;
  /** Shared with the connector, so incoming and outgoing message ids never collide. */
  ids: MessageIds;
  locale?: string;
  timezone?: string;
}

/** Where a card or message comes from: the user's 1:1 chat (default) or a channel of a team. */
export interface Origin {
  teamId?: string;
  /** Default: the team's General channel. */
  channelId?: string;
  /** The message the action or reply is attached to. */
  replyToId?: string;
}

/** `2026-11-27T10:00:00.000+01:00`: the instant in the user's time zone, as Teams writes `localTimestamp`. */
function localTimestamp(instant: Date, timeZone: string): string {
  const name = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' }).formatToParts(instant).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  const sign = match?.[1] === '-' ? -1 : 1;
  const offsetMinutes = match ? sign * (Number(match[2]) * 60 + Number(match[3])) : 0;
  const shifted = new Date(instant.getTime() + offsetMinutes * 60_000).toISOString().slice(0, -1);
  return match ? `${shifted}${match[1] as string}${match[2] as string}:${match[3] as string}` : `${shifted}Z`;
}

const account = (user: DirectoryUser): TeamsAccount => ({ id: user.id, name: user.name, aadObjectId: user.aadObjectId });
const teamJson = (team: DirectoryTeam): Record<string, unknown> => ({ id: team.id, name: team.name, aadGroupId: team.aadGroupId });

/** Builds the activities Teams posts to a bot, addressed from the fake's users and teams to the fake's bot. */
export class IncomingActivities {
  constructor(private readonly ctx: IncomingContext) {}

  private base(type: string, from: TeamsAccount, conversation: IncomingActivity['conversation'], channelData: Record<string, unknown>, id?: string): IncomingActivity {
    const now = new Date(this.ctx.clock());
    const locale = this.ctx.locale ?? 'fr-FR';
    const timezone = this.ctx.timezone ?? 'Europe/Paris';
    return {
      type,
      id: id ?? `f:${randomUUID()}`,
      timestamp: now.toISOString(),
      localTimestamp: localTimestamp(now, timezone),
      channelId: 'msteams',
      serviceUrl: this.ctx.serviceUrl(),
      from,
      recipient: { ...this.ctx.bot },
      conversation,
      channelData: { tenant: { id: conversation.tenantId }, ...channelData },
      locale,
      localTimezone: timezone,
      entities: [{ type: 'clientInfo', locale, country: locale.slice(-2), platform: 'Web', timezone }],
    };
  }

  private personal(user: DirectoryUser): IncomingActivity['conversation'] {
    return { id: this.ctx.directory.personalConversationId(user.id), conversationType: 'personal', tenantId: user.tenantId };
  }

  private channel(team: DirectoryTeam, channelId?: string, rootId?: string): IncomingActivity['conversation'] {
    const id = channelId ?? team.id;
    return { id: rootId ? `${id};messageid=${rootId}` : id, conversationType: 'channel', tenantId: team.tenantId, isGroup: true };
  }

  private teamChannelData(team: DirectoryTeam, channelId?: string): Record<string, unknown> {
    const channel = team.channels.find((c) => c.id === channelId);
    return { team: teamJson(team), channel: channel ? { id: channel.id, name: channel.name } : { id: team.id } };
  }

  /** `installationUpdate` in the user's personal scope. */
  personalInstall(userId: string, action: InstallAction = 'add'): IncomingActivity {
    const user = this.ctx.directory.requireUser(userId);
    return { ...this.base('installationUpdate', account(user), this.personal(user), { source: null }), action };
  }

  /** `installationUpdate` for a team, from the member who added or removed the app. */
  teamInstall(teamId: string, byUserId: string, action: InstallAction = 'add'): IncomingActivity {
    const team = this.ctx.directory.requireTeam(teamId);
    const by = this.ctx.directory.requireUser(byUserId);
    const channelData = { team: teamJson(team), settings: { selectedChannel: { id: team.id } }, source: null };
    return { ...this.base('installationUpdate', account(by), this.channel(team), channelData), action };
  }

  /** `conversationUpdate` with the bot in `membersAdded`, in the user's 1:1 chat (Teams sends it on install too). */
  botAddedToPersonal(userId: string): IncomingActivity {
    const user = this.ctx.directory.requireUser(userId);
    return { ...this.base('conversationUpdate', account(user), this.personal(user), {}), membersAdded: [{ id: this.ctx.bot.id }] };
  }

  /** `conversationUpdate` `teamMemberAdded` with the bot as the member added. */
  botAddedToTeam(teamId: string, byUserId: string): IncomingActivity {
    const team = this.ctx.directory.requireTeam(teamId);
    const by = this.ctx.directory.requireUser(byUserId);
    const channelData = { ...this.teamChannelData(team), eventType: 'teamMemberAdded' };
    return { ...this.base('conversationUpdate', account(by), this.channel(team), channelData), membersAdded: [{ id: this.ctx.bot.id }] };
  }

  /** `conversationUpdate` `teamMemberAdded` for people joining a team (ids and Entra ids only, as Teams sends them). */
  teamMembersAdded(teamId: string, userIds: readonly string[], byUserId?: string): IncomingActivity {
    const team = this.ctx.directory.requireTeam(teamId);
    const by = this.ctx.directory.requireUser(byUserId ?? userIds[0] ?? '');
    const members = userIds.map((id) => this.ctx.directory.requireUser(id)).map((u) => ({ id: u.id, aadObjectId: u.aadObjectId }));
    const channelData = { ...this.teamChannelData(team), eventType: 'teamMemberAdded' };
    return { ...this.base('conversationUpdate', account(by), this.channel(team), channelData), membersAdded: members };
  }

  /** `conversationUpdate` `teamMemberRemoved`. */
  teamMembersRemoved(teamId: string, userIds: readonly string[], byUserId?: string): IncomingActivity {
    const team = this.ctx.directory.requireTeam(teamId);
    const by = this.ctx.directory.requireUser(byUserId ?? userIds[0] ?? '');
    const members = userIds.map((id) => this.ctx.directory.requireUser(id)).map((u) => ({ id: u.id, aadObjectId: u.aadObjectId }));
    const channelData = { ...this.teamChannelData(team), eventType: 'teamMemberRemoved' };
    return { ...this.base('conversationUpdate', account(by), this.channel(team), channelData), membersRemoved: members };
  }

  private from(userId: string, origin: Origin): { user: DirectoryUser; conversation: IncomingActivity['conversation']; channelData: Record<string, unknown> } {
    const user = this.ctx.directory.requireUser(userId);
    if (origin.teamId === undefined) return { user, conversation: this.personal(user), channelData: {} };
    const team = this.ctx.directory.requireTeam(origin.teamId);
    return { user, conversation: this.channel(team, origin.channelId, origin.replyToId), channelData: this.teamChannelData(team, origin.channelId) };
  }

  /** A text `message` from the user (1:1 by default). Message ids are epoch milliseconds, as in Teams. */
  message(userId: string, text: string, origin: Origin = {}): IncomingActivity {
    const { user, conversation, channelData } = this.from(userId, origin);
    const activity = this.base('message', account(user), conversation, channelData, this.ctx.ids.next());
    return { ...activity, text, textFormat: 'plain', attachments: [], ...(origin.replyToId ? { replyToId: origin.replyToId } : {}) };
  }

  /** An `Action.Submit` fallback: a `message` carrying the card's data in `value`. */
  cardSubmit(userId: string, data: Record<string, unknown>, origin: Origin = {}): IncomingActivity {
    const { user, conversation, channelData } = this.from(userId, origin);
    const activity = this.base('message', account(user), conversation, { ...channelData, source: { name: 'message' } }, this.ctx.ids.next());
    return { ...activity, value: data, ...(origin.replyToId ? { replyToId: origin.replyToId } : {}) };
  }

  /** The `invoke` `adaptiveCard/action` of an `Action.Execute`; botbuilder answers it in the HTTP response body. */
  cardAction(userId: string, action: { verb: string; data?: Record<string, unknown>; title?: string }, origin: Origin = {}): IncomingActivity {
    const { user, conversation, channelData } = this.from(userId, origin);
    const legacy = origin.replyToId ? { legacy: { replyToId: `1:${origin.replyToId}` } } : {};
    const activity = this.base('invoke', account(user), conversation, { ...channelData, source: { name: 'message' }, ...legacy });
    return {
      ...activity,
      name: 'adaptiveCard/action',
      value: { action: { type: 'Action.Execute', title: action.title ?? action.verb, verb: action.verb, data: action.data ?? {} }, trigger: 'manual' },
      ...(origin.replyToId ? { replyToId: origin.replyToId } : {}),
    };
  }
}
