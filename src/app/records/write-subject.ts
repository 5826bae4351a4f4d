import type { EntityKind, EntityMap } from '../../domain/entities/index.js';
import { repositoryOf, type RoadmapStore } from '../../ports/store.port.js';
import type { WriteSubject } from '../authorization/policy.js';
import { changeScope, type ScopeLookup } from '../authorization/write-scope.js';

/** Resolves what a record attaches to from the stored records. */
export const storeLookup =
  (store: RoadmapStore): ScopeLookup =>
  (kind, id) =>
    repositoryOf(store, kind).get(id);

/** The policy's subject for a change of one record, its scope resolved through the records it points at. */
export async function writeSubject<K extends EntityKind>(
  lookup: ScopeLookup,
  kind: K,
  before: EntityMap[K] | undefined,
  after: EntityMap[K] | undefined,
): Promise<WriteSubject<K>> {
  return { kind, ...(before ? { before } : {}), ...(after ? { after } : {}), ...(await changeScope(kind, before, after, lookup)) };
}
