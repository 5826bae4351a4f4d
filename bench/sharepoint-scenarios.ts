import type { Action, ChangeContext } from '../src/domain/entities/index.js';
import type { SharePointStore } from '../src/adapters/sharepoint/index.js';
import { mapLimit } from '../src/adapters/sharepoint/store/create-many.js';
import { RoadmapDataSource } from '../src/app/roadmap/roadmap-data.source.js';
import { systemClock } from '../src/adapters/system/system-clock.js';
import { startBenchServer } from './bench-server.js';
import { timedRequest } from './http-timing.js';
import { measure, type BenchSite, type GraphCost } from './sharepoint-site.js';

/** One measured SharePoint scenario, with its round-trip goal when it has one. */
export interface SharePointResult extends GraphCost {
  scenario: string;
  ms: number;
  goalRoundTrips?: number;
  met?: boolean;
}

const CTX = (at: string): ChangeContext => ({ actor: { id: 'system', name: 'Cap Mandat (banc de mesure)' }, source: 'api', at });
const strip = <T extends { version: string; createdAt: string; updatedAt: string }>({ version: _v, createdAt: _c, updatedAt: _u, ...data }: T) => data;

function result(scenario: string, run: { cost: GraphCost; ms: number }, goalRoundTrips?: number): SharePointResult {
  return {
    scenario,
    ...run.cost,
    ms: run.ms,
    ...(goalRoundTrips === undefined ? {} : { goalRoundTrips, met: run.cost.roundTrips <= goalRoundTrips }),
  };
}

/** Several runs as one: the most round trips and resource units any run needed (the goal is on the worst), the median time. */
function worst(runs: { cost: GraphCost; ms: number }[]): { cost: GraphCost; ms: number } {
  const max = (pick: (c: GraphCost) => number): number => Math.max(...runs.map((r) => pick(r.cost)));
  const ms = runs.map((r) => r.ms).sort((a, b) => a - b)[Math.floor(runs.length / 2)]!;
  return { cost: { roundTrips: max((c) => c.roundTrips), innerRequests: max((c) => c.innerRequests), resourceUnits: max((c) => c.resourceUnits) }, ms };
}

/**
 * (a) cold roadmap load on a fresh instance, (b) warm load, nothing changed, (c) warm load after one change made by
 * another instance, (d) 100 actions updated in bulk: Graph round trips, resource units and wall time of each.
 */
export async function runSharePointScenarios(site: BenchSite, data: { actions: readonly Action[]; adminId: string; largestList: number; pageSize: number }): Promise<SharePointResult[]> {
  const openStore = await measure(site.emulator, () => site.open());
  const coldSource = await measure(site.emulator, () => new RoadmapDataSource(openStore.value, systemClock()).load());
  const store: SharePointStore = await site.open();
  const server = await startBenchServer(store);
  const api = `${server.url}/api/v1`;
  const asAdmin = { headers: { 'X-Dev-User': data.adminId } };
  try {
    const cold = await measure(site.emulator, () => timedRequest(api, '/roadmap', asAdmin));
    const warm = [];
    for (let i = 0; i < 5; i += 1) warm.push(await measure(site.emulator, () => timedRequest(api, '/roadmap', asAdmin)));

    const writer = await site.open();
    const afterChange = [];
    for (const [i, action] of data.actions.slice(0, 5).entries()) {
      const current = (await writer.action.get(action.id))!;
      await writer.action.update({ ...strip(current), progress: ((current.progress ?? 0) + 11 + i) % 100, status: 'in_progress' }, current.version, CTX(new Date().toISOString()));
      afterChange.push(await measure(site.emulator, () => timedRequest(api, '/roadmap', asAdmin)));
    }

    // Next steps rather than progress, so that done actions (whose progress must stay 100) can take part too.
    const targets = data.actions.slice(0, 100);
    const bulk = await measure(site.emulator, () =>
      mapLimit(targets, 8, async (action) => {
        const current = (await store.action.get(action.id))!;
        const nextSteps = `Point d’étape du comité de direction (${new Date().toISOString()})`;
        return store.action.update({ ...strip(current), nextSteps }, current.version, CTX(new Date().toISOString()));
      }),
    );
    return [
      result('open the store (lists, schema version)', openStore),
      result('(a) cold roadmap load (RoadmapDataSource.load)', coldSource, Math.ceil(data.largestList / data.pageSize) + 1),
      result('(a′) cold GET /roadmap (dev sign-in read + revision + load)', cold),
      result('(b) warm GET /roadmap, nothing changed', worst(warm), 1),
      result('(c) warm GET /roadmap after a change elsewhere', worst(afterChange), 2),
      result(`(d) bulk update of ${targets.length} actions (8 at a time)`, bulk),
    ];
  } finally {
    await server.close();
  }
}
