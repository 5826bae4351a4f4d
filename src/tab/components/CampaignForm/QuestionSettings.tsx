import { Checkbox, Field, Input } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { FieldErrors } from '../../model/field-errors';
import type { QuestionDraft } from '../../model/question-draft';

export interface QuestionSettingsProps {
  question: QuestionDraft;
  errors: FieldErrors;
  readOnly: boolean;
  onChange: (patch: Partial<QuestionDraft>) => void;
}

type NumericSetting = 'min' | 'max' | 'maxLength';

/** The settings of a number question (bounds, unit, whole numbers) or a text question (length, lines). */
export function QuestionSettings({ question: q, errors, readOnly, onChange }: QuestionSettingsProps) {
  const { t } = useTranslation();
  const numeric = (name: NumericSetting) => (
    <Field label={t(`question.${name}`)} validationState={errors[name] ? 'error' : undefined} validationMessage={errors[name]}>
      <Input type="number" inputMode="decimal" step="any" value={q[name]} readOnly={readOnly} onChange={(_e, d) => onChange({ [name]: d.value })} />
    </Field>
  );
  if (q.type === 'number')
    return (
      <>
        {numeric('min')}
        {numeric('max')}
        <Field label={t('question.unit')} validationState={errors.unit ? 'error' : undefined} validationMessage={errors.unit}>
          <Input value={q.unit} readOnly={readOnly} onChange={(_e, d) => onChange({ unit: d.value })} />
        </Field>
        <Checkbox checked={q.integer} disabled={readOnly} label={t('question.integer')} onChange={(_e, d) => onChange({ integer: d.checked === true })} />
      </>
    );
  return (
    <>
      {numeric('maxLength')}
      <Checkbox checked={q.multiline} disabled={readOnly} label={t('question.multiline')} onChange={(_e, d) => onChange({ multiline: d.checked === true })} />
    </>
  );
}
