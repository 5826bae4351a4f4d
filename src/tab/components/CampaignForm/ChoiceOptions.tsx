import { Button, Checkbox, Field, Input } from '@fluentui/react-components';
import { Add20Regular, Delete20Regular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import { errorUnder, type FieldErrors } from '../../model/field-errors';
import { newOption, type OptionDraft, type QuestionDraft } from '../../model/question-draft';
import { useCampaignFormStyles } from './CampaignForm.styles';

export interface ChoiceOptionsProps {
  question: QuestionDraft;
  errors: FieldErrors;
  readOnly: boolean;
  onChange: (patch: Partial<QuestionDraft>) => void;
}

/** The options of a choice question (two at least), each in French and optionally English; one or several answers. */
export function ChoiceOptions({ question: q, errors, readOnly, onChange }: ChoiceOptionsProps) {
  const styles = useCampaignFormStyles();
  const { t } = useTranslation();
  const setOption = (key: string, patch: Partial<OptionDraft>) => onChange({ options: q.options.map((o) => (o.key === key ? { ...o, ...patch } : o)) });
  const listError = errors.options;
  return (
    <>
      <Checkbox checked={q.multiple} disabled={readOnly} label={t('question.multiple')} onChange={(_e, d) => onChange({ multiple: d.checked === true })} />
      <ul className={styles.options} aria-label={t('question.options')}>
        {q.options.map((o, index) => {
          const n = index + 1;
          const frError = errorUnder(errors, `options.${index}.label.fr`) ?? errorUnder(errors, `options.${index}.value`);
          const enError = errorUnder(errors, `options.${index}.label.en`);
          return (
            <li key={o.key} className={styles.option}>
              <Field label={t('question.optionFr', { n })} required validationState={frError ? 'error' : undefined} validationMessage={frError}>
                <Input value={o.fr} readOnly={readOnly} onChange={(_e, d) => setOption(o.key, { fr: d.value })} />
              </Field>
              <Field label={t('question.optionEn', { n })} validationState={enError ? 'error' : undefined} validationMessage={enError}>
                <Input value={o.en} readOnly={readOnly} onChange={(_e, d) => setOption(o.key, { en: d.value })} />
              </Field>
              {!readOnly && (
                <Button
                  icon={<Delete20Regular />}
                  aria-label={t('question.removeOption', { n })}
                  disabled={q.options.length <= 2}
                  onClick={() => onChange({ options: q.options.filter((x) => x.key !== o.key) })}
                />
              )}
            </li>
          );
        })}
      </ul>
      {listError && <p className={styles.error}>{listError}</p>}
      {!readOnly && (
        <div>
          <Button icon={<Add20Regular />} onClick={() => onChange({ options: [...q.options, newOption(q.options)] })}>
            {t('question.addOption')}
          </Button>
        </div>
      )}
    </>
  );
}
