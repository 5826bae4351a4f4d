import type { Lang } from '../../src/domain/validation/messages.js';
import type { ExecuteAction } from './adaptive-card.types.js';
import { executeAction } from './card-actions.js';
import type { QuestionnaireRef, StepPosition } from './card-views.js';

const LABELS = {
  fr: { next: 'Enregistrer et continuer', skip: 'Passer', back: 'Précédent', submit: 'Envoyer mes réponses' },
  en: { next: 'Save and continue', skip: 'Skip', back: 'Back', submit: 'Send my answers' },
} as const;

/**
 * The buttons of a questionnaire step: save and next (or submit on the last step), skip, and back except on the
 * first step. Skip and back send no inputs, so the client does not block them on a half-filled step.
 */
export function stepActions(ref: QuestionnaireRef, position: StepPosition, lang: Lang): ExecuteAction[] {
  const data = {
    campaignId: ref.campaignId,
    deliveryId: ref.deliveryId,
    step: position.step,
    cardVersion: ref.cardVersion,
    ...(position.subject === undefined ? {} : { subject: position.subject }),
  };
  const isFirst = position.step === 0;
  const isLast = position.step >= position.total - 1;
  const t = LABELS[lang];
  return [
    isLast
      ? executeAction(t.submit, 'submit', data, { style: 'positive' })
      : executeAction(t.next, 'save-and-next', data, { style: 'positive' }),
    ...(isLast ? [] : [executeAction(t.skip, 'skip', data, { sendInputs: false })]),
    ...(isFirst ? [] : [executeAction(t.back, 'back', data, { sendInputs: false })]),
  ];
}
