import type { EntityKind } from '../../domain/entities/index.js';

/** The kinds of record a programme workbook holds, in the order they are written (what is pointed at comes first). */
export const IMPORT_KINDS = ['person', 'service', 'axis', 'commitment', 'action', 'indicator', 'measure'] as const satisfies readonly EntityKind[];
export type ImportKind = (typeof IMPORT_KINDS)[number];

/** A number per kind of record, e.g. how many were created. */
export type KindCounts = Record<ImportKind, number>;

/** Zero for every kind. */
export const zeroCounts = (): KindCounts =>
  Object.fromEntries(IMPORT_KINDS.map((kind) => [kind, 0])) as KindCounts;

/** The prefix of generated ids, the same as the API's (`act-…`), so that imported ids look like the others. */
export const ID_PREFIX: Record<ImportKind, string> = {
  person: 'pers',
  service: 'svc',
  axis: 'axe',
  commitment: 'eng',
  action: 'act',
  indicator: 'ind',
  measure: 'mes',
};

/** How a kind is named in messages. */
export const KIND_LABELS: Record<ImportKind, { fr: string; en: string }> = {
  person: { fr: 'personne', en: 'person' },
  service: { fr: 'service', en: 'service' },
  axis: { fr: 'axe', en: 'axis' },
  commitment: { fr: 'engagement', en: 'commitment' },
  action: { fr: 'action', en: 'action' },
  indicator: { fr: 'indicateur', en: 'indicator' },
  measure: { fr: 'mesure', en: 'measure' },
};
