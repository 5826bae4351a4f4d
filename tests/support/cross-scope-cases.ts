import type { ChangeContext, EntityKind, EntityMap, Role } from '../../src/domain/entities/index.js';
import type { RoadmapStore } from '../../src/ports/store.port.js';

/**
 * Writes whose body reaches outside the caller's scope (issue 13: authorization by what a write touches), for the
 * route × role table of tests/integration/api-route-roles.test.ts. The service head is Isabelle Caron (Bâtiments);
 * "B" is the public-spaces service (svc-espaces-publics), which pilots act-020 and owns ind-06 on it; ind-05 is a
 * commitment-level indicator (eng-1-4) owned by Bâtiments; the elected official leads eng-1-1, not eng-1-2.
 */
export interface CrossScopeCase {
  /** The route of the main table this case runs on: it must be one the app serves. */
  route: string;
  allowed: readonly Role[];
  /** The status allowed roles get, so that an allowed case proves the write really happens. */
  status: number;
  build(s: { store: RoadmapStore }): Promise<BuiltRequest>;
}

/** A request to make for a route, built against the store. */
export interface BuiltRequest {
  path: string;
  body?: unknown;
  /** A body that is not JSON (the import takes CSV and .xlsx), with its Content-Type in `headers`. */
  rawBody?: string;
  headers?: Record<string, string>;
  /** The record whose version goes into If-Match. */
  ifMatch?: { kind: EntityKind; id: string };
  /** An operational record's version for If-Match (campaigns, proposals). */
  ifMatchVersion?: string;
}

const EDITORS: Role[] = ['administrator', 'pilotage'];
const BATIMENTS = 'svc-batiments';
const B = 'svc-espaces-publics';
const ctx: ChangeContext = { actor: { id: 'fixture', name: 'Fixture' }, source: 'seed', at: '2026-11-27T08:00:00.000Z' };
let counter = 0;
const fresh = (prefix: string): string => `${prefix}-xs${++counter}`;

const indicator = (fields: Partial<EntityMap['indicator']>): Omit<EntityMap['indicator'], 'id'> => ({
  name: 'Indicateur hors périmètre',
  unit: '%',
  direction: 'increase',
  baselineValue: 0,
  baselineDate: '2025-01-01',
  targetValue: 10,
  targetDate: '2030-01-01',
  milestones: [],
  frequency: 'annual',
  ...fields,
});
const measureBody = (indicatorId: string) => ({ indicatorId, date: '2026-11-03', value: 4, source: 'manual' });

async function seedAction(store: RoadmapStore, serviceId: string): Promise<string> {
  const id = fresh('act');
  await store.action.create({ id, commitmentId: 'eng-1-1', title: 'Action de contrôle', status: 'in_progress', half: 'second', serviceId }, ctx);
  return id;
}
async function seedIndicator(store: RoadmapStore, fields: Partial<EntityMap['indicator']>): Promise<string> {
  const id = fresh('ind');
  await store.indicator.create({ id, ...indicator(fields) }, ctx);
  return id;
}
async function seedMeasure(store: RoadmapStore, indicatorId: string): Promise<string> {
  const id = fresh('mes');
  await store.measure.create({ id, ...measureBody(indicatorId), source: 'manual' }, ctx);
  return id;
}
/** An indicator on B's action claiming Bâtiments as owner: what the attack of issue 13 used to leave behind. */
const claimedIndicator = (store: RoadmapStore) => seedIndicator(store, { actionId: 'act-020', serviceId: BATIMENTS });

async function seedCommitment(store: RoadmapStore, leadPersonId: string): Promise<string> {
  const id = fresh('eng');
  await store.commitment.create({ id, axisId: 'axe-1', reference: '9.8', title: 'Engagement de contrôle', status: 'in_progress', leadPersonId }, ctx);
  return id;
}

async function seedProposal(store: RoadmapStore, target: { kind: 'action' | 'indicator'; id: string }, operation: 'update' | 'add_measure') {
  const campaignId = fresh('cmp');
  await store.operations.campaign.create({
    id: campaignId,
    kind: 'action_review',
    title: 'Revue (hors périmètre)',
    audience: { kind: 'service_heads', serviceIds: [BATIMENTS] },
    openingDate: '2026-11-27',
    deadline: '2026-12-18',
    reminderOffsets: [-3],
    applyMode: 'proposals',
    state: 'open',
  });
  const changes =
    operation === 'update'
      ? [{ field: 'progress', old: null, new: 45 }]
      : [
          { field: 'value', old: null, new: 7 },
          { field: 'date', old: null, new: '2026-11-04' },
        ];
  const stored = await store.operations.proposal.create({
    id: fresh('rem'),
    campaignId,
    responseId: fresh('rep'),
    target,
    operation,
    changes,
    state: 'pending',
    proposedAt: '2026-11-27T08:00:00.000Z',
  });
  return { path: `/proposals/${stored.id}/accept`, body: {}, ifMatchVersion: stored.version };
}

const patch = (collection: string, kind: EntityKind, id: string, body: unknown) => ({ path: `/${collection}/${id}`, body, ifMatch: { kind, id } });

export const CROSS_SCOPE_CASES: Record<string, CrossScopeCase> = {
  'indicator on B’s action, owner service set to the head’s own': {
    route: 'POST /api/v1/indicators',
    allowed: EDITORS,
    status: 201,
    build: () => Promise.resolve({ path: '/indicators', body: indicator({ actionId: 'act-020', serviceId: BATIMENTS }) }),
  },
  'indicator attached to a commitment, owned by the head’s service': {
    route: 'POST /api/v1/indicators',
    allowed: EDITORS,
    status: 201,
    build: () => Promise.resolve({ path: '/indicators', body: indicator({ commitmentId: 'eng-1-4', serviceId: BATIMENTS }) }),
  },
  'measure on B’s indicator': { route: 'POST /api/v1/measures', allowed: EDITORS, status: 201, build: () => Promise.resolve({ path: '/measures', body: measureBody('ind-06') }) },
  'measure on an indicator of B’s action that claims the head’s service': {
    route: 'POST /api/v1/measures',
    allowed: EDITORS,
    status: 201,
    build: async (s) => ({ path: '/measures', body: measureBody(await claimedIndicator(s.store)) }),
  },
  'measure on a commitment-level indicator owned by the head’s service': {
    route: 'POST /api/v1/measures',
    allowed: EDITORS,
    status: 201,
    build: () => Promise.resolve({ path: '/measures', body: measureBody('ind-05') }),
  },
  'own action moved to service B': {
    route: 'PATCH /api/v1/actions/:id',
    allowed: EDITORS,
    status: 200,
    build: async (s) => patch('actions', 'action', await seedAction(s.store, BATIMENTS), { serviceId: B }),
  },
  'B’s action taken into the head’s service': {
    route: 'PATCH /api/v1/actions/:id',
    allowed: EDITORS,
    status: 200,
    build: async (s) => patch('actions', 'action', await seedAction(s.store, B), { serviceId: BATIMENTS }),
  },
  'own action moved to another commitment': {
    route: 'PATCH /api/v1/actions/:id',
    allowed: EDITORS,
    status: 200,
    build: async (s) => patch('actions', 'action', await seedAction(s.store, BATIMENTS), { commitmentId: 'eng-1-2' }),
  },
  'own indicator moved onto B’s action': {
    route: 'PATCH /api/v1/indicators/:id',
    allowed: EDITORS,
    status: 200,
    build: async (s) => patch('indicators', 'indicator', await seedIndicator(s.store, { actionId: 'act-001', serviceId: BATIMENTS }), { actionId: 'act-020' }),
  },
  'indicator of B’s action that claims the head’s service, edited': {
    route: 'PATCH /api/v1/indicators/:id',
    allowed: EDITORS,
    status: 200,
    build: async (s) => patch('indicators', 'indicator', await claimedIndicator(s.store), { source: 'Relevé du service' }),
  },
  'own measure moved onto B’s indicator': {
    route: 'PATCH /api/v1/measures/:id',
    allowed: EDITORS,
    status: 200,
    build: async (s) => {
      const own = await seedIndicator(s.store, { actionId: 'act-001', serviceId: BATIMENTS });
      return patch('measures', 'measure', await seedMeasure(s.store, own), { indicatorId: 'ind-06' });
    },
  },
  'B’s indicator deleted': {
    route: 'DELETE /api/v1/indicators/:id',
    allowed: EDITORS,
    status: 204,
    build: async (s) => {
      const id = await seedIndicator(s.store, { actionId: 'act-020', serviceId: B });
      return { path: `/indicators/${id}`, ifMatch: { kind: 'indicator', id } };
    },
  },
  'measure of a claimed indicator deleted': {
    route: 'DELETE /api/v1/measures/:id',
    allowed: EDITORS,
    status: 204,
    build: async (s) => {
      const id = await seedMeasure(s.store, await claimedIndicator(s.store));
      return { path: `/measures/${id}`, ifMatch: { kind: 'measure', id } };
    },
  },
  'narrative of a commitment led by another elected official': {
    route: 'PATCH /api/v1/commitments/:id',
    allowed: EDITORS,
    status: 200,
    build: async (s) => patch('commitments', 'commitment', await seedCommitment(s.store, 'pers-nathalie-roussel'), { description: 'Pas le mien' }),
  },
  'own commitment handed to another elected official': {
    route: 'PATCH /api/v1/commitments/:id',
    allowed: EDITORS,
    status: 200,
    build: async (s) => patch('commitments', 'commitment', await seedCommitment(s.store, 'pers-sophie-garnier'), { leadPersonId: 'pers-nathalie-roussel' }),
  },
  'import (dry run) of a measure on B’s indicator': {
    route: 'POST /api/v1/import',
    allowed: ['administrator'],
    status: 200,
    build: () =>
      Promise.resolve({ path: '/import?sheet=mesures&dryRun=true', rawBody: 'Indicateur;Date;Valeur\nind-06;2026-11-05;4\n', headers: { 'Content-Type': 'text/csv' } }),
  },
  'accepting a proposal on B’s action': {
    route: 'POST /api/v1/proposals/:id/accept',
    allowed: EDITORS,
    status: 200,
    build: async (s) => seedProposal(s.store, { kind: 'action', id: 'act-020' }, 'update'),
  },
  'accepting a measure proposal on B’s indicator': {
    route: 'POST /api/v1/proposals/:id/accept',
    allowed: EDITORS,
    status: 200,
    build: async (s) => seedProposal(s.store, { kind: 'indicator', id: 'ind-06' }, 'add_measure'),
  },
};
