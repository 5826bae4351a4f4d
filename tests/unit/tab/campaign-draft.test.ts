import type { Question } from '../../../src/tab/api/campaigns.js';
import {
  audienceOfDraft,
  campaignBody,
  changedParts,
  DEFAULT_AUDIENCE,
  draftOf,
  emptyDraft,
  localProblems,
  rebaseCampaignDraft,
  type CampaignDraft,
} from '../../../src/tab/model/campaign-draft.js';
import { makeCampaign, makeCustomCampaign, makeQuestionDraft } from './support/tab-factories.js';

const SCALE: Question = { id: 'q1', type: 'scale', label: { fr: 'Satisfaction' }, required: true, scale: '1-5' };
const HOURS: Question = { id: 'q2', type: 'number', label: { fr: 'Heures' }, required: true, min: 0, max: 35, integer: true };

const draft = (overrides: Partial<CampaignDraft> = {}): CampaignDraft => ({ ...emptyDraft('2025-03-03'), title: 'Revue', ...overrides });

describe('a new campaign', () => {
  it('reviews actions, opens today and closes three weeks later, reminded J-3, J-1 and J+1', () => {
    expect(emptyDraft('2025-03-03')).toEqual({
      kind: 'action_review',
      title: '',
      description: '',
      audience: 'service_heads',
      serviceIds: [],
      personIds: [],
      openingDate: '2025-03-03',
      deadline: '2025-03-24',
      reminderOffsets: [-3, -1, 1],
      applyMode: 'proposals',
      questions: [],
    });
  });

  it('counts the three weeks across months, years and leap days', () => {
    expect(emptyDraft('2025-12-20').deadline).toBe('2026-01-10');
    expect(emptyDraft('2024-02-20').deadline).toBe('2024-03-12');
    expect(emptyDraft('2025-02-20').deadline).toBe('2025-03-13');
    expect(emptyDraft('2025-03-20').deadline).toBe('2025-04-10'); // across the change to summer time in Paris
  });

  it('suggests the audience each kind is usually for', () => {
    expect(DEFAULT_AUDIENCE).toEqual({
      action_review: 'service_heads',
      elected_self_assessment: 'elected_officials',
      working_time_1607: 'service_heads',
      custom: 'people',
    });
  });
});

describe('a stored campaign in the form', () => {
  it('holds its fields, reminders earliest first, and no questions unless custom', () => {
    const stored = makeCampaign({ description: 'Point de mi-mandat' });
    expect(draftOf(stored)).toEqual({
      kind: 'action_review',
      title: 'Revue des actions — printemps',
      description: 'Point de mi-mandat',
      audience: 'service_heads',
      serviceIds: ['svc-voirie', 'svc-ecoles'],
      personIds: [],
      openingDate: '2025-03-03',
      deadline: '2025-03-24',
      reminderOffsets: [-3, -1, 1],
      applyMode: 'proposals',
      questions: [],
    });
    expect(stored.reminderOffsets).toEqual([1, -3, -1]); // the record itself is left alone
  });

  it('shows a missing description as an empty input', () => {
    expect(draftOf(makeCampaign()).description).toBe('');
  });

  it('copies the lists, so editing the form does not change the record read', () => {
    const stored = makeCampaign();
    const d = draftOf(stored);
    d.serviceIds.push('svc-sport');
    d.reminderOffsets.push(5);
    expect(stored.audience).toEqual({ kind: 'service_heads', serviceIds: ['svc-voirie', 'svc-ecoles'] });
    expect(stored.reminderOffsets).toEqual([1, -3, -1]);
  });

  it('holds named people, or no list at all for elected officials', () => {
    expect(draftOf(makeCustomCampaign([SCALE]))).toMatchObject({ audience: 'people', personIds: ['p1', 'p2'], serviceIds: [] });
    expect(draftOf(makeCampaign({ audience: { kind: 'elected_officials' } }))).toMatchObject({ audience: 'elected_officials', personIds: [], serviceIds: [] });
  });

  it('holds a custom campaign’s questions', () => {
    const d = draftOf(makeCustomCampaign([SCALE, HOURS]));
    expect(d.questions.map((q) => [q.id, q.type])).toEqual([
      ['q1', 'scale'],
      ['q2', 'number'],
    ]);
    expect(d.questions[1]).toMatchObject({ min: '0', max: '35', integer: true });
  });
});

describe('the audience sent', () => {
  it('is the list of the kind chosen, never the lists kept for the others', () => {
    const lists = { serviceIds: ['svc-voirie'], personIds: ['p1'] };
    expect(audienceOfDraft({ audience: 'service_heads', ...lists })).toEqual({ kind: 'service_heads', serviceIds: ['svc-voirie'] });
    expect(audienceOfDraft({ audience: 'people', ...lists })).toEqual({ kind: 'people', personIds: ['p1'] });
    expect(audienceOfDraft({ audience: 'elected_officials', ...lists })).toEqual({ kind: 'elected_officials' });
  });
});

describe('what the API receives', () => {
  it('creates a campaign without the fields left empty', () => {
    const d = draft({ serviceIds: ['svc-voirie'], reminderOffsets: [2, -7, 0], description: '   ' });
    expect(campaignBody(d)).toEqual({
      kind: 'action_review',
      title: 'Revue',
      audience: { kind: 'service_heads', serviceIds: ['svc-voirie'] },
      openingDate: '2025-03-03',
      deadline: '2025-03-24',
      reminderOffsets: [-7, 0, 2],
      applyMode: 'proposals',
    });
    expect(d.reminderOffsets).toEqual([2, -7, 0]); // sorting the body does not reorder the form
  });

  it('clears with null, in a change, what the form emptied', () => {
    expect(campaignBody(draft({ audience: 'elected_officials', description: '' }), true)).toEqual({
      kind: 'action_review',
      title: 'Revue',
      description: null,
      audience: { kind: 'elected_officials' },
      openingDate: '2025-03-03',
      deadline: '2025-03-24',
      reminderOffsets: [-3, -1, 1],
      applyMode: 'proposals',
      questions: null,
    });
  });

  it('sends the description as typed when it has text', () => {
    expect(campaignBody(draft({ description: '  Bilan\n\nà mi-mandat ' }))).toMatchObject({ description: '  Bilan\n\nà mi-mandat ' });
  });

  it('sends a custom campaign’s questions, and drops them when the kind changed', () => {
    const questions = [makeQuestionDraft('scale', { id: 'q1', fr: 'Satisfaction', scale: '0-10' })];
    const custom = draft({ kind: 'custom', audience: 'people', personIds: ['p1'], questions });
    expect(campaignBody(custom).questions).toEqual([{ id: 'q1', type: 'scale', label: { fr: 'Satisfaction' }, required: true, scale: '0-10' }]);
    expect(campaignBody({ ...custom, kind: 'working_time_1607' })).not.toHaveProperty('questions');
    expect(campaignBody({ ...custom, kind: 'working_time_1607' }, true)).toHaveProperty('questions', null);
  });

  it('sends hostile text as typed (the API validates, the cards escape)', () => {
    const title = '<script>alert("xss")</script>';
    expect(campaignBody(draft({ title, description: '[x](javascript:alert(1))' }))).toMatchObject({ title, description: '[x](javascript:alert(1))' });
  });
});

describe('problems found before sending', () => {
  it('names the bad number inputs of a custom campaign by API path', () => {
    const questions = [makeQuestionDraft('text', { maxLength: '1000' }), makeQuestionDraft('number', { min: 'zéro', max: '1O' })];
    expect(localProblems(draft({ kind: 'custom', questions }))).toEqual(['questions.1.min', 'questions.1.max']);
  });

  it('ignores questions a campaign of another kind does not send', () => {
    expect(localProblems(draft({ questions: [makeQuestionDraft('number', { min: 'abc' })] }))).toEqual([]);
    expect(localProblems(draft({ kind: 'custom', questions: [] }))).toEqual([]);
  });
});

describe('the parts two drafts differ in', () => {
  it('finds none between a draft and itself re-read', () => {
    const stored = makeCustomCampaign([SCALE, HOURS], { description: 'Questionnaire' });
    expect(changedParts(draftOf(stored), draftOf(stored))).toEqual([]); // new React keys are not a change
  });

  it('lists the changed parts in form order', () => {
    const a = draft();
    const b = draft({ deadline: '2025-04-01', title: 'Autre', reminderOffsets: [-1] });
    expect(changedParts(a, b)).toEqual(['title', 'deadline', 'reminderOffsets']);
  });

  it('compares only the list of the audience chosen', () => {
    const a = draft({ audience: 'people', personIds: ['p1'], serviceIds: ['svc-voirie'] });
    expect(changedParts(a, { ...a, serviceIds: [] })).toEqual([]);
    expect(changedParts(a, { ...a, personIds: ['p1', 'p2'] })).toEqual(['audience']);
    expect(changedParts(a, { ...a, audience: 'elected_officials' })).toEqual(['audience']);
  });

  it('compares questions as they would be sent', () => {
    const q = makeQuestionDraft('number', { id: 'q1', min: '1,5' });
    const a = draft({ kind: 'custom', questions: [q] });
    expect(changedParts(a, { ...a, questions: [{ ...q, key: 'other', min: '1.5', maxLength: '9' }] })).toEqual([]);
    expect(changedParts(a, { ...a, questions: [{ ...q, min: '2' }] })).toEqual(['questions']);
    expect(changedParts(draft({ questions: [q] }), draft({ questions: [] }))).toEqual([]); // not custom: none are sent
  });
});

describe('after someone else saved the campaign', () => {
  it('keeps their version, with what this user changed taken from the form', () => {
    const oldBase = draft({ serviceIds: ['svc-voirie'] });
    const mine = { ...oldBase, title: 'Revue — mon titre', serviceIds: ['svc-voirie', 'svc-ecoles'] };
    const theirs = { ...oldBase, deadline: '2025-04-07', description: 'Ajoutée par un collègue', reminderOffsets: [-7] };
    expect(rebaseCampaignDraft(mine, oldBase, theirs)).toEqual({
      ...theirs,
      title: 'Revue — mon titre',
      serviceIds: ['svc-voirie', 'svc-ecoles'],
    });
  });

  it('takes their version whole when this user changed nothing', () => {
    const oldBase = draft();
    const theirs = draft({ title: 'Leur titre', applyMode: 'direct' });
    expect(rebaseCampaignDraft({ ...oldBase }, oldBase, theirs)).toEqual(theirs);
  });

  it('keeps this user’s change over theirs on the same part', () => {
    const oldBase = draft();
    const mine = { ...oldBase, deadline: '2025-03-31' };
    const theirs = { ...oldBase, deadline: '2025-04-14', applyMode: 'direct' as const };
    expect(rebaseCampaignDraft(mine, oldBase, theirs)).toMatchObject({ deadline: '2025-03-31', applyMode: 'direct' });
  });

  it('moves the whole audience together when this user changed it', () => {
    const oldBase = draft({ audience: 'service_heads', serviceIds: ['svc-voirie'], personIds: ['p9'] });
    const mine = { ...oldBase, audience: 'people' as const, personIds: ['p1'] };
    const theirs = { ...oldBase, serviceIds: ['svc-ecoles'] };
    expect(rebaseCampaignDraft(mine, oldBase, theirs)).toMatchObject({ audience: 'people', personIds: ['p1'], serviceIds: ['svc-voirie'] });
  });

  it('keeps this user’s questions when they edited them', () => {
    const oldBase = draftOf(makeCustomCampaign([SCALE]));
    const mine = { ...oldBase, questions: [{ ...oldBase.questions[0]!, scale: '0-10' as const }] };
    const theirs = { ...oldBase, title: 'Renommée' };
    const next = rebaseCampaignDraft(mine, oldBase, theirs);
    expect(next.title).toBe('Renommée');
    expect(next.questions).toBe(mine.questions);
  });
});
