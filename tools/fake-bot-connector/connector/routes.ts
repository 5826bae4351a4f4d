import type { ConnectorRoute } from '../context.js';
import { deleteActivity, replyToActivity, sendToConversation, updateActivity } from './activity.handlers.js';
import { createConversation } from './conversation.handlers.js';
import { getConversationMember, getConversationMembers, getConversationPagedMembers } from './member.handlers.js';
import { fetchChannelList, fetchTeamDetails } from './team.handlers.js';

/** The Bot Connector API paths botframework-connector 4.23.3 calls (relative to the service URL). */
export const CONNECTOR_ROUTES: ConnectorRoute[] = [
  { method: 'POST', template: '/v3/conversations', operation: 'createConversation', handle: createConversation },
  { method: 'POST', template: '/v3/conversations/{conversationId}/activities', operation: 'sendToConversation', handle: sendToConversation },
  { method: 'POST', template: '/v3/conversations/{conversationId}/activities/{activityId}', operation: 'replyToActivity', handle: replyToActivity },
  { method: 'PUT', template: '/v3/conversations/{conversationId}/activities/{activityId}', operation: 'updateActivity', handle: updateActivity },
  { method: 'DELETE', template: '/v3/conversations/{conversationId}/activities/{activityId}', operation: 'deleteActivity', handle: deleteActivity },
  { method: 'GET', template: '/v3/conversations/{conversationId}/members', operation: 'getConversationMembers', handle: getConversationMembers },
  { method: 'GET', template: '/v3/conversations/{conversationId}/members/{memberId}', operation: 'getConversationMember', handle: getConversationMember },
  { method: 'GET', template: '/v3/conversations/{conversationId}/pagedmembers', operation: 'getConversationPagedMembers', handle: getConversationPagedMembers },
  { method: 'GET', template: '/v3/teams/{teamId}/conversations', operation: 'fetchChannelList', handle: fetchChannelList },
  { method: 'GET', template: '/v3/teams/{teamId}', operation: 'fetchTeamDetails', handle: fetchTeamDetails },
];

export type RouteMatch = { route: ConnectorRoute; params: Record<string, string>; path: string } | { route: undefined; path: string };

function decodedSegments(path: string): string[] {
  return path.split('/').filter(Boolean).map((s) => {
    try {
      return decodeURIComponent(s);
    } catch {
      return s;
    }
  });
}

/** Finds the route of a method and path; the decoded path is what the recording shows. */
export function matchRoute(method: string, path: string): RouteMatch {
  const segments = decodedSegments(path);
  const decodedPath = `/${segments.join('/')}`;
  for (const route of CONNECTOR_ROUTES) {
    if (route.method !== method) continue;
    const parts = route.template.split('/').filter(Boolean);
    if (parts.length !== segments.length) continue;
    const params: Record<string, string> = {};
    const matches = parts.every((part, i) => {
      const segment = segments[i] as string;
      if (part.startsWith('{')) {
        params[part.slice(1, -1)] = segment;
        return true;
      }
      return part === segment;
    });
    if (matches) return { route, params, path: decodedPath };
  }
  return { route: undefined, path: decodedPath };
}
