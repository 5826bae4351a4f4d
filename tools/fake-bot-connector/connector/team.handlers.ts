import type { ConnectorContext, ConnectorRequest, ConnectorResult } from '../context.js';
import type { DirectoryTeam } from '../directory/directory.js';
import { botNotInRoster, conversationNotFound } from './connector-error.js';
import { throttle } from './guards.js';

function readableTeam(req: ConnectorRequest, ctx: ConnectorContext): DirectoryTeam {
  const team = ctx.directory.team(req.params['teamId'] as string);
  if (!team) throw conversationNotFound();
  throttle(ctx, 'conversations', team.id);
  if (!team.botInstalled) throw botNotInRoster();
  return team;
}

/** GET /v3/teams/{teamId}/conversations: General (the team id, no name, as Teams answers) then the other channels. */
export function fetchChannelList(req: ConnectorRequest, ctx: ConnectorContext): ConnectorResult {
  const team = readableTeam(req, ctx);
  const conversations = [{ id: team.id }, ...team.channels.map((c) => ({ id: c.id, name: c.name }))];
  return { status: 200, body: { conversations }, conversationId: team.id };
}

/** GET /v3/teams/{teamId} */
export function fetchTeamDetails(req: ConnectorRequest, ctx: ConnectorContext): ConnectorResult {
  const team = readableTeam(req, ctx);
  const body = { id: team.id, name: team.name, aadGroupId: team.aadGroupId, type: 'standard', channelCount: team.channels.length + 1, memberCount: team.memberIds.length };
  return { status: 200, body, conversationId: team.id };
}
