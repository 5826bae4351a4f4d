import type {
  Action,
  Axis,
  Commitment,
  Feedback,
  Indicator,
  Mandate,
  Measure,
  Person,
  Service,
} from '../../domain/entities/index.js';
import { buildAction, type ActionContext } from './build-actions.js';
import { buildIndicator, buildMeasures } from './build-indicators.js';
import { buildPeople, buildServices, personId, serviceId } from './build-organisation.js';
import { DEMO_ACTIONS_AXES_1_TO_3 } from './demo-actions-1.data.js';
import { DEMO_ACTIONS_AXES_4_TO_6 } from './demo-actions-2.data.js';
import { DEMO_FEEDBACK } from './demo-feedback.data.js';
import { DEMO_INDICATORS } from './demo-indicators.data.js';
import { DEMO_MAIL_DOMAIN, DEMO_MANDATE, DEMO_PEOPLE, DEMO_SERVICES, DEMO_TODAY } from './demo-organisation.data.js';
import { DEMO_AXES, DEMO_COMMITMENTS } from './demo-programme.data.js';
import { createRandom } from './random.js';

export { DEMO_TODAY } from './demo-organisation.data.js';

/** Everything the demo commune holds, one list per kind of record. */
export interface DemoDataset {
  mandate: Mandate;
  services: Service[];
  people: Person[];
  axes: Axis[];
  commitments: Commitment[];
  actions: Action[];
  indicators: Indicator[];
  measures: Measure[];
  feedback: Feedback[];
}

// Separate streams, so that adding an action does not change every measure.
const ACTION_SEED = 20_260_322;
const MEASURE_SEED = 20_290_322;

/** "1.3" → "eng-1-3". */
const commitmentId = (reference: string): string => `eng-${reference.replace('.', '-')}`;

function lookup(ids: ReadonlyMap<string, string>, kind: string): (key: string) => string {
  return (key) => {
    const id = ids.get(key);
    if (id === undefined) throw new Error(`Demo data: unknown ${kind} "${key}"`);
    return id;
  };
}

function buildCommitments(): Commitment[] {
  return DEMO_COMMITMENTS.map((c) => ({
    id: commitmentId(c.reference),
    axisId: `axe-${c.reference.split('.')[0] ?? ''}`,
    reference: c.reference,
    title: c.title,
    description: c.description,
    leadPersonId: personId(c.lead),
    status: c.status,
    ...(c.gapJustification === undefined ? {} : { gapJustification: c.gapJustification }),
  }));
}

function buildActions(ctx: ActionContext): { actions: Action[]; actionIdByKey: Map<string, string> } {
  const random = createRandom(ACTION_SEED);
  const actionIdByKey = new Map<string, string>();
  const actions = [...DEMO_ACTIONS_AXES_1_TO_3, ...DEMO_ACTIONS_AXES_4_TO_6].map((spec, index) => {
    const id = `act-${String(index + 1).padStart(3, '0')}`;
    if (spec.key !== undefined) actionIdByKey.set(spec.key, id);
    return buildAction(spec, id, ctx, random);
  });
  return { actions, actionIdByKey };
}

/** The demo commune, identical on every call. `today` (ISO date, default '2026-11-27') anchors which actions are late. */
export function buildDemoCommune(today: string = DEMO_TODAY): DemoDataset {
  const mandate: Mandate = { ...DEMO_MANDATE };
  const people = buildPeople(DEMO_PEOPLE, DEMO_MAIL_DOMAIN);
  const services = buildServices(DEMO_SERVICES, DEMO_PEOPLE);
  const serviceIds = new Map(DEMO_SERVICES.map((s) => [s.slug, serviceId(s.slug)]));
  const heads = new Map(services.map((s) => [s.id, s.headPersonId]));
  const axes: Axis[] = DEMO_AXES.map((a, index) => ({
    id: `axe-${index + 1}`,
    title: a.title,
    description: a.description,
    order: index + 1,
    color: a.color,
  }));
  const commitments = buildCommitments();
  const commitmentIds = new Map(commitments.map((c) => [c.reference, c.id]));
  const { actions, actionIdByKey } = buildActions({
    today,
    midTermDate: mandate.midTermDate,
    commitmentId: lookup(commitmentIds, 'commitment'),
    serviceId: lookup(serviceIds, 'service'),
    headOf: (id) => heads.get(id),
  });
  const indicatorContext = {
    actionId: lookup(actionIdByKey, 'action key'),
    commitmentId: lookup(commitmentIds, 'commitment'),
    serviceId: lookup(serviceIds, 'service'),
  };
  const built = DEMO_INDICATORS.map((spec, index) => {
    const indicator = buildIndicator(spec, `ind-${String(index + 1).padStart(2, '0')}`, indicatorContext);
    return { indicator, measures: buildMeasures(indicator, spec, today, createRandom(MEASURE_SEED + index)) };
  });
  const feedback: Feedback[] = DEMO_FEEDBACK.map((f, index) => ({
    id: `ret-${String(index + 1).padStart(2, '0')}`,
    kind: f.kind,
    title: f.title,
    date: f.date,
    summary: f.summary,
    participants: f.participants,
    themes: [...f.themes],
    commitmentIds: f.commitments.map(lookup(commitmentIds, 'commitment')),
  }));
  return {
    mandate,
    services,
    people,
    axes,
    commitments,
    actions,
    indicators: built.map((b) => b.indicator),
    measures: built.flatMap((b) => b.measures),
    feedback,
  };
}
