import type { ChangeContext, EntityMap } from '../../../domain/entities/index.js';
import { repositoryOf, type RoadmapStore } from '../../../ports/store.port.js';
import { IMPORT_KINDS, type ImportKind } from '../import-kinds.js';
import type { PlannedWrite } from './import-plan.js';

async function writeKind<K extends ImportKind>(store: RoadmapStore, kind: K, writes: readonly PlannedWrite[], ctx: ChangeContext): Promise<void> {
  const repository = repositoryOf(store, kind);
  const mine = writes.filter((w) => w.built.kind === kind);
  // The filter above is what makes these records of kind K; TypeScript cannot follow it through the union.
  const records = (operation: PlannedWrite['operation']) =>
    mine.filter((w) => w.operation === operation).map((w) => ({ record: w.built.record as EntityMap[K], version: w.built.existing?.version }));
  const creates = records('create').map((r) => r.record);
  if (creates.length > 0) await repository.createMany(creates, ctx);
  // Each update carries the version the plan was made against: a record changed meanwhile is a conflict, not overwritten.
  for (const { record, version } of records('update')) await repository.update(record, version ?? '', ctx);
}

/** Writes a plan kind by kind, what others point at first (people, services, axes… measures), creations in one batch per kind. */
export async function writePlan(store: RoadmapStore, writes: readonly PlannedWrite[], ctx: ChangeContext): Promise<void> {
  for (const kind of IMPORT_KINDS) await writeKind(store, kind, writes, ctx);
}
