import { buildWorkingTimeCard, type WorkingTimeStepView } from '../../../bot/cards/working-time.card.js';
import { parseWorkingTimeStep } from '../../../src/domain/campaigns/answers/working-time.parse.js';
import { cardProblems } from './support/card-validation.js';
import { allNodes, inputById, inputIds, readableText, verbs } from './support/card-queries.js';
import { makeRef } from './support/view-factories.js';

function makeView(overrides: Partial<WorkingTimeStepView> = {}): WorkingTimeStepView {
  return {
    ref: makeRef({ campaignTitle: 'Temps de travail 2026' }),
    position: { step: 0, total: 1 },
    service: { id: 'sport', name: 'Direction des sports' },
    today: '2026-03-10',
    ...overrides,
  };
}

describe('working-time card', () => {
  it('is valid in both languages', () => {
    expect(cardProblems(buildWorkingTimeCard(makeView(), 'fr'))).toEqual([]);
    expect(cardProblems(buildWorkingTimeCard(makeView(), 'en'))).toEqual([]);
  });

  it('asks for hours freed, the split of their use and examples', () => {
    const card = buildWorkingTimeCard(makeView(), 'fr');
    expect(readableText(card)).toContain('Direction des sports');
    expect(readableText(card)).toContain('1 607 heures annuelles');
    expect(inputIds(card)).toEqual(['hours', 'split.better_service', 'split.new_projects', 'split.quality_of_life', 'split.other', 'examples']);
    expect(inputById(card, 'hours')).toMatchObject({ min: 0, isRequired: true, label: 'Heures libérées par an' });
    expect(inputById(card, 'split.new_projects')).toMatchObject({ min: 0, max: 100, label: 'Nouveaux projets (%)' });
    expect(inputById(buildWorkingTimeCard(makeView(), 'en'), 'split.quality_of_life').label).toBe('Quality of working life (%)');
  });

  it('a single service is a single step: submit, no skip or back', () => {
    expect(verbs(buildWorkingTimeCard(makeView(), 'fr'))).toEqual(['submit']);
  });

  it('shows a split of 90 % under the split, keeping the typed shares', () => {
    const inputs = { hours: '300', 'split.better_service': '40', 'split.new_projects': '30', 'split.quality_of_life': '20', 'split.other': '' };
    const parsed = parseWorkingTimeStep(inputs);
    if (parsed.ok) throw new Error('expected issues');
    const card = buildWorkingTimeCard(makeView({ previous: { inputs, issues: parsed.issues } }), 'fr');
    const splitGroup = allNodes(card).find((n) => n.type === 'Container' && (n.items as { id?: string }[]).some((i) => i.id === 'split.other'));
    const last = (splitGroup!.items as { type: string; text?: string; color?: string }[]).at(-1);
    expect(last).toMatchObject({ type: 'TextBlock', color: 'attention' });
    expect(last!.text).toBe('⚠ La répartition fait 90 % : elle doit faire exactement 100 %.');
    expect(readableText(card)).toContain('Répartition : La répartition fait 90 %');
    expect(inputById(card, 'split.better_service').value).toBe(40);
    expect(inputById(card, 'hours').value).toBe(300);
  });

  it('prefills a saved answer', () => {
    const draft = { hoursFreed: 1200, split: { better_service: 50, new_projects: 25, quality_of_life: 25, other: 0 }, examples: 'Accueil élargi' };
    const card = buildWorkingTimeCard(makeView({ draft }), 'fr');
    expect(inputById(card, 'hours').value).toBe(1200);
    expect(inputById(card, 'split.other').value).toBe(0);
    expect(inputById(card, 'examples').value).toBe('Accueil élargi');
  });
});
