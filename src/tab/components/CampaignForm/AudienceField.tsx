import { Field, Radio, RadioGroup } from '@fluentui/react-components';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { AUDIENCE_KINDS } from '../../api/campaign-enums';
import type { Directory } from '../../data/hooks/use-directory';
import type { CampaignDraft } from '../../model/campaign-draft';
import { recipientsOf } from '../../model/campaign-audience';
import { errorUnder, type FieldErrors } from '../../model/field-errors';
import { useCampaignFormStyles } from './CampaignForm.styles';
import { PickerField } from './PickerField';

export interface AudienceFieldProps {
  draft: CampaignDraft;
  onChange: (patch: Partial<CampaignDraft>) => void;
  directory: Directory;
  errors: FieldErrors;
  readOnly: boolean;
}

const byLabel = (a: { label: string }, b: { label: string }) => a.label.localeCompare(b.label, 'fr');

/** Who receives the campaign: heads of chosen services, every elected official, or named people; with the count it makes. */
export function AudienceField({ draft, onChange, directory, errors, readOnly }: AudienceFieldProps) {
  const styles = useCampaignFormStyles();
  const { t } = useTranslation();
  const services = useMemo(() => directory.services.map((s) => ({ id: s.id, label: s.name, secondary: s.code })).sort(byLabel), [directory.services]);
  const people = useMemo(() => directory.people.map((p) => ({ id: p.id, label: p.displayName, secondary: p.jobTitle })).sort(byLabel), [directory.people]);
  const resolved = useMemo(() => recipientsOf(draft, directory), [draft, directory]);
  const kindError = errors.audience ?? errors['audience.kind'];
  return (
    <>
      <Field label={t('campaign.fields.audience')} className={styles.wide} validationState={kindError ? 'error' : undefined} validationMessage={kindError}>
        <RadioGroup
          layout="horizontal"
          value={draft.audience}
          disabled={readOnly}
          onChange={(_e, data) => onChange({ audience: data.value as CampaignDraft['audience'] })}
        >
          {AUDIENCE_KINDS.map((kind) => (
            <Radio key={kind} value={kind} label={t(`audienceKind.${kind}`)} />
          ))}
        </RadioGroup>
      </Field>
      {draft.audience === 'service_heads' && (
        <div className={styles.wide}>
          <PickerField
            field="serviceIds"
            label={t('campaign.fields.services')}
            placeholder={t('campaign.pick.servicesPlaceholder')}
            hint={t('campaign.fields.servicesHint')}
            items={services}
            selected={draft.serviceIds}
            onChange={(serviceIds) => onChange({ serviceIds })}
            error={errorUnder(errors, 'audience.serviceIds')}
            disabled={readOnly}
          />
        </div>
      )}
      {draft.audience === 'people' && (
        <div className={styles.wide}>
          <PickerField
            field="personIds"
            label={t('campaign.fields.people')}
            placeholder={t('campaign.pick.peoplePlaceholder')}
            items={people}
            selected={draft.personIds}
            onChange={(personIds) => onChange({ personIds })}
            error={errorUnder(errors, 'audience.personIds')}
            disabled={readOnly}
          />
        </div>
      )}
      <p className={styles.note} role="status" data-testid="recipient-count">
        {t('campaign.pick.recipients', { count: resolved.personIds.length })}
      </p>
      {resolved.servicesWithoutHead.length > 0 && (
        <p className={styles.warning}>{t('campaign.pick.withoutHead', { count: resolved.servicesWithoutHead.length })}</p>
      )}
    </>
  );
}
