import { Button, Checkbox, MessageBar, MessageBarBody, makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, VersionConflictError } from '../../api/api-error';
import type { Mandate } from '../../api/records';
import { useRecord } from '../../data/hooks/use-record';
import { useRecordWriter } from '../../data/hooks/use-save';
import { DEFAULT_INTERNAL_FIELDS, INTERNAL_FIELD_CHOICES, type InternalField } from '../../../domain/entities/internal-fields';
import { internalFields as internalFieldStrings } from '../../i18n/locales/fr/internal-fields';
import { addPageStrings } from '../../i18n/page-strings';
import { ErrorState } from '../ErrorState/ErrorState';
import { LoadingState } from '../LoadingState/LoadingState';
import { Panel } from '../Panel/Panel';

const useStyles = makeStyles({
  intro: { ...typographyStyles.body1, margin: 0, maxWidth: '110ch' },
  hint: { ...typographyStyles.caption1, color: tokens.colorNeutralForeground2, margin: 0 },
  fieldset: { border: 'none', margin: 0, padding: 0, display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(280px, 1fr))', gap: tokens.spacingVerticalXS },
  legend: { ...typographyStyles.body1Strong, padding: 0, marginBottom: tokens.spacingVerticalS },
  actions: { display: 'flex', gap: tokens.spacingHorizontalM, alignItems: 'center', marginTop: tokens.spacingVerticalM },
});

const sameSet = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((x) => b.includes(x));

/** Administrators choose which fields readers never see; saved on the mandate with If-Match. */
export function InternalFieldsPanel() {
  addPageStrings(internalFieldStrings);
  const styles = useStyles();
  const { t } = useTranslation();
  const mandate = useRecord<Mandate>('mandate', 'mandate');
  const writer = useRecordWriter();
  const stored = mandate.data?.internalFields ?? DEFAULT_INTERNAL_FIELDS;
  const [chosen, setChosen] = useState<readonly InternalField[] | undefined>();
  const [saving, setSaving] = useState(false);
  const [outcome, setOutcome] = useState<'saved' | 'conflict' | ApiError | undefined>();
  const status = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (outcome) status.current?.focus();
  }, [outcome]);
  const current = chosen ?? stored;

  const toggle = (field: InternalField, on: boolean) => {
    setOutcome(undefined);
    setChosen(on ? [...current.filter((f) => f !== field), field] : current.filter((f) => f !== field));
  };
  const save = async () => {
    if (!mandate.data) return;
    setSaving(true);
    setOutcome(undefined);
    try {
      // In the order of the choices, so that the history reads the same whatever the clicking order.
      const fields = INTERNAL_FIELD_CHOICES.filter((f) => current.includes(f));
      await writer.update<Mandate>('mandate', 'mandate', { internalFields: fields }, mandate.data.version);
      setChosen(undefined);
      setOutcome('saved');
    } catch (error) {
      if (error instanceof VersionConflictError) {
        setChosen(undefined);
        mandate.reload();
        setOutcome('conflict');
      } else setOutcome(error instanceof ApiError ? error : new ApiError(0, 'unexpected', String(error)));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Panel title={t('internalFields.title')}>
      <p className={styles.intro}>{t('internalFields.intro')}</p>
      {mandate.data ? (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          <fieldset className={styles.fieldset}>
            <legend className={styles.legend}>{t('internalFields.legend')}</legend>
            {INTERNAL_FIELD_CHOICES.map((field) => (
              <Checkbox key={field} data-internal={field} label={t(`internalFields.labels.${field}`)} checked={current.includes(field)} onChange={(_e, d) => toggle(field, d.checked === true)} />
            ))}
          </fieldset>
          {mandate.data.internalFields === undefined && <p className={styles.hint}>{t('internalFields.defaults')}</p>}
          <div className={styles.actions}>
            <Button type="submit" appearance="primary" disabled={saving || sameSet(current, stored)}>
              {saving ? t('common.saving') : t('internalFields.save')}
            </Button>
          </div>
        </form>
      ) : mandate.error ? (
        <ErrorState error={mandate.error} onRetry={mandate.reload} />
      ) : (
        <LoadingState label={t('common.loading')} />
      )}
      <div ref={status} tabIndex={-1} role="status">
        {outcome === 'saved' && (
          <MessageBar intent="success">
            <MessageBarBody>{t('internalFields.saved')}</MessageBarBody>
          </MessageBar>
        )}
        {outcome === 'conflict' && (
          <MessageBar intent="warning">
            <MessageBarBody>{t('internalFields.conflict')}</MessageBarBody>
          </MessageBar>
        )}
      </div>
      {outcome instanceof ApiError && <ErrorState error={outcome} />}
    </Panel>
  );
}
