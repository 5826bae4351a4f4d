import { Button, Field, Input, Select, mergeClasses, useId } from '@fluentui/react-components';
import { Add20Regular, Dismiss16Regular } from '@fluentui/react-icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_REMINDERS, REMINDER_OFFSET_LIMIT } from '../../api/campaign-enums';
import { errorsWithin, type FieldErrors } from '../../model/field-errors';
import { useCampaignFormStyles } from './CampaignForm.styles';
import { reminderLabel, reminderWords } from './reminder-label';

export interface ReminderChipsProps {
  offsets: readonly number[];
  onChange: (offsets: number[]) => void;
  errors: FieldErrors;
  readOnly: boolean;
}

type When = 'before' | 'after' | 'onDay';

/** Reminders relative to the deadline as chips (J-3, J-1, J+1), each removable; a row below adds one. */
export function ReminderChips({ offsets, onChange, errors, readOnly }: ReminderChipsProps) {
  const styles = useCampaignFormStyles();
  const { t } = useTranslation();
  const [days, setDays] = useState('2');
  const [when, setWhen] = useState<When>('before');
  const [problem, setProblem] = useState<string | undefined>();
  const byIndex = errorsWithin(errors, 'reminderOffsets');
  const listError = errors.reminderOffsets;
  const labelId = useId('reminders');
  const hintId = useId('reminders-hint');

  const add = () => {
    const n = when === 'onDay' ? 0 : Number(days.trim());
    if (!Number.isInteger(n) || n < 0 || n > REMINDER_OFFSET_LIMIT) return setProblem(t('campaign.reminder.range'));
    const offset = when === 'before' ? -n : n;
    if (offsets.includes(offset)) return setProblem(t('campaign.reminder.duplicate'));
    if (offsets.length >= MAX_REMINDERS) return setProblem(t('campaign.reminder.max'));
    setProblem(undefined);
    onChange([...offsets, offset].sort((a, b) => a - b));
  };

  return (
    <div className={mergeClasses(styles.wide, styles.group)} role="group" aria-labelledby={labelId} aria-describedby={hintId}>
      <span id={labelId} className={styles.groupLabel}>
        {t('campaign.fields.reminders')}
      </span>
      <p id={hintId} className={styles.note}>
        {t('campaign.fields.remindersHint')}
      </p>
      {offsets.length === 0 ? (
        <p className={styles.note}>{t('campaign.reminder.none')}</p>
      ) : (
        <ul className={styles.chips} aria-label={t('campaign.reminder.listLabel')}>
          {offsets.map((offset, index) => {
            const error = byIndex[String(index)];
            return (
              <li key={offset} className={mergeClasses(styles.chip, error && styles.chipError)} data-reminder={offset} title={reminderWords(t, offset)}>
                <span>{reminderLabel(t, offset)}</span>
                {error && <span className={styles.error}>{error}</span>}
                <Button
                  appearance="transparent"
                  size="small"
                  icon={<Dismiss16Regular />}
                  disabled={readOnly}
                  aria-label={t('campaign.reminder.remove', { label: reminderWords(t, offset) })}
                  onClick={() => onChange(offsets.filter((o) => o !== offset))}
                />
              </li>
            );
          })}
        </ul>
      )}
      {listError && <p className={styles.error}>{listError}</p>}
      {!readOnly && (
        <div className={styles.row}>
          <Field label={t('campaign.reminder.days')} validationState={problem ? 'error' : undefined} validationMessage={problem}>
            <Input
              className={styles.smallInput}
              type="number"
              min={0}
              max={REMINDER_OFFSET_LIMIT}
              step={1}
              value={when === 'onDay' ? '0' : days}
              disabled={when === 'onDay'}
              onChange={(_e, d) => setDays(d.value)}
            />
          </Field>
          <Field label={t('campaign.reminder.when')}>
            <Select value={when} onChange={(_e, d) => setWhen(d.value as When)}>
              <option value="before">{t('campaign.reminder.whenBefore')}</option>
              <option value="onDay">{t('campaign.reminder.whenOnDay')}</option>
              <option value="after">{t('campaign.reminder.whenAfter')}</option>
            </Select>
          </Field>
          <Button icon={<Add20Regular />} onClick={add}>
            {t('campaign.reminder.add')}
          </Button>
        </div>
      )}
    </div>
  );
}
