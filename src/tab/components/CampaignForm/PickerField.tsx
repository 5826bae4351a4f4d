import { Field, Tag, TagPicker, TagPickerControl, TagPickerGroup, TagPickerInput, TagPickerList, TagPickerOption } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { foldText } from '../../model/fold-text';

export interface PickerItem {
  id: string;
  label: string;
  /** A second line (job title, service code). */
  secondary?: string;
}

export interface PickerFieldProps {
  label: string;
  placeholder: string;
  items: readonly PickerItem[];
  selected: readonly string[];
  onChange: (ids: string[]) => void;
  hint?: string;
  error?: string;
  disabled?: boolean;
  field: string;
}

// A long directory (a metropole has thousands of people) shows the first matches only: typing narrows it.
const MAX_SHOWN = 50;
const NO_MATCH = '\u0000none';

/** Chooses several items by typing part of their name; chosen ones show as removable tags. */
export function PickerField({ label, placeholder, items, selected, onChange, hint, error, disabled, field }: PickerFieldProps) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const byId = useMemo(() => new Map(items.map((i) => [i.id, i])), [items]);
  const matches = useMemo(() => {
    const needle = foldText(query.trim());
    const chosen = new Set(selected);
    return items.filter((i) => !chosen.has(i.id) && (!needle || foldText(`${i.label} ${i.secondary ?? ''}`).includes(needle))).slice(0, MAX_SHOWN);
  }, [items, selected, query]);
  return (
    <Field label={label} hint={hint} validationState={error ? 'error' : undefined} validationMessage={error}>
      <TagPicker
        disabled={disabled}
        selectedOptions={[...selected]}
        onOptionSelect={(_e, data) => {
          if (data.value === NO_MATCH) return;
          onChange(data.selectedOptions.filter((v) => v !== NO_MATCH));
          setQuery('');
        }}
      >
        <TagPickerControl data-field={field}>
          <TagPickerGroup aria-label={t('campaign.pick.selected', { count: selected.length })}>
            {selected.map((id) => (
              <Tag key={id} value={id} shape="rounded" dismissible aria-label={t('campaign.pick.remove', { name: byId.get(id)?.label ?? id })}>
                {byId.get(id)?.label ?? id}
              </Tag>
            ))}
          </TagPickerGroup>
          <TagPickerInput aria-label={label} placeholder={selected.length === 0 ? placeholder : undefined} value={query} onChange={(e) => setQuery(e.target.value)} />
        </TagPickerControl>
        <TagPickerList>
          {matches.length === 0 ? (
            <TagPickerOption value={NO_MATCH}>{t('campaign.pick.none')}</TagPickerOption>
          ) : (
            matches.map((i) => (
              <TagPickerOption key={i.id} value={i.id} secondaryContent={i.secondary}>
                {i.label}
              </TagPickerOption>
            ))
          )}
        </TagPickerList>
      </TagPicker>
    </Field>
  );
}
