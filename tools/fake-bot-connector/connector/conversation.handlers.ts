import type { ConnectorContext, ConnectorRequest, ConnectorResult } from '../context.js';
import { threadConversationId } from '../directory/ids.js';
import { badArgument, blockedByUser, conversationNotFound, memberNotFound, notInstalledForUser } from './connector-error.js';
import { activityBody, assertWritable, resolveConversation, threadKey, throttle } from './guards.js';

/** The fields of ConversationParameters the fake reads. */
interface ConversationParameters {
  isGroup?: boolean;
  members?: Array<{ id?: string }>;
  tenantId?: string;
  channelData?: { tenant?: { id?: string }; channel?: { id?: string } };
  activity?: unknown;
}

const asParameters = (body: unknown): ConversationParameters => {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) throw badArgument('The request body must be conversation parameters.');
  return body;
};

/** The user a 1:1 create is for (from `members`), answering as Teams does for the unknown, the blocked and the removed. */
function personalTarget(ctx: ConnectorContext, params: ConversationParameters): { conversationId: string; userId: string } {
  const members = params.members ?? [];
  if (members.length !== 1 || typeof members[0]?.id !== 'string') throw badArgument('A personal conversation needs exactly one member with an id.');
  const tenantId = params.tenantId ?? params.channelData?.tenant?.id;
  if (!tenantId) throw badArgument('The tenant id is required (tenantId or channelData.tenant.id).');
  const user = ctx.directory.user(members[0].id);
  if (!user || user.state === 'unknown' || user.tenantId !== tenantId) throw memberNotFound();
  if (user.state === 'blocked') throw blockedByUser(user.blockedAnswer ?? ctx.blockedAnswer);
  if (user.state === 'uninstalled') throw notInstalledForUser();
  return { conversationId: ctx.directory.personalConversationId(user.id), userId: user.id };
}

/**
 * POST /v3/conversations. A 1:1 (`isGroup: false`, one member): the same id every time for the same user, plus the
 * optional first activity. A channel post (`isGroup: true`, `channelData.channel.id`, an activity): a new thread.
 */
export function createConversation(req: ConnectorRequest, ctx: ConnectorContext): ConnectorResult {
  const params = asParameters(req.body);
  const channelId = params.channelData?.channel?.id;
  if (params.isGroup && channelId) {
    const conversation = ctx.directory.resolve(channelId);
    if (!conversation || conversation.kind !== 'channel') throw conversationNotFound();
    throttle(ctx, 'create', threadKey(conversation));
    assertWritable(ctx, conversation);
    if (params.activity === undefined) throw badArgument('A channel conversation is created with its first activity.');
    const activity = activityBody(ctx, params.activity, 'createConversation', conversation.channelId);
    const id = ctx.ids.next();
    const thread = threadConversationId(conversation.channelId, id);
    ctx.recorder.deliver({ id, conversationId: thread, activity: { ...activity, id, timestamp: new Date(ctx.clock()).toISOString() }, at: ctx.clock() });
    return { status: 201, body: { id: thread, activityId: id }, conversationId: thread, activityId: id };
  }
  if (params.isGroup) throw badArgument('Bots cannot create group chats; give channelData.channel.id to post in a channel.');
  const { conversationId, userId } = personalTarget(ctx, params);
  throttle(ctx, 'create', conversationId);
  if (params.activity === undefined) return { status: 201, body: { id: conversationId }, conversationId, userId };
  const conversation = resolveConversation(ctx, conversationId);
  const activity = activityBody(ctx, params.activity, 'createConversation', conversationId);
  const id = ctx.ids.next();
  ctx.recorder.deliver({ id, conversationId, userId, activity: { ...activity, id, timestamp: new Date(ctx.clock()).toISOString() }, at: ctx.clock() });
  return { status: 201, body: { id: conversation.conversationId, activityId: id }, conversationId, userId, activityId: id };
}
