import type { ConnectorContext } from '../context.js';
import { splitThreadId } from '../directory/ids.js';

/** What a call is about, before it is processed: for one-shot faults and the per-tenant limit. */
export interface CallTargets {
  tenantId: string;
  /** Ids a queued fault may be keyed by: conversation ids (thread and channel), user ids. */
  ids: string[];
  userId?: string;
  conversationId?: string;
}

interface CreateBody {
  members?: Array<{ id?: unknown }>;
  tenantId?: unknown;
  channelData?: { tenant?: { id?: unknown }; channel?: { id?: unknown } };
}

const str = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);

/** Reads the targets of a call from its path parameters or, for a create, from its body. */
export function callTargets(ctx: ConnectorContext, params: Record<string, string>, body: unknown): CallTargets {
  const conversationId = params['conversationId'] ?? params['teamId'];
  if (conversationId !== undefined) {
    const resolved = ctx.directory.resolve(conversationId);
    const userId = resolved?.kind === 'personal' ? resolved.user.id : undefined;
    const base = splitThreadId(conversationId).base;
    const ids = [conversationId, ...(base !== conversationId ? [base] : []), ...(userId ? [userId] : [])];
    return { tenantId: resolved?.tenantId ?? ctx.directory.defaultTenant, ids, userId, conversationId };
  }
  const create = (body ?? {}) as CreateBody;
  const userId = str(create.members?.[0]?.id);
  const channelId = str(create.channelData?.channel?.id);
  const tenantId = str(create.tenantId) ?? str(create.channelData?.tenant?.id) ?? ctx.directory.defaultTenant;
  if (channelId) return { tenantId, ids: [channelId], conversationId: channelId };
  if (userId) {
    const personal = ctx.directory.personalConversationId(userId);
    return { tenantId, ids: [userId, personal], userId, conversationId: personal };
  }
  return { tenantId, ids: [] };
}
