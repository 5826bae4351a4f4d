import { z } from 'zod';
import { ValidationError, type FieldIssue } from '../errors.js';
import { RULE_MESSAGES, type LocalizedText, type RuleKey } from './messages.js';

const localeFr = z.locales.fr();
const localeEn = z.locales.en();

function isRuleKey(key: unknown): key is RuleKey {
  return typeof key === 'string' && Object.hasOwn(RULE_MESSAGES, key);
}

function localize(issue: z.core.$ZodIssue): LocalizedText {
  if (issue.code === 'custom' && isRuleKey(issue.params?.key)) return RULE_MESSAGES[issue.params.key];
  const raw = issue as unknown as z.core.$ZodRawIssue;
  const text = (locale: { localeError: z.core.$ZodErrorMap }): string => {
    const out = locale.localeError(raw);
    return typeof out === 'string' ? out : (out?.message ?? issue.message);
  };
  return { fr: text(localeFr), en: text(localeEn) };
}

/** Turns zod issues into field-level issues in French and English; unknown keys are reported on the key itself. */
export function toFieldIssues(issues: readonly z.core.$ZodIssue[]): FieldIssue[] {
  return issues.flatMap((issue): FieldIssue[] => {
    const base = issue.path.map(String);
    const message = localize(issue);
    if (issue.code === 'unrecognized_keys')
      return issue.keys.map((key) => ({ path: [...base, key].join('.'), code: issue.code, message }));
    return [{ path: base.join('.'), code: issue.code, message }];
  });
}

/** Parses input with a schema; throws a ValidationError with field-level messages when it does not fit. */
export function validate<T>(schema: z.ZodType<T, unknown>, input: unknown): T {
  const result = schema.safeParse(input, { reportInput: true });
  if (result.success) return result.data;
  throw new ValidationError(toFieldIssues(result.error.issues));
}

/** A field issue raised by a rule outside zod (e.g. a reference to a record that does not exist). */
export function ruleIssue(path: string, key: RuleKey): FieldIssue {
  return { path, code: key, message: RULE_MESSAGES[key] };
}
