import { z } from 'zod';
import { lineText } from '../entities/common.schema.js';
import type { Lang } from '../validation/messages.js';

/** A label written by the pilotage team: French always, English when they took the time. */
export const localizedLabel = (max: number) => z.strictObject({ fr: lineText(max), en: lineText(max).optional() });

/** A label in French with an optional English version. */
export type LocalizedLabel = z.infer<ReturnType<typeof localizedLabel>>;

/** The label in the reader's language, French when no English version was written. */
export function pickLabel(label: LocalizedLabel, lang: Lang): string {
  return lang === 'en' ? (label.en ?? label.fr) : label.fr;
}
