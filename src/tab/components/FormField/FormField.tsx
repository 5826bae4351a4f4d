import { Dropdown, Field, Input, Option, Select, Textarea } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { FieldSpec } from '../../model/record-draft';

export interface ChoiceOption {
  value: string;
  label: string;
  group?: string;
}

export interface FormFieldProps {
  spec: FieldSpec;
  label: string;
  value: string;
  onChange: (value: string) => void;
  readOnly?: boolean;
  error?: string;
  hint?: string;
  changed?: boolean;
  options?: ChoiceOption[];
  min?: number;
  max?: number;
  className?: string;
}

function groupOptions(options: ChoiceOption[]): [string | undefined, ChoiceOption[]][] {
  const groups = new Map<string | undefined, ChoiceOption[]>();
  for (const o of options) groups.set(o.group, [...(groups.get(o.group) ?? []), o]);
  return [...groups];
}

/** One labelled input of a record form, by field kind; shows the API's message for the field and whether it changed. */
export function FormField({ spec, label, value, onChange, readOnly, error, hint, changed, options = [], min, max, className }: FormFieldProps) {
  const { t } = useTranslation();
  const hintText = [changed ? t('form.changed') : undefined, hint].filter(Boolean).join(' · ') || undefined;
  const common = { value, 'data-field': spec.name };
  const control = (() => {
    switch (spec.kind) {
      case 'longText':
      case 'lines':
        return <Textarea {...common} resize="vertical" rows={3} readOnly={readOnly} onChange={(_e, d) => onChange(d.value)} />;
      case 'date':
        return <Input {...common} type="date" readOnly={readOnly} onChange={(_e, d) => onChange(d.value)} />;
      case 'integer':
      case 'number':
        return (
          <Input
            {...common}
            type="number"
            inputMode="decimal"
            min={min}
            max={max}
            step={spec.kind === 'integer' ? 1 : 'any'}
            readOnly={readOnly}
            onChange={(_e, d) => onChange(d.value)}
          />
        );
      case 'multiChoice': {
        const selected = value.split(',').filter(Boolean);
        const labels = new Map(options.map((o) => [o.value, o.label]));
        return (
          <Dropdown
            multiselect
            data-field={spec.name}
            disabled={readOnly}
            value={selected.map((v) => labels.get(v) ?? v).join(', ')}
            placeholder={t('common.none')}
            selectedOptions={selected}
            onOptionSelect={(_e, d) => onChange(d.selectedOptions.join(','))}
          >
            {options.map((o) => (
              <Option key={o.value} value={o.value}>
                {o.label}
              </Option>
            ))}
          </Dropdown>
        );
      }
      case 'choice':
        return (
          <Select {...common} disabled={readOnly} onChange={(_e, d) => onChange(d.value)}>
            {!spec.required && <option value="">{t('common.notSet')}</option>}
            {groupOptions(options).map(([group, items]) =>
              group === undefined ? (
                items.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)
              ) : (
                <optgroup key={group} label={group}>
                  {items.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
                </optgroup>
              ),
            )}
          </Select>
        );
      default:
        return <Input {...common} readOnly={readOnly} onChange={(_e, d) => onChange(d.value)} />;
    }
  })();
  return (
    <Field
      className={className}
      label={label}
      required={spec.required && !readOnly}
      validationState={error ? 'error' : undefined}
      validationMessage={error}
      hint={hintText}
    >
      {control}
    </Field>
  );
}
