import type { HistoryEntry } from '../../api/read-models';
import { midTermChanges, STEERED_KINDS, type MidTermChanges } from '../../model/midterm-changes';
import { useApi } from '../api-context';
import { keys } from '../query-keys';
import { useQuery, type QueryResult } from '../use-query';

/** The API's cap on recent history: the newest entries come first, so the changes since the mid-term are the ones kept. */
const RECENT = 500;

/** The commitments, actions and indicators changed since the mid-term date; nothing while the date is unknown. */
export function useMidTermChanges(midTermDate: string | undefined): QueryResult<MidTermChanges> {
  const { client } = useApi();
  return useQuery<MidTermChanges>(midTermDate ? `${keys.midTermChanges}?since=${midTermDate}` : null, async (_previous, signal) => {
    const res = await client.get<{ items: HistoryEntry[] }>(`/history?limit=${RECENT}&entityType=${STEERED_KINDS.join(',')}`, { signal });
    return { data: midTermChanges(res.data?.items ?? [], midTermDate ?? '') };
  });
}
