import { useMemo } from 'react';
import type { BilanDto, SnapshotComparisonDto, SnapshotDto } from '../../api/bilan';
import { queryString } from '../../api/paths';
import { useApi } from '../api-context';
import { keys } from '../query-keys';
import { useQuery, type QueryResult } from '../use-query';

/** The bilan de mi-mandat, from today's records or from a snapshot; `enabled` false loads nothing (a reader gets 403). */
export function useBilan(snapshotId: string | undefined, enabled: boolean): QueryResult<BilanDto> {
  const { client } = useApi();
  return useQuery<BilanDto>(enabled ? keys.bilan(snapshotId) : null, async (_previous, signal) => {
    const res = await client.get<BilanDto>(`/bilan${queryString({ snapshot: snapshotId })}`, { signal });
    return { data: res.data as BilanDto };
  });
}

/** Every snapshot's header, newest first. */
export function useSnapshots(): QueryResult<SnapshotDto[]> {
  const { client } = useApi();
  return useQuery<SnapshotDto[]>(keys.snapshots, async (_previous, signal) => {
    const res = await client.get<{ items: SnapshotDto[] }>('/snapshots', { signal });
    return { data: res.data?.items ?? [] };
  });
}

/** What moved from a snapshot to another one or to today (`to` = 'today'); loads nothing until both are chosen. */
export function useSnapshotComparison(from: string | undefined, to: string | undefined): QueryResult<SnapshotComparisonDto> {
  const { client } = useApi();
  const ready = from !== undefined && to !== undefined;
  return useQuery<SnapshotComparisonDto>(ready ? keys.comparison(from, to) : null, async (_previous, signal) => {
    const res = await client.get<SnapshotComparisonDto>(`/snapshots/compare${queryString({ from, to })}`, { signal });
    return { data: res.data as SnapshotComparisonDto };
  });
}

/** Takes a snapshot (title, optional date); the list loads again. */
export function useTakeSnapshot(): (input: { title: string; asOf?: string }) => Promise<SnapshotDto> {
  const { client, cache } = useApi();
  return useMemo(
    () => async (input) => {
      const taken = await client.post<SnapshotDto>('/snapshots', input);
      cache.invalidate(keys.snapshots);
      return taken;
    },
    [client, cache],
  );
}

/** Downloads an export (`/exports/bilan.docx`…) with the user's identity, from a snapshot when one is given. */
export function useExportDownload(): (path: string, snapshotId: string | undefined) => Promise<Blob> {
  const { client } = useApi();
  return useMemo(() => (path, snapshotId) => client.download(`/exports${path}${queryString({ snapshot: snapshotId })}`), [client]);
}
