import type { Commitment, Feedback, ListResponse } from '../../api/records';
import { useApi } from '../api-context';
import { keys } from '../query-keys';
import { useQuery, type QueryResult } from '../use-query';

/** Every feedback record (workshops, consultations, meetings), newest first. */
export function useFeedback(): QueryResult<Feedback[]> {
  const { client } = useApi();
  return useQuery<Feedback[]>(keys.feedback, async (_previous, signal) => {
    const res = await client.get<ListResponse<Feedback>>('/feedback?limit=5000', { signal });
    const items = [...(res.data?.items ?? [])].sort((a, b) => b.date.localeCompare(a.date) || a.title.localeCompare(b.title, 'fr'));
    return { data: items };
  });
}

/** Every commitment, without the roadmap tree (the feedback form links to them by reference). */
export function useCommitmentList(): QueryResult<Commitment[]> {
  const { client } = useApi();
  return useQuery<Commitment[]>(keys.commitmentList, async (_previous, signal) => {
    const res = await client.get<ListResponse<Commitment>>('/commitments?limit=5000', { signal });
    const items = [...(res.data?.items ?? [])].sort((a, b) => a.reference.localeCompare(b.reference, 'fr', { numeric: true }));
    return { data: items };
  });
}
