import { Button } from '@fluentui/react-components';
import { Add20Regular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import { errorsWithin, type FieldErrors } from '../../model/field-errors';
import { newQuestion, type QuestionDraft } from '../../model/question-draft';
import { useCampaignFormStyles } from './CampaignForm.styles';
import { QuestionEditor } from './QuestionEditor';

export interface QuestionListProps {
  questions: QuestionDraft[];
  errors: FieldErrors;
  readOnly: boolean;
  onChange: (questions: QuestionDraft[]) => void;
}

/** The questions of a custom campaign, in order: add, reorder, remove. */
export function QuestionList({ questions, errors, readOnly, onChange }: QuestionListProps) {
  const styles = useCampaignFormStyles();
  const { t } = useTranslation();
  const update = (key: string, patch: Partial<QuestionDraft>) => onChange(questions.map((q) => (q.key === key ? { ...q, ...patch } : q)));
  const move = (index: number, by: -1 | 1) => {
    const next = [...questions];
    const [moved] = next.splice(index, 1);
    if (!moved) return;
    next.splice(index + by, 0, moved);
    onChange(next);
  };
  return (
    <div className={styles.questions}>
      {questions.length === 0 && <p className={styles.note}>{t('question.none')}</p>}
      {errors.questions && <p className={styles.error}>{errors.questions}</p>}
      {questions.map((q, index) => (
        <QuestionEditor
          key={q.key}
          question={q}
          n={index + 1}
          count={questions.length}
          errors={errorsWithin(errors, `questions.${index}`)}
          readOnly={readOnly}
          onChange={(patch) => update(q.key, patch)}
          onMove={(by) => move(index, by)}
          onRemove={() => onChange(questions.filter((x) => x.key !== q.key))}
        />
      ))}
      {!readOnly && (
        <div>
          <Button icon={<Add20Regular />} onClick={() => onChange([...questions, newQuestion('choice', questions.map((q) => q.id))])}>
            {t('question.add')}
          </Button>
        </div>
      )}
    </div>
  );
}
