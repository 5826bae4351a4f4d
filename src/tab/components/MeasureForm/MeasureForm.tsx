import { Button, Field, Input, MessageBar, MessageBarBody, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { Add20Regular } from '@fluentui/react-icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, ValidationError } from '../../api/api-error';
import type { Measure } from '../../api/records';
import { useRecordWriter } from '../../data/hooks/use-save';
import { ErrorState } from '../ErrorState/ErrorState';

const useStyles = makeStyles({
  form: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(180px, 1fr))', gap: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`, alignItems: 'end' },
  wide: { gridColumn: '1 / -1' },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS },
});

/** Adds a dated value to an indicator (source: manual). */
export function MeasureForm({ indicatorId, unit, today }: { indicatorId: string; unit: string; today: string }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const writer = useRecordWriter();
  const [date, setDate] = useState(today);
  const [value, setValue] = useState('');
  const [comment, setComment] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<ApiError | undefined>();
  const [added, setAdded] = useState<string | undefined>();
  const [saving, setSaving] = useState(false);

  const submit = async () => {
    const number = Number(value.replace(',', '.').replace(/\s/g, ''));
    const local: Record<string, string> = {};
    if (!date) local.date = t('form.required');
    if (value.trim() === '') local.value = t('form.required');
    else if (!Number.isFinite(number)) local.value = t('form.number');
    setErrors(local);
    setFailure(undefined);
    setAdded(undefined);
    if (Object.keys(local).length > 0) return;
    setSaving(true);
    try {
      await writer.create<Measure>('measure', { indicatorId, date, value: number, source: 'manual', ...(comment.trim() ? { comment: comment.trim() } : {}) });
      setAdded(`${value} ${unit}`);
      setValue('');
      setComment('');
    } catch (error) {
      if (error instanceof ValidationError) setErrors(error.messagesByField());
      else setFailure(error instanceof ApiError ? error : new ApiError(0, 'unexpected', String(error)));
    } finally {
      setSaving(false);
    }
  };

  return (
    <form
      className={styles.form}
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <Field label={t('fields.date')} required validationMessage={errors.date} validationState={errors.date ? 'error' : undefined}>
        <Input type="date" value={date} onChange={(_e, d) => setDate(d.value)} name="date" />
      </Field>
      <Field label={t('indicator.valueIn', { unit })} required validationMessage={errors.value} validationState={errors.value ? 'error' : undefined}>
        <Input type="number" inputMode="decimal" step="any" value={value} onChange={(_e, d) => setValue(d.value)} name="value" />
      </Field>
      <Field label={t('fields.comment')} className={styles.wide} validationMessage={errors.comment} validationState={errors.comment ? 'error' : undefined}>
        <Textarea value={comment} onChange={(_e, d) => setComment(d.value)} resize="vertical" name="comment" />
      </Field>
      <div className={`${styles.actions} ${styles.wide}`}>
        <Button type="submit" appearance="primary" icon={<Add20Regular />} disabled={saving}>
          {saving ? t('common.saving') : t('indicator.addMeasure')}
        </Button>
      </div>
      {failure && (
        <div className={styles.wide}>
          <ErrorState error={failure} />
        </div>
      )}
      <div className={styles.wide} role="status">
        {added && (
          <MessageBar intent="success">
            <MessageBarBody>{t('indicator.measureAdded', { value: added })}</MessageBarBody>
          </MessageBar>
        )}
      </div>
    </form>
  );
}
