import { checkCampaignRecord } from '../../../../src/domain/campaigns/campaign-validate.js';
import { deliverySchema } from '../../../../src/domain/campaigns/delivery.schema.js';
import { proposalSchema } from '../../../../src/domain/campaigns/proposal.schema.js';
import { responseSchema } from '../../../../src/domain/campaigns/response.schema.js';

const issuesOf = (schema: Parameters<typeof checkCampaignRecord>[0], input: unknown) => {
  const c = checkCampaignRecord(schema, input);
  return c.ok ? [] : c.issues.map((i) => [i.path, i.message.en]);
};

const delivery = { id: 'd1', campaignId: 'c1', personId: 'p1', state: 'queued' };
const sentAt = '2026-03-02T08:00:00.000Z';

describe('delivery schema', () => {
  it('accepts a queued delivery with defaults', () => {
    const c = checkCampaignRecord(deliverySchema, delivery);
    expect(c.ok && c.value).toMatchObject({ attempts: 0, currentStep: 0, cardVersion: 0 });
  });

  it('accepts Teams ids as Teams writes them', () => {
    const teams = { ...delivery, state: 'sent', sentAt, teamsMessageId: '1:1XyZ-abc', conversationId: 'a:1BcD3f_gh;messageid=1712345678901' };
    expect(checkCampaignRecord(deliverySchema, teams).ok).toBe(true);
  });

  it('needs a reason when failed, and only then', () => {
    expect(issuesOf(deliverySchema, { ...delivery, state: 'failed' })).toEqual([['failure', 'A failed delivery must state why it failed.']]);
    expect(checkCampaignRecord(deliverySchema, { ...delivery, state: 'failed', failure: 'app_not_installed', lastError: '404' }).ok).toBe(true);
    expect(issuesOf(deliverySchema, { ...delivery, failure: 'blocked' })).toEqual([['failure', 'Only a failed delivery has a failure reason.']]);
    expect(issuesOf(deliverySchema, { ...delivery, state: 'failed', failure: 'timeout' })[0]![0]).toBe('failure');
  });

  it('needs the sending time once sent, and the answer time once answered', () => {
    expect(issuesOf(deliverySchema, { ...delivery, state: 'sent' })).toEqual([['sentAt', 'A delivery that went out must have its sending time.']]);
    expect(issuesOf(deliverySchema, { ...delivery, state: 'answered', sentAt })).toEqual([['answeredAt', 'An answered delivery must have its answer time.']]);
  });

  it('bounds attempts', () => {
    expect(issuesOf(deliverySchema, { ...delivery, attempts: 21 })[0]![0]).toBe('attempts');
  });
});

const response = {
  id: 'r1',
  campaignId: 'c1',
  deliveryId: 'd1',
  personId: 'p1',
  answers: { kind: 'action_review', bySubject: { 'act-1': { progress: 40, measures: [] } } },
};

describe('response schema', () => {
  it('accepts a draft (no submittedAt) and a submitted response', () => {
    expect(checkCampaignRecord(responseSchema, response).ok).toBe(true);
    expect(checkCampaignRecord(responseSchema, { ...response, submittedAt: sentAt }).ok).toBe(true);
  });

  it('checks each answer against its kind', () => {
    const wrong = { ...response, answers: { kind: 'action_review', bySubject: { 'act-1': { score: 4 } } } };
    expect(issuesOf(responseSchema, wrong).map(([path]) => path)).toEqual(['answers.bySubject.act-1.progress', 'answers.bySubject.act-1.score']);
  });

  it('refuses a 1,607 h split that does not sum to 100', () => {
    const split = { better_service: 50, new_projects: 20, quality_of_life: 10, other: 10 };
    const answers = { kind: 'working_time_1607', bySubject: { sport: { hoursFreed: 1200, split } } };
    expect(issuesOf(responseSchema, { ...response, answers })).toEqual([['answers.bySubject.sport.split', 'The split must add up to exactly 100 %.']]);
  });

  it('refuses an amendment before any submit or before the submit', () => {
    expect(issuesOf(responseSchema, { ...response, amendedAt: sentAt })[0]![0]).toBe('amendedAt');
    expect(issuesOf(responseSchema, { ...response, submittedAt: sentAt, amendedAt: '2026-03-01T08:00:00.000Z' })[0]![0]).toBe('amendedAt');
    expect(checkCampaignRecord(responseSchema, { ...response, submittedAt: sentAt, amendedAt: '2026-03-05T08:00:00.000Z' }).ok).toBe(true);
  });
});

const proposal = {
  id: 'pr1',
  campaignId: 'c1',
  responseId: 'r1',
  target: { kind: 'action', id: 'act-1' },
  operation: 'update',
  changes: [{ field: 'progress', old: 40, new: 60 }],
  proposedAt: sentAt,
};
const decided = { decidedBy: 'dgs', decidedAt: '2026-03-03T08:00:00.000Z' };

describe('proposal schema', () => {
  it('accepts a pending update and an accepted one', () => {
    const c = checkCampaignRecord(proposalSchema, proposal);
    expect(c.ok && c.value.state).toBe('pending');
    expect(checkCampaignRecord(proposalSchema, { ...proposal, state: 'accepted', ...decided }).ok).toBe(true);
  });

  it('needs a reason to refuse, and who decided', () => {
    expect(issuesOf(proposalSchema, { ...proposal, state: 'refused', ...decided })).toEqual([['reason', 'A refusal needs a reason.']]);
    expect(issuesOf(proposalSchema, { ...proposal, state: 'accepted' })).toEqual([['decidedBy', 'An accepted or refused proposal must say who decided and when.']]);
    expect(issuesOf(proposalSchema, { ...proposal, ...decided })).toEqual([['decidedBy', 'A pending proposal has no decision yet.']]);
  });

  it('pairs new measures with indicators and updates with actions', () => {
    expect(issuesOf(proposalSchema, { ...proposal, operation: 'add_measure' })[0]![0]).toBe('operation');
    expect(issuesOf(proposalSchema, { ...proposal, target: { kind: 'indicator', id: 'ind-1' } })[0]![0]).toBe('operation');
  });

  it('needs at least one change, of scalar values', () => {
    expect(issuesOf(proposalSchema, { ...proposal, changes: [] })[0]![0]).toBe('changes');
    expect(issuesOf(proposalSchema, { ...proposal, changes: [{ field: 'progress', old: 1, new: { x: 1 } }] })[0]![0]).toBe('changes.0.new');
  });
});
