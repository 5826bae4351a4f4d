import { z } from 'zod';
import { longText } from '../../entities/index.js';

/** Where the working time freed by the move to 1,607 annual hours went. */
export const TIME_USES = ['better_service', 'new_projects', 'quality_of_life', 'other'] as const;
/** One use of the freed working time. */
export type TimeUse = (typeof TIME_USES)[number];
/** Longest "examples" text, in characters. */
export const EXAMPLES_LIMIT = 2000;
/** Annual hours freed for one service: far above any real service, low enough to catch a typo of many zeros. */
export const MAX_HOURS_FREED = 1_000_000;

const percent = z.number().int().min(0).max(100);

/** One service's answer to the 1,607 h campaign: hours freed, and their use in percent summing to 100. */
export const workingTimeAnswerSchema = z
  .strictObject({
    hoursFreed: z.number().finite().min(0).max(MAX_HOURS_FREED),
    split: z.strictObject({ better_service: percent, new_projects: percent, quality_of_life: percent, other: percent }),
    examples: longText(EXAMPLES_LIMIT).optional(),
  })
  .superRefine((a, ctx) => {
    if (TIME_USES.reduce((sum, use) => sum + a.split[use], 0) !== 100)
      ctx.addIssue({ code: 'custom', path: ['split'], params: { key: 'splitNotHundred' } });
  });

/** Answer about one service of the 1,607 h campaign. */
export type WorkingTimeAnswer = z.infer<typeof workingTimeAnswerSchema>;
