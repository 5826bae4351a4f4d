import { type EntityMap, withoutMeta } from '../../../domain/entities/index.js';
import type { Identity } from '../../authorization/identity.js';
import { authorize } from '../../authorization/policy.js';
import { changeScope, type ScopeLookup } from '../../authorization/write-scope.js';
import type { Snapshot } from '../resolve/snapshot.js';
import type { PlannedWrite } from './import-plan.js';

/**
 * Asks the policy about every write of the plan, as a create or an update of that record, with the same resolution of
 * what it attaches to as the API's (write-scope.ts): what it was attached to in the store, and what it will be attached
 * to once the whole file is written. Throws ForbiddenError.
 */
export async function authorizePlan(who: Identity, writes: readonly PlannedWrite[], snapshot: Snapshot): Promise<void> {
  const fromFile = new Map(writes.map((w) => [`${w.built.kind}|${w.built.record.id}`, w.built.record]));
  const stored: ScopeLookup = (kind, id) => Promise.resolve(snapshot[kind].get(id));
  const written: ScopeLookup = (kind, id) =>
    Promise.resolve((fromFile.get(`${kind}|${id}`) as EntityMap[typeof kind] | undefined) ?? snapshot[kind].get(id));
  for (const { built, operation } of writes) {
    const before = built.existing ? withoutMeta<typeof built.record>(built.existing) : undefined;
    const scope = await changeScope(built.kind, before, built.record, stored, written);
    authorize(who, operation, { kind: built.kind, ...(before ? { before } : {}), after: built.record, ...scope });
  }
}
