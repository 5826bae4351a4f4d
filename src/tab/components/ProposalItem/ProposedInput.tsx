import { Input, Select, Textarea } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { TRENDS, WEATHERS } from '../../api/enums';
import { proposedFieldKind } from '../../model/proposal-edit';

export interface ProposedInputProps {
  field: string;
  value: string;
  label: string;
  onChange: (value: string) => void;
}

/** The inline input of one proposed field, typed by field (progress 0–100, météo, tendance, text, number, date). */
export function ProposedInput({ field, value, label, onChange }: ProposedInputProps) {
  const { t } = useTranslation();
  const common = { value, 'aria-label': label, 'data-edit': field };
  switch (proposedFieldKind(field)) {
    case 'progress':
      return <Input {...common} type="number" min={0} max={100} step={1} onChange={(_e, d) => onChange(d.value)} />;
    case 'number':
      return <Input {...common} type="number" inputMode="decimal" step="any" onChange={(_e, d) => onChange(d.value)} />;
    case 'date':
      return <Input {...common} type="date" onChange={(_e, d) => onChange(d.value)} />;
    case 'weather':
      return (
        <Select {...common} onChange={(_e, d) => onChange(d.value)}>
          <option value="">{t('weather.unset')}</option>
          {WEATHERS.map((w) => (
            <option key={w} value={w}>
              {t(`weather.${w}`)}
            </option>
          ))}
        </Select>
      );
    case 'trend':
      return (
        <Select {...common} onChange={(_e, d) => onChange(d.value)}>
          <option value="">{t('common.notSet')}</option>
          {TRENDS.map((tr) => (
            <option key={tr} value={tr}>
              {t(`trend.${tr}`)}
            </option>
          ))}
        </Select>
      );
    case 'longText':
      return <Textarea {...common} resize="vertical" rows={2} onChange={(_e, d) => onChange(d.value)} />;
  }
}
