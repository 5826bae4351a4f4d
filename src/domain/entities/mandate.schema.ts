import { z } from 'zod';
import { dateSchema, lineText } from './common.schema.js';
import { INTERNAL_FIELD_CHOICES } from './internal-fields.js';

export const COLLECTIVITY_KINDS = ['commune', 'intercommunalite', 'metropole', 'departement', 'region'] as const;

/** The mandate is a singleton record with this id. */
export const MANDATE_ID = 'mandate';

export const mandateSchema = z
  .strictObject({
    id: z.literal(MANDATE_ID),
    collectivityName: lineText(120),
    collectivityKind: z.enum(COLLECTIVITY_KINDS),
    population: z.number().int().positive().max(100_000_000).optional(),
    startDate: dateSchema,
    endDate: dateSchema,
    midTermDate: dateSchema,
    /** Fields readers do not see; absent: DEFAULT_INTERNAL_FIELDS. An empty list shows everything. */
    internalFields: z.array(z.enum(INTERNAL_FIELD_CHOICES)).max(INTERNAL_FIELD_CHOICES.length).optional(),
  })
  .superRefine((m, ctx) => {
    if (m.endDate <= m.startDate) ctx.addIssue({ code: 'custom', path: ['endDate'], params: { key: 'endBeforeStart' } });
    if (m.midTermDate <= m.startDate || m.midTermDate >= m.endDate)
      ctx.addIssue({ code: 'custom', path: ['midTermDate'], params: { key: 'midTermOutsideMandate' } });
  });

/** Mandate: the collectivity and the dates of its elected team's term. */
export type Mandate = z.infer<typeof mandateSchema>;
