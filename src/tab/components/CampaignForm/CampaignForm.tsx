import { Field, Input, Radio, RadioGroup, Select, Textarea } from '@fluentui/react-components';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { APPLY_MODES, CAMPAIGN_KINDS } from '../../api/campaign-enums';
import type { ApplyMode, CampaignKind } from '../../api/campaigns';
import type { Directory } from '../../data/hooks/use-directory';
import { DEFAULT_AUDIENCE, type CampaignDraft } from '../../model/campaign-draft';
import type { FieldErrors } from '../../model/field-errors';
import { newQuestion } from '../../model/question-draft';
import { AudienceField } from './AudienceField';
import { useCampaignFormStyles } from './CampaignForm.styles';
import { QuestionList } from './QuestionList';
import { ReminderChips } from './ReminderChips';

export interface CampaignFormProps {
  id: string;
  draft: CampaignDraft;
  onChange: (patch: Partial<CampaignDraft>) => void;
  /** The API's messages by path, shown beside their fields. */
  errors: FieldErrors;
  readOnly: boolean;
  directory: Directory;
  onSubmit: () => void;
}

/** Everything a campaign is made of: kind and wording, recipients, dates and reminders, what answers do, questions. */
export function CampaignForm({ id, draft, onChange, errors, readOnly, directory, onSubmit }: CampaignFormProps) {
  const styles = useCampaignFormStyles();
  const { t } = useTranslation();
  const message = (path: string) => ({ validationState: errors[path] ? ('error' as const) : undefined, validationMessage: errors[path] });
  const changeKind = (kind: CampaignKind) => {
    const untouched = draft.serviceIds.length === 0 && draft.personIds.length === 0;
    onChange({
      kind,
      ...(untouched ? { audience: DEFAULT_AUDIENCE[kind] } : {}),
      ...(kind === 'custom' && draft.questions.length === 0 ? { questions: [newQuestion('choice', [])] } : {}),
    });
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSubmit();
  };
  return (
    <form id={id} className={styles.form} onSubmit={submit} aria-label={t('campaign.formLabel')} noValidate>
      <fieldset className={styles.section}>
        <legend className={styles.legend}>{t('campaign.sections.questionnaire')}</legend>
        <Field label={t('campaign.fields.kind')} hint={t(`campaignKindHelp.${draft.kind}`)} className={styles.wide} {...message('kind')}>
          <Select value={draft.kind} disabled={readOnly} onChange={(_e, d) => changeKind(d.value as CampaignKind)}>
            {CAMPAIGN_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`campaignKind.${kind}`)}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t('campaign.fields.title')} required className={styles.wide} {...message('title')}>
          <Input value={draft.title} readOnly={readOnly} data-field="title" onChange={(_e, d) => onChange({ title: d.value })} />
        </Field>
        <Field label={t('campaign.fields.description')} hint={t('campaign.fields.descriptionHint')} className={styles.wide} {...message('description')}>
          <Textarea value={draft.description} readOnly={readOnly} resize="vertical" rows={3} onChange={(_e, d) => onChange({ description: d.value })} />
        </Field>
      </fieldset>
      <fieldset className={styles.section}>
        <legend className={styles.legend}>{t('campaign.sections.audience')}</legend>
        <AudienceField draft={draft} onChange={onChange} directory={directory} errors={errors} readOnly={readOnly} />
      </fieldset>
      <fieldset className={styles.section}>
        <legend className={styles.legend}>{t('campaign.sections.schedule')}</legend>
        <Field label={t('campaign.fields.openingDate')} required {...message('openingDate')}>
          <Input type="date" value={draft.openingDate} readOnly={readOnly} data-field="openingDate" onChange={(_e, d) => onChange({ openingDate: d.value })} />
        </Field>
        <Field label={t('campaign.fields.deadline')} required {...message('deadline')}>
          <Input type="date" value={draft.deadline} readOnly={readOnly} data-field="deadline" onChange={(_e, d) => onChange({ deadline: d.value })} />
        </Field>
        <ReminderChips offsets={draft.reminderOffsets} onChange={(reminderOffsets) => onChange({ reminderOffsets })} errors={errors} readOnly={readOnly} />
      </fieldset>
      <fieldset className={styles.section}>
        <legend className={styles.legend}>{t('campaign.sections.answers')}</legend>
        <Field label={t('campaign.fields.applyMode')} className={styles.wide} {...message('applyMode')}>
          <RadioGroup value={draft.applyMode} disabled={readOnly} onChange={(_e, d) => onChange({ applyMode: d.value as ApplyMode })}>
            {APPLY_MODES.map((mode) => (
              <Radio key={mode} value={mode} label={t(`applyMode.${mode}`)} />
            ))}
          </RadioGroup>
        </Field>
      </fieldset>
      {draft.kind === 'custom' && (
        <fieldset className={styles.section}>
          <legend className={styles.legend}>{t('campaign.sections.questions')}</legend>
          <QuestionList questions={draft.questions} errors={errors} readOnly={readOnly} onChange={(questions) => onChange({ questions })} />
        </fieldset>
      )}
    </form>
  );
}
