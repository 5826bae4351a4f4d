import { ENTITY_KINDS, type EntityKind } from '../../src/domain/entities/index.js';
import { OPERATION_KINDS, type OperationKind } from '../../src/ports/operations.port.js';
import type { RoadmapStore } from '../../src/ports/store.port.js';
import type { ApiResponse } from './test-server.js';

/** The ETag a record of this version must carry. */
export const etagOf = (version: unknown): string => `"${String(version)}"`;

/** Asserts the documented error shape `{ error: { code, message, details: [{ path, code, message }] } }`, never a stack trace. */
export function expectApiError(res: ApiResponse, status: number, code: string): void {
  expect({ status: res.status, code: res.body?.error?.code }).toEqual({ status, code });
  expect(res.headers.get('content-type')).toMatch(/^application\/json/);
  expect(typeof res.body.error.message).toBe('string');
  expect(res.body.error.message.length).toBeGreaterThan(0);
  expect(Array.isArray(res.body.error.details)).toBe(true);
  for (const detail of res.body.error.details as object[]) expect(Object.keys(detail).sort()).toEqual(['code', 'message', 'path']);
  expect(JSON.stringify(res.body)).not.toContain('    at ');
}

/** Asserts a 400 validation error whose details name exactly these field paths. */
export function expectFieldErrors(res: ApiResponse, paths: string[]): void {
  expectApiError(res, 400, 'validation_failed');
  expect(detailPaths(res).sort()).toEqual([...paths].sort());
}

/** The field paths an error names. */
export const detailPaths = (res: ApiResponse): string[] => (res.body.error.details as { path: string }[]).map((d) => d.path);

/** The message an error gives for one field. */
export function detailMessage(res: ApiResponse, path: string): string {
  const detail = (res.body.error.details as { path: string; message: string }[]).find((d) => d.path === path);
  if (!detail) throw new Error(`no detail for ${path} in ${JSON.stringify(res.body)}`);
  return detail.message;
}

/** What a write could change: how many records of each kind, the latest history entry, and optionally one record. */
export interface StoreSnapshot {
  counts: Record<EntityKind, number>;
  latestHistoryId: string | undefined;
  /** Every operational record's id and version, per kind: a refused request must leave them as they were. */
  operations: Record<OperationKind, string[]>;
  record?: unknown;
}

/** Takes a snapshot of the store (and of one record, when named). */
export async function snapshot(store: RoadmapStore, target?: { kind: EntityKind; id: string }): Promise<StoreSnapshot> {
  const counts = Object.fromEntries(
    await Promise.all(ENTITY_KINDS.map(async (kind) => [kind, await store[kind].count()] as const)),
  ) as Record<EntityKind, number>;
  const [latest] = await store.history.recent(1);
  const operations = Object.fromEntries(
    await Promise.all(OPERATION_KINDS.map(async (kind) => [kind, (await store.operations[kind].find()).map((r) => `${r.id}@${r.version}`)] as const)),
  ) as Record<OperationKind, string[]>;
  const result: StoreSnapshot = { counts, latestHistoryId: latest?.id, operations };
  if (target) result.record = await store[target.kind].get(target.id);
  return result;
}

/** Runs a request that must be refused, and asserts that the store (and the target record, with its version) is unchanged. */
export async function expectNothingWritten(
  store: RoadmapStore,
  request: () => Promise<ApiResponse>,
  target?: { kind: EntityKind; id: string },
): Promise<ApiResponse> {
  const before = await snapshot(store, target);
  if (target) expect(before.record).toBeDefined();
  const res = await request();
  expect(await snapshot(store, target)).toEqual(before);
  return res;
}

/** The ids of listed records, in order. */
export const idsOf = (items: unknown): unknown[] => (items as { id: unknown }[]).map((item) => item.id);

/** Accent- and case-insensitive form of a text, as a user expects search to treat it. */
export const folded = (text: string | undefined): string =>
  (text ?? '').normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
