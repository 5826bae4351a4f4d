import type { ActionReviewStepView } from '../../../../bot/cards/action-review.view.js';
import type { QuestionnaireRef } from '../../../../bot/cards/card-views.js';
import type { Indicator } from '../../../../src/domain/entities/index.js';
import { makeAction, makeIndicator } from '../../domain/factories.js';

/** A questionnaire reference; override any field. */
export function makeRef(overrides: Partial<QuestionnaireRef> = {}): QuestionnaireRef {
  return {
    campaignId: 'camp-1',
    deliveryId: 'del-1',
    cardVersion: 4,
    campaignTitle: 'Revue des actions — printemps 2026',
    deadline: '2026-03-20',
    recipientUserIds: ['8:orgid:00000000-0000-0000-0000-000000000001'],
    ...overrides,
  };
}

/** An indicator for the reviewed action. */
export function reviewIndicator(id: string, overrides: Partial<Indicator> = {}): Indicator {
  return makeIndicator({ id, name: `Indicateur ${id}`, ...overrides });
}

/** A review step: step 2 of 12 of a late action with one indicator; override any field. */
export function makeReviewView(overrides: Partial<ActionReviewStepView> = {}): ActionReviewStepView {
  return {
    ref: makeRef(),
    position: { step: 1, total: 12 },
    action: makeAction({
      title: 'Rénover le gymnase Jean-Moulin',
      progress: 40,
      weather: 'cloudy',
      trend: 'flat',
      dueDate: '2026-02-28',
      blockers: 'Marché de travaux infructueux',
      nextSteps: 'Relancer la consultation en avril',
    }),
    commitment: { reference: 'E12', title: 'Des équipements sportifs rénovés' },
    serviceName: 'Direction des sports',
    lastComment: { text: 'Chantier retardé par les intempéries.', date: '2025-11-15' },
    indicators: [{ indicator: makeIndicator({ id: 'ind-places', name: 'Places en tribune', unit: 'places' }), last: { value: 120, date: '2025-12-31' } }],
    today: '2026-03-10',
    ...overrides,
  };
}

/** A text of `length` characters with the markdown characters people paste. */
export function longText(length: number): string {
  const chunk = 'Texte [lien](http://x) **gras** _souligné_ <b> #1 — ';
  return chunk.repeat(Math.ceil(length / chunk.length)).slice(0, length);
}
