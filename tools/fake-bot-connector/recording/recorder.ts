import type { DeliveredActivity, DuplicateDelivery, RecordedCall } from '../types.js';
import { splitThreadId } from '../directory/ids.js';
import { contentKey } from './content-key.js';

/** A delivered message with the versions it was updated to. */
export interface StoredActivity extends DeliveredActivity {
  updates: Array<Record<string, unknown>>;
}

const snapshot = <T>(value: T): T => structuredClone(value);

const publicView = (stored: StoredActivity): DeliveredActivity => {
  const { updates: _updates, ...view } = stored;
  return snapshot(view);
};

/** Every call the fake answered, and the messages it holds (first version, updates, deletion). */
export class Recorder {
  private readonly calls: RecordedCall[] = [];
  private readonly byId = new Map<string, StoredActivity>();
  private readonly delivered: StoredActivity[] = [];
  private seq = 0;

  call(entry: Omit<RecordedCall, 'seq'>): void {
    this.calls.push({ seq: ++this.seq, ...entry });
  }

  allCalls(): RecordedCall[] {
    return snapshot(this.calls);
  }

  deliver(entry: { id: string; conversationId: string; userId?: string; activity: Record<string, unknown>; at: number; replyToId?: string }): void {
    const stored: StoredActivity = {
      id: entry.id,
      conversationId: entry.conversationId,
      userId: entry.userId,
      posted: snapshot(entry.activity),
      current: snapshot(entry.activity),
      at: entry.at,
      replyToId: entry.replyToId,
      deleted: false,
      updateCount: 0,
      updates: [],
    };
    this.byId.set(this.key(entry.conversationId, entry.id), stored);
    this.delivered.push(stored);
  }

  /** The live message `activityId` of a conversation (or of any thread of a channel), undefined when unknown or deleted. */
  find(conversationId: string, activityId: string): StoredActivity | undefined {
    const stored = this.byId.get(this.key(conversationId, activityId));
    return stored && !stored.deleted ? stored : undefined;
  }

  update(stored: StoredActivity, activity: Record<string, unknown>): void {
    stored.current = snapshot(activity);
    stored.updates.push(snapshot(activity));
    stored.updateCount += 1;
  }

  remove(stored: StoredActivity): void {
    stored.deleted = true;
  }

  /** Everything accepted for the user's conversations, as first posted, in order (deleted ones included). */
  sentTo(userId: string): DeliveredActivity[] {
    return this.delivered.filter((d) => d.userId === userId).map(publicView);
  }

  /** The messages of a conversation as they stand now (updates applied, deleted ones left out). */
  activities(conversationId: string): DeliveredActivity[] {
    const base = splitThreadId(conversationId).base;
    const wholeChannel = base === conversationId;
    return this.delivered
      .filter((d) => !d.deleted && (d.conversationId === conversationId || (wholeChannel && splitThreadId(d.conversationId).base === base)))
      .map(publicView);
  }

  /** Every message accepted, in order. */
  allDelivered(): DeliveredActivity[] {
    return this.delivered.map(publicView);
  }

  /** The successive versions an activity was updated to. */
  updates(activityId: string): Array<Record<string, unknown>> {
    return this.delivered.filter((d) => d.id === activityId).flatMap((d) => snapshot(d.updates));
  }

  /** Same content delivered more than once to one conversation. */
  duplicates(): DuplicateDelivery[] {
    const groups = new Map<string, DuplicateDelivery>();
    for (const d of this.delivered) {
      const key = contentKey(d.posted);
      const groupKey = `${d.conversationId}\n${key}`;
      const group = groups.get(groupKey) ?? { conversationId: d.conversationId, userId: d.userId, activityIds: [], contentKey: key };
      group.activityIds.push(d.id);
      groups.set(groupKey, group);
    }
    return [...groups.values()].filter((g) => g.activityIds.length > 1);
  }

  clear(): void {
    this.calls.length = 0;
    this.delivered.length = 0;
    this.byId.clear();
  }

  private key(conversationId: string, activityId: string): string {
    return `${splitThreadId(conversationId).base}\n${activityId}`;
  }
}
