import { buildQuestionnaireNoticeCard } from '../../../../bot/cards/questionnaire-notice.card.js';
import { cardLang } from '../../../../src/app/campaigns/questionnaire/card-lang.js';
import { applyStepAnswers, inStepOrder, replaceSubjects } from '../../../../src/app/campaigns/questionnaire/kinds/answers-of.js';
import { shownStep, showsSummary, SUMMARY_STEP } from '../../../../src/app/campaigns/questionnaire/questionnaire-position.js';
import { responseIdOf } from '../../../../src/app/campaigns/questionnaire/record-writes.js';
import { idSchema } from '../../../../src/domain/entities/common.schema.js';
import type { CampaignResponse } from '../../../../src/domain/campaigns/response.schema.js';
import { cardProblems } from '../../bot/support/card-validation.js';
import { allNodes, readableText } from '../../bot/support/card-queries.js';
import { makeRef } from '../../bot/support/view-factories.js';

describe('answers of a step', () => {
  it('replaces the step’s subjects, drops those left unanswered, keeps the others', () => {
    const current = { a: 1, b: 2, c: 3 };
    expect(replaceSubjects(current, ['b', 'c'], { b: 20 })).toEqual({ a: 1, b: 20 });
    expect(replaceSubjects(undefined, ['x'], { x: 1 })).toEqual({ x: 1 });
  });

  it('orders answers like the steps, unknown subjects last', () => {
    expect(Object.keys(inStepOrder({ z: 1, a: 2, m: 3 }, ['m', 'z']))).toEqual(['m', 'z', 'a']);
  });

  it('starts afresh when the saved answers are of another kind', () => {
    const response: CampaignResponse = {
      id: 'r',
      campaignId: 'c',
      deliveryId: 'd',
      personId: 'p',
      answers: { kind: 'elected_self_assessment', bySubject: { e1: { score: 3 } } },
    };
    const answers = applyStepAnswers(response, { kind: 'working_time_1607', subjects: ['s1'], bySubject: { s1: { hoursFreed: 1, split: { better_service: 100, new_projects: 0, quality_of_life: 0, other: 0 } } } });
    expect(answers).toEqual({ kind: 'working_time_1607', bySubject: { s1: { hoursFreed: 1, split: { better_service: 100, new_projects: 0, quality_of_life: 0, other: 0 } } } });
  });
});

describe('where the card stands', () => {
  it('shows the summary only for an answered delivery at the summary step', () => {
    expect(showsSummary({ state: 'answered', currentStep: SUMMARY_STEP })).toBe(true);
    expect(showsSummary({ state: 'answered', currentStep: 0 })).toBe(false); // amending
    expect(showsSummary({ state: 'sent', currentStep: SUMMARY_STEP })).toBe(false);
  });

  it('keeps the step within the list when the list got shorter', () => {
    expect(shownStep({ state: 'sent', currentStep: 7 }, 5)).toBe(4);
    expect(shownStep({ state: 'sent', currentStep: 2 }, 5)).toBe(2);
    expect(shownStep({ state: 'sent', currentStep: 0 }, 0)).toBeUndefined();
    expect(shownStep({ state: 'answered', currentStep: SUMMARY_STEP }, 5)).toBeUndefined();
  });
});

describe('response ids', () => {
  it('derive from the delivery id and stay valid ids, even for the longest delivery ids', () => {
    expect(responseIdOf('del-1')).toBe('del-1.r');
    const long = 'd'.repeat(64);
    expect(idSchema.safeParse(responseIdOf(long)).success).toBe(true);
    expect(responseIdOf(long)).toBe(responseIdOf(long));
    expect(responseIdOf(long)).not.toBe(responseIdOf(`${'d'.repeat(63)}e`));
  });
});

describe('card language', () => {
  it.each([
    ['en-US', 'en'],
    ['EN-gb', 'en'],
    ['fr-FR', 'fr'],
    ['de-DE', 'fr'],
    [undefined, 'fr'],
  ] as const)('%s → %s', (locale, lang) => expect(cardLang(locale)).toBe(lang));
});

describe('questionnaire notice card', () => {
  it.each(['nothing_to_answer', 'deadline_passed'] as const)('%s is valid in both languages, with no input and no button', (reason) => {
    for (const lang of ['fr', 'en'] as const) {
      const card = buildQuestionnaireNoticeCard({ ref: makeRef({ campaignTitle: 'Revue [printemps]' }), kind: 'action_review', reason }, lang);
      expect(cardProblems(card)).toEqual([]);
      expect(readableText(card)).toContain('Revue [printemps]');
      expect(allNodes(card.body).some((n) => String(n.type).startsWith('Input.') || String(n.type).startsWith('Action.'))).toBe(false);
      expect(card.refresh?.action.verb).toBe('refresh');
    }
  });

  it('names the deadline that passed', () => {
    const card = buildQuestionnaireNoticeCard({ ref: makeRef(), kind: 'custom', reason: 'deadline_passed' }, 'fr');
    expect(readableText(card)).toContain('La date limite (20 mars 2026) est passée');
  });
});
