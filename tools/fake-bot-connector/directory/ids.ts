import { createHash } from 'node:crypto';
import type { Clock } from '../types.js';

const digest = (text: string): string => createHash('sha256').update(text).digest('base64url');

/** The 1:1 conversation of a bot and a user: stable for the pair, shaped like Teams' `a:1…` ids. */
export function personalConversationId(botAppId: string, userId: string): string {
  return `a:1${digest(`${botAppId}|${userId}`)}${digest(`${userId}|${botAppId}`).slice(0, 20)}`;
}

/** `<channelId>;messageid=<rootId>`: the thread a channel post starts, as Teams names it. */
export function threadConversationId(channelId: string, rootActivityId: string): string {
  return `${channelId};messageid=${rootActivityId}`;
}

/** Splits `19:…@thread.tacv2;messageid=123` into the channel and the thread root. */
export function splitThreadId(conversationId: string): { base: string; rootId?: string } {
  const match = /^(.*);messageid=(\d+)$/.exec(conversationId);
  return match ? { base: match[1] as string, rootId: match[2] } : { base: conversationId };
}

/** Teams message ids are epoch milliseconds; kept unique when the clock stands still. */
export class MessageIds {
  private last = 0;

  constructor(private readonly clock: Clock) {}

  next(): string {
    this.last = Math.max(this.clock(), this.last + 1);
    return String(this.last);
  }
}
