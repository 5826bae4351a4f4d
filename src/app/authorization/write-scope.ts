import type { EntityKind, EntityMap } from '../../domain/entities/index.js';

/** Reads the records a write may attach through: the store for the API, the file and the store for an import. */
export type ScopeLookup = <K extends 'action' | 'indicator'>(kind: K, id: string) => Promise<EntityMap[K] | undefined>;

/** What one version of a record attaches to, resolved through its references rather than taken from its own claims. */
export interface WriteScope {
  /**
   * The services whose scope the record is in: an action's pilot service; an indicator's owner service and its
   * action's pilot service; a measure's indicator's. `undefined` stands for a link that leads to no service (an
   * action with no pilot service, an id that resolves to nothing), which no service head may write through.
   */
  serviceIds: (string | undefined)[];
  /** Commitments whose figures the record feeds with no action in between: an indicator on a commitment, its measures. */
  commitmentIds: string[];
}

const NOTHING: WriteScope = { serviceIds: [], commitmentIds: [] };

async function indicatorScope(indicator: EntityMap['indicator'], lookup: ScopeLookup): Promise<WriteScope> {
  // The indicator's own `serviceId` is a claim; the action it hangs on is what it counts in, so both must be in scope.
  const serviceIds: (string | undefined)[] = indicator.serviceId === undefined ? [] : [indicator.serviceId];
  if (indicator.actionId !== undefined) serviceIds.push((await lookup('action', indicator.actionId))?.serviceId);
  return { serviceIds, commitmentIds: indicator.commitmentId === undefined ? [] : [indicator.commitmentId] };
}

/** What `record` (one version of a record of `kind`) attaches to; nothing for kinds that are not service-scoped. */
export async function scopeOf<K extends EntityKind>(kind: K, record: EntityMap[K] | undefined, lookup: ScopeLookup): Promise<WriteScope> {
  if (record === undefined) return NOTHING;
  switch (kind) {
    case 'action':
      return { serviceIds: [(record as EntityMap['action']).serviceId], commitmentIds: [] };
    case 'indicator':
      return indicatorScope(record as EntityMap['indicator'], lookup);
    case 'measure': {
      const indicator = await lookup('indicator', (record as EntityMap['measure']).indicatorId);
      return indicator ? indicatorScope(indicator, lookup) : { serviceIds: [undefined], commitmentIds: [] };
    }
    default:
      return NOTHING;
  }
}

/**
 * The scope of a change: everything the record attaches to before it and after it (moving out of or into a scope).
 * `afterLookup` reads the records as they will be once written, when several change together (an import).
 */
export async function changeScope<K extends EntityKind>(
  kind: K,
  before: EntityMap[K] | undefined,
  after: EntityMap[K] | undefined,
  lookup: ScopeLookup,
  afterLookup: ScopeLookup = lookup,
): Promise<{ owningServiceIds: (string | undefined)[]; commitmentIds: string[] }> {
  const [b, a] = await Promise.all([scopeOf(kind, before, lookup), scopeOf(kind, after, afterLookup)]);
  return { owningServiceIds: [...b.serviceIds, ...a.serviceIds], commitmentIds: [...new Set([...b.commitmentIds, ...a.commitmentIds])] };
}
