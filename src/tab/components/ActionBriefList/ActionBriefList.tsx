import { useTranslation } from 'react-i18next';
import type { ActionStatus } from '../../api/enums';
import type { ActionBrief } from '../../api/read-models';
import type { Directory } from '../../data/hooks/use-directory';
import { useFormat } from '../../i18n/use-format';
import { RouterLink } from '../../router/RouterLink';
import { paths } from '../../router/routes';
import { EmptyState } from '../EmptyState/EmptyState';
import { ActionStatusBadge, LateBadge } from '../StatusBadge/StatusBadge';
import { WeatherLabel } from '../WeatherLabel/WeatherLabel';
import { useActionBriefListStyles } from './ActionBriefList.styles';

export interface ActionBriefListProps {
  items: ActionBrief[];
  directory: Directory;
  empty: string;
  /** Show the blockers under each action (the "to decide" list). */
  showBlockers?: boolean;
}

/** A short list of actions: title (link), service, status, lateness, météo, and optionally the blockers. */
export function ActionBriefList({ items, directory, empty, showBlockers }: ActionBriefListProps) {
  const styles = useActionBriefListStyles();
  const { t } = useTranslation();
  const format = useFormat();
  if (items.length === 0) return <EmptyState>{empty}</EmptyState>;
  return (
    <ul className={styles.list}>
      {items.map((a) => (
        <li key={a.id} className={styles.item}>
          <div className={styles.top}>
            <RouterLink to={paths.action(a.id)} className={styles.title}>
              {a.title}
            </RouterLink>
            <LateBadge daysLate={a.daysLate} />
          </div>
          <div className={styles.meta}>
            <ActionStatusBadge status={a.status as ActionStatus} />
            <WeatherLabel weather={a.weather} />
            <span>{directory.serviceName(a.serviceId) ?? t('common.noService')}</span>
            {a.effectiveDueDate && <span>{t('fields.dueOn', { date: format.date(a.effectiveDueDate) })}</span>}
          </div>
          {showBlockers && a.blockers && <p className={styles.note}>{a.blockers}</p>}
        </li>
      ))}
    </ul>
  );
}
