import { createRandom } from '../src/app/seed/random.js';
import type { EntityKind, EntityMap } from '../src/domain/entities/index.js';
import { buildIndicators } from './generate-indicators.js';
import { METROPOLE_MANDATE, buildOrganisation } from './generate-organisation.js';
import { buildProgramme } from './generate-programme.js';

/** The kinds the bench fills (no feedback), in the order they are loaded. */
export const DATASET_KINDS = [
  'mandate',
  'service',
  'person',
  'axis',
  'commitment',
  'action',
  'indicator',
  'measure',
] as const satisfies readonly EntityKind[];
export type DatasetKind = (typeof DATASET_KINDS)[number];

/** One array of records per kind; `mandate` holds the single mandate record. */
export type MetropoleDataset = { [K in DatasetKind]: EntityMap[K][] };

export interface MetropoleSizes {
  services: number;
  people: number;
  axes: number;
  commitments: number;
  actions: number;
  indicators: number;
  measures: number;
}

/** A metropole at the scale the performance goals are set for. */
export const METROPOLE_SIZES: MetropoleSizes = {
  services: 40,
  people: 200,
  axes: 20,
  commitments: 400,
  actions: 5_000,
  indicators: 1_500,
  measures: 100_000,
};

/** Generates a metropole-scale roadmap; the same seed always gives the same records. */
export function generateMetropole(seed = 20_260_416, sizes: MetropoleSizes = METROPOLE_SIZES): MetropoleDataset {
  const random = createRandom(seed);
  const org = buildOrganisation(random, sizes);
  const programme = buildProgramme(random, org, sizes);
  const { indicators, measures } = buildIndicators(
    random,
    { actions: programme.actions, commitments: programme.commitments, serviceIds: org.operationalServiceIds },
    sizes,
  );
  return {
    mandate: [METROPOLE_MANDATE],
    service: org.services,
    person: org.people,
    axis: programme.axes,
    commitment: programme.commitments,
    action: programme.actions,
    indicator: indicators,
    measure: measures,
  };
}
