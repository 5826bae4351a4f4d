import type { EntityMap } from '../../../domain/entities/index.js';
import type { Identity } from '../../authorization/identity.js';
import { authorize } from '../../authorization/policy.js';
import type { ImportKind } from '../import-kinds.js';
import type { Snapshot } from '../resolve/snapshot.js';
import type { PlannedWrite } from './import-plan.js';

/** A record as it will be once the import is written: the file's version, else the stored one. */
type After = <K extends ImportKind>(kind: K, id: string | undefined) => EntityMap[K] | undefined;

/** The service that owns a record, as RecordService decides it, for the policy's service scoping. */
function owningService(kind: ImportKind, record: EntityMap[ImportKind] | undefined, after: After): string | undefined {
  if (!record) return undefined;
  switch (kind) {
    case 'action':
      return (record as EntityMap['action']).serviceId;
    case 'indicator': {
      const indicator = record as EntityMap['indicator'];
      return indicator.serviceId ?? after('action', indicator.actionId)?.serviceId;
    }
    case 'measure':
      return owningService('indicator', after('indicator', (record as EntityMap['measure']).indicatorId), after);
    default:
      return undefined;
  }
}

/** Asks the policy about every write of the plan, as a create or an update of that record; throws ForbiddenError. */
export function authorizePlan(who: Identity, writes: readonly PlannedWrite[], snapshot: Snapshot): void {
  const fromFile = new Map(writes.map((w) => [`${w.built.kind}|${w.built.record.id}`, w.built.record]));
  const after: After = (kind, id) =>
    id === undefined ? undefined : ((fromFile.get(`${kind}|${id}`) ?? snapshot[kind].get(id)) as EntityMap[typeof kind] | undefined);
  for (const { built, operation } of writes) {
    const owners = [owningService(built.kind, built.existing, after), owningService(built.kind, built.record, after)];
    authorize(who, operation, { kind: built.kind, before: built.existing, after: built.record, owningServiceIds: owners });
  }
}
