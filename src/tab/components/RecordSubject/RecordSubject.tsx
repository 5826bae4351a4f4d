import type { HistoryEntry } from '../../api/read-models';
import type { Action, Commitment, Indicator } from '../../api/records';
import { useRecord } from '../../data/hooks/use-record';
import { RouterLink } from '../../router/RouterLink';
import { paths } from '../../router/routes';

type Titled = Action | Commitment | Indicator;

const titleOf = (record: Titled | undefined): string | undefined =>
  record === undefined ? undefined : 'name' in record ? record.name : 'reference' in record ? `${record.reference} ${record.title}` : record.title;

const LINKED = new Set(['action', 'commitment', 'indicator']);

/**
 * The record a history entry is about, as a link to its page (an action, an engagement, an indicator); its title is
 * read from the API (a deleted record keeps its id).
 */
export function RecordSubject({ entry, kindLabel }: { entry: HistoryEntry; kindLabel: string }) {
  const { entityType, entityId } = entry;
  const linked = LINKED.has(entityType) && entry.operation !== 'delete';
  const record = useRecord<Titled>(entityType as 'action', linked ? entityId : undefined).data;
  const label = titleOf(record) ?? `${kindLabel} ${entityId}`;
  if (!linked) return <span>{label}</span>;
  const to = entityType === 'action' ? paths.action(entityId) : entityType === 'indicator' ? paths.indicator(entityId) : paths.commitments;
  return <RouterLink to={to}>{label}</RouterLink>;
}
