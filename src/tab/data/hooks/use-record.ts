import type { EntityKind } from '../../api/enums';
import type { HistoryEntry } from '../../api/read-models';
import type { ListResponse, Measure, RecordMeta } from '../../api/records';
import { queryString, recordPath } from '../../api/paths';
import { useApi } from '../api-context';
import { keys } from '../query-keys';
import { useQuery, type QueryResult } from '../use-query';

/** One record, fresh from the API, with its version (what a write must send back). */
export function useRecord<T extends RecordMeta>(kind: EntityKind, id: string | undefined): QueryResult<T> {
  const { client } = useApi();
  return useQuery<T>(id === undefined ? null : keys.record(kind, id), async (_previous, signal) => {
    const res = await client.get<T>(recordPath(kind, id ?? ''), { signal });
    return { data: res.data as T, etag: res.etag };
  });
}

/** The history of one record, newest first. */
export function useHistory(kind: EntityKind, id: string | undefined): QueryResult<HistoryEntry[]> {
  const { client } = useApi();
  return useQuery<HistoryEntry[]>(id === undefined ? null : keys.history(kind, id), async (_previous, signal) => {
    const res = await client.get<{ items: HistoryEntry[] }>(`${recordPath(kind, id ?? '')}/history`, { signal });
    return { data: res.data?.items ?? [] };
  });
}

/** Every measure of an indicator, oldest first. */
export function useMeasures(indicatorId: string | undefined): QueryResult<Measure[]> {
  const { client } = useApi();
  return useQuery<Measure[]>(indicatorId === undefined ? null : keys.measures(indicatorId), async (_previous, signal) => {
    const res = await client.get<ListResponse<Measure>>(`/measures${queryString({ indicatorId, limit: 5000 })}`, { signal });
    const items = [...(res.data?.items ?? [])].sort((a, b) => a.date.localeCompare(b.date));
    return { data: items };
  });
}
