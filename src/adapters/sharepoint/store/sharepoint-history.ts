import type { EntityKind, HistoryEntry } from '../../../domain/entities/index.js';
import type { HistoryReader } from '../../../ports/store.port.js';
import { and, eq, filterParam } from '../graph/odata-filter.js';
import type { GraphPage } from '../replica/graph-item.js';
import { storeErrorOf } from '../store-errors.js';
import { decodeHistory } from './record-codec.js';
import { expandFields, itemsPath, type HistoryRow, type StoreContext } from './store-context.js';

const newestFirst = (a: HistoryRow, b: HistoryRow): number => b.itemId - a.itemId;
const entryOf = ({ itemId: _i, ...entry }: HistoryRow): HistoryEntry => entry;

/**
 * History from its own list. A record's history is asked of Graph (indexed EntityId and EntityType columns), so it
 * is complete however old; the latest entries come from a bounded replica kept by delta with the other lists.
 * EntityId comes first in the filter: SharePoint narrows with the first clause, and on a history list past the list
 * view threshold (5,000 entries, a few months of a commune's work) "every entry about actions" is refused, while one
 * record's entries are a handful.
 */
export class SharePointHistoryReader implements HistoryReader {
  constructor(private readonly c: StoreContext) {}

  async forRecord(entityType: EntityKind, entityId: string): Promise<HistoryEntry[]> {
    const rows: HistoryRow[] = [];
    const filter = filterParam(and(eq('EntityId', entityId), eq('EntityType', entityType)));
    let link: string | undefined = `${itemsPath(this.c, 'history')}?${expandFields('history')}&${filter}`;
    while (link) {
      const answer: { status: number; body: GraphPage } = await this.c.transport.call<GraphPage>({ method: 'GET', path: link });
      if (answer.status !== 200) throw storeErrorOf(`history of ${entityType} ${entityId}`, answer.status, answer.body);
      for (const item of answer.body.value ?? []) {
        const decoded = decodeHistory(item);
        if (decoded) rows.push(decoded.value);
      }
      link = answer.body['@odata.nextLink'];
    }
    return rows.sort(newestFirst).map(entryOf);
  }

  async recent(limit: number, entityTypes?: EntityKind[]): Promise<HistoryEntry[]> {
    await this.c.sync.activate('history');
    await this.c.sync.ensureFresh(this.c.freshnessMs);
    const wanted = entityTypes?.length ? new Set<string>(entityTypes) : undefined;
    return this.c.history
      .values()
      .filter((row) => !wanted || wanted.has(row.entityType))
      .sort(newestFirst)
      .slice(0, limit)
      .map(entryOf);
  }
}
