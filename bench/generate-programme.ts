import type { Random } from '../src/app/seed/random.js';
import type { Action, ActionStatus, Axis, Commitment, CommitmentStatus, Trend, Weather } from '../src/domain/entities/index.js';
import { addDays, between, daysFrom, pad, weighted } from './generator-helpers.js';
import type { Organisation } from './generate-organisation.js';
import {
  ACTION_STEPS,
  AXIS_THEMES,
  BLOCKERS,
  COMMITMENT_VERBS,
  COMMUNES,
  GAP_JUSTIFICATIONS,
  NEXT_STEPS,
} from './metropole-vocabulary.data.js';

/** The date the data set is shaped around (statuses, progress, last measures); "late" is judged by the server's clock. */
export const DATA_AS_OF = '2026-11-20';
const MID_TERM = '2029-04-16';
const LAST_DUE = '2030-12-31';
const FIRST_START = '2025-09-01';
const LAST_START = '2029-06-30';

export interface Programme {
  axes: Axis[];
  commitments: Commitment[];
  actions: Action[];
}

function buildAxes(count: number): Axis[] {
  return Array.from({ length: count }, (_, i): Axis => {
    const theme = AXIS_THEMES[i % AXIS_THEMES.length]!;
    const description = `Orientation ${i + 1} du projet de mandature : ${theme.title.toLowerCase()}.`;
    return { id: `axe-${pad(i + 1, 2)}`, title: theme.title, description, order: i, color: theme.color };
  });
}

const topicOf = (random: Random, axisIndex: number): string =>
  random.pick(AXIS_THEMES[axisIndex % AXIS_THEMES.length]!.topics);
const COMMITMENT_DESCRIPTION = 'Engagement du programme, suivi par la direction concernée et présenté chaque année en conseil.';
const ACTION_DESCRIPTION =
  'Opération inscrite au plan pluriannuel d’investissement ; calendrier et budget suivis en revue de projet trimestrielle.';

function buildCommitment(random: Random, org: Organisation, axis: Axis, axisIndex: number, k: number): Commitment {
  const status = weighted<CommitmentStatus>(random, [
    ['in_progress', 55],
    ['planned', 20],
    ['done', 10],
    ['revised', 10],
    ['abandoned', 5],
  ]);
  return {
    id: `eng-${pad(axisIndex + 1, 2)}-${pad(k + 1, 2)}`,
    axisId: axis.id,
    reference: `${axisIndex + 1}.${k + 1}`,
    title: `${random.pick(COMMITMENT_VERBS)} ${topicOf(random, axisIndex)} à ${random.pick(COMMUNES)}`,
    ...(random.chance(0.6) ? { description: COMMITMENT_DESCRIPTION } : {}),
    leadPersonId: random.pick(org.electedIds),
    status,
    ...(status === 'revised' || status === 'abandoned' ? { gapJustification: random.pick(GAP_JUSTIFICATIONS) } : {}),
    ...(random.chance(0.1) ? { weight: random.int(1, 4) } : {}),
  };
}

/** Status of an action from where its dates stand on DATA_AS_OF. */
function statusFor(random: Random, start: string, due: string): ActionStatus {
  if (start > DATA_AS_OF) return weighted<ActionStatus>(random, [['planned', 97], ['cancelled', 3]]);
  if (due < DATA_AS_OF) return weighted<ActionStatus>(random, [['done', 45], ['in_progress', 38], ['blocked', 10], ['cancelled', 7]]);
  return weighted<ActionStatus>(random, [['in_progress', 75], ['planned', 10], ['blocked', 7], ['done', 5], ['cancelled', 3]]);
}

function progressFor(random: Random, status: ActionStatus, start: string, due: string): number | undefined {
  if (status === 'done') return 100;
  if (random.chance(0.05)) return undefined;
  if (status === 'planned') return random.chance(0.8) ? 0 : random.int(1, 10);
  const elapsed = Math.min(1, Math.max(0, daysFrom(start, DATA_AS_OF) / Math.max(1, daysFrom(start, due))));
  const expected = elapsed * 100 + between(random, -25, 10);
  const capped = status === 'blocked' ? Math.min(expected, 70) : expected;
  return Math.round(Math.min(99, Math.max(status === 'cancelled' ? 0 : 1, capped)));
}

function weatherFor(random: Random, status: ActionStatus, late: boolean): Weather | undefined {
  if (random.chance(status === 'planned' ? 0.6 : 0.05)) return undefined;
  if (status === 'done') return weighted<Weather>(random, [['sunny', 85], ['cloudy', 15]]);
  if (status === 'blocked') return weighted<Weather>(random, [['stormy', 60], ['overcast', 40]]);
  if (late) return weighted<Weather>(random, [['cloudy', 35], ['overcast', 40], ['stormy', 25]]);
  return weighted<Weather>(random, [['sunny', 45], ['cloudy', 35], ['overcast', 15], ['stormy', 5]]);
}

/** Spending follows progress, give or take. */
const spentOf = (random: Random, planned: number, progress = 0): number =>
  Math.round((planned * progress * between(random, 0.7, 1.2)) / 100);

function buildAction(random: Random, org: Organisation, commitment: Commitment, axisIndex: number, seq: number): Action {
  // Skewed early: most work starts in the first years of the mandate, some carried over from the previous one.
  const start = addDays(FIRST_START, Math.floor(daysFrom(FIRST_START, LAST_START) * random.next() ** 2));
  const dueCandidate = addDays(start, random.int(120, 800));
  const due = dueCandidate > LAST_DUE ? LAST_DUE : dueCandidate;
  const revised = random.chance(0.12) ? addDays(due, random.int(60, 365)) : undefined;
  const effectiveDue = revised ?? due;
  const status = statusFor(random, start, effectiveDue);
  const progress = progressFor(random, status, start, effectiveDue);
  const weather = weatherFor(random, status, status !== 'done' && status !== 'cancelled' && effectiveDue < DATA_AS_OF);
  const serviceId = random.chance(0.95) ? random.pick(org.operationalServiceIds) : undefined;
  const staff = serviceId ? (org.staffByService.get(serviceId) ?? []) : [];
  const budgetPlanned = random.chance(0.8) ? Math.round(10 ** between(random, 4.3, 7.7) / 1000) * 1000 : undefined;
  return {
    id: `act-${pad(seq, 5)}`,
    commitmentId: commitment.id,
    title: `${random.pick(ACTION_STEPS)} ${topicOf(random, axisIndex)} — ${random.pick(COMMUNES)}`,
    ...(random.chance(0.4) ? { description: ACTION_DESCRIPTION } : {}),
    ...(serviceId ? { serviceId } : {}),
    ...(staff.length > 0 && random.chance(0.85) ? { ownerPersonId: random.pick(staff) } : {}),
    status,
    startDate: start,
    dueDate: due,
    ...(revised ? { revisedDueDate: revised } : {}),
    ...(progress === undefined ? {} : { progress }),
    ...(weather ? { weather } : {}),
    ...(random.chance(0.9) ? { trend: weighted<Trend>(random, [['up', 40], ['flat', 45], ['down', 15]]) } : {}),
    ...(budgetPlanned === undefined ? {} : { budgetPlanned, budgetSpent: spentOf(random, budgetPlanned, progress) }),
    ...(random.chance(0.7) ? { staffing: Math.round(between(random, 0.2, 12) * 10) / 10 } : {}),
    ...(status === 'blocked' || weather === 'stormy' ? { blockers: random.pick(BLOCKERS) } : {}),
    ...(random.chance(0.5) ? { nextSteps: random.pick(NEXT_STEPS) } : {}),
    ...(random.chance(0.85) ? { priority: weighted(random, [['high', 25], ['medium', 55], ['low', 20]] as const) } : {}),
    half: due < MID_TERM ? 'first' : 'second',
    ...(random.chance(0.1) ? { weight: Math.round(between(random, 0.5, 3) * 10) / 10 } : {}),
  };
}

/** Axes, commitments spread evenly over them, and actions spread unevenly over commitments (at least one each). */
export function buildProgramme(
  random: Random,
  org: Organisation,
  sizes: { axes: number; commitments: number; actions: number },
): Programme {
  const axes = buildAxes(sizes.axes);
  const commitments: Commitment[] = [];
  const axisIndexOf = new Map<string, number>();
  for (let i = 0; i < sizes.commitments; i += 1) {
    const axisIndex = i % axes.length;
    const c = buildCommitment(random, org, axes[axisIndex]!, axisIndex, Math.floor(i / axes.length));
    commitments.push(c);
    axisIndexOf.set(c.id, axisIndex);
  }
  const perCommitment = commitments.map(() => 1);
  for (let extra = sizes.actions - commitments.length; extra > 0; extra -= 1)
    perCommitment[random.int(0, commitments.length - 1)]! += 1;
  const actions: Action[] = [];
  commitments.forEach((c, i) => {
    for (let k = 0; k < perCommitment[i]!; k += 1)
      actions.push(buildAction(random, org, c, axisIndexOf.get(c.id)!, actions.length + 1));
  });
  return { axes, commitments, actions };
}
