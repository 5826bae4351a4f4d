import { useMemo } from 'react';
import type { ProposalRecord, ProposalState, ProposalView } from '../../api/campaigns';
import { queryString } from '../../api/paths';
import { useApi } from '../api-context';
import { affectedBy, keys } from '../query-keys';
import { useQuery, type QueryResult } from '../use-query';

/** Proposals in a state (optionally of one campaign), newest first, with their context. */
export function useProposals(state: ProposalState, campaignId?: string): QueryResult<ProposalView[]> {
  const { client } = useApi();
  return useQuery<ProposalView[]>(keys.proposals(state, campaignId), async (_previous, signal) => {
    const res = await client.get<{ items: ProposalView[] }>(`/proposals${queryString({ state, campaignId })}`, { signal });
    return { data: res.data?.items ?? [] };
  });
}

/** One edited value: the field and its new value (null clears it). */
export interface ProposalEdit {
  field: string;
  new: string | number | null;
}

/** Accepting (possibly with edited values) and refusing proposals; each refreshes the lists and the record it changes. */
export interface ProposalDecisions {
  accept(view: ProposalView, changes?: ProposalEdit[]): Promise<ProposalRecord>;
  refuse(view: ProposalView, reason: string): Promise<ProposalRecord>;
}

/** Sends decisions with the proposal's version (If-Match): a 412 means someone decided or changed it meanwhile. */
export function useProposalDecisions(): ProposalDecisions {
  const { client, cache } = useApi();
  return useMemo(() => {
    const path = (view: ProposalView, verb: string) => `/proposals/${encodeURIComponent(view.proposal.id)}/${verb}`;
    const refresh = (view: ProposalView, recordChanged: boolean) => {
      cache.invalidate('proposals');
      if (recordChanged) cache.invalidate(...affectedBy(view.target.kind, view.target.id), 'measures');
    };
    return {
      async accept(view, changes) {
        const body = changes && changes.length > 0 ? { changes } : {};
        const res = await client.request<ProposalRecord>('POST', path(view, 'accept'), { body, version: view.proposal.version });
        refresh(view, true);
        return res.data as ProposalRecord;
      },
      async refuse(view, reason) {
        const res = await client.request<ProposalRecord>('POST', path(view, 'refuse'), { body: { reason }, version: view.proposal.version });
        refresh(view, false);
        return res.data as ProposalRecord;
      },
    };
  }, [client, cache]);
}
