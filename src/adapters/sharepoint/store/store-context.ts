import type { HistoryEntry } from '../../../domain/entities/index.js';
import type { GraphTransport } from '../graph/graph-transport.js';
import type { RetryEnvironment } from '../graph/retry.middleware.js';
import type { RetryPolicy } from '../graph/retry-policy.js';
import type { ChangeLog } from '../replica/change-log.js';
import type { DeltaSync } from '../replica/delta-sync.js';
import type { ListReplica } from '../replica/list-replica.js';
import type { ListKey } from '../schema/column-types.js';
import { selectOf } from '../schema/field-mapping.js';
import { listDef } from '../schema/list-schema.js';

/** A history entry as the replica keeps it: with its item id, which orders entries by creation. */
export type HistoryRow = HistoryEntry & { itemId: number };

/** What the repositories of one store share. */
export interface StoreContext {
  transport: GraphTransport;
  policy: RetryPolicy;
  env: RetryEnvironment;
  siteId: string;
  listIds: Readonly<Record<ListKey, string>>;
  sync: DeltaSync;
  changes: ChangeLog;
  history: ListReplica<HistoryRow>;
  /** Reads served from the replica are at most this old (a write by another instance shows up after it). */
  freshnessMs: number;
  /** `$batch` round trips in flight at once during bulk writes. */
  writeConcurrency: number;
  newToken(): string;
}

/** `/sites/{site}/lists/{list}/items` */
export const itemsPath = (c: StoreContext, key: ListKey): string => `/sites/${c.siteId}/lists/${c.listIds[key]}/items`;

/** `$expand=fields($select=…)` with every column of the list. */
export const expandFields = (key: ListKey): string => `$expand=fields($select=${selectOf(listDef(key))})`;

/** One item with the fields we keep. */
export const itemPath = (c: StoreContext, key: ListKey, itemId: string): string =>
  `${itemsPath(c, key)}/${encodeURIComponent(itemId)}?${expandFields(key)}`;
