import type { ConnectorContext, ConnectorRequest, ConnectorResult } from '../context.js';
import type { ResolvedConversation } from '../directory/directory.js';
import { threadConversationId } from '../directory/ids.js';
import { activityNotFound } from './connector-error.js';
import { activityBody, assertWritable, resolveConversation, threadKey, throttle } from './guards.js';

const userOf = (conversation: ResolvedConversation): string | undefined => (conversation.kind === 'personal' ? conversation.user.id : undefined);

/**
 * Stores a new message and answers 201 `{ id }`. A post to a channel (not a thread) starts a thread, unless it
 * replies to a message of that channel. A reply to an unknown id is a plain post, as Teams treats botbuilder's
 * proactive replies (to the UUID of a continuation activity).
 */
function post(ctx: ConnectorContext, conversation: ResolvedConversation, activity: Record<string, unknown>, replyToId?: string): ConnectorResult {
  const id = ctx.ids.next();
  let stored = conversation.conversationId;
  if (conversation.kind === 'channel' && conversation.rootId === undefined) {
    const parent = replyToId === undefined ? undefined : ctx.recorder.find(conversation.channelId, replyToId);
    stored = parent ? parent.conversationId : threadConversationId(conversation.channelId, id);
  }
  ctx.recorder.deliver({
    id,
    conversationId: stored,
    userId: userOf(conversation),
    activity: { ...activity, id, timestamp: new Date(ctx.clock()).toISOString() },
    at: ctx.clock(),
    replyToId,
  });
  return { status: 201, body: { id }, conversationId: conversation.conversationId, activityId: id, userId: userOf(conversation) };
}

/** POST /v3/conversations/{conversationId}/activities */
export function sendToConversation(req: ConnectorRequest, ctx: ConnectorContext): ConnectorResult {
  const conversation = resolveConversation(ctx, req.params['conversationId'] as string);
  throttle(ctx, 'send', threadKey(conversation));
  assertWritable(ctx, conversation);
  return post(ctx, conversation, activityBody(ctx, req.body, 'sendToConversation', conversation.conversationId));
}

/** POST /v3/conversations/{conversationId}/activities/{activityId}: a reply (in a channel, into that thread). */
export function replyToActivity(req: ConnectorRequest, ctx: ConnectorContext): ConnectorResult {
  const conversation = resolveConversation(ctx, req.params['conversationId'] as string);
  throttle(ctx, 'send', threadKey(conversation));
  assertWritable(ctx, conversation);
  return post(ctx, conversation, activityBody(ctx, req.body, 'replyToActivity', conversation.conversationId), req.params['activityId']);
}

/** PUT /v3/conversations/{conversationId}/activities/{activityId}: the message is replaced in place. */
export function updateActivity(req: ConnectorRequest, ctx: ConnectorContext): ConnectorResult {
  const conversation = resolveConversation(ctx, req.params['conversationId'] as string);
  const activityId = req.params['activityId'] as string;
  throttle(ctx, 'send', threadKey(conversation));
  assertWritable(ctx, conversation);
  const stored = ctx.recorder.find(conversation.conversationId, activityId);
  if (!stored) throw activityNotFound();
  const activity = activityBody(ctx, req.body, 'updateActivity', conversation.conversationId);
  ctx.recorder.update(stored, { ...activity, id: activityId });
  return { status: 200, body: { id: activityId }, conversationId: conversation.conversationId, activityId, userId: userOf(conversation) };
}

/** DELETE /v3/conversations/{conversationId}/activities/{activityId} */
export function deleteActivity(req: ConnectorRequest, ctx: ConnectorContext): ConnectorResult {
  const conversation = resolveConversation(ctx, req.params['conversationId'] as string);
  const activityId = req.params['activityId'] as string;
  throttle(ctx, 'send', threadKey(conversation));
  const stored = ctx.recorder.find(conversation.conversationId, activityId);
  if (!stored) throw activityNotFound();
  ctx.recorder.remove(stored);
  return { status: 200, conversationId: conversation.conversationId, activityId, userId: userOf(conversation) };
}
