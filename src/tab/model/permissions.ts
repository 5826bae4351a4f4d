import type { Me } from '../api/read-models';
import type { Action, Commitment, Indicator } from '../api/records';

// Mirrors src/app/authorization/policy.ts so the tab only offers what the API will accept; the API still decides.

/** Whether `me` may change an action (a service head only for the services they lead). */
export function canEditAction(me: Me | undefined, action: Pick<Action, 'serviceId'>): boolean {
  if (!me) return false;
  if (me.role === 'administrator' || me.role === 'pilotage') return true;
  return me.role === 'service_head' && action.serviceId !== undefined && me.serviceIds.includes(action.serviceId);
}

/** Which commitment fields `me` may change: all, only the narrative (the lead elected official), or none. */
export function commitmentEditScope(me: Me | undefined, commitment: Pick<Commitment, 'leadPersonId'>): 'all' | 'narrative' | 'none' {
  if (!me) return 'none';
  if (me.role === 'administrator' || me.role === 'pilotage') return 'all';
  if (me.role === 'elected' && commitment.leadPersonId === me.personId) return 'narrative';
  return 'none';
}

/** Whether `me` may add measures to an indicator, given the service that owns it (its own or its action's). */
export function canAddMeasure(me: Me | undefined, indicator: Pick<Indicator, 'serviceId'>, actionServiceId?: string): boolean {
  if (!me) return false;
  if (me.role === 'administrator' || me.role === 'pilotage') return true;
  const owner = indicator.serviceId ?? actionServiceId;
  return me.role === 'service_head' && owner !== undefined && me.serviceIds.includes(owner);
}

/** Whether `me` administers services and people. */
export const canAdminister = (me: Me | undefined): boolean => me?.role === 'administrator';

/** The services a service head may assign an action to (all for pilotage and administrators). */
export function assignableServiceIds(me: Me | undefined, all: readonly string[]): readonly string[] {
  if (me?.role === 'service_head') return all.filter((id) => me.serviceIds.includes(id));
  return all;
}
