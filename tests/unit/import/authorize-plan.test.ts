import type { Identity } from '../../../src/app/authorization/identity.js';
import { authorizePlan } from '../../../src/app/import/plan/authorize-plan.js';
import type { PlannedWrite } from '../../../src/app/import/plan/import-plan.js';
import type { ImportKind } from '../../../src/app/import/import-kinds.js';
import type { EntityMap } from '../../../src/domain/entities/index.js';
import { ForbiddenError } from '../../../src/domain/errors.js';
import { makeAction, makeIndicator } from '../domain/factories.js';
import { makeSnapshot } from './support/snapshot.js';

// The import is for administrators (ImportService.assertMayImport); these plans ask the policy as a service head would,
// to prove the plan is judged by what each row attaches to once the whole file is written, as the API judges a write.
const HEAD_A: Identity = { personId: 'pers-a', displayName: 'Cheffe A', role: 'service_head', serviceIds: ['svc-a'] };
const snapshot = makeSnapshot({
  action: [makeAction({ id: 'act-a', serviceId: 'svc-a' }), makeAction({ id: 'act-b', serviceId: 'svc-b' })],
  indicator: [makeIndicator({ id: 'ind-a', actionId: 'act-a', serviceId: 'svc-a' })],
});

const write = <K extends ImportKind>(kind: K, record: EntityMap[K], operation: PlannedWrite['operation'] = 'create'): PlannedWrite => ({
  built: { kind, sheet: kind, row: 2, record, ...(operation === 'update' ? { existing: snapshot[kind].get(record.id) } : {}) } as PlannedWrite['built'],
  operation,
  fields: [],
});
const measure = { id: 'mes-1', indicatorId: 'ind-a', date: '2026-11-01', value: 3, source: 'import' as const };

describe('authorizePlan', () => {
  it('accepts rows inside the service’s scope', async () => {
    await expect(authorizePlan(HEAD_A, [write('measure', measure)], snapshot)).resolves.toBeUndefined();
  });

  it('refuses an indicator on another service’s action that names the importer’s service as owner', async () => {
    const claimed = makeIndicator({ id: 'ind-new', actionId: 'act-b', serviceId: 'svc-a' });
    await expect(authorizePlan(HEAD_A, [write('indicator', claimed)], snapshot)).rejects.toThrow(ForbiddenError);
  });

  it('judges a measure by its indicator as the same file leaves it, and an update by what it was attached to too', async () => {
    const moved = { ...snapshot.indicator.get('ind-a')!, actionId: 'act-b' };
    // The measure alone is in scope; the indicator row of the same file moves it to service B's action. The measure,
    // asked about first, is the one refused.
    await expect(authorizePlan(HEAD_A, [write('measure', measure), write('indicator', moved, 'update')], snapshot)).rejects.toThrow(
      'service_head may not create this measure',
    );
    // An action of service B taken into service A: before is out of scope.
    const takeover = { ...snapshot.action.get('act-b')!, serviceId: 'svc-a' };
    await expect(authorizePlan(HEAD_A, [write('action', takeover, 'update')], snapshot)).rejects.toThrow(ForbiddenError);
  });
});
