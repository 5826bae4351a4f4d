import { can, isAllowed, type Capability, type WriteSubject } from '../../app/authorization/policy';
import type { EntityKind, EntityMap } from '../../domain/entities/index';
import type { Me } from '../api/read-models';
import type { Action, Commitment, Indicator } from '../api/records';

// The tab asks the server's own policy module, so it offers exactly what the API will accept; the API still decides.

/** A subject for the policy: only the fields the policy reads are known here. */
const subject = <K extends EntityKind>(kind: K, owningServiceIds: readonly (string | undefined)[], before?: object, after?: object): WriteSubject<K> => ({
  kind,
  owningServiceIds,
  before: before as EntityMap[K] | undefined,
  after: after as EntityMap[K] | undefined,
});

/** Whether `me` may change an action (a service head only for the services they lead). */
export function canEditAction(me: Me | undefined, action: Pick<Action, 'serviceId'>): boolean {
  return me !== undefined && isAllowed(me, 'update', subject('action', [action.serviceId], action, action));
}

/** Whether `me` may move an action to another commitment (planners only: it changes two commitments' figures). */
export function canMoveAction(me: Me | undefined, action: Pick<Action, 'serviceId' | 'commitmentId'>): boolean {
  const moved = { ...action, commitmentId: `${action.commitmentId}\u0000other` };
  return me !== undefined && isAllowed(me, 'update', subject('action', [action.serviceId], action, moved));
}

/** Which commitment fields `me` may change: all, only the narrative (the lead elected official), or none. */
export function commitmentEditScope(me: Me | undefined, commitment: Pick<Commitment, 'leadPersonId'>): 'all' | 'narrative' | 'none' {
  if (!me) return 'none';
  const changing = (field: string) => isAllowed(me, 'update', subject('commitment', [], commitment, { ...commitment, [field]: '\u0000' }));
  if (changing('title')) return 'all';
  return changing('description') ? 'narrative' : 'none';
}

/** Whether `me` may add measures to an indicator: what it attaches to as the server resolves it (write-scope.ts). */
export function canAddMeasure(me: Me | undefined, indicator: Pick<Indicator, 'serviceId' | 'actionId' | 'commitmentId'>, actionServiceId?: string): boolean {
  const services = [...(indicator.serviceId === undefined ? [] : [indicator.serviceId]), ...(indicator.actionId === undefined ? [] : [actionServiceId])];
  const commitmentIds = indicator.commitmentId === undefined ? [] : [indicator.commitmentId];
  return me !== undefined && isAllowed(me, 'create', { ...subject('measure', services), commitmentIds });
}

/** Whether `me` administers services and people. */
export const canAdminister = (me: Me | undefined): boolean => me !== undefined && isAllowed(me, 'create', subject('person', []));

/** The services a service head may assign an action to (all for pilotage and administrators). */
export function assignableServiceIds(me: Me | undefined, all: readonly string[]): readonly string[] {
  if (me?.role === 'service_head') return all.filter((id) => me.serviceIds.includes(id));
  return all;
}

/** Whether `me` has a capability beyond records (campaigns, decisions on proposals, the audit log). */
export const hasCapability = (me: Me | undefined, capability: Capability): boolean => me !== undefined && can(me, capability);

/** Whether `me` plans the roadmap as a whole: adds actions and indicators anywhere, records feedback (pilotage, administrators). */
export const canPlanRoadmap = (me: Me | undefined): boolean => me !== undefined && isAllowed(me, 'create', subject('action', []));

/** Whether `me` may record and edit feedback. */
export const canWriteFeedback = (me: Me | undefined): boolean => me !== undefined && isAllowed(me, 'create', subject('feedback', []));

/** Whether `me` may choose the fields readers do not see (administrators only: the policy refuses it to pilotage). */
export function canChooseInternalFields(me: Me | undefined): boolean {
  return me !== undefined && isAllowed(me, 'update', subject('mandate', [], { internalFields: [] }, { internalFields: ['action.blockers'] }));
}
