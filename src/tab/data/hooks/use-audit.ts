import type { AuditAction, AuditRecord } from '../../api/campaigns';
import { queryString } from '../../api/paths';
import { useApi } from '../api-context';
import { keys } from '../query-keys';
import { useQuery, type QueryResult } from '../use-query';

/** Entries shown at most (the API's default). */
export const AUDIT_LIMIT = 200;

/** The latest audit entries, newest first, optionally of one action; `enabled` false loads nothing (not an administrator). */
export function useAudit(action: AuditAction | undefined, enabled: boolean): QueryResult<AuditRecord[]> {
  const { client } = useApi();
  return useQuery<AuditRecord[]>(enabled ? keys.audit(action ?? '') : null, async (_previous, signal) => {
    const res = await client.get<{ items: AuditRecord[] }>(`/audit${queryString({ action, limit: AUDIT_LIMIT })}`, { signal });
    return { data: res.data?.items ?? [] };
  });
}
