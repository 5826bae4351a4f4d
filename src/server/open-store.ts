import { openSharePointStore, sharePointConnectionOf } from '../adapters/sharepoint/index.js';
import { openSqliteStore } from '../adapters/sqlite/sqlite-store.js';
import type { Config } from '../config/config.js';
import type { RoadmapStore } from '../ports/store.port.js';
import { APP_VERSION } from './version.js';

/** Opens the store the configuration names: shared by the composition roots (server, seed, bench). */
export async function openConfiguredStore(store: Config['store']): Promise<RoadmapStore> {
  return store.kind === 'sharepoint'
    ? openSharePointStore(sharePointConnectionOf(store.sharepoint, APP_VERSION))
    : openSqliteStore(store.sqlitePath);
}

/** Where the configured store lives, for messages. */
export function describeStore(store: Config['store']): string {
  return store.kind === 'sharepoint' ? store.sharepoint.site : store.sqlitePath;
}
