import type { CardInputs } from '../../../domain/campaigns/answers/answer-result.js';
import { deliveryStates } from '../../../domain/campaigns/delivery-states.js';
import type { CardActionReply } from '../../../ports/bot-application.port.js';
import { currentCard } from './current-card.js';
import { applyStepAnswers } from './kinds/answers-of.js';
import { parseStep } from './kinds/step-kinds.js';
import { shownStep, SUMMARY_STEP } from './questionnaire-position.js';
import type { QuestionnaireContext, SubmittedEvent } from './questionnaire.types.js';
import { moveCard, writeResponse } from './record-writes.js';

/** The reply of a move, or undefined when another write to the delivery got there first (nothing was written). */
export type MoveResult = Promise<CardActionReply | undefined>;

const cardReply = async (card: Promise<object>): Promise<CardActionReply> => ({ kind: 'card', card: await card });

const NOT_DELIVERED = {
  fr: 'Ce questionnaire n’a pas encore été remis : rien n’a été enregistré. Réessayez dans un instant.',
  en: 'This questionnaire has not been delivered yet: nothing was saved. Try again in a moment.',
} as const;

// The loading checks made sure the card shows a step: read its answers, or say what is wrong beside the fields.
async function readStep(ctx: QuestionnaireContext, inputs: CardInputs) {
  const index = shownStep(ctx.delivery, ctx.steps.length) ?? 0;
  const step = ctx.steps[index];
  if (!step) return { index, refused: await cardReply(currentCard(ctx)) };
  const parsed = await parseStep({ store: ctx.store, inputs, today: ctx.today }, step);
  return parsed.ok ? { index, answers: parsed.value } : { index, refused: await cardReply(currentCard(ctx, { inputs, issues: parsed.issues })) };
}

/** Saves the step's answers and shows the next step; invalid answers come back with their errors, nothing saved. */
export async function saveAndNext(ctx: QuestionnaireContext, inputs: CardInputs): MoveResult {
  const read = await readStep(ctx, inputs);
  if (!read.answers) return read.refused;
  const { answers } = read;
  const delivery = await moveCard(ctx.store, ctx.delivery, { currentStep: Math.min(read.index + 1, ctx.steps.length - 1), openedAt: ctx.delivery.openedAt ?? ctx.now });
  if (!delivery) return undefined;
  const { saved } = await writeResponse(ctx.store, delivery, (current) => ({
    answers: applyStepAnswers(current, answers),
    submittedAt: current?.submittedAt,
    amendedAt: current?.amendedAt,
  }));
  return cardReply(currentCard({ ...ctx, delivery, response: saved }));
}

/** Skip (+1) or back (-1): another step, nothing saved. */
export async function turnPage(ctx: QuestionnaireContext, by: 1 | -1): MoveResult {
  const index = shownStep(ctx.delivery, ctx.steps.length) ?? 0;
  const currentStep = Math.max(0, Math.min(index + by, ctx.steps.length - 1));
  const delivery = await moveCard(ctx.store, ctx.delivery, { currentStep, openedAt: ctx.delivery.openedAt ?? ctx.now });
  return delivery ? cardReply(currentCard({ ...ctx, delivery })) : undefined;
}

/** Back to the first step of a submitted questionnaire, its answers prefilled. */
export async function amend(ctx: QuestionnaireContext): MoveResult {
  const delivery = await moveCard(ctx.store, ctx.delivery, { currentStep: 0, openedAt: ctx.delivery.openedAt ?? ctx.now });
  return delivery ? cardReply(currentCard({ ...ctx, delivery })) : undefined;
}

/** Hands a submit to the lead's service; its failure goes to `onError` when given, else to the caller. */
export async function notifySubmitted(event: SubmittedEvent, submitted: (e: SubmittedEvent) => Promise<void>, onError?: (error: unknown, e: SubmittedEvent) => void): Promise<void> {
  try {
    await submitted(event);
  } catch (error) {
    if (!onError) throw error;
    onError(error, event);
  }
}

/**
 * Saves the last step like save-and-next, then marks the response submitted (or amended) and the delivery answered,
 * tells `notify`, and shows the answered card with its summary.
 */
export async function submit(ctx: QuestionnaireContext, inputs: CardInputs, notify: (event: SubmittedEvent) => Promise<void>): MoveResult {
  const { state } = ctx.delivery;
  if (!deliveryStates.canMove(state, 'answered')) return { kind: 'error', status: 409, code: 'not_delivered', message: NOT_DELIVERED[ctx.lang] };
  const read = await readStep(ctx, inputs);
  if (!read.answers) return read.refused;
  const { answers } = read;
  const delivery = await moveCard(ctx.store, ctx.delivery, {
    state: deliveryStates.move(state, 'answered'),
    answeredAt: ctx.delivery.answeredAt ?? ctx.now,
    currentStep: SUMMARY_STEP,
    openedAt: ctx.delivery.openedAt ?? ctx.now,
  });
  if (!delivery) return undefined;
  const { before, saved } = await writeResponse(ctx.store, delivery, (current) => ({
    answers: applyStepAnswers(current, answers),
    submittedAt: current?.submittedAt ?? ctx.now,
    amendedAt: current?.submittedAt === undefined ? undefined : ctx.now,
  }));
  await notify({ campaign: ctx.campaign, response: saved, person: ctx.person, firstSubmit: before?.submittedAt === undefined });
  return cardReply(currentCard({ ...ctx, delivery, response: saved }));
}
