import type { EntityMap, Stored } from '../../../domain/entities/index.js';
import { repositoryOf, type RoadmapStore } from '../../../ports/store.port.js';
import { IMPORT_KINDS, type ImportKind } from '../import-kinds.js';

/** Every stored record of the kinds an import touches, by id: read once, so that checking 700 rows costs no round trips. */
export type Snapshot = { [K in ImportKind]: Map<string, Stored<EntityMap[K]>> };

/** Reads the snapshot an import is checked and planned against. */
export async function loadSnapshot(store: RoadmapStore): Promise<Snapshot> {
  const entries = await Promise.all(
    IMPORT_KINDS.map(async (kind) => [kind, new Map((await repositoryOf(store, kind).list()).map((r) => [r.id, r]))] as const),
  );
  return Object.fromEntries(entries) as unknown as Snapshot;
}
