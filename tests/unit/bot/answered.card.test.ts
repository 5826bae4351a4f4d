import { buildAnsweredCard, type AnsweredView } from '../../../bot/cards/answered.card.js';
import { summarizeCustom, summarizeReview, summarizeSelfAssessment, summarizeWorkingTime } from '../../../bot/cards/answer-summary.js';
import { cardSizeBytes } from '../../../bot/cards/card-size.js';
import type { ActionReviewAnswer } from '../../../src/domain/campaigns/answers/action-review.answer.js';
import { QUESTIONS } from '../domain/campaigns/campaign-factories.js';
import { cardProblems } from './support/card-validation.js';
import { executeActions, readableText, verbs } from './support/card-queries.js';
import { longText, makeRef } from './support/view-factories.js';

const names = new Map([
  ['act-1', 'Rénover le gymnase'],
  ['ind-1', 'Places en tribune'],
]);
const review: Record<string, ActionReviewAnswer> = {
  'act-1': { progress: 60, weather: 'sunny', trend: 'up', blockers: '[click](http://evil)', measures: [{ indicatorId: 'ind-1', value: 150 }] },
};

function makeView(overrides: Partial<AnsweredView> = {}): AnsweredView {
  return {
    ref: makeRef(),
    kindLabel: 'Revue des actions',
    submittedAt: '2026-03-08T09:30:00.000Z',
    summary: summarizeReview(review, names, 'fr'),
    today: '2026-03-10',
    ...overrides,
  };
}

describe('answered card', () => {
  it('is valid in both languages', () => {
    expect(cardProblems(buildAnsweredCard(makeView(), 'fr'))).toEqual([]);
    expect(cardProblems(buildAnsweredCard(makeView({ summary: summarizeReview(review, names, 'en') }), 'en'))).toEqual([]);
  });

  it('thanks, says when it was sent, and summarises what was sent', () => {
    const text = readableText(buildAnsweredCard(makeView({ amendedAt: '2026-03-09T10:00:00.000Z' }), 'fr'));
    expect(text).toContain('Merci, vos réponses ont été envoyées.');
    expect(text).toContain('Envoyées le 8 mars 2026, modifiées le 9 mars 2026. Vous pouvez les modifier jusqu’au 20 mars 2026.');
    expect(text).toContain('Rénover le gymnase');
    expect(text).toContain('60 %');
    expect(text).toContain('☀️ Ensoleillé');
    expect(text).toContain('Places en tribune : 150');
  });

  it('escapes what people wrote in the summary', () => {
    expect(JSON.stringify(buildAnsweredCard(makeView(), 'fr'))).toContain('\\\\[click\\\\]\\\\(http://evil\\\\)');
  });

  it('offers to amend until the deadline, not after', () => {
    const open = buildAnsweredCard(makeView({ today: '2026-03-20' }), 'fr');
    expect(verbs(open)).toEqual(['amend']);
    expect(executeActions(open)[0]!.data).toEqual({ campaignId: 'camp-1', deliveryId: 'del-1', cardVersion: 4 });
    const closed = buildAnsweredCard(makeView({ today: '2026-03-21' }), 'fr');
    expect(verbs(closed)).toEqual([]);
    expect(readableText(closed)).toContain('La date limite est passée');
  });

  it('summarises each kind of answer', () => {
    const self = summarizeSelfAssessment({ e1: { score: 4, priority: 'high' } }, new Map([['e1', 'E1 — Crèches']]), 'en');
    expect(self).toEqual([{ title: 'E1 — Crèches', facts: [['Score', '4/5'], ['Difficulties', undefined], ['Priority', 'High']] }]);
    const time = summarizeWorkingTime({ sport: { hoursFreed: 1500, split: { better_service: 50, new_projects: 50, quality_of_life: 0, other: 0 } } }, new Map([['sport', 'Sports']]), 'fr');
    expect(readableText(buildAnsweredCard(makeView({ summary: time }), 'fr'))).toContain('Heures libérées\n1\u202f500');
    const custom = summarizeCustom(Object.values(QUESTIONS), { canal: { type: 'choice', values: ['mail', 'teams'] }, start: { type: 'date', value: '2026-09-01' } }, 'en');
    expect(custom[0]).toEqual({ title: '1. Preferred channel', facts: [['Answer', 'E-mail, Teams']] });
    expect(custom[2]).toEqual({ title: '3. Satisfaction', facts: [['Answer', 'Not answered']] });
    expect(custom[5]).toEqual({ title: '6. Date de démarrage', facts: [['Answer', '1 September 2026']] });
  });

  it('stays under 80 KB for a 12-action review with every text at its maximum', () => {
    const answers = Object.fromEntries(
      Array.from({ length: 12 }, (_, i) => [
        `act-${i}`,
        { progress: 50, weather: 'stormy', trend: 'down', blockers: longText(2000), nextSteps: longText(2000), needs: longText(2000), comment: longText(1000), measures: Array.from({ length: 10 }, (_, m) => ({ indicatorId: `ind-${m}`, value: 1234.5 })) },
      ]),
    ) as Record<string, ActionReviewAnswer>;
    const longNames = new Map(Array.from({ length: 12 }, (_, i) => [`act-${i}`, longText(200)]));
    const card = buildAnsweredCard(makeView({ summary: summarizeReview(answers, longNames, 'fr'), ref: makeRef({ campaignTitle: longText(200) }) }), 'fr');
    expect(cardProblems(card)).toEqual([]);
    console.info(`answered 12-action review: ${(cardSizeBytes(card) / 1024).toFixed(1)} KB`);
  });

  it('lists at most 30 subjects and counts the rest', () => {
    const many = Array.from({ length: 45 }, (_, i) => ({ title: `Action ${i}`, facts: [['Avancement', '10 %']] as const }));
    const card = buildAnsweredCard(makeView({ summary: many }), 'fr');
    expect(readableText(card)).toContain('Action 29');
    expect(readableText(card)).not.toContain('Action 30');
    expect(readableText(card)).toContain('… et 15 autres (voir l’onglet Cap Mandat).');
  });
});
