import type { Question, QuestionType, Scale } from '../api/campaigns';

/** One option of a choice question, as the form holds it. */
export interface OptionDraft {
  /** React key (stable while the list is edited). */
  key: string;
  value: string;
  fr: string;
  en: string;
}

/** One question of a custom campaign, as the form holds it: every setting of every type, typed as the inputs are. */
export interface QuestionDraft {
  key: string;
  id: string;
  type: QuestionType;
  fr: string;
  en: string;
  helpFr: string;
  helpEn: string;
  required: boolean;
  multiple: boolean;
  options: OptionDraft[];
  scale: Scale;
  min: string;
  max: string;
  unit: string;
  integer: boolean;
  maxLength: string;
  multiline: boolean;
}

let lastKey = 0;
/** A key for a new row of a list being edited. */
export const newKey = (): string => `k${++lastKey}`;

/** The next free id with a prefix among existing ones (`q3` after `q1`, `q2`). */
export function nextId(prefix: string, existing: readonly string[]): string {
  const used = new Set(existing);
  let n = existing.length + 1;
  while (used.has(`${prefix}${n}`)) n += 1;
  return `${prefix}${n}`;
}

const option = (value: string): OptionDraft => ({ key: newKey(), value, fr: '', en: '' });

/** A new question of a type, with an id no other question has. */
export function newQuestion(type: QuestionType, existingIds: readonly string[]): QuestionDraft {
  return {
    key: newKey(),
    id: nextId('q', existingIds),
    type,
    fr: '',
    en: '',
    helpFr: '',
    helpEn: '',
    required: true,
    multiple: false,
    options: [option('o1'), option('o2')],
    scale: '1-5',
    min: '',
    max: '',
    unit: '',
    integer: false,
    maxLength: '1000',
    multiline: true,
  };
}

/** A new option for a choice question. */
export const newOption = (existing: readonly OptionDraft[]): OptionDraft => option(nextId('o', existing.map((o) => o.value)));

/** A stored question as the form holds it. */
export function questionDraftOf(q: Question): QuestionDraft {
  const draft = newQuestion(q.type, []);
  const common = { ...draft, id: q.id, fr: q.label.fr, en: q.label.en ?? '', helpFr: q.help?.fr ?? '', helpEn: q.help?.en ?? '', required: q.required };
  switch (q.type) {
    case 'choice':
      return { ...common, multiple: q.multiple, options: q.options.map((o) => ({ key: newKey(), value: o.value, fr: o.label.fr, en: o.label.en ?? '' })) };
    case 'scale':
      return { ...common, scale: q.scale };
    case 'number':
      return { ...common, min: q.min === undefined ? '' : String(q.min), max: q.max === undefined ? '' : String(q.max), unit: q.unit ?? '', integer: q.integer };
    case 'text':
      return { ...common, maxLength: String(q.maxLength), multiline: q.multiline };
    case 'date':
      return common;
  }
}

const label = (fr: string, en: string) => ({ fr, ...(en.trim() ? { en } : {}) });

/** A decimal number as people type it: a sign, digits, one decimal point, no exponent nor hexadecimal. */
const DECIMAL = /^[-+]?(\d+\.?\d*|\.\d+)$/;

/**
 * A number typed in an input ('' → undefined, '1,5' → 1.5, '12 500' → 12500); NaN when it is not one — '0x10',
 * '1e3' and '1e999' (which would be Infinity, sent as null) included.
 */
export function numberOf(text: string): number | undefined {
  const trimmed = text.trim().replace(/\s/g, '').replace(',', '.');
  if (trimmed === '') return undefined;
  return DECIMAL.test(trimmed) ? Number(trimmed) : Number.NaN;
}

/** What the API receives for a question (only the settings of its type). */
export function questionBody(q: QuestionDraft): Record<string, unknown> {
  const common = {
    id: q.id,
    type: q.type,
    label: label(q.fr, q.en),
    ...(q.helpFr.trim() ? { help: label(q.helpFr, q.helpEn) } : {}),
    required: q.required,
  };
  switch (q.type) {
    case 'choice':
      return { ...common, multiple: q.multiple, options: q.options.map((o) => ({ value: o.value, label: label(o.fr, o.en) })) };
    case 'scale':
      return { ...common, scale: q.scale };
    case 'number': {
      const min = numberOf(q.min);
      const max = numberOf(q.max);
      return { ...common, ...(min === undefined ? {} : { min }), ...(max === undefined ? {} : { max }), ...(q.unit.trim() ? { unit: q.unit } : {}), integer: q.integer };
    }
    case 'text':
      return { ...common, maxLength: numberOf(q.maxLength) ?? 1000, multiline: q.multiline };
    case 'date':
      return common;
  }
}

/** Numbers that are not numbers, by API path (`questions.0.min`): checked before sending, as the API cannot read them. */
export function questionNumberProblems(questions: readonly QuestionDraft[]): string[] {
  const paths: string[] = [];
  questions.forEach((q, i) => {
    const fields = q.type === 'number' ? (['min', 'max'] as const) : q.type === 'text' ? (['maxLength'] as const) : [];
    for (const field of fields) if (Number.isNaN(numberOf(q[field]))) paths.push(`questions.${i}.${field}`);
  });
  return paths;
}
