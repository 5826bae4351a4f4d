import type { Identity } from '../../../src/app/authorization/identity.js';
import { authorize, isAllowed, mayWriteKind, type Operation } from '../../../src/app/authorization/policy.js';
import { changeScope, type ScopeLookup } from '../../../src/app/authorization/write-scope.js';
import type { EntityKind, EntityMap, Role } from '../../../src/domain/entities/index.js';
import { ForbiddenError } from '../../../src/domain/errors.js';
import { makeAction, makeCommitment, makeIndicator } from '../domain/factories.js';

// Service A (the head's) pilots act-a; service B pilots act-b.
const ACTIONS = [makeAction({ id: 'act-a', serviceId: 'svc-a', commitmentId: 'com-1' }), makeAction({ id: 'act-b', serviceId: 'svc-b', commitmentId: 'com-2' })];
const INDICATORS = [
  makeIndicator({ id: 'ind-a', actionId: 'act-a' }),
  makeIndicator({ id: 'ind-b', actionId: 'act-b', serviceId: 'svc-b' }),
  // What the attack of issue 13 leaves behind: on B's action, claiming A as owner.
  makeIndicator({ id: 'ind-claimed', actionId: 'act-b', serviceId: 'svc-a' }),
  makeIndicator({ id: 'ind-commitment', actionId: undefined, commitmentId: 'com-1', serviceId: 'svc-a' }),
];
const lookup: ScopeLookup = (kind, id) =>
  Promise.resolve((kind === 'action' ? ACTIONS : INDICATORS).find((r) => r.id === id) as EntityMap[typeof kind] | undefined);

const who = (role: Role, extra: Partial<Identity> = {}): Identity => ({ personId: `pers-${role}`, displayName: role, role, serviceIds: [], ...extra });
const HEAD_A = who('service_head', { serviceIds: ['svc-a'] });

/** Asks the policy about a change, its scope resolved as every writer resolves it. */
async function allowed<K extends EntityKind>(identity: Identity, op: Exclude<Operation, 'read'>, kind: K, before?: EntityMap[K], after?: EntityMap[K]): Promise<boolean> {
  return isAllowed(identity, op, { kind, ...(before ? { before } : {}), ...(after ? { after } : {}), ...(await changeScope(kind, before, after, lookup)) });
}

const measure = (indicatorId: string): EntityMap['measure'] => ({ id: 'mes-1', indicatorId, date: '2026-11-01', value: 1, source: 'manual' });

describe('a service head writes only what every attached record lets them write', () => {
  it('creates indicators and measures on their own action', async () => {
    expect(await allowed(HEAD_A, 'create', 'indicator', undefined, makeIndicator({ actionId: 'act-a', serviceId: 'svc-a' }))).toBe(true);
    expect(await allowed(HEAD_A, 'create', 'measure', undefined, measure('ind-a'))).toBe(true);
  });

  it('cannot create an indicator on another service’s action by naming their own service as owner', async () => {
    expect(await allowed(HEAD_A, 'create', 'indicator', undefined, makeIndicator({ actionId: 'act-b', serviceId: 'svc-a' }))).toBe(false);
  });

  it('cannot post measures on an indicator of another service’s action, even one claiming their service', async () => {
    expect(await allowed(HEAD_A, 'create', 'measure', undefined, measure('ind-b'))).toBe(false);
    expect(await allowed(HEAD_A, 'create', 'measure', undefined, measure('ind-claimed'))).toBe(false);
  });

  it('leaves commitment-level indicators and their measures to the planners, whoever owns them', async () => {
    expect(await allowed(HEAD_A, 'create', 'indicator', undefined, makeIndicator({ actionId: undefined, commitmentId: 'com-1', serviceId: 'svc-a' }))).toBe(false);
    expect(await allowed(HEAD_A, 'create', 'measure', undefined, measure('ind-commitment'))).toBe(false);
  });

  it('is refused on an id that resolves to nothing, exactly as on a record of another service', async () => {
    expect(await allowed(HEAD_A, 'create', 'measure', undefined, measure('ind-unknown'))).toBe(false);
    expect(await allowed(HEAD_A, 'create', 'indicator', undefined, makeIndicator({ actionId: 'act-unknown', serviceId: 'svc-a' }))).toBe(false);
  });

  it('checks before and after: moving a record out of or into their scope is refused', async () => {
    const own = ACTIONS[0]!;
    expect(await allowed(HEAD_A, 'update', 'action', own, { ...own, progress: 40 })).toBe(true);
    expect(await allowed(HEAD_A, 'update', 'action', own, { ...own, serviceId: 'svc-b' })).toBe(false);
    expect(await allowed(HEAD_A, 'update', 'action', ACTIONS[1], { ...ACTIONS[1]!, serviceId: 'svc-a' })).toBe(false);
    expect(await allowed(HEAD_A, 'update', 'action', own, { ...own, serviceId: undefined })).toBe(false);
    const indicator = INDICATORS[0]!;
    expect(await allowed(HEAD_A, 'update', 'indicator', indicator, { ...indicator, actionId: 'act-b' })).toBe(false);
    expect(await allowed(HEAD_A, 'update', 'measure', measure('ind-a'), measure('ind-b'))).toBe(false);
  });

  it('never decides which commitment an action serves: no new action, no deletion, no move', async () => {
    const own = ACTIONS[0]!;
    expect(await allowed(HEAD_A, 'create', 'action', undefined, makeAction({ serviceId: 'svc-a' }))).toBe(false);
    expect(await allowed(HEAD_A, 'delete', 'action', own)).toBe(false);
    expect(await allowed(HEAD_A, 'update', 'action', own, { ...own, commitmentId: 'com-2' })).toBe(false);
  });

  it('writes no other kind', async () => {
    expect(await allowed(HEAD_A, 'update', 'commitment', makeCommitment(), makeCommitment({ description: 'x' }))).toBe(false);
    expect(mayWriteKind(HEAD_A, 'create', 'feedback')).toBe(false);
  });
});

describe('the other roles', () => {
  it('lets pilotage and administrators write across services', async () => {
    for (const role of ['pilotage', 'administrator'] as const) {
      expect(await allowed(who(role), 'create', 'indicator', undefined, makeIndicator({ actionId: 'act-b', serviceId: 'svc-a' }))).toBe(true);
      expect(await allowed(who(role), 'create', 'measure', undefined, measure('ind-claimed'))).toBe(true);
      expect(await allowed(who(role), 'update', 'action', ACTIONS[0], { ...ACTIONS[0]!, commitmentId: 'com-2' })).toBe(true);
    }
  });

  it('lets an elected official edit the narrative of the commitments they lead, nothing else', async () => {
    const elected = who('elected');
    const mine = makeCommitment({ leadPersonId: elected.personId });
    expect(await allowed(elected, 'update', 'commitment', mine, { ...mine, description: 'Calendrier' })).toBe(true);
    expect(await allowed(elected, 'update', 'commitment', mine, { ...mine, status: 'done' })).toBe(false);
    expect(await allowed(elected, 'update', 'commitment', mine, { ...mine, leadPersonId: 'pers-other' })).toBe(false);
    const theirs = makeCommitment({ leadPersonId: 'pers-other' });
    expect(await allowed(elected, 'update', 'commitment', theirs, { ...theirs, description: 'Pas le mien' })).toBe(false);
    expect(mayWriteKind(elected, 'create', 'commitment')).toBe(false);
  });

  it('refuses a reader every kind before any record is looked at', () => {
    const kinds: EntityKind[] = ['mandate', 'axis', 'commitment', 'action', 'indicator', 'measure', 'service', 'person', 'feedback'];
    for (const kind of kinds) for (const op of ['create', 'update', 'delete'] as const) expect(mayWriteKind(who('reader'), op, kind)).toBe(false);
  });

  it('refuses pilotage the choice of internal fields, and people and services', () => {
    const pilot = who('pilotage');
    expect(isAllowed(pilot, 'update', { kind: 'mandate', before: { internalFields: [] } as never, after: { internalFields: ['action.blockers'] } as never, owningServiceIds: [] })).toBe(false);
    expect(mayWriteKind(pilot, 'create', 'person')).toBe(false);
    expect(mayWriteKind(pilot, 'update', 'service')).toBe(false);
  });
});

describe('the answer of a refusal', () => {
  it('is the same message whether the attached record exists or not', async () => {
    const refusal = async (indicatorId: string): Promise<unknown> => {
      const after = measure(indicatorId);
      try {
        authorize(HEAD_A, 'create', { kind: 'measure', after, ...(await changeScope('measure', undefined, after, lookup)) });
      } catch (error) {
        return error instanceof ForbiddenError ? error.message : error;
      }
      return 'allowed';
    };
    expect(await refusal('ind-unknown')).toBe(await refusal('ind-b'));
    expect(await refusal('ind-b')).toMatch(/service_head may not create this measure/);
  });
});
