import { Button, MessageBar, MessageBarBody } from '@fluentui/react-components';
import { Share20Regular } from '@fluentui/react-icons';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Action } from '../../api/records';
import { useHost } from '../../app/host-context';
import { actionOptions } from '../../components/ActionForm/action-options';
import { ActionForm } from '../../components/ActionForm/ActionForm';
import { Breadcrumbs } from '../../components/Breadcrumbs/Breadcrumbs';
import { ConflictPanel } from '../../components/ConflictPanel/ConflictPanel';
import { ErrorState } from '../../components/ErrorState/ErrorState';
import { describeValue, fieldLabel, type ValueContext } from '../../components/HistoryTimeline/describe-value';
import { HistoryTimeline } from '../../components/HistoryTimeline/HistoryTimeline';
import { LinkedIndicators } from '../../components/LinkedIndicators/LinkedIndicators';
import { LoadingState } from '../../components/LoadingState/LoadingState';
import { PageHeader } from '../../components/PageHeader/PageHeader';
import { Panel } from '../../components/Panel/Panel';
import { SaveBar } from '../../components/SaveBar/SaveBar';
import { ActionStatusBadge, LateBadge } from '../../components/StatusBadge/StatusBadge';
import { TrendLabel } from '../../components/TrendLabel/TrendLabel';
import { WeatherLabel } from '../../components/WeatherLabel/WeatherLabel';
import { useRecordEditor } from '../../data/editing/use-record-editor';
import { useDirectory } from '../../data/hooks/use-directory';
import { useMe } from '../../data/hooks/use-me';
import { useHistory, useRecord } from '../../data/hooks/use-record';
import { useRoadmapIndex } from '../../data/hooks/use-roadmap-index';
import { useFormat } from '../../i18n/use-format';
import { ACTION_FIELDS } from '../../model/action-fields';
import { canEditAction, canMoveAction } from '../../model/permissions';
import { parseField } from '../../model/record-draft';
import { paths } from '../../router/routes';
import { actionSubPage } from '../../teams/deep-link';
import { ActionSummary } from './ActionSummary';
import { useActionPageStyles } from './ActionPage.styles';

/** What stays read-only for those who edit an action but may not move it to another commitment. */
const LOCKED_FOR_HEADS: ReadonlySet<'commitmentId'> = new Set(['commitmentId']);

/** One action: every field (editable by those allowed), its history, its indicators; conflicts handled. */
export function ActionPage({ id }: { id: string }) {
  const styles = useActionPageStyles();
  const { t } = useTranslation();
  const format = useFormat();
  const host = useHost();
  const me = useMe().data;
  const directory = useDirectory();
  const record = useRecord<Action>('action', id);
  const history = useHistory('action', id);
  const { index } = useRoadmapIndex();
  const editor = useRecordEditor<Action>('action', record.data, ACTION_FIELDS);
  const context = index?.actionById.get(id);
  const action = editor.base;
  const canEdit = action !== undefined && canEditAction(me, action);
  const options = useMemo(() => actionOptions(t, index, directory, me, action?.serviceId ?? ''), [t, index, directory, me, action?.serviceId]);

  const referenceLabel = useCallback(
    (field: string, value: string) => {
      if (field !== 'commitmentId') return undefined;
      const c = index?.commitmentById.get(value)?.commitment;
      return c ? `${c.reference} ${c.title}` : undefined;
    },
    [index],
  );
  const ctx: ValueContext = { t, format, directory, entityType: 'action', referenceLabel };
  const describeDraft = (field: string, text: string) => {
    const spec = ACTION_FIELDS.find((f) => f.name === field);
    return describeValue(field, spec ? parseField(spec, text) : text, ctx);
  };

  if (!action)
    return (
      <>
        <PageHeader title={t('action.title')} before={<Breadcrumbs items={[{ label: t('nav.roadmap'), to: paths.roadmap }]} />} />
        {record.error ? <ErrorState error={record.error} onRetry={record.reload} /> : <LoadingState label={t('common.loading')} />}
      </>
    );

  const crumbs = [
    { label: t('nav.roadmap'), to: paths.roadmap },
    ...(context ? [{ label: context.axis.title, to: paths.roadmap, query: { axis: context.axis.id } }] : []),
    ...(context ? [{ label: `${context.commitment.reference} ${context.commitment.title}` }] : []),
  ];
  return (
    <div className={styles.stack}>
      <PageHeader
        before={<Breadcrumbs items={crumbs} />}
        title={action.title}
        subtitle={
          <span className={styles.badges}>
            <ActionStatusBadge status={action.status} />
            <LateBadge daysLate={context?.action.daysLate ?? 0} />
            <WeatherLabel weather={action.weather} />
            <TrendLabel trend={action.trend} />
            <span>{directory.serviceName(action.serviceId) ?? t('common.noService')}</span>
          </span>
        }
        actions={
          host.teams && (
            <Button icon={<Share20Regular />} onClick={() => host.teams?.shareDeepLink(actionSubPage(action.id), action.title)}>
              {t('action.shareLink')}
            </Button>
          )
        }
      />
      {editor.conflict && (
        <ConflictPanel
          fields={ACTION_FIELDS}
          base={action}
          theirs={editor.conflict}
          draft={editor.draft}
          labelOf={(f) => fieldLabel(t, f)}
          describe={describeDraft}
          when={format.dateTime(editor.conflict.updatedAt)}
          onReapply={editor.reapplyMine}
          onDiscard={editor.discardMine}
        />
      )}
      {editor.error && <ErrorState error={editor.error} />}
      {!canEdit && (
        <MessageBar intent="info">
          <MessageBarBody>{t('common.readOnly')}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.layout}>
        <div className={styles.stack}>
          <ActionForm editor={editor} readOnly={!canEdit} locked={canMoveAction(me, action) ? undefined : LOCKED_FOR_HEADS} options={options} />
          {canEdit && (
            <SaveBar
              dirtyCount={editor.dirty.length}
              saving={editor.saving}
              saved={editor.saved}
              disabled={editor.conflict !== undefined}
              onSave={() => void editor.save()}
              onReset={editor.reset}
            />
          )}
        </div>
        <div className={styles.aside}>
          <Panel title={t('action.summary')}>
            <ActionSummary action={action} daysLate={context?.action.daysLate ?? 0} />
          </Panel>
          <Panel title={t('action.indicators')}>
            <LinkedIndicators indicators={context?.action.indicators ?? []} />
          </Panel>
          <Panel title={t('action.history')}>
            {history.data ? (
              <HistoryTimeline entries={history.data} referenceLabel={referenceLabel} />
            ) : history.error ? (
              <ErrorState error={history.error} onRetry={history.reload} />
            ) : (
              <LoadingState label={t('common.loading')} />
            )}
          </Panel>
        </div>
      </div>
    </div>
  );
}
