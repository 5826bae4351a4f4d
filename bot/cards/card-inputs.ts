import type { FieldIssue } from '../../src/domain/errors.js';
import type { Lang } from '../../src/domain/validation/messages.js';
import type { CardElement, Choice, InputChoiceSet } from './adaptive-card.types.js';
import { fieldError } from './card-elements.js';

// Input labels, placeholders and compact choice titles are plain text in the Adaptive Cards renderers (no markdown),
// so they are not escaped: a backslash would show. Text that renders as markdown goes through text()/facts().

const REQUIRED = { fr: 'Réponse obligatoire', en: 'Answer required' } as const;

/** Common options of an input. */
interface InputOptions {
  required?: boolean;
  issue?: FieldIssue | undefined;
  lang: Lang;
}

const requiredProps = (o: InputOptions) => (o.required ? { isRequired: true, errorMessage: REQUIRED[o.lang] } : {});

// A prefilled number must be a number: a refused "abc" is not shown again (its error names it instead).
const asNumber = (raw: string | undefined): number | undefined => {
  const value = raw === undefined || raw.trim() === '' ? NaN : Number(raw.trim().replace(',', '.'));
  return Number.isFinite(value) ? value : undefined;
};

/** An Input.Number with its error underneath. */
export function numberInput(id: string, label: string, prefill: string | undefined, o: InputOptions & { min?: number; max?: number }): CardElement[] {
  const value = asNumber(prefill);
  return [
    {
      type: 'Input.Number',
      id,
      label,
      ...(value === undefined ? {} : { value }),
      ...(o.min === undefined ? {} : { min: o.min }),
      ...(o.max === undefined ? {} : { max: o.max }),
      ...requiredProps(o),
    },
    ...fieldError(o.issue, o.lang),
  ];
}

/** An Input.Text (multiline by default) with its error underneath. */
export function textInput(
  id: string,
  label: string,
  prefill: string | undefined,
  o: InputOptions & { maxLength: number; multiline?: boolean; placeholder?: string },
): CardElement[] {
  return [
    {
      type: 'Input.Text',
      id,
      label,
      // Single-line is the default: written out, `isMultiline: false` is dropped by the renderer's serialiser.
      ...((o.multiline ?? true) ? { isMultiline: true } : {}),
      maxLength: o.maxLength,
      ...(prefill ? { value: prefill } : {}),
      ...(o.placeholder ? { placeholder: o.placeholder } : {}),
      ...requiredProps(o),
    },
    ...fieldError(o.issue, o.lang),
  ];
}

/** An Input.ChoiceSet with its error underneath; a prefill that is not among the choices is dropped. */
export function choiceInput(
  id: string,
  label: string,
  choices: readonly Choice[],
  prefill: string | undefined,
  o: InputOptions & { style?: InputChoiceSet['style']; multiple?: boolean; placeholder?: string },
): CardElement[] {
  const values = (prefill ?? '').split(',').filter((v) => choices.some((c) => c.value === v));
  return [
    {
      type: 'Input.ChoiceSet',
      id,
      label,
      choices: [...choices],
      style: o.style ?? 'compact',
      ...(o.multiple ? { isMultiSelect: true } : {}),
      ...(values.length > 0 ? { value: (o.multiple ? values : values.slice(0, 1)).join(',') } : {}),
      ...(o.placeholder ? { placeholder: o.placeholder } : {}),
      wrap: true,
      ...requiredProps(o),
    },
    ...fieldError(o.issue, o.lang),
  ];
}

/** An Input.Date with its error underneath; a prefill that is not an ISO date is dropped. */
export function dateInput(id: string, label: string, prefill: string | undefined, o: InputOptions & { max?: string }): CardElement[] {
  const value = prefill && /^\d{4}-\d{2}-\d{2}$/.test(prefill.trim()) ? prefill.trim() : undefined;
  return [
    { type: 'Input.Date', id, label, ...(value ? { value } : {}), ...(o.max ? { max: o.max } : {}), ...requiredProps(o) },
    ...fieldError(o.issue, o.lang),
  ];
}
