import type { BlockedAnswer, ChannelInput, DirectoryUserInput, TeamInput, UserState } from '../types.js';
import { personalConversationId, splitThreadId } from './ids.js';

/** A user as the fake holds it (every optional field filled). */
export interface DirectoryUser {
  id: string;
  aadObjectId: string;
  name: string;
  email: string;
  userPrincipalName: string;
  givenName: string;
  surname: string;
  state: UserState;
  blockedAnswer?: BlockedAnswer;
  userRole: 'user' | 'guest' | 'anonymous';
  tenantId: string;
}

export interface DirectoryTeam {
  id: string;
  name: string;
  aadGroupId: string;
  memberIds: string[];
  channels: ChannelInput[];
  botInstalled: boolean;
  tenantId: string;
}

/** What a conversation id points at: a user's 1:1 chat, or a channel (possibly one of its threads) of a team. */
export type ResolvedConversation =
  | { kind: 'personal'; conversationId: string; user: DirectoryUser; tenantId: string }
  | { kind: 'channel'; conversationId: string; team: DirectoryTeam; channelId: string; rootId?: string; tenantId: string };

function filledUser(input: DirectoryUserInput, defaultTenant: string): DirectoryUser {
  const [givenName = input.name, ...rest] = input.name.split(' ');
  const slug = input.name.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, '.');
  const email = input.email ?? `${slug}@contoso.fr`;
  return {
    id: input.id,
    aadObjectId: input.aadObjectId,
    name: input.name,
    email,
    userPrincipalName: input.userPrincipalName ?? email,
    givenName: input.givenName ?? givenName,
    surname: input.surname ?? rest.join(' '),
    state: input.state ?? 'installed',
    blockedAnswer: input.blockedAnswer,
    userRole: input.userRole ?? 'user',
    tenantId: input.tenantId ?? defaultTenant,
  };
}

/** The users and teams the fake tenant knows, and which conversation ids exist. */
export class Directory {
  private readonly users = new Map<string, DirectoryUser>();
  private readonly teams = new Map<string, DirectoryTeam>();
  private readonly personal = new Map<string, string>();
  private readonly channelTeam = new Map<string, string>();

  constructor(private readonly botAppId: string, readonly defaultTenant: string) {}

  addUser(input: DirectoryUserInput): DirectoryUser {
    if (!input.id.startsWith('29:')) throw new Error(`Teams user ids start with "29:" (got ${input.id})`);
    const user = filledUser(input, this.defaultTenant);
    this.users.set(user.id, user);
    this.personal.set(personalConversationId(this.botAppId, user.id), user.id);
    return user;
  }

  addTeam(input: TeamInput): DirectoryTeam {
    const unknown = input.memberIds.filter((id) => !this.users.has(id));
    if (unknown.length > 0) throw new Error(`Team ${input.name}: add these users first: ${unknown.join(', ')}`);
    const team: DirectoryTeam = {
      id: input.id,
      name: input.name,
      aadGroupId: input.aadGroupId,
      memberIds: [...input.memberIds],
      channels: [...(input.channels ?? [])],
      botInstalled: input.botInstalled ?? true,
      tenantId: input.tenantId ?? this.defaultTenant,
    };
    this.teams.set(team.id, team);
    this.channelTeam.set(team.id, team.id);
    for (const channel of team.channels) this.channelTeam.set(channel.id, team.id);
    return team;
  }

  setUserState(userId: string, state: UserState): void {
    this.requireUser(userId).state = state;
  }

  setBotInstalledInTeam(teamId: string, installed: boolean): void {
    const team = this.teams.get(teamId);
    if (!team) throw new Error(`Unknown team ${teamId}`);
    team.botInstalled = installed;
  }

  addTeamMember(teamId: string, userId: string): void {
    const team = this.teams.get(teamId);
    if (!team) throw new Error(`Unknown team ${teamId}`);
    this.requireUser(userId);
    if (!team.memberIds.includes(userId)) team.memberIds.push(userId);
  }

  user(userId: string): DirectoryUser | undefined {
    return this.users.get(userId);
  }

  requireUser(userId: string): DirectoryUser {
    const user = this.users.get(userId);
    if (!user) throw new Error(`Unknown user ${userId}: add it to the directory first`);
    return user;
  }

  team(teamId: string): DirectoryTeam | undefined {
    return this.teams.get(teamId);
  }

  requireTeam(teamId: string): DirectoryTeam {
    const team = this.teams.get(teamId);
    if (!team) throw new Error(`Unknown team ${teamId}: add it to the directory first`);
    return team;
  }

  allUsers(): DirectoryUser[] {
    return [...this.users.values()];
  }

  personalConversationId(userId: string): string {
    return personalConversationId(this.botAppId, userId);
  }

  /** The conversation behind an id, or undefined when Teams would say ConversationNotFound. */
  resolve(conversationId: string): ResolvedConversation | undefined {
    const userId = this.personal.get(conversationId);
    if (userId !== undefined) {
      const user = this.users.get(userId);
      if (!user || user.state === 'unknown') return undefined;
      return { kind: 'personal', conversationId, user, tenantId: user.tenantId };
    }
    const { base, rootId } = splitThreadId(conversationId);
    const teamId = this.channelTeam.get(base);
    const team = teamId === undefined ? undefined : this.teams.get(teamId);
    if (!team) return undefined;
    return { kind: 'channel', conversationId, team, channelId: base, rootId, tenantId: team.tenantId };
  }

  /** Members of a conversation, as its roster lists them. */
  members(conversation: ResolvedConversation): DirectoryUser[] {
    if (conversation.kind === 'personal') return [conversation.user];
    return conversation.team.memberIds.map((id) => this.requireUser(id)).filter((user) => user.state !== 'unknown');
  }
}
