import type { z } from 'zod';
import { ValidationError, type FieldIssue } from '../errors.js';
import { toFieldIssues } from '../validation/validate.js';
import { CAMPAIGN_RULE_MESSAGES, isCampaignRuleKey } from './campaign-messages.js';

/** Either the parsed record or the field issues that prevent it. */
export type Checked<T> = { ok: true; value: T } | { ok: false; issues: FieldIssue[] };

// zod's French locale says only "Entrée invalide" for an unknown discriminator: name the accepted values instead.
function unknownDiscriminator(issue: z.core.$ZodIssue): FieldIssue | undefined {
  if (issue.code !== 'invalid_union' || !('options' in issue) || !Array.isArray(issue.options)) return undefined;
  const options = issue.options.map(String).join(', ');
  return {
    path: issue.path.map(String).join('.'),
    code: issue.code,
    message: { fr: `Valeur inconnue : choisissez parmi ${options}.`, en: `Unknown value: choose one of ${options}.` },
  };
}

/** Field issues in French and English, knowing the campaign rule keys on top of the shared ones. */
export function toCampaignFieldIssues(issues: readonly z.core.$ZodIssue[]): FieldIssue[] {
  return issues.flatMap((issue): FieldIssue[] => {
    const key: unknown = issue.code === 'custom' ? issue.params?.key : undefined;
    if (isCampaignRuleKey(key)) return [{ path: issue.path.map(String).join('.'), code: issue.code, message: CAMPAIGN_RULE_MESSAGES[key] }];
    const discriminator = unknownDiscriminator(issue);
    return discriminator ? [discriminator] : toFieldIssues([issue]);
  });
}

/** Parses a campaign record without throwing. */
export function checkCampaignRecord<T>(schema: z.ZodType<T, unknown>, input: unknown): Checked<T> {
  const result = schema.safeParse(input);
  return result.success ? { ok: true, value: result.data } : { ok: false, issues: toCampaignFieldIssues(result.error.issues) };
}

/** Parses a campaign record; throws a ValidationError with field-level messages when it does not fit. */
export function validateCampaignRecord<T>(schema: z.ZodType<T, unknown>, input: unknown): T {
  const checked = checkCampaignRecord(schema, input);
  if (checked.ok) return checked.value;
  throw new ValidationError(checked.issues);
}
