import type { ConnectorContext, ConnectorRequest, ConnectorResult } from '../context.js';
import { legacyMemberJson, memberJson } from '../directory/member-json.js';
import { badArgument, memberNotFound } from './connector-error.js';
import { assertReadable, resolveConversation, threadKey, throttle } from './guards.js';

/** GET /v3/conversations/{conversationId}/members: the legacy roster (5 a minute), every member at once. */
export function getConversationMembers(req: ConnectorRequest, ctx: ConnectorContext): ConnectorResult {
  const conversation = resolveConversation(ctx, req.params['conversationId'] as string);
  throttle(ctx, 'members', threadKey(conversation));
  throttle(ctx, 'legacyMembers', threadKey(conversation));
  assertReadable(conversation);
  return { status: 200, body: ctx.directory.members(conversation).map(legacyMemberJson), conversationId: conversation.conversationId };
}

/** GET /v3/conversations/{conversationId}/members/{memberId}: by `29:` id or Entra object id. */
export function getConversationMember(req: ConnectorRequest, ctx: ConnectorContext): ConnectorResult {
  const conversation = resolveConversation(ctx, req.params['conversationId'] as string);
  throttle(ctx, 'members', threadKey(conversation));
  assertReadable(conversation);
  const memberId = req.params['memberId'] as string;
  const member = ctx.directory.members(conversation).find((m) => m.id === memberId || m.aadObjectId === memberId);
  if (!member) throw memberNotFound();
  return { status: 200, body: memberJson(member), conversationId: conversation.conversationId, userId: member.id };
}

interface PageCursor {
  conversationId: string;
  offset: number;
}

const encodeCursor = (cursor: PageCursor): string => Buffer.from(JSON.stringify(cursor)).toString('base64url');

function decodeCursor(token: string, conversationId: string): number {
  try {
    const cursor = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as Partial<PageCursor>;
    if (cursor.conversationId === conversationId && Number.isInteger(cursor.offset) && (cursor.offset as number) >= 0) return cursor.offset as number;
  } catch {
    // Falls through to the 400 below: a token from elsewhere is a bad argument, not a crash.
  }
  throw badArgument('Invalid continuation token.');
}

function pageSizeOf(raw: string | null, ctx: ConnectorContext): number {
  if (raw === null || raw === '') return ctx.pageSizes.defaultSize;
  const size = Number(raw);
  if (!Number.isInteger(size) || size < 1) throw badArgument('pageSize must be a positive integer.');
  return Math.min(size, ctx.pageSizes.maxSize);
}

/**
 * GET /v3/conversations/{conversationId}/pagedmembers?pageSize=&continuationToken=: one page of the roster; the
 * token is left out on the last page (botbuilder's loops stop on `undefined`).
 */
export function getConversationPagedMembers(req: ConnectorRequest, ctx: ConnectorContext): ConnectorResult {
  const conversation = resolveConversation(ctx, req.params['conversationId'] as string);
  throttle(ctx, 'members', threadKey(conversation));
  assertReadable(conversation);
  const size = pageSizeOf(req.query.get('pageSize'), ctx);
  const token = req.query.get('continuationToken');
  const offset = token ? decodeCursor(token, conversation.conversationId) : 0;
  const all = ctx.directory.members(conversation);
  const page = all.slice(offset, offset + size).map(memberJson);
  const next = offset + size < all.length ? encodeCursor({ conversationId: conversation.conversationId, offset: offset + size }) : undefined;
  return { status: 200, body: next === undefined ? { members: page } : { continuationToken: next, members: page }, conversationId: conversation.conversationId };
}
