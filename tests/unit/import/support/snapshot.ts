import type { EntityMap, Stored } from '../../../../src/domain/entities/index.js';
import type { ImportKind } from '../../../../src/app/import/import-kinds.js';
import type { RawCell } from '../../../../src/app/import/cells/raw-cell.js';
import type { RawTable } from '../../../../src/app/import/read/raw-table.js';
import type { Snapshot } from '../../../../src/app/import/resolve/snapshot.js';

const stored = <T extends object>(record: T): Stored<T> => ({ ...record, version: '1', createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z' });

/** A snapshot of a store holding these records (version "1"). */
export function makeSnapshot(records: Partial<{ [K in ImportKind]: EntityMap[K][] }> = {}): Snapshot {
  const map = <K extends ImportKind>(kind: K) => new Map((records[kind] ?? []).map((r) => [r.id, stored(r)] as [string, Stored<EntityMap[K]>]));
  return {
    person: map('person'),
    service: map('service'),
    axis: map('axis'),
    commitment: map('commitment'),
    action: map('action'),
    indicator: map('indicator'),
    measure: map('measure'),
  };
}

/** A sheet as read from a file: rows numbered from 1, the first one holding the headings. */
export const table = (title: string, rows: RawCell[][]): RawTable => ({ title, rows: rows.map((cells, i) => ({ number: i + 1, cells })) });

/** A small stored programme: one axis, one commitment, one service with its head, one action. */
export const PROGRAMME = {
  axis: [{ id: 'axe-1', title: 'Transition écologique', order: 1, color: '#2E7D32' }],
  commitment: [{ id: 'eng-1-3', axisId: 'axe-1', reference: '1.3', title: 'Planter 10 000 arbres', status: 'in_progress' as const }],
  service: [
    { id: 'svc-dst', name: 'Direction des services techniques', code: 'DST' },
    { id: 'svc-espaces-publics', name: 'Service voirie, espaces verts et propreté', code: 'VEP', parentId: 'svc-dst', headPersonId: 'pers-paul' },
  ],
  person: [{ id: 'pers-paul', displayName: 'Paul Martin', email: 'Paul.Martin@ville.fr', role: 'service_head' as const, serviceIds: ['svc-espaces-publics'] }],
  action: [{ id: 'act-001', commitmentId: 'eng-1-3', title: 'Planter 500 arbres', status: 'planned' as const, half: 'first' as const }],
};
