import { useMemo } from 'react';
import type { EntityKind } from '../../api/enums';
import type { RecordMeta } from '../../api/records';
import { collectionPath, recordPath } from '../../api/paths';
import { useApi } from '../api-context';
import { affectedBy, keys } from '../query-keys';

export interface RecordWriter {
  /** Changes some fields of a record at `version`; rejects with VersionConflictError (412) when it moved on. */
  update<T extends RecordMeta>(kind: EntityKind, id: string, patch: Record<string, unknown>, version: string): Promise<T>;
  /** Creates a record. */
  create<T extends RecordMeta & { id: string }>(kind: EntityKind, body: Record<string, unknown>): Promise<T>;
}

/** Writes records through the API and refreshes what they affect on screen. */
export function useRecordWriter(): RecordWriter {
  const { client, cache } = useApi();
  return useMemo(
    () => ({
      async update<T extends RecordMeta>(kind: EntityKind, id: string, patch: Record<string, unknown>, version: string) {
        const saved = await client.patch<T>(recordPath(kind, id), patch, version);
        cache.set(keys.record(kind, id), saved);
        cache.invalidate(...affectedBy(kind, id).filter((k) => k !== keys.record(kind, id)));
        return saved;
      },
      async create<T extends RecordMeta & { id: string }>(kind: EntityKind, body: Record<string, unknown>) {
        const saved = await client.post<T>(collectionPath(kind), body);
        cache.invalidate(...affectedBy(kind, saved.id));
        return saved;
      },
    }),
    [client, cache],
  );
}
