import type { EntityKind, EntityMap, HistoryEntry, Stored } from '../../domain/entities/index.js';
import type { EntityFilters } from '../../ports/store.port.js';
import { matchesQuery } from '../authorization/record-search.js';
import type { ReadView } from '../authorization/read-view.js';
import { redactHistory, redactRecord, redactRecords } from '../authorization/redaction.js';
import type { RecordService } from './record.service.js';

/**
 * Records for output, as a view sees them: the API's reads go through here rather than RecordService's, so that no
 * route can answer with a record, a search or a history the caller may not see.
 */
export class RecordReader {
  constructor(private readonly records: Pick<RecordService, 'list' | 'get' | 'history'>) {}

  /**
   * Records of a kind, filtered, redacted, then searched: `q` runs on what the view shows, so a hidden field never
   * decides which records come back (the stores' own search would read every field).
   */
  async list<K extends EntityKind>(view: ReadView, kind: K, filter?: EntityFilters[K]): Promise<Stored<EntityMap[K]>[]> {
    const { q, ...rest } = (filter ?? {}) as EntityFilters[K] & { q?: string };
    const listed = await this.records.list(kind, rest as EntityFilters[K]);
    return redactRecords(view, kind, listed).filter((record) => matchesQuery(kind, record, q));
  }

  /** One record, redacted; NotFoundError when it does not exist. */
  async get<K extends EntityKind>(view: ReadView, kind: K, id: string): Promise<Stored<EntityMap[K]>> {
    return redactRecord(view, kind, await this.records.get(kind, id));
  }

  /** One record's history, redacted; NotFoundError only for an id that never existed (history outlives the record). */
  async history(view: ReadView, kind: EntityKind, id: string): Promise<HistoryEntry[]> {
    const entries = await this.records.history(kind, id);
    if (entries.length === 0) await this.records.get(kind, id);
    return redactHistory(view, entries);
  }
}
