import { Dropdown, Field, Option } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { useRoadmapFiltersStyles } from './RoadmapFilters.styles';

export interface FilterOption {
  value: string;
  label: string;
}

export interface FilterDropdownProps {
  label: string;
  options: FilterOption[];
  selected: string[];
  multiselect?: boolean;
  onChange: (selected: string[]) => void;
}

/** One labelled filter: single choice (with "all") or several. */
export function FilterDropdown({ label, options, selected, multiselect, onChange }: FilterDropdownProps) {
  const styles = useRoadmapFiltersStyles();
  const { t } = useTranslation();
  const labels = new Map(options.map((o) => [o.value, o.label]));
  const shown = selected.map((v) => labels.get(v) ?? v).join(', ');
  const ALL = '';
  return (
    <Field label={label}>
      <Dropdown
        className={styles.dropdown}
        multiselect={multiselect}
        value={shown || t('common.all')}
        selectedOptions={multiselect ? selected : selected.length ? selected : [ALL]}
        onOptionSelect={(_e, data) => {
          if (multiselect) onChange(data.selectedOptions);
          else onChange(data.optionValue && data.optionValue !== ALL ? [data.optionValue] : []);
        }}
      >
        {!multiselect && <Option value={ALL}>{t('common.all')}</Option>}
        {options.map((o) => (
          <Option key={o.value} value={o.value}>
            {o.label}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}
