import type { Campaign } from '../../../src/domain/campaigns/campaign.schema.js';
import type { CampaignResponse, ResponseAnswers } from '../../../src/domain/campaigns/response.schema.js';
import type { EntityKind, EntityMap, Stored } from '../../../src/domain/entities/index.js';
import { SNAPSHOT_FORMAT, type EntityRecords, type SnapshotContent } from '../../../src/domain/snapshots/snapshot-content.js';

/**
 * A small commune whose bilan is computed by hand in build-bilan.test.ts. Mandate 2026-03-22 → 2032-03-21: on
 * 2029-03-22 half of it has elapsed.
 */
export const AS_OF = '2029-03-22';

const stored = <T>(record: T): Stored<T> => ({ ...record, version: '1', createdAt: '2026-04-01T08:00:00.000Z', updatedAt: '2026-04-01T08:00:00.000Z' });
const all = <K extends EntityKind>(records: EntityMap[K][]): Stored<EntityMap[K]>[] => records.map(stored);

const base = { half: 'first' as const };

/** Every record of the fixture. */
export function fixtureRecords(): EntityRecords {
  return {
    mandate: all<'mandate'>([{ id: 'mandate', collectivityName: 'Bourg-Témoin', collectivityKind: 'commune', startDate: '2026-03-22', endDate: '2032-03-21', midTermDate: '2029-03-22' }]),
    axis: all<'axis'>([
      { id: 'A1', title: 'Climat', order: 1, color: '#2E7D32' },
      { id: 'A2', title: 'Solidarités', order: 2, color: '#1565C0' },
    ]),
    commitment: all<'commitment'>([
      { id: 'C1', axisId: 'A1', reference: '1.1', title: 'Rénover les écoles', status: 'in_progress' },
      { id: 'C2', axisId: 'A1', reference: '1.2', title: 'Réseau de chaleur', status: 'revised', gapJustification: 'Reporté faute de subvention.' },
      { id: 'C3', axisId: 'A2', reference: '2.1', title: 'Maison de santé', status: 'planned' },
      { id: 'C4', axisId: 'A2', reference: '2.2', title: 'Épicerie solidaire', status: 'done' },
    ]),
    action: all<'action'>([
      { ...base, id: 'a1', commitmentId: 'C1', title: 'École Jaurès', status: 'in_progress', progress: 60, dueDate: '2029-06-01', budgetPlanned: 1000, budgetSpent: 400 },
      { ...base, id: 'a2', commitmentId: 'C1', title: 'École Curie', status: 'done', progress: 100, dueDate: '2028-01-01', budgetPlanned: 500, budgetSpent: 600 },
      { ...base, id: 'a3', commitmentId: 'C1', title: 'École Moulin', status: 'blocked', progress: 20, dueDate: '2029-01-01' },
      { ...base, id: 'a4', commitmentId: 'C2', title: 'Étude', status: 'planned', progress: 0, dueDate: '2030-01-01' },
      { ...base, id: 'a5', commitmentId: 'C2', title: 'Forage', status: 'cancelled', progress: 50 },
      { ...base, id: 'a6', commitmentId: 'C3', title: 'Terrain', status: 'planned', progress: 10, dueDate: '2028-12-31' },
      { ...base, id: 'a7', commitmentId: 'C4', title: 'Local', status: 'done', progress: 100, budgetPlanned: 2000, budgetSpent: 1500 },
    ]),
    indicator: all<'indicator'>([
      { id: 'i1', actionId: 'a1', name: 'Écoles rénovées', unit: '%', direction: 'increase', baselineValue: 0, baselineDate: '2026-01-01', targetValue: 100, targetDate: '2030-01-01', milestones: [], frequency: 'annual' },
      { id: 'i2', commitmentId: 'C3', name: 'Délai de rendez-vous', unit: 'jours', direction: 'decrease', baselineValue: 100, baselineDate: '2026-01-01', targetValue: 50, targetDate: '2030-01-01', milestones: [], frequency: 'annual' },
      { id: 'i3', commitmentId: 'C4', name: 'Bénévoles', unit: 'personnes', direction: 'stay_above', baselineValue: 5, baselineDate: '2026-01-01', targetValue: 10, targetDate: '2030-01-01', milestones: [], frequency: 'annual' },
      { id: 'i4', actionId: 'a4', name: 'Logements raccordés', unit: 'logements', direction: 'increase', baselineValue: 0, baselineDate: '2026-01-01', targetValue: 500, targetDate: '2031-01-01', milestones: [], frequency: 'annual' },
    ]),
    measure: all<'measure'>([
      { id: 'm1', indicatorId: 'i1', date: '2029-01-01', value: 80, source: 'manual' },
      // After the bilan's date: did not exist yet on 2029-03-22.
      { id: 'm2', indicatorId: 'i1', date: '2029-06-01', value: 10, source: 'manual' },
      { id: 'm3', indicatorId: 'i2', date: '2029-01-01', value: 95, source: 'manual' },
      { id: 'm4', indicatorId: 'i3', date: '2029-01-01', value: 12, source: 'manual' },
    ]),
    service: all<'service'>([
      { id: 'S1', name: 'Sports' },
      { id: 'S2', name: 'Culture' },
    ]),
    person: all<'person'>([{ id: 'P1', displayName: 'Élue Une', role: 'elected', serviceIds: [] }]),
    feedback: all<'feedback'>([
      { id: 'f1', kind: 'citizen_workshop', title: 'Atelier', date: '2028-05-01', summary: 'Texte', participants: 40, themes: ['Vélo', 'École'], commitmentIds: ['C1', 'C3'] },
      { id: 'f2', kind: 'online_consultation', title: 'Consultation', date: '2028-06-01', summary: 'Texte', participants: 100, themes: ['velo', 'Santé'], commitmentIds: ['C1'] },
      { id: 'f3', kind: 'administration_meeting', title: 'Codir', date: '2028-07-01', summary: 'Texte', participants: 10, themes: ['Organisation'], commitmentIds: ['C3'] },
    ]),
  };
}

function campaign(id: string, kind: Campaign['kind'], launchedAt: string): Stored<Campaign> {
  const audience = kind === 'elected_self_assessment' ? { kind: 'elected_officials' as const } : { kind: 'service_heads' as const, serviceIds: ['S1'] };
  return stored({ id, kind, title: `Campagne ${id}`, audience, openingDate: launchedAt.slice(0, 10), deadline: '2029-12-31', reminderOffsets: [], applyMode: 'proposals', state: 'closed', launchedAt } as Campaign);
}

let n = 0;
function response(campaignId: string, personId: string, answers: ResponseAnswers, submittedAt?: string): Stored<CampaignResponse> {
  n += 1;
  return stored({ id: `r${n}`, campaignId, deliveryId: `d${n}`, personId, answers, submittedAt });
}

/** Campaigns and responses: two self-assessments (the later counts), two action reviews, one 1,607 h campaign. */
export function fixtureCampaigns(): Pick<SnapshotContent, 'campaigns' | 'responses'> {
  return {
    campaigns: [
      campaign('e0', 'elected_self_assessment', '2028-01-01T08:00:00.000Z'),
      campaign('e1', 'elected_self_assessment', '2029-02-01T08:00:00.000Z'),
      campaign('rv0', 'action_review', '2028-06-01T08:00:00.000Z'),
      campaign('rv1', 'action_review', '2029-01-15T08:00:00.000Z'),
      campaign('w1', 'working_time_1607', '2029-02-10T08:00:00.000Z'),
    ],
    responses: [
      response('e0', 'P1', { kind: 'elected_self_assessment', bySubject: { C4: { score: 1 } } }, '2028-01-05T08:00:00.000Z'),
      response('e1', 'P1', { kind: 'elected_self_assessment', bySubject: { C1: { score: 5 }, C3: { score: 4, difficulties: 'Foncier' } } }, '2029-02-05T08:00:00.000Z'),
      response('e1', 'P2', { kind: 'elected_self_assessment', bySubject: { C1: { score: 4 } } }, '2029-02-06T08:00:00.000Z'),
      // Saved but never submitted: does not count.
      response('e1', 'P3', { kind: 'elected_self_assessment', bySubject: { C1: { score: 1 } } }),
      response('rv0', 'SH', { kind: 'action_review', bySubject: { a1: { progress: 40, measures: [] }, a3: { progress: 50, measures: [] } } }, '2028-06-10T08:00:00.000Z'),
      response('rv1', 'SH', { kind: 'action_review', bySubject: { a1: { progress: 70, measures: [] }, a6: { progress: 30, measures: [] } } }, '2029-01-20T08:00:00.000Z'),
      response(
        'w1',
        'SH',
        {
          kind: 'working_time_1607',
          bySubject: {
            S1: { hoursFreed: 1000, split: { better_service: 50, new_projects: 30, quality_of_life: 20, other: 0 } },
            S2: { hoursFreed: 200, split: { better_service: 25, new_projects: 25, quality_of_life: 25, other: 25 } },
          },
        },
        '2029-02-15T08:00:00.000Z',
      ),
      response('w1', 'SH2', { kind: 'working_time_1607', bySubject: { S1: { hoursFreed: 800, split: { better_service: 50, new_projects: 50, quality_of_life: 0, other: 0 } } } }, '2029-02-20T08:00:00.000Z'),
    ],
  };
}

/** The fixture as a record set at AS_OF, with or without campaign answers. */
export function fixtureSet(options: { campaigns?: boolean } = {}): SnapshotContent {
  const { campaigns, responses } = options.campaigns === false ? { campaigns: [], responses: [] } : fixtureCampaigns();
  return { format: SNAPSHOT_FORMAT, asOf: AS_OF, takenAt: `${AS_OF}T10:00:00.000Z`, records: fixtureRecords(), campaigns, responses };
}
