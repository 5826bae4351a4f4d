import type { Question } from '../../../../src/domain/campaigns/question.schema.js';

/** Raw campaign input (before parsing) of the given kind; override any field. */
export function campaignInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 'camp-1',
    kind: 'action_review',
    title: 'Revue des actions — printemps 2026',
    audience: { kind: 'service_heads', serviceIds: ['svc-sport', 'svc-culture'] },
    openingDate: '2026-03-02',
    deadline: '2026-03-20',
    reminderOffsets: [-3, -1, 1],
    ...overrides,
  };
}

/** A parsed question of each type, for parsers and cards. */
export const QUESTIONS = {
  choice: {
    id: 'canal',
    type: 'choice',
    label: { fr: 'Canal préféré', en: 'Preferred channel' },
    required: true,
    multiple: false,
    options: [
      { value: 'mail', label: { fr: 'Courriel', en: 'E-mail' } },
      { value: 'teams', label: { fr: 'Teams' } },
      { value: 'phone', label: { fr: 'Téléphone', en: 'Phone' } },
    ],
  },
  multi: {
    id: 'themes',
    type: 'choice',
    label: { fr: 'Thèmes prioritaires' },
    required: false,
    multiple: true,
    options: [
      { value: 'mobility', label: { fr: 'Mobilités' } },
      { value: 'schools', label: { fr: 'Écoles' } },
      { value: 'housing', label: { fr: 'Logement' } },
    ],
  },
  scale: { id: 'satisfaction', type: 'scale', label: { fr: 'Satisfaction' }, required: true, scale: '1-5' },
  nps: { id: 'nps', type: 'scale', label: { fr: 'Recommanderiez-vous ?' }, required: false, scale: '0-10' },
  number: { id: 'agents', type: 'number', label: { fr: 'Agents concernés' }, required: true, min: 0, max: 500, unit: 'agents', integer: true },
  date: { id: 'start', type: 'date', label: { fr: 'Date de démarrage' }, required: false },
  text: { id: 'remarks', type: 'text', label: { fr: 'Remarques' }, required: false, maxLength: 200, multiline: true },
} as const satisfies Record<string, Question>;
