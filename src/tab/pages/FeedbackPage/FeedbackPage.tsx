import { Button, Field, MessageBar, MessageBarBody, SearchBox, Select, makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import { Add20Regular } from '@fluentui/react-icons';
import { Suspense, lazy, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FEEDBACK_KINDS, type FeedbackKindCode } from '../../api/bilan';
import { EmptyState } from '../../components/EmptyState/EmptyState';
import { ErrorState } from '../../components/ErrorState/ErrorState';
import { FeedbackTable } from '../../components/FeedbackTable/FeedbackTable';
import { LoadingState } from '../../components/LoadingState/LoadingState';
import { PageHeader } from '../../components/PageHeader/PageHeader';
import { Panel } from '../../components/Panel/Panel';
import { useDirectory } from '../../data/hooks/use-directory';
import { useCommitmentList, useFeedback } from '../../data/hooks/use-feedback';
import { useMe } from '../../data/hooks/use-me';
import { feedback as feedbackStrings } from '../../i18n/locales/fr/feedback';
import { addPageStrings } from '../../i18n/page-strings';
import { foldText } from '../../model/fold-text';
import { canWriteFeedback } from '../../model/permissions';
import type { FeedbackDialog } from './FeedbackDialogs';

// Dialogs (and their form controls) download when one opens: readers never need them.
const FeedbackDialogs = lazy(() => import('./FeedbackDialogs').then((m) => ({ default: m.FeedbackDialogs })));

const useStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  tools: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: tokens.spacingHorizontalL },
  count: { ...typographyStyles.body1, color: tokens.colorNeutralForeground2, margin: 0 },
});

/** Retours: what citizen workshops, consultations, seminars and meetings said, linked to commitments; recorded by the pilotage team. */
export function FeedbackPage() {
  addPageStrings(feedbackStrings);
  const styles = useStyles();
  const { t } = useTranslation();
  const me = useMe().data;
  const directory = useDirectory();
  const feedback = useFeedback();
  const commitments = useCommitmentList().data ?? [];
  const mayWrite = canWriteFeedback(me);
  const [kind, setKind] = useState<FeedbackKindCode | ''>('');
  const [q, setQ] = useState('');
  const [dialog, setDialog] = useState<FeedbackDialog | undefined>();
  // A count, so that each new record moves the focus to the message again.
  const [created, setCreated] = useState(0);
  const status = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (created > 0) status.current?.focus();
  }, [created]);

  const labels = useMemo(() => new Map(commitments.map((c) => [c.id, `${c.reference} ${c.title}`])), [commitments]);
  const commitmentLabel = useCallback((id: string) => labels.get(id) ?? id, [labels]);
  const items = useMemo(() => {
    const needle = foldText(q.trim());
    return (feedback.data ?? []).filter(
      (f) =>
        (kind === '' || f.kind === kind) &&
        (!needle || foldText(`${f.title} ${f.summary ?? ''} ${f.themes.join(' ')} ${f.commitmentIds.map(commitmentLabel).join(' ')}`).includes(needle)),
    );
  }, [feedback.data, kind, q, commitmentLabel]);

  const header = (
    <PageHeader
      title={t('feedback.title')}
      subtitle={t('feedback.subtitle')}
      actions={
        mayWrite && (
          <Button appearance="primary" icon={<Add20Regular />} onClick={() => setDialog({ kind: 'new' })}>
            {t('feedback.new')}
          </Button>
        )
      }
    />
  );
  return (
    <div className={styles.stack}>
      {header}
      {me && !mayWrite && (
        <MessageBar intent="info">
          <MessageBarBody>{t('feedback.readOnly')}</MessageBarBody>
        </MessageBar>
      )}
      <div ref={status} tabIndex={-1} role="status">
        {created > 0 && (
          <MessageBar intent="success">
            <MessageBarBody>{t('feedback.created')}</MessageBarBody>
          </MessageBar>
        )}
      </div>
      <div className={styles.tools} role="search" aria-label={t('feedback.filters')}>
        <Field label={t('feedback.kind')}>
          <Select value={kind} onChange={(_e, d) => setKind(d.value as FeedbackKindCode | '')}>
            <option value="">{t('feedback.allKinds')}</option>
            {FEEDBACK_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`feedbackKind.${k}`)}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t('feedback.search')}>
          <SearchBox value={q} onChange={(_e, d) => setQ(d.value)} />
        </Field>
        {feedback.data && (
          <p className={styles.count} role="status">
            {t('feedback.count', { count: items.length })}
          </p>
        )}
      </div>
      <Panel title={t('feedback.title')}>
        {feedback.data ? (
          feedback.data.length === 0 ? (
            <EmptyState>{t('feedback.empty')}</EmptyState>
          ) : items.length === 0 ? (
            <EmptyState>{t('feedback.noMatch')}</EmptyState>
          ) : (
            <FeedbackTable items={items} commitmentLabel={commitmentLabel} onEdit={mayWrite ? (item) => setDialog({ kind: 'edit', item }) : undefined} />
          )
        ) : feedback.error ? (
          <ErrorState error={feedback.error} onRetry={feedback.reload} />
        ) : (
          <LoadingState label={t('common.loading')} />
        )}
      </Panel>
      {dialog && (
        <Suspense fallback={<LoadingState label={t('common.loading')} />}>
          <FeedbackDialogs
            dialog={dialog}
            commitments={commitments}
            directory={directory}
            today={new Date().toISOString().slice(0, 10)}
            onCreated={() => setCreated((n) => n + 1)}
            onClose={() => setDialog(undefined)}
          />
        </Suspense>
      )}
    </div>
  );
}
