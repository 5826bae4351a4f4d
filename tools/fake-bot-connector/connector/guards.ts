import type { ConnectorContext } from '../context.js';
import type { ResolvedConversation } from '../directory/directory.js';
import type { CardSource, ThreadScenario } from '../types.js';
import { appRemovedByUser, badArgument, blockedByUser, botNotInRoster, conversationNotFound, messageTooBig, throttled } from './connector-error.js';
import { utf16Bytes } from './message-size.js';

/** The conversation behind an id; 404 ConversationNotFound otherwise. */
export function resolveConversation(ctx: ConnectorContext, conversationId: string): ResolvedConversation {
  const conversation = ctx.directory.resolve(conversationId);
  if (!conversation) throw conversationNotFound();
  return conversation;
}

/** The thread Teams counts limits on: the 1:1 chat, or the channel (all its threads together). */
export function threadKey(conversation: ResolvedConversation): string {
  return conversation.kind === 'personal' ? conversation.conversationId : conversation.channelId;
}

/** Counts one operation on the thread; 429 Throttled with Retry-After when over a window. */
export function throttle(ctx: ConnectorContext, scenario: ThreadScenario, key: string): void {
  const decision = ctx.limits.acquireThread(scenario, key);
  if (!decision.ok) throw throttled(decision.retryAfterSeconds);
}

/** 403 when the bot may not write here: blocked or removed by the user, or not in the team. */
export function assertWritable(ctx: ConnectorContext, conversation: ResolvedConversation): void {
  if (conversation.kind === 'channel') {
    if (!conversation.team.botInstalled) throw botNotInRoster();
    return;
  }
  if (conversation.user.state === 'blocked') throw blockedByUser(conversation.user.blockedAnswer ?? ctx.blockedAnswer);
  if (conversation.user.state === 'uninstalled') throw appRemovedByUser();
}

/** 403 when the bot cannot read the roster of a team it is not in. */
export function assertReadable(conversation: ResolvedConversation): void {
  if (conversation.kind === 'channel' && !conversation.team.botInstalled) throw botNotInRoster();
}

/**
 * The body as an activity: a JSON object with a `type` (400 BadArgument otherwise), within Teams' size counted as
 * UTF-16 (413 MessageSizeTooBig), whose Adaptive Cards are valid 1.5 cards (400 BadArgument, "Invalid request
 * payload provided by the bot" in Teams' table of status codes, with the problems as the scenario-specific message).
 */
export function activityBody(ctx: ConnectorContext, body: unknown, source: CardSource, conversationId?: string): Record<string, unknown> {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) throw badArgument('The request body must be an activity object.');
  const activity = body as Record<string, unknown>;
  if (typeof activity['type'] !== 'string' || activity['type'] === '') throw badArgument('Activity type is required.');
  if (utf16Bytes(activity) > ctx.maxMessageBytes) throw messageTooBig();
  const problems = ctx.cards.activityProblems(activity, source, conversationId);
  if (problems.length > 0) throw badArgument(`Invalid Adaptive Card: ${problems.join('; ')}`);
  return activity;
}
