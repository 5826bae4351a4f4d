import type { Action } from '../src/domain/entities/index.js';
import { timedRequest, timeGets, timeProgressUpdate } from './http-timing.js';
import { summarize, type Summary } from './stats.js';

/** One measured operation, with its goal on the median when it has one. */
export interface OperationResult extends Summary {
  operation: string;
  goalP50Ms?: number;
  met?: boolean;
}

export interface ScenarioResults {
  operations: OperationResult[];
  roadmapBytes: number;
}

const RUNS = { roadmap: 30, dashboard: 50, late: 30, update: 200, afterWrite: 20 } as const;
const WARMUP = 3;

function result(operation: string, durations: number[], goalP50Ms?: number): OperationResult {
  const summary = summarize(durations);
  return { operation, ...summary, ...(goalP50Ms === undefined ? {} : { goalP50Ms, met: summary.p50 <= goalP50Ms }) };
}

/** Fails loudly when a read model does not describe the data set that was loaded. */
function expect(what: string, actual: unknown, expected: unknown): void {
  if (actual !== expected) throw new Error(`${what}: expected ${String(expected)}, got ${String(actual)}`);
}

function checkRoadmap(expected: { axes: number; actions: number }) {
  return (body: string): void => {
    const roadmap = JSON.parse(body) as { axes?: unknown[]; counts?: { total?: number }; filtered?: boolean };
    expect('GET /roadmap axes', roadmap.axes?.length, expected.axes);
    expect('GET /roadmap counts.total', roadmap.counts?.total, expected.actions);
    expect('GET /roadmap filtered', roadmap.filtered, false);
  };
}

function checkLate(body: string): void {
  const roadmap = JSON.parse(body) as { counts?: { total?: number; late?: number }; filtered?: boolean };
  expect('GET /roadmap?late=true filtered', roadmap.filtered, true);
  expect('GET /roadmap?late=true counts.late', roadmap.counts?.late, roadmap.counts?.total);
  if (!roadmap.counts?.total) throw new Error('GET /roadmap?late=true shows no late action, though the data set has some');
}

function checkDashboard(expectedActions: number) {
  return (body: string): void => {
    const dashboard = JSON.parse(body) as { actions?: { total?: number } };
    expect('GET /dashboard actions.total', dashboard.actions?.total, expectedActions);
  };
}

/** Distinct actions whose progress may change (a done action must stay at 100 %), spread over the whole table. */
function updateTargets(actions: readonly Action[], count: number): Action[] {
  const eligible = actions.filter((a) => a.status !== 'done');
  if (eligible.length < count) throw new Error(`Only ${eligible.length} actions can take a progress update; ${count} needed`);
  const stride = Math.floor(eligible.length / count);
  return Array.from({ length: count }, (_, i) => eligible[i * stride]!);
}

/**
 * Times a GET right after a write, so that no cached answer can serve it: the cost a user pays on the first read
 * after someone changed the roadmap.
 */
async function timeGetsAfterWrites(url: string, path: string, targets: readonly Action[]): Promise<number[]> {
  const durations: number[] = [];
  for (const action of targets) {
    await timeProgressUpdate(url, action.id, ((action.progress ?? 0) + 13) % 100);
    durations.push((await timedRequest(`${url}/api/v1`, path)).ms);
  }
  return durations;
}

/** Runs every measured operation in turn against the server at `url`. */
export async function runScenarios(url: string, data: { axes: number; actions: readonly Action[] }): Promise<ScenarioResults> {
  const api = `${url}/api/v1`;
  const expected = { axes: data.axes, actions: data.actions.length };
  const roadmap = await timeGets(api, '/roadmap', RUNS.roadmap, WARMUP, checkRoadmap(expected));
  const dashboard = await timeGets(api, '/dashboard', RUNS.dashboard, WARMUP, checkDashboard(expected.actions));

  const targets = updateTargets(data.actions, WARMUP + RUNS.update);
  const updates: number[] = [];
  for (const [i, action] of targets.entries()) {
    const ms = await timeProgressUpdate(url, action.id, ((action.progress ?? 0) + 7) % 100);
    if (i >= WARMUP) updates.push(ms);
  }
  const late = await timeGets(api, '/roadmap?late=true', RUNS.late, WARMUP, checkLate);
  const coldTargets = updateTargets(data.actions, 2 * RUNS.afterWrite);
  const roadmapCold = await timeGetsAfterWrites(url, '/roadmap', coldTargets.slice(0, RUNS.afterWrite));
  const dashboardCold = await timeGetsAfterWrites(url, '/dashboard', coldTargets.slice(RUNS.afterWrite));

  return {
    operations: [
      result('GET /api/v1/roadmap', roadmap.durations, 100),
      result('GET /api/v1/dashboard', dashboard.durations, 50),
      result('PATCH /api/v1/actions/:id', updates, 10),
      result('GET /api/v1/roadmap?late=true', late.durations),
      result('GET /api/v1/roadmap right after a write', roadmapCold),
      result('GET /api/v1/dashboard right after a write', dashboardCold),
    ],
    roadmapBytes: Buffer.byteLength(roadmap.lastBody),
  };
}
