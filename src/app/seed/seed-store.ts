import type { ChangeContext } from '../../domain/entities/index.js';
import type { Clock } from '../../ports/clock.port.js';
import type { RoadmapStore } from '../../ports/store.port.js';
import { buildDemoCommune } from './demo-commune.js';

/** Counts of what a seed wrote. */
export type SeedReport = Record<string, number>;

/** Loads the demo commune into an empty store; does nothing (and returns undefined) when the store holds a roadmap. */
export async function seedDemoIfEmpty(store: RoadmapStore, clock: Clock): Promise<SeedReport | undefined> {
  const [mandates, axes] = await Promise.all([store.mandate.count(), store.axis.count()]);
  if (mandates > 0 || axes > 0) return undefined;
  const demo = buildDemoCommune();
  const ctx: ChangeContext = {
    actor: { id: 'system', name: 'Cap Mandat (démonstration)' },
    source: 'seed',
    at: clock.now(),
  };
  await store.mandate.createMany([demo.mandate], ctx);
  await store.person.createMany(demo.people, ctx);
  await store.service.createMany(demo.services, ctx);
  await store.axis.createMany(demo.axes, ctx);
  await store.commitment.createMany(demo.commitments, ctx);
  await store.action.createMany(demo.actions, ctx);
  await store.indicator.createMany(demo.indicators, ctx);
  await store.measure.createMany(demo.measures, ctx);
  await store.feedback.createMany(demo.feedback, ctx);
  return {
    services: demo.services.length,
    people: demo.people.length,
    axes: demo.axes.length,
    commitments: demo.commitments.length,
    actions: demo.actions.length,
    indicators: demo.indicators.length,
    measures: demo.measures.length,
    feedback: demo.feedback.length,
  };
}
