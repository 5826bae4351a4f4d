import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecordEditor } from '../../data/editing/use-record-editor';
import type { Action } from '../../api/records';
import { ACTION_FIELDS, type ActionFieldName } from '../../model/action-fields';
import { fieldLabel } from '../HistoryTimeline/describe-value';
import { FormField, type ChoiceOption } from '../FormField/FormField';
import { useActionFormStyles } from './ActionForm.styles';

const SECTIONS: { title: 'follow' | 'schedule' | 'steering' | 'content'; fields: ActionFieldName[] }[] = [
  { title: 'follow', fields: ['status', 'progress', 'weather', 'trend', 'priority'] },
  { title: 'schedule', fields: ['startDate', 'dueDate', 'revisedDueDate', 'half'] },
  { title: 'steering', fields: ['serviceId', 'ownerPersonId', 'budgetPlanned', 'budgetSpent', 'staffing', 'weight'] },
  { title: 'content', fields: ['title', 'commitmentId', 'description', 'blockers', 'nextSteps'] },
];

const WIDE = new Set<ActionFieldName>(['title', 'commitmentId', 'description', 'blockers', 'nextSteps']);
const BOUNDS: Partial<Record<ActionFieldName, { min: number; max?: number }>> = {
  progress: { min: 0, max: 100 },
  budgetPlanned: { min: 0 },
  budgetSpent: { min: 0 },
  staffing: { min: 0 },
  weight: { min: 0 },
};

export interface ActionFormProps {
  editor: RecordEditor<Action>;
  readOnly: boolean;
  /** Fields shown read-only even when the rest can be edited (a service head cannot move an action). */
  locked?: ReadonlySet<ActionFieldName>;
  options: Record<string, ChoiceOption[]>;
}

/** Every field of an action, grouped; read-only for those who may not change it. */
export function ActionForm({ editor, readOnly, locked, options }: ActionFormProps) {
  const styles = useActionFormStyles();
  const { t } = useTranslation();
  const specs = new Map(ACTION_FIELDS.map((f) => [f.name, f]));
  const dirty = new Set(editor.dirty);
  return (
    <form className={styles.form} onSubmit={(e) => { e.preventDefault(); void editor.save(); }} aria-label={t('action.formLabel')}>
      {SECTIONS.map((section) => (
        <fieldset key={section.title} className={styles.section}>
          <legend className={styles.legend}>{t(`action.sections.${section.title}`)}</legend>
          {section.fields.map((name) => {
            const spec = specs.get(name);
            if (!spec) return <Fragment key={name} />;
            return (
              <FormField
                key={name}
                className={WIDE.has(name) ? styles.wide : undefined}
                spec={spec}
                label={fieldLabel(t, name)}
                value={editor.draft[name] ?? ''}
                onChange={(value) => editor.setField(name, value)}
                readOnly={readOnly || (locked?.has(name) ?? false)}
                error={editor.fieldErrors[name]}
                changed={dirty.has(name)}
                options={options[name]}
                min={BOUNDS[name]?.min}
                max={BOUNDS[name]?.max}
              />
            );
          })}
        </fieldset>
      ))}
    </form>
  );
}
