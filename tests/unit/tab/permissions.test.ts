import { canEditAction, canMoveAction } from '../../../src/tab/model/permissions.js';
import type { Me } from '../../../src/tab/api/read-models.js';

const me = (role: Me['role'], serviceIds: string[] = []): Me => ({ personId: 'p', displayName: 'P', role, serviceIds, authMode: 'dev' });
const action = { serviceId: 'svc-a', commitmentId: 'eng-1' };

describe('what the action form lets a person change', () => {
  it('lets a service head edit their action but not move it to another commitment', () => {
    expect(canEditAction(me('service_head', ['svc-a']), action)).toBe(true);
    expect(canMoveAction(me('service_head', ['svc-a']), action)).toBe(false);
  });

  it('lets the planners move an action', () => {
    expect(canMoveAction(me('pilotage'), action)).toBe(true);
    expect(canMoveAction(me('administrator'), action)).toBe(true);
  });

  it('lets nobody else move it', () => {
    expect(canMoveAction(me('reader'), action)).toBe(false);
    expect(canMoveAction(me('elected'), action)).toBe(false);
    expect(canMoveAction(undefined, action)).toBe(false);
  });
});
