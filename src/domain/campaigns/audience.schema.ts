import { z } from 'zod';
import { idSchema } from '../entities/common.schema.js';
import { duplicateIndexes } from './duplicates.js';

/** The ways of choosing who receives a campaign. */
export const AUDIENCE_KINDS = ['service_heads', 'elected_officials', 'people'] as const;
/** A way of choosing recipients. */
export type AudienceKind = (typeof AUDIENCE_KINDS)[number];

// A person or service listed twice would get two cards: refuse it at the source.
const uniqueList = (field: string) => (ids: readonly string[], ctx: z.RefinementCtx) => {
  for (const index of duplicateIndexes(ids)) ctx.addIssue({ code: 'custom', path: [field, index], params: { key: 'duplicateMember' } });
};

/** Who receives a campaign: the heads of chosen services, every elected official, or named people. */
export const audienceSchema = z.discriminatedUnion('kind', [
  z
    .strictObject({ kind: z.literal('service_heads'), serviceIds: z.array(idSchema).min(1).max(500) })
    .superRefine((a, ctx) => uniqueList('serviceIds')(a.serviceIds, ctx)),
  z.strictObject({ kind: z.literal('elected_officials') }),
  z
    .strictObject({ kind: z.literal('people'), personIds: z.array(idSchema).min(1).max(5000) })
    .superRefine((a, ctx) => uniqueList('personIds')(a.personIds, ctx)),
]);

/** The audience of a campaign. */
export type Audience = z.infer<typeof audienceSchema>;
