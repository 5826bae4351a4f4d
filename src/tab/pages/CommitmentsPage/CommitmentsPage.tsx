import { Field, SearchBox, Select, makeStyles, tokens } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { COMMITMENT_STATUSES, type CommitmentStatus } from '../../api/enums';
import type { CommitmentNode } from '../../api/read-models';
import { CommitmentTable } from '../../components/CommitmentTable/CommitmentTable';
import { EmptyState } from '../../components/EmptyState/EmptyState';
import { ErrorState } from '../../components/ErrorState/ErrorState';
import { LoadingState } from '../../components/LoadingState/LoadingState';
import { PageHeader } from '../../components/PageHeader/PageHeader';
import { Panel } from '../../components/Panel/Panel';
import { useDirectory } from '../../data/hooks/use-directory';
import { useMe } from '../../data/hooks/use-me';
import { useRoadmapIndex } from '../../data/hooks/use-roadmap-index';
import { foldText } from '../../model/fold-text';
import { useQueryParams } from '../../router/use-location';
import { CommitmentEditDialog } from './CommitmentEditDialog';

const useStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  filters: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalL, alignItems: 'end' },
});

/** Engagements: status of each electoral promise and the public justification of any gap. */
export function CommitmentsPage() {
  const styles = useStyles();
  const { t } = useTranslation();
  const me = useMe().data;
  const directory = useDirectory();
  const { index, error, reload } = useRoadmapIndex();
  const [status, setStatus] = useState<CommitmentStatus | ''>('');
  const [q, setQ] = useState('');
  // `?edit=<id>` opens an engagement's dialog directly (the bilan links there to enter a gap's justification).
  const [query, setQuery] = useQueryParams();
  const editing = query.get('edit') ?? undefined;
  const setEditing = (id: string | undefined) => setQuery({ edit: id });

  const counts = useMemo(() => {
    const all = [...(index?.commitmentById.values() ?? [])].map((c) => c.commitment.status);
    return Object.fromEntries(COMMITMENT_STATUSES.map((s) => [s, all.filter((x) => x === s).length])) as Record<CommitmentStatus, number>;
  }, [index]);
  const axes = useMemo(() => {
    const needle = foldText(q.trim());
    return (index?.roadmap.axes ?? [])
      .map((axis) => ({
        axis,
        commitments: axis.commitments.filter(
          (c: CommitmentNode) => (status === '' || c.status === status) && (!needle || (index?.commitmentById.get(c.id)?.text.includes(needle) ?? false)),
        ),
      }))
      .filter((a) => a.commitments.length > 0);
  }, [index, status, q]);
  const editedNode = editing ? index?.commitmentById.get(editing)?.commitment : undefined;

  const header = (
    <PageHeader
      title={t('commitments.title')}
      subtitle={index ? COMMITMENT_STATUSES.map((s) => `${t(`commitmentStatus.${s}`)} ${counts[s]}`).join(' · ') : undefined}
    />
  );
  if (!index) return <>{header}{error ? <ErrorState error={error} onRetry={reload} /> : <LoadingState label={t('common.loading')} />}</>;
  return (
    <div className={styles.stack}>
      {header}
      <div className={styles.filters} role="search" aria-label={t('commitments.filtersLabel')}>
        <Field label={t('fields.status')}>
          <Select value={status} onChange={(_e, d) => setStatus(d.value as CommitmentStatus | '')}>
            <option value="">{t('common.all')}</option>
            {COMMITMENT_STATUSES.map((s) => (
              <option key={s} value={s}>{`${t(`commitmentStatus.${s}`)} (${counts[s]})`}</option>
            ))}
          </Select>
        </Field>
        <Field label={t('roadmap.search')}>
          <SearchBox value={q} onChange={(_e, d) => setQ(d.value)} />
        </Field>
      </div>
      {axes.length === 0 && <EmptyState>{t('commitments.none')}</EmptyState>}
      {axes.map(({ axis, commitments }) => (
        <Panel key={axis.id} title={axis.title}>
          <CommitmentTable
            caption={t('commitments.caption', { count: commitments.length, axis: axis.title })}
            commitments={commitments}
            directory={directory}
            me={me}
            onEdit={(c) => setEditing(c.id)}
          />
        </Panel>
      ))}
      {editedNode && <CommitmentEditDialog commitment={editedNode} index={index} directory={directory} me={me} onClose={() => setEditing(undefined)} />}
    </div>
  );
}
