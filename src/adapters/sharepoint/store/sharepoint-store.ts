import { randomUUID } from 'node:crypto';
import { ENTITY_KINDS, type EntityKind, type EntityMap, type Measure, type Stored } from '../../../domain/entities/index.js';
import type { EntityRepository, RoadmapStore } from '../../../ports/store.port.js';
import { connect, type SharePointConnection } from '../connection.js';
import { openSharePointOperations } from '../operations/sharepoint-operations.js';
import { ChangeLog } from '../replica/change-log.js';
import { DeltaSync, type SyncTarget } from '../replica/delta-sync.js';
import { ListReplica } from '../replica/list-replica.js';
import type { ListKey } from '../schema/column-types.js';
import { ALL_LISTS, SCHEMA_VERSION } from '../schema/list-schema.js';
import { StoreSchemaError } from '../store-errors.js';
import { decodeHistory, recordDecoder } from './record-codec.js';
import { SharePointEntityRepository } from './sharepoint-entity.repository.js';
import { SharePointHistoryReader } from './sharepoint-history.js';
import { readSchemaVersion, readSiteLists, resolveSiteId } from './site-lookup.js';
import { expandFields, type HistoryRow, type StoreContext } from './store-context.js';
import { latestMeasuresOf } from './latest-measures.js';

/** Everything needed to open the SharePoint store. */
export interface SharePointStoreOptions extends SharePointConnection {
  /** Reads are served from the replica when its last sync is younger than this (default 5 s). */
  freshnessMs?: number;
  /** `$batch` round trips in flight at once in bulk writes (default 4). */
  writeConcurrency?: number;
  /** `$top` of delta pages; the server's default when unset. */
  pageSize?: number;
  /** Latest history entries kept in memory for the dashboard (default 2,000). */
  historyWindow?: number;
}

/** The store plus what operators may want to look at. */
export type SharePointStore = RoadmapStore & {
  /** Items of the lists that are not usable records (made or broken by hand in SharePoint), by list. */
  rejectedItems(): Partial<Record<ListKey, number>>;
};

/**
 * Opens the store on a provisioned site: checks the lists and the schema version, then serves reads from an
 * in-memory replica of the lists kept current by delta, and writes through Graph. Refuses a site that needs
 * `npm run provision` or that a newer release provisioned.
 */
export async function openSharePointStore(options: SharePointStoreOptions): Promise<SharePointStore> {
  const { transport, policy, env } = connect(options);
  const siteId = await resolveSiteId(transport, options.site);
  const onSite = new Map((await readSiteLists(transport, siteId)).map((l) => [l.displayName, l.id]));
  const missing = ALL_LISTS.filter((l) => !onSite.has(l.displayName)).map((l) => l.displayName);
  if (missing.length) throw new StoreSchemaError(`The site lacks the lists ${missing.join(', ')}: run npm run provision -- --site ${options.site}`);
  const listIds = Object.fromEntries(ALL_LISTS.map((l) => [l.key, onSite.get(l.displayName)!])) as Record<ListKey, string>;
  const { version } = await readSchemaVersion(transport, siteId, listIds.settings);
  if (version === undefined || version < SCHEMA_VERSION)
    throw new StoreSchemaError(`The site is at schema version ${version ?? 'none'}, this release needs ${SCHEMA_VERSION}: run npm run provision`);
  if (version > SCHEMA_VERSION) throw new StoreSchemaError(`The site is at schema version ${version}, newer than this release (${SCHEMA_VERSION}).`);

  const changes = new ChangeLog();
  const history = new ListReplica<HistoryRow>(decodeHistory, options.historyWindow ?? 2_000);
  const replicas = Object.fromEntries(ENTITY_KINDS.map((kind) => [kind, new ListReplica(recordDecoder(kind))])) as {
    [K in EntityKind]: ListReplica<Stored<EntityMap[K]>>;
  };
  const top = options.pageSize ? `&$top=${options.pageSize}` : '';
  const target = (key: ListKey, replica: ListReplica<unknown>, active: boolean, kind?: EntityKind): SyncTarget => ({
    key,
    replica,
    active,
    initialLink: `/sites/${siteId}/lists/${listIds[key]}/items/delta?${expandFields(key)}${top}`,
    itemLink: (itemId) => `/sites/${siteId}/lists/${listIds[key]}/items/${itemId}?${expandFields(key)}`,
    onChanged: (keys) => {
      if (kind) for (const k of keys) changes.record(kind, k);
    },
  });
  const targets = [...ENTITY_KINDS.map((kind) => target(kind, replicas[kind], true, kind)), target('history', history, false)];
  const sync = new DeltaSync(transport, targets, policy, env);
  const context: StoreContext = {
    transport,
    policy,
    env,
    siteId,
    listIds,
    sync,
    changes,
    history,
    freshnessMs: options.freshnessMs ?? 5_000,
    writeConcurrency: options.writeConcurrency ?? 4,
    newToken: randomUUID,
  };
  const repositories = Object.fromEntries(
    ENTITY_KINDS.map((kind) => [kind, new SharePointEntityRepository(context, kind, replicas[kind])]),
  ) as unknown as { [K in EntityKind]: EntityRepository<K> };
  const operations = openSharePointOperations(context);

  return {
    ...repositories,
    history: new SharePointHistoryReader(context),
    operations: operations.collections,
    async latestMeasures(): Promise<Stored<Measure>[]> {
      await sync.ensureFresh(context.freshnessMs);
      return latestMeasuresOf(replicas.indicator.values(), replicas.measure.values());
    },
    async changeCursor() {
      // One $batch of delta calls for every list: the only round trip when nothing changed.
      await sync.sync();
      return changes.cursor();
    },
    changedSince: (cursor, limit) => Promise.resolve(changes.since(cursor, limit)),
    async ping() {
      const answer = await transport.call({ method: 'GET', path: `/sites/${siteId}?$select=id` });
      return answer.status === 200;
    },
    close: () => Promise.resolve(),
    rejectedItems: () => ({
      ...Object.fromEntries(
        [...ENTITY_KINDS.map((k) => [k, replicas[k].rejectedItems().length] as const), ['history', history.rejectedItems().length] as const].filter(
          ([, n]) => n > 0,
        ),
      ),
      ...operations.rejectedItems(),
    }),
  };
}
