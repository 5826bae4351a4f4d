import { Button, Field, Select } from '@fluentui/react-components';
import { ArrowDownload20Regular } from '@fluentui/react-icons';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/api-error';
import { DELIVERY_STATES, type DeliveryState } from '../../api/campaign-enums';
import type { RecipientRow } from '../../api/campaigns';
import { EmptyState } from '../../components/EmptyState/EmptyState';
import { ErrorState } from '../../components/ErrorState/ErrorState';
import { LoadingState } from '../../components/LoadingState/LoadingState';
import { Panel } from '../../components/Panel/Panel';
import { RecipientTable } from '../../components/RecipientTable/RecipientTable';
import { useRecipientTableStyles } from '../../components/RecipientTable/RecipientTable.styles';
import { useCampaignWriter } from '../../data/hooks/use-campaign-writer';
import type { QueryResult } from '../../data/use-query';
import { saveFile } from '../../hooks/save-file';

// "Late" is a sent card past the deadline, whether or not the server has moved it to `late` yet.
const shownIn = (r: RecipientRow, state: DeliveryState): boolean =>
  state === 'late' ? r.late || r.state === 'late' : state === 'sent' ? r.state === 'sent' && !r.late : r.state === state;

/** The recipients of a launched campaign, filtered by state, with the CSV export of their status. */
export function RecipientsPanel({ campaignId, recipients }: { campaignId: string; recipients: QueryResult<RecipientRow[]> }) {
  const styles = useRecipientTableStyles();
  const { t } = useTranslation();
  const writer = useCampaignWriter();
  const [state, setState] = useState<DeliveryState | ''>('');
  const [exporting, setExporting] = useState(false);
  const [failure, setFailure] = useState<ApiError | undefined>();
  const all = recipients.data;
  const rows = useMemo(() => (all && state ? all.filter((r) => shownIn(r, state)) : (all ?? [])), [all, state]);

  const exportCsv = async () => {
    setExporting(true);
    setFailure(undefined);
    try {
      saveFile(await writer.recipientsCsv(campaignId), t('recipients.exportFile', { id: campaignId }));
    } catch (error) {
      setFailure(error instanceof ApiError ? error : new ApiError(0, 'unexpected', String(error)));
    } finally {
      setExporting(false);
    }
  };

  return (
    <Panel
      title={t('recipients.title')}
      aside={
        <Button icon={<ArrowDownload20Regular />} onClick={() => void exportCsv()} disabled={exporting}>
          {t('recipients.export')}
        </Button>
      }
    >
      {failure && <ErrorState error={failure} />}
      <div className={styles.tools}>
        <Field label={t('recipients.filter')}>
          <Select value={state} onChange={(_e, d) => setState(d.value as DeliveryState | '')}>
            <option value="">{t('recipients.all')}</option>
            {DELIVERY_STATES.map((s) => (
              <option key={s} value={s}>
                {t(`deliveryState.${s}`)}
              </option>
            ))}
          </Select>
        </Field>
        {all && (
          <p className={styles.count} role="status">
            {t('recipients.caption', { shown: rows.length, total: all.length })}
          </p>
        )}
      </div>
      {all ? (
        rows.length === 0 ? (
          <EmptyState>{t('recipients.empty')}</EmptyState>
        ) : (
          <RecipientTable rows={rows} label={t('recipients.title')} scrollLabel={t('recipients.scrollLabel')} />
        )
      ) : recipients.error ? (
        <ErrorState error={recipients.error} onRetry={recipients.reload} />
      ) : (
        <LoadingState label={t('common.loading')} />
      )}
    </Panel>
  );
}
