import type { SharePointStore, SharePointStoreOptions } from '../src/adapters/sharepoint/index.js';
import { startProvisionedEmulator } from '../tests/support/sharepoint-emulator-store.js';
import type { GraphEmulator, GraphEmulatorStats } from '../tools/graph-emulator/index.js';

/** A provisioned emulator site and how to open store instances on it. */
export interface BenchSite {
  emulator: GraphEmulator;
  open(extra?: Partial<SharePointStoreOptions>): Promise<SharePointStore>;
  close(): Promise<void>;
}

/** Starts the Graph emulator (default page size 200, as Graph) in this process and provisions Cap Mandat's lists. */
export async function startBenchSite(): Promise<BenchSite> {
  // Loading a metropole is a bulk import: more batches in flight than an interactive write would use.
  const site = await startProvisionedEmulator({}, { appVersion: 'bench', writeConcurrency: 8 });
  return { emulator: site.emulator, open: (extra) => site.open(extra), close: () => site.close() };
}

/** What a phase cost on the emulator: Graph round trips (token requests excluded), $batch members, resource units. */
export interface GraphCost {
  roundTrips: number;
  innerRequests: number;
  resourceUnits: number;
}

const isAuthority = (endpoint: string): boolean => /oauth2|well-known|discovery/.test(endpoint);

/** The Graph cost recorded since the last resetStats(); byEndpoint also counts $batch members, `requests` does not. */
export function graphCost(stats: GraphEmulatorStats): GraphCost {
  const tokenCalls = Object.entries(stats.byEndpoint)
    .filter(([endpoint]) => isAuthority(endpoint))
    .reduce((sum, [, e]) => sum + e.requests, 0);
  return { roundTrips: stats.requests - tokenCalls, innerRequests: stats.innerRequests, resourceUnits: stats.resourceUnits };
}

/** Runs `work` from clean counters and answers its cost and wall time. */
export async function measure<T>(emulator: GraphEmulator, work: () => Promise<T>): Promise<{ value: T; cost: GraphCost; ms: number }> {
  emulator.resetStats();
  const started = performance.now();
  const value = await work();
  const ms = performance.now() - started;
  return { value, cost: graphCost(emulator.stats()), ms };
}
