import { selectClaimable, type ClaimableOutbox } from '../../../domain/campaigns/outbox-queue.js';
import type { OutboxItem } from '../../../domain/campaigns/outbox.schema.js';
import type { Stored } from '../../../domain/entities/index.js';
import { and, compare, eq, type Filter } from '../graph/odata-filter.js';
import type { GraphListItem } from '../replica/graph-item.js';
import { textOf } from '../schema/field-mapping.js';
import type { StoreContext } from '../store/store-context.js';
import { firstPages, itemsQuery, readPages } from './operation-reads.js';
import { ALL_LANES, DUE_AT, DUE_LANE } from './operation-partitions.js';

/** Items a lane answers first: the due ones of a quiet lane and its next one fit, so an idle pass is one `$batch`. */
const FIRST_PAGE = 10;
/** Items a page answers when a lane has more due than the first page held. */
const BUSY_PAGE = 1000;

const byItemId = (a: GraphListItem, b: GraphListItem): number => Number(a.id) - Number(b.id);

/**
 * What is due in the outbox, read lane by lane (see DUE_LANE): each lane's live messages in the order they become
 * claimable, up to and including the first one not due yet. That is every due message and, for `nextAt`, the next one
 * of each lane, so `selectClaimable` chooses exactly as it would from the whole list; reminders queued for later and
 * sent messages are never read. An idle pass is one `$batch` of 16 GETs (32 resource units); a lane with more due
 * than its first page goes on from where it stopped, 1,000 a page.
 */
export async function claimableOutbox(
  c: StoreContext,
  read: (item: GraphListItem) => Stored<OutboxItem> | undefined,
  now: string,
  limit: number,
): Promise<ClaimableOutbox> {
  const nowAt = new Date(Date.parse(now)).toISOString();
  const stillDue = (items: readonly GraphListItem[]): boolean => {
    const last = items.at(-1);
    return last !== undefined && textOf(last.fields?.[DUE_AT]) <= nowAt;
  };
  const query = (lane: number, from: string | undefined, top: number): string => {
    const filter: Filter = from === undefined ? eq(DUE_LANE, String(lane)) : and(eq(DUE_LANE, String(lane)), compare(DUE_AT, 'ge', from));
    return itemsQuery(c, 'outbox', filter, `&$orderby=${encodeURIComponent(`fields/${DUE_AT}`)}&$top=${top}`);
  };

  const first = await firstPages(c, 'outbox', ALL_LANES.map((lane) => query(lane, undefined, FIRST_PAGE)));
  const lanes = first.map((page) => page.value ?? []);
  // A lane whose first page is all due and goes on: read on from its last instant (ties again, dropped by item id).
  const busy = ALL_LANES.filter((lane) => stillDue(lanes[lane] ?? []) && first[lane]?.['@odata.nextLink'] !== undefined);
  if (busy.length > 0) {
    const pages = await firstPages(c, 'outbox', busy.map((lane) => query(lane, textOf(lanes[lane]?.at(-1)?.fields?.[DUE_AT]), BUSY_PAGE)));
    const more = await Promise.all(pages.map((page) => readPages(c, 'outbox', page, stillDue)));
    busy.forEach((lane, i) => lanes[lane]?.push(...(more[i] ?? [])));
  }
  const items = new Map<string, GraphListItem>();
  for (const item of lanes.flat()) items.set(item.id, item);
  const records = [...items.values()].sort(byItemId).flatMap((item) => {
    const record = read(item);
    return record ? [record] : [];
  });
  return selectClaimable(records, Date.parse(now), limit);
}
