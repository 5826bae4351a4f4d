import { planImport } from '../../../src/app/import/plan/import-plan.js';
import type { BuiltRecord } from '../../../src/app/import/resolve/build-records.js';
import { PROGRAMME, makeSnapshot } from './support/snapshot.js';

const snapshot = makeSnapshot({ ...PROGRAMME, axis: [...PROGRAMME.axis, { id: 'axe-2', title: 'Mobilités', order: 2, color: '#1565C0', description: '' }] });
const built = (kind: BuiltRecord['kind'], record: BuiltRecord['record'], row = 3): BuiltRecord => ({
  kind,
  sheet: 'Feuille',
  row,
  record,
  existing: snapshot[kind].get(record.id),
});

describe('planning an import against the store', () => {
  it('creates what is new, updates what differs (naming the fields), counts what is identical', () => {
    const plan = planImport(
      [
        built('axis', { id: 'axe-1', title: 'Transition écologique', order: 1, color: '#2E7D32' }),
        built('action', { id: 'act-001', commitmentId: 'eng-1-3', title: 'Planter 500 arbres', status: 'in_progress', half: 'first', progress: 10 }),
        built('action', { id: 'act-002', commitmentId: 'eng-1-3', title: 'Arroser', status: 'planned', half: 'first' }),
      ],
      snapshot,
      new Set(['axis', 'action']),
    );
    expect(plan.writes.map((w) => [w.built.record.id, w.operation, w.fields])).toEqual([
      ['act-001', 'update', ['status', 'progress']],
      ['act-002', 'create', []],
    ]);
    expect(plan.unchanged).toMatchObject({ axis: 1, action: 0 });
  });

  it('takes an empty stored text and an empty cell for the same thing', () => {
    const plan = planImport([built('axis', { id: 'axe-2', title: 'Mobilités', order: 2, color: '#1565C0' })], snapshot, new Set(['axis']));
    expect(plan.writes).toEqual([]);
    expect(plan.unchanged.axis).toBe(1);
  });

  it('counts stored records the file leaves out, only for the kinds the file has a sheet for', () => {
    const plan = planImport([built('axis', { id: 'axe-1', title: 'Transition écologique', order: 1, color: '#2E7D32' })], snapshot, new Set(['axis']));
    expect(plan.notInFile).toEqual({ person: 0, service: 0, axis: 1, commitment: 0, action: 0, indicator: 0, measure: 0 });
  });
});
