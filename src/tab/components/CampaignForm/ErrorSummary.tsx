import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { FieldErrors } from '../../model/field-errors';
import { reminderLabel } from './reminder-label';

const TOP_FIELDS = ['kind', 'title', 'description', 'openingDate', 'deadline', 'applyMode'] as const;

/** Where an API path sits in the form, in words ("Date limite", "Question 2"). */
export function pathLabel(t: TFunction, path: string, reminderOffsets: readonly number[] = []): string {
  const [head = '', index] = path.split('.');
  if ((TOP_FIELDS as readonly string[]).includes(head)) return t(`campaign.fields.${head as (typeof TOP_FIELDS)[number]}`);
  if (head === 'audience') return t('campaign.fields.audience');
  const offset = index === undefined ? undefined : reminderOffsets[Number(index)];
  if (head === 'reminderOffsets') return offset === undefined ? t('campaign.fields.reminders') : `${t('campaign.fields.reminders')} ${reminderLabel(t, offset)}`;
  if (head === 'questions') return index === undefined ? t('campaign.sections.questions') : t('question.heading', { n: Number(index) + 1 });
  return path;
}

/** Every problem the API found, listed at the top of the form (each is also shown beside its field). */
export function ErrorSummary({ errors, reminderOffsets }: { errors: FieldErrors; reminderOffsets: readonly number[] }) {
  const { t } = useTranslation();
  const entries = Object.entries(errors);
  if (entries.length === 0) return null;
  return (
    <div role="alert">
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{t('campaign.errorsTitle', { count: entries.length })}</MessageBarTitle>
          <ul aria-label={t('campaign.errorsLabel')}>
            {entries.map(([path, message]) => (
              <li key={path}>{`${pathLabel(t, path, reminderOffsets)}${t('history.colon')}${message}`}</li>
            ))}
          </ul>
        </MessageBarBody>
      </MessageBar>
    </div>
  );
}
