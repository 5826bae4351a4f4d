import { campaignSchema, reminderDates } from '../../../../src/domain/campaigns/campaign.schema.js';
import { checkCampaignRecord, validateCampaignRecord } from '../../../../src/domain/campaigns/campaign-validate.js';
import { ValidationError } from '../../../../src/domain/errors.js';
import { campaignInput, QUESTIONS } from './campaign-factories.js';

const issuesOf = (input: unknown) => {
  const checked = checkCampaignRecord(campaignSchema, input);
  if (checked.ok) throw new Error('expected issues');
  return checked.issues;
};

describe('campaign schema', () => {
  it.each(['action_review', 'elected_self_assessment', 'working_time_1607'])('accepts a %s campaign and applies the defaults', (kind) => {
    const campaign = validateCampaignRecord(campaignSchema, campaignInput({ kind, reminderOffsets: undefined }));
    expect(campaign).toMatchObject({ kind, state: 'draft', applyMode: 'proposals', reminderOffsets: [] });
  });

  it('accepts a custom campaign with typed questions', () => {
    const campaign = validateCampaignRecord(campaignSchema, campaignInput({ kind: 'custom', questions: Object.values(QUESTIONS), applyMode: 'direct' }));
    expect(campaign.kind === 'custom' && campaign.questions.map((q) => q.type)).toEqual(['choice', 'choice', 'scale', 'scale', 'number', 'date', 'text']);
  });

  it('refuses questions on a campaign kind that has its own', () => {
    const issues = issuesOf(campaignInput({ questions: [QUESTIONS.text] }));
    expect(issues).toEqual([expect.objectContaining({ path: 'questions', code: 'unrecognized_keys' })]);
  });

  it('refuses a custom campaign without questions, or with more than 50', () => {
    expect(issuesOf(campaignInput({ kind: 'custom', questions: [] }))[0]!.path).toBe('questions');
    const many = Array.from({ length: 51 }, (_, i) => ({ ...QUESTIONS.text, id: `q${i}` }));
    expect(issuesOf(campaignInput({ kind: 'custom', questions: many }))[0]!.path).toBe('questions');
  });

  it('names the accepted kinds when the kind is unknown, in both languages', () => {
    const [issue] = issuesOf(campaignInput({ kind: 'survey' }));
    expect(issue!.path).toBe('kind');
    expect(issue!.message.fr).toContain('choisissez parmi action_review, elected_self_assessment, working_time_1607, custom');
    expect(issue!.message.en).toContain('choose one of');
  });

  it('refuses a deadline before the opening date, accepts them equal', () => {
    const [issue] = issuesOf(campaignInput({ openingDate: '2026-03-20', deadline: '2026-03-19', reminderOffsets: [] }));
    expect(issue).toMatchObject({ path: 'deadline', code: 'custom' });
    expect(issue!.message.fr).toBe('La date limite ne peut pas précéder la date d’ouverture.');
    expect(issue!.message.en).toBe('The deadline cannot be before the opening date.');
    expect(checkCampaignRecord(campaignSchema, campaignInput({ openingDate: '2026-03-20', deadline: '2026-03-20', reminderOffsets: [] })).ok).toBe(true);
  });

  it('refuses duplicate reminders, on the repeated one', () => {
    const issues = issuesOf(campaignInput({ reminderOffsets: [-3, -1, -3] }));
    expect(issues.map((i) => i.path)).toEqual(['reminderOffsets.2']);
    expect(issues[0]!.message.fr).toContain('déjà prévue');
  });

  it('refuses a reminder that would fall before the opening', () => {
    const issues = issuesOf(campaignInput({ openingDate: '2026-03-18', deadline: '2026-03-20', reminderOffsets: [-1, -3] }));
    expect(issues.map((i) => [i.path, i.message.en])).toEqual([['reminderOffsets.1', 'This reminder would fall before the campaign opens.']]);
  });

  it('bounds reminders: whole days within 30 of the deadline, at most 10', () => {
    expect(issuesOf(campaignInput({ reminderOffsets: [31] }))[0]!.path).toBe('reminderOffsets.0');
    expect(issuesOf(campaignInput({ reminderOffsets: [1.5] }))[0]!.path).toBe('reminderOffsets.0');
    expect(issuesOf(campaignInput({ reminderOffsets: [-10, -9, -8, -7, -6, -5, -4, -3, -2, -1, 1] }))[0]!.path).toBe('reminderOffsets');
  });

  it('reports malformed dates and huge offsets as issues, never as a crash', () => {
    expect(issuesOf(campaignInput({ deadline: 'soon' })).map((i) => i.path)).toEqual(['deadline']);
    expect(new Set(issuesOf(campaignInput({ reminderOffsets: [1e308] })).map((i) => i.path))).toEqual(new Set(['reminderOffsets.0']));
  });

  it('lists reminder dates in order, relative to the deadline', () => {
    expect(reminderDates({ deadline: '2026-03-01', reminderOffsets: [1, -3, -1] })).toEqual([
      { offset: -3, date: '2026-02-26' },
      { offset: -1, date: '2026-02-28' },
      { offset: 1, date: '2026-03-02' },
    ]);
  });

  it('refuses two questions with the same id', () => {
    const issues = issuesOf(campaignInput({ kind: 'custom', questions: [QUESTIONS.text, QUESTIONS.text] }));
    expect(issues.map((i) => [i.path, i.message.fr])).toEqual([['questions.1.id', 'Deux questions ne peuvent pas porter le même identifiant.']]);
  });

  it('refuses an unknown state, apply mode and extra fields', () => {
    const paths = issuesOf(campaignInput({ state: 'running', applyMode: 'auto', colour: 'red' })).map((i) => i.path);
    expect(paths.sort()).toEqual(['applyMode', 'colour', 'state']);
  });

  it('throws a ValidationError listing every issue', () => {
    expect(() => validateCampaignRecord(campaignSchema, campaignInput({ title: '', deadline: 'soon' }))).toThrow(ValidationError);
  });
});
