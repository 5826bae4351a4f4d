import { z } from 'zod';
import { COMMITMENT_STATUSES } from './vocabulary.js';
import { idSchema, lineText, longText, weightSchema } from './common.schema.js';


export const commitmentSchema = z
  .strictObject({
    id: idSchema,
    axisId: idSchema,
    reference: lineText(20),
    title: lineText(200),
    description: longText(4000).optional(),
    leadPersonId: idSchema.optional(),
    status: z.enum(COMMITMENT_STATUSES),
    gapJustification: longText(4000).optional(),
    weight: weightSchema.optional(),
  })
  .superRefine((c, ctx) => {
    // A revised or abandoned promise owes the public an explanation of the gap.
    if ((c.status === 'revised' || c.status === 'abandoned') && !c.gapJustification?.trim())
      ctx.addIssue({ code: 'custom', path: ['gapJustification'], params: { key: 'gapJustificationRequired' } });
  });

/** Commitment (engagement): an electoral promise belonging to an axis. */
export type Commitment = z.infer<typeof commitmentSchema>;
