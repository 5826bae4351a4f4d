import type { CampaignRecord, ProposalView, Question } from '../../../../src/tab/api/campaigns.js';
import { newQuestion, type QuestionDraft } from '../../../../src/tab/model/question-draft.js';

const META = { version: 'v1', createdAt: '2025-01-06T08:00:00.000Z', updatedAt: '2025-01-06T08:00:00.000Z' };

/** A stored review-of-actions campaign, with whatever the test changes. */
export function makeCampaign(overrides: Partial<CampaignRecord> = {}): CampaignRecord {
  return {
    id: 'camp1',
    kind: 'action_review',
    title: 'Revue des actions — printemps',
    audience: { kind: 'service_heads', serviceIds: ['svc-voirie', 'svc-ecoles'] },
    openingDate: '2025-03-03',
    deadline: '2025-03-24',
    reminderOffsets: [1, -3, -1],
    applyMode: 'proposals',
    state: 'draft',
    ...META,
    ...overrides,
  } as CampaignRecord;
}

/** A stored custom campaign asking the given questions. */
export const makeCustomCampaign = (questions: Question[], overrides: Partial<CampaignRecord> = {}): CampaignRecord =>
  makeCampaign({ kind: 'custom', questions, audience: { kind: 'people', personIds: ['p1', 'p2'] }, ...overrides });

/** A question as the form holds it, of a type, with the inputs the test typed. */
export const makeQuestionDraft = (type: QuestionDraft['type'], typed: Partial<QuestionDraft> = {}): QuestionDraft => ({
  ...newQuestion(type, []),
  fr: 'Question',
  ...typed,
});

let lastProposal = 0;
/** A pending proposal as GET /proposals lists it. */
export function makeView(campaignId: string, target: { kind: 'action' | 'indicator'; id: string }, campaignTitle = `Campagne ${campaignId}`): ProposalView {
  lastProposal += 1;
  const action = target.kind === 'action';
  return {
    proposal: {
      id: `prop${lastProposal}`,
      campaignId,
      responseId: `resp${lastProposal}`,
      target,
      operation: action ? 'update' : 'add_measure',
      changes: action ? [{ field: 'progress', old: 20, new: 40 }] : [{ field: 'value', old: null, new: 12 }],
      state: 'pending',
      proposedAt: '2025-03-10T09:00:00.000Z',
      ...META,
    },
    campaignTitle,
    target: { ...target, label: `Libellé ${target.id}`, exists: true },
    current: action ? { progress: 20 } : { value: null },
  };
}
