import { buildSelfAssessmentCard, type SelfAssessmentPageView } from '../../../bot/cards/self-assessment.card.js';
import { parseSelfAssessmentPage } from '../../../src/domain/campaigns/answers/self-assessment.parse.js';
import { cardProblems } from './support/card-validation.js';
import { elementAfterInput, inputById, inputIds, readableText, verbs } from './support/card-queries.js';
import { longText, makeRef } from './support/view-factories.js';

const commitment = (id: string, title = `Engagement ${id}`) => ({ commitment: { id, reference: id.toUpperCase(), title, status: 'in_progress' as const } });

function makeView(overrides: Partial<SelfAssessmentPageView> = {}): SelfAssessmentPageView {
  return {
    ref: makeRef({ campaignTitle: 'Auto-évaluation de mi-mandat' }),
    position: { step: 0, total: 3 },
    commitments: [{ ...commitment('e1', 'Créer 200 places en crèche'), axisTitle: 'Petite enfance', administrationProgress: 65 }, commitment('e2')],
    today: '2026-03-10',
    ...overrides,
  };
}

describe('self-assessment card', () => {
  it('is valid in both languages', () => {
    expect(cardProblems(buildSelfAssessmentCard(makeView(), 'fr'))).toEqual([]);
    expect(cardProblems(buildSelfAssessmentCard(makeView(), 'en'))).toEqual([]);
  });

  it('shows each commitment with the administration’s view, and a score 1–5, difficulties and priority', () => {
    const card = buildSelfAssessmentCard(makeView(), 'fr');
    const text = readableText(card);
    expect(text).toContain('E1 — Créer 200 places en crèche');
    expect(text).toContain('Petite enfance');
    expect(text).toContain('65 %');
    expect(inputIds(card)).toEqual(['score.e1', 'difficulties.e1', 'priority.e1', 'score.e2', 'difficulties.e2', 'priority.e2']);
    expect(inputById(card, 'score.e1')).toMatchObject({ style: 'expanded', isRequired: true, label: 'Où en est cet engagement, selon vous ?' });
    expect(inputById(card, 'score.e1').choices!.map((c: { value: string }) => c.value)).toEqual(['1', '2', '3', '4', '5']);
    expect(inputById(card, 'priority.e1').choices!.map((c: { title: string }) => c.title)).toEqual(['Haute', 'Moyenne', 'Basse']);
    expect(readableText(buildSelfAssessmentCard(makeView(), 'en'))).toContain('Progress according to the administration');
  });

  it('prefills a saved answer and shows a refused score next to its field', () => {
    const view = makeView({ commitments: [{ ...commitment('e1'), draft: { score: 3, priority: 'low', difficulties: 'Foncier' } }, commitment('e2')] });
    const card = buildSelfAssessmentCard(view, 'fr');
    expect(inputById(card, 'score.e1').value).toBe('3');
    expect(inputById(card, 'priority.e1').value).toBe('low');
    expect(inputById(card, 'difficulties.e1').value).toBe('Foncier');

    const inputs = { 'score.e1': '4' };
    const parsed = parseSelfAssessmentPage(inputs, ['e1', 'e2']);
    if (parsed.ok) throw new Error('expected issues');
    const refused = buildSelfAssessmentCard(makeView({ previous: { inputs, issues: parsed.issues } }), 'fr');
    expect(elementAfterInput(refused, 'score.e2')).toMatchObject({ color: 'attention', text: '⚠ Cette réponse est obligatoire.' });
    expect(inputById(refused, 'score.e1').value).toBe('4');
    expect(readableText(refused)).toContain('E2 — Où en est cet engagement, selon vous ? : Cette réponse est obligatoire.');
  });

  it('has the step buttons of its position', () => {
    expect(verbs(buildSelfAssessmentCard(makeView(), 'fr'))).toEqual(['save-and-next', 'skip']);
    expect(verbs(buildSelfAssessmentCard(makeView({ position: { step: 2, total: 3 } }), 'fr'))).toEqual(['submit', 'back']);
  });

  it('stays valid and small with five long commitments and long saved difficulties', () => {
    const commitments = Array.from({ length: 5 }, (_, i) => ({
      ...commitment(`e${i}`, longText(200)),
      axisTitle: longText(120),
      draft: { score: 2, difficulties: longText(2000) },
    }));
    expect(cardProblems(buildSelfAssessmentCard(makeView({ commitments }), 'fr'))).toEqual([]);
  });
});
