import type { OperationKind } from '../../../ports/operations.port.js';

/** Items of the operational lists that reads met and could not use (made or broken by hand in SharePoint). */
export class RejectedItems {
  private readonly byKind = new Map<OperationKind, Set<string>>();

  /** Notes how an item read: a broken one is counted until it reads well again. */
  note(kind: OperationKind, itemId: string, ok: boolean): void {
    const ids = this.byKind.get(kind) ?? new Set<string>();
    if (ok) ids.delete(itemId);
    else ids.add(itemId);
    this.byKind.set(kind, ids);
  }

  /** How many, by kind (kinds without any left out). */
  counts(): Partial<Record<OperationKind, number>> {
    return Object.fromEntries([...this.byKind].filter(([, ids]) => ids.size > 0).map(([kind, ids]) => [kind, ids.size]));
  }
}
