import type { Mandate } from '../../api/records';
import { useRecord } from './use-record';

/** The mandate (collectivity name, dates), or undefined while it loads or when none is set. */
export function useMandate(): Mandate | undefined {
  return useRecord<Mandate>('mandate', 'mandate').data;
}
