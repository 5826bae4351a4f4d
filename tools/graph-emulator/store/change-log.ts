import type { ListState } from './list.model.js';

/** Changes kept per list; a delta token older than the kept window gets 410 (as an expired token would). */
export const CHANGE_LOG_CAPACITY = 20_000;

/** Records that an item was created, updated or deleted. */
export function recordChange(list: ListState, itemId: number): void {
  list.seq += 1;
  list.changes.push({ seq: list.seq, itemId });
  if (list.changes.length > CHANGE_LOG_CAPACITY) {
    const dropped = list.changes.splice(0, list.changes.length - CHANGE_LOG_CAPACITY);
    list.trimmedThroughSeq = dropped[dropped.length - 1]?.seq ?? list.trimmedThroughSeq;
  }
}
