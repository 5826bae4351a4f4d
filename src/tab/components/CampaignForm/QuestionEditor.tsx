import { Button, Checkbox, Field, Input, Select } from '@fluentui/react-components';
import { ArrowDown20Regular, ArrowUp20Regular, Delete20Regular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import { QUESTION_TYPES, SCALES } from '../../api/campaign-enums';
import type { QuestionType, Scale } from '../../api/campaigns';
import { errorUnder, type FieldErrors } from '../../model/field-errors';
import type { QuestionDraft } from '../../model/question-draft';
import { ChoiceOptions } from './ChoiceOptions';
import { useCampaignFormStyles } from './CampaignForm.styles';
import { QuestionSettings } from './QuestionSettings';

export interface QuestionEditorProps {
  question: QuestionDraft;
  n: number;
  count: number;
  /** Errors of this question, relative to it (`label.fr`, `options.1.label.fr`). */
  errors: FieldErrors;
  readOnly: boolean;
  onChange: (patch: Partial<QuestionDraft>) => void;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
}

/** One typed question of a custom campaign: its wording in French (and English), whether it is required, its settings. */
export function QuestionEditor({ question: q, n, count, errors, readOnly, onChange, onMove, onRemove }: QuestionEditorProps) {
  const styles = useCampaignFormStyles();
  const { t } = useTranslation();
  const text = (name: 'fr' | 'en' | 'helpFr' | 'helpEn', label: string, path: string) => {
    const error = errorUnder(errors, path);
    return (
      <Field label={label} required={name === 'fr'} validationState={error ? 'error' : undefined} validationMessage={error}>
        <Input value={q[name]} readOnly={readOnly} onChange={(_e, d) => onChange({ [name]: d.value })} />
      </Field>
    );
  };
  return (
    <fieldset className={styles.question} data-question={n}>
      <legend className={styles.questionTitle}>{t('question.heading', { n })}</legend>
      {!readOnly && (
        <div className={styles.questionHead}>
          <Button size="small" icon={<ArrowUp20Regular />} disabled={n === 1} aria-label={t('question.moveUp', { n })} onClick={() => onMove(-1)} />
          <Button size="small" icon={<ArrowDown20Regular />} disabled={n === count} aria-label={t('question.moveDown', { n })} onClick={() => onMove(1)} />
          <Button size="small" icon={<Delete20Regular />} aria-label={t('question.remove', { n })} onClick={onRemove} />
        </div>
      )}
      <Field label={t('question.type')}>
        <Select value={q.type} disabled={readOnly} onChange={(_e, d) => onChange({ type: d.value as QuestionType })}>
          {QUESTION_TYPES.map((type) => (
            <option key={type} value={type}>
              {t(`question.types.${type}`)}
            </option>
          ))}
        </Select>
      </Field>
      <Checkbox checked={q.required} disabled={readOnly} label={t('question.required')} onChange={(_e, d) => onChange({ required: d.checked === true })} />
      {text('fr', t('question.labelFr'), 'label.fr')}
      {text('en', t('question.labelEn'), 'label.en')}
      {text('helpFr', t('question.helpFr'), 'help.fr')}
      {text('helpEn', t('question.helpEn'), 'help.en')}
      {q.type === 'choice' && <ChoiceOptions question={q} errors={errors} readOnly={readOnly} onChange={onChange} />}
      {q.type === 'scale' && (
        <Field label={t('question.scale')}>
          <Select value={q.scale} disabled={readOnly} onChange={(_e, d) => onChange({ scale: d.value as Scale })}>
            {SCALES.map((scale) => (
              <option key={scale} value={scale}>
                {t(`question.scales.${scale}`)}
              </option>
            ))}
          </Select>
        </Field>
      )}
      {(q.type === 'number' || q.type === 'text') && <QuestionSettings question={q} errors={errors} readOnly={readOnly} onChange={onChange} />}
      {q.type === 'date' && <p className={styles.note}>{t('question.dateNote')}</p>}
    </fieldset>
  );
}
