import type { FieldIssue } from '../../src/domain/errors.js';
import type { Lang } from '../../src/domain/validation/messages.js';
import type { CardElement, Container, FactSet, TextBlock } from './adaptive-card.types.js';
import { labelled } from './card-format.js';
import { escapeCardText } from './escape-card-text.js';

type TextOptions = Omit<Partial<TextBlock>, 'type' | 'text'>;

/** A wrapped TextBlock; the text is always escaped, whoever wrote it. */
export function text(value: string, options: TextOptions = {}): TextBlock {
  return { type: 'TextBlock', text: escapeCardText(value), wrap: true, ...options };
}

/** A heading TextBlock (announced as a heading by screen readers). */
export function heading(value: string, size: TextBlock['size'] = 'medium'): TextBlock {
  return text(value, { style: 'heading', size, weight: 'bolder' });
}

/** A FactSet with escaped titles and values; facts without a value are left out. */
export function facts(pairs: readonly (readonly [string, string | undefined])[], options: Omit<Partial<FactSet>, 'type' | 'facts'> = {}): FactSet[] {
  const kept = pairs.filter((pair): pair is readonly [string, string] => pair[1] !== undefined && pair[1] !== '');
  return kept.length === 0 ? [] : [{ type: 'FactSet', facts: kept.map(([title, value]) => ({ title: escapeCardText(title), value: escapeCardText(value) })), ...options }];
}

/** A container of elements. */
export function container(items: CardElement[], options: Omit<Partial<Container>, 'type' | 'items'> = {}): Container {
  return { type: 'Container', items, ...options };
}

/** The issue of one input, shown right under it in the attention colour. */
export function fieldError(issue: FieldIssue | undefined, lang: Lang): TextBlock[] {
  return issue ? [text(`⚠ ${issue.message[lang]}`, { color: 'attention', spacing: 'small', size: 'small' })] : [];
}

/** The issues of a submit, summed up at the top of the card with the label of each field. */
export function errorSummary(issues: readonly FieldIssue[], labelOf: (path: string) => string | undefined, lang: Lang): Container[] {
  if (issues.length === 0) return [];
  const title =
    lang === 'fr'
      ? `Rien n’a été enregistré : ${issues.length === 1 ? 'une réponse est à corriger' : `${issues.length} réponses sont à corriger`}.`
      : `Nothing was saved: ${issues.length === 1 ? 'one answer needs' : `${issues.length} answers need`} correcting.`;
  const lines = issues.map((issue) => {
    const label = labelOf(issue.path);
    return text(label ? labelled(label, issue.message[lang], lang) : issue.message[lang], { color: 'attention', spacing: 'small' });
  });
  return [container([text(title, { weight: 'bolder', color: 'attention' }), ...lines], { style: 'attention' })];
}

/** The first issue raised on an input. */
export function issueAt(issues: readonly FieldIssue[] | undefined, path: string): FieldIssue | undefined {
  return issues?.find((issue) => issue.path === path);
}
