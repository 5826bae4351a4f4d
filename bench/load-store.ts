import type { ChangeContext } from '../src/domain/entities/index.js';
import { repositoryOf, type RoadmapStore } from '../src/ports/store.port.js';
import { DATASET_KINDS, type DatasetKind, type MetropoleDataset } from './generate-metropole.js';

export interface LoadTiming {
  totalMs: number;
  byKind: Record<DatasetKind, number>;
}

const SEED_CONTEXT = (at: string): ChangeContext => ({
  actor: { id: 'system', name: 'Cap Mandat (banc de mesure)' },
  source: 'seed',
  at,
});

async function loadKind<K extends DatasetKind>(
  store: RoadmapStore,
  dataset: MetropoleDataset,
  kind: K,
  ctx: ChangeContext,
): Promise<number> {
  const started = performance.now();
  await repositoryOf(store, kind).createMany(dataset[kind], ctx);
  return performance.now() - started;
}

/** Writes the data set kind by kind with `createMany` (one transaction each), timing each kind. */
export async function loadDataset(store: RoadmapStore, dataset: MetropoleDataset, at: string): Promise<LoadTiming> {
  const ctx = SEED_CONTEXT(at);
  const byKind = {} as Record<DatasetKind, number>;
  for (const kind of DATASET_KINDS) byKind[kind] = await loadKind(store, dataset, kind, ctx);
  return { totalMs: Object.values(byKind).reduce((sum, ms) => sum + ms, 0), byKind };
}
